// libFuzzer target for the profile language: any bytes must give profiles or
// positioned errors, never a crash; whatever loads must compile and run.
#include <cstddef>
#include <cstdint>
#include <string>

#include "risk/naive_evaluator.hpp"
#include "risk/profile_engine.hpp"
#include "risk/profile_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace custos::risk;
  static const CountryGroups groups =
      CountryGroups::from_text("[group.EU]\nmembers = [\"FR\", \"DE\"]\n", "groups");
  std::string text(reinterpret_cast<const char*>(data), size);
  LoadResult r = load_profiles({ProfileSource{"fuzz.toml", text}}, groups);
  for (const LoadError& e : r.errors) (void)e.str();
  if (r.profiles.empty()) return 0;
  ProfileEngine engine(r.profiles);
  NaiveEvaluator naive(r.profiles);
  std::vector<ProfileHit> a, b;
  for (const Profile& p : r.profiles)
    for (const ProfileExample& ex : p.examples) {
      engine.match(ex.declaration, a);
      naive.match(ex.declaration, b);
      if (a.size() != b.size()) __builtin_trap();  // the two evaluators must agree
    }
  return 0;
}
