#pragma once
// Shared helpers for the risk tests: an in-memory profile file and groups.
#include <string>
#include <vector>

#include "core/declaration.hpp"
#include "risk/country_groups.hpp"
#include "risk/profile_engine.hpp"
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

// An import of one item with this code and description, dated 2025-03-01.
inline Declaration one_item(const std::string& hs, const std::string& description) {
  Declaration d;
  d.id = "D1";
  d.date = *Date::parse("2025-03-01");
  d.flow = Flow::import;
  Item it;
  it.item_no = 1;
  it.hs_code = *HsCode::parse(hs);
  it.description = description;
  d.items.push_back(it);
  return d;
}

// The ids of the profiles the engine fires on the declaration, each followed
// by a space ("A B "), in the engine's order.
inline std::string fired_ids(ProfileEngine& engine, const Declaration& d) {
  std::vector<ProfileHit> hits;
  engine.match(d, hits);
  std::string ids;
  for (const auto& h : hits) ids += engine.profiles()[h.profile].id + " ";
  return ids;
}

}  // namespace custos::risk::testing
