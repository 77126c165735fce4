#include "risk/profile_set.hpp"

#include <set>

#include "risk/naive_evaluator.hpp"

namespace custos::risk {

std::string default_profiles_path(const std::string& data_dir) { return data_dir + "/profiles"; }
std::string default_groups_path(const std::string& data_dir) { return data_dir + "/country-groups.toml"; }

LoadResult load_profile_set(const std::string& profiles_path, const std::string& groups_path) {
  CountryGroups groups;
  try {
    groups = CountryGroups::load(groups_path);
  } catch (const std::exception& e) {
    LoadResult r;
    r.errors.push_back(
        LoadError{groups_path, 0, 0, e.what(), "fix the country groups file or pass --groups"});
    return r;
  }
  return load_profiles_path(profiles_path, groups);
}

std::vector<LoadError> check_examples(const std::vector<Profile>& profiles, bool require_examples) {
  std::vector<LoadError> errors;
  NaiveEvaluator naive(profiles);
  for (size_t i = 0; i < profiles.size(); ++i) {
    const Profile& p = profiles[i];
    bool pos = false, neg = false;
    int n = 0;
    for (const ProfileExample& ex : p.examples) {
      ++n;
      (ex.expect_hit ? pos : neg) = true;
      ProfileHit hit;
      bool fired = naive.fires(i, ex.declaration, &hit);
      std::string which = "profile '" + p.id + "' example " + std::to_string(n);
      if (ex.expect_hit && !fired) {
        errors.push_back({ex.pos.file, ex.pos.line, ex.pos.column,
                          which + " (expect = \"hit\") does not fire the profile",
                          "the condition or the example is wrong; check validity dates too"});
      } else if (!ex.expect_hit && fired) {
        errors.push_back({ex.pos.file, ex.pos.line, ex.pos.column,
                          which + " (expect = \"miss\") fires the profile",
                          "the profile would flood officers with lawful cases like this one"});
      } else if (fired && ex.expect_lane && hit.lane != *ex.expect_lane) {
        errors.push_back({ex.pos.file, ex.pos.line, ex.pos.column,
                          which + " asks for lane " + std::string(to_string(hit.lane)) + ", expected " +
                              std::string(to_string(*ex.expect_lane)),
                          "check min_lane, permit and permit_lane"});
      }
    }
    if (require_examples && (!pos || !neg))
      errors.push_back({p.pos.file, p.pos.line, p.pos.column,
                        "profile '" + p.id + "' lacks a " +
                            (pos ? "negative (expect = \"miss\")" : "positive (expect = \"hit\")") +
                            " example",
                        "every built-in profile carries at least one of each"});
  }
  return errors;
}

}  // namespace custos::risk
