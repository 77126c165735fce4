#pragma once
// Shared helpers for the risk tests: an in-memory profile file and groups.
#include <string>

#include "risk/country_groups.hpp"
#include "risk/profile_loader.hpp"

namespace custos::risk::testing {

inline CountryGroups test_groups() {
  return CountryGroups::from_text(R"(
[group.EU]
members = ["FR", "DE", "ES"]
[group.SEA]
members = ["MY", "VN", "TH"]
)",
                                  "groups.toml");
}

inline LoadResult load_text(const std::string& text, const std::string& name = "test.toml") {
  return load_profiles({ProfileSource{name, text}}, test_groups());
}

// A valid profile's header, to which a test appends its [profile.when].
inline std::string header(const std::string& id, const std::string& extra = "") {
  return "[[profile]]\nid = \"" + id +
         "\"\ntitle = \"t\"\ndomain = \"waste\"\nlegal_basis = \"Basel\"\nweight = 50\n"
         "reason = \"why\"\ninstructions = \"what\"\n" +
         extra;
}

}  // namespace custos::risk::testing
