// Every built-in profile (data/profiles/) must load, and must fire on each of
// its crafted positive examples and on none of its negatives, both alone
// (naive evaluator) and inside the compiled engine with the whole pack.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "risk/country_groups.hpp"
#include "risk/naive_evaluator.hpp"
#include "risk/profile_engine.hpp"
#include "risk/profile_loader.hpp"
#include "source_dir.hpp"

namespace custos::risk {
namespace {

const std::string kData = custos::test::source_dir() + "/data";

TEST(BuiltinPack, EveryProfileFiresOnItsPositivesAndNotOnItsNegatives) {
  std::string dir = kData + "/profiles";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no built-in profiles yet in " << dir;
  CountryGroups groups = CountryGroups::load(kData + "/country-groups.toml");
  LoadResult r = load_profiles_path(dir, groups);
  for (const LoadError& e : r.errors) ADD_FAILURE() << e.str();
  ASSERT_TRUE(r.ok());
  if (r.profiles.empty()) GTEST_SKIP() << "no built-in profiles yet in " << dir;

  NaiveEvaluator naive(r.profiles);
  ProfileEngine engine(r.profiles);
  std::vector<ProfileHit> hits;
  for (size_t i = 0; i < r.profiles.size(); ++i) {
    const Profile& p = r.profiles[i];
    int positives = 0, negatives = 0;
    for (const ProfileExample& ex : p.examples) {
      std::string where = p.id + " example at " + ex.pos.file + ":" + std::to_string(ex.pos.line) +
                          (ex.note.empty() ? "" : " (" + ex.note + ")");
      ProfileHit hit;
      bool fired = naive.fires(i, ex.declaration, &hit);
      engine.match(ex.declaration, hits);
      bool engine_fired = false;
      for (const ProfileHit& h : hits)
        if (h.profile == i) engine_fired = true;
      if (p.enabled) {
        EXPECT_EQ(fired, engine_fired) << where << ": compiled engine disagrees with the reference";
      }
      if (ex.expect_hit) {
        ++positives;
        EXPECT_TRUE(fired) << where << " should fire and does not";
        if (fired && ex.expect_lane) {
          EXPECT_EQ(to_string(hit.lane), to_string(*ex.expect_lane)) << where << ": wrong lane";
        }
      } else {
        ++negatives;
        EXPECT_FALSE(fired) << where << " should not fire and does";
      }
    }
    EXPECT_GE(positives, 1) << p.id << " has no positive example (expect = \"hit\")";
    EXPECT_GE(negatives, 1) << p.id << " has no negative example (expect = \"miss\")";
  }
}

// The complete example of docs/profiles.md must stay valid and true.
TEST(BuiltinPack, DocumentationExampleLoadsAndItsExamplesHold) {
  std::ifstream in(custos::test::source_dir() + "/docs/profiles.md");
  ASSERT_TRUE(in) << "docs/profiles.md missing";
  std::stringstream ss;
  ss << in.rdbuf();
  std::string doc = ss.str();
  size_t start = doc.find("```toml\n# data/profiles/");
  ASSERT_NE(start, std::string::npos);
  start = doc.find('\n', start) + 1;
  std::string text = doc.substr(start, doc.find("```", start) - start);
  CountryGroups groups = CountryGroups::load(kData + "/country-groups.toml");
  LoadResult r = load_profiles({ProfileSource{"docs/profiles.md", text}}, groups);
  for (const LoadError& e : r.errors) ADD_FAILURE() << e.str();
  ASSERT_EQ(r.profiles.size(), 1u);
  NaiveEvaluator naive(r.profiles);
  ASSERT_EQ(r.profiles[0].examples.size(), 3u);
  for (const ProfileExample& ex : r.profiles[0].examples) {
    ProfileHit hit;
    EXPECT_EQ(naive.fires(0, ex.declaration, &hit), ex.expect_hit) << ex.note;
    if (ex.expect_hit && ex.expect_lane) {
      EXPECT_EQ(hit.lane, *ex.expect_lane) << ex.note;
    }
  }
}

// The workbench speaks English, French and Arabic (web/src/lib/messages): an officer reading a
// finding in French or Arabic gets the profile's reason and instructions in that language, so
// every built-in profile carries both texts in both languages, none of them empty.
TEST(BuiltinPack, EveryProfileGivesItsReasonAndInstructionsInFrenchAndArabic) {
  std::string dir = kData + "/profiles";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no built-in profiles yet in " << dir;
  CountryGroups groups = CountryGroups::load(kData + "/country-groups.toml");
  LoadResult r = load_profiles_path(dir, groups);
  ASSERT_TRUE(r.ok());
  for (const Profile& p : r.profiles) {
    for (const char* language : {"fr", "ar"}) {
      auto texts = p.translations.find(language);
      for (const char* part : {"reason", "instructions"}) {
        bool given = texts != p.translations.end() && texts->second.count(part) != 0 &&
                     !texts->second.at(part).empty();
        EXPECT_TRUE(given) << p.id << " (" << p.pos.file << ") has no " << part << "_" << language;
      }
    }
  }
}

TEST(BuiltinPack, CountryGroupsLoadWithSources) {
  CountryGroups groups = CountryGroups::load(kData + "/country-groups.toml");
  ASSERT_NE(groups.find("OECD"), nullptr);
  EXPECT_EQ(groups.find("OECD")->members.size(), 38u);
  EXPECT_EQ(groups.find("EU")->members.size(), 27u);
  for (const auto& [name, g] : groups.all()) EXPECT_FALSE(g.source.empty()) << name << " cites no source";
}

}  // namespace
}  // namespace custos::risk
