#include "screen/entity.hpp"

#include <algorithm>

namespace custos::screen {

std::string_view to_string(EntityKind k) {
  switch (k) {
    case EntityKind::person: return "person";
    case EntityKind::organisation: return "organisation";
    case EntityKind::vessel: return "vessel";
    case EntityKind::aircraft: return "aircraft";
  }
  return "organisation";
}

std::optional<EntityKind> parse_entity_kind(std::string_view text) {
  if (text == "person" || text == "individual") return EntityKind::person;
  if (text == "organisation" || text == "organization" || text == "entity") return EntityKind::organisation;
  if (text == "vessel" || text == "ship") return EntityKind::vessel;
  if (text == "aircraft") return EntityKind::aircraft;
  return std::nullopt;
}

std::string_view to_string(NameStrength s) {
  switch (s) {
    case NameStrength::primary: return "primary";
    case NameStrength::strong_alias: return "strong alias";
    case NameStrength::weak_alias: return "weak alias";
  }
  return "primary";
}

namespace {
NameStrength parse_strength(std::string_view s) {
  if (s == "strong alias") return NameStrength::strong_alias;
  if (s == "weak alias") return NameStrength::weak_alias;
  return NameStrength::primary;
}
}  // namespace

const std::string& ListEntity::primary_name() const {
  static const std::string kNone;
  return names.empty() ? kNone : names.front().text;
}

void add_country(ListEntity& e, std::optional<Country> c) {
  if (!c || c->empty()) return;
  if (std::find(e.countries.begin(), e.countries.end(), *c) == e.countries.end()) e.countries.push_back(*c);
}

void to_json(nlohmann::json& j, const ListEntity& e) {
  nlohmann::json names = nlohmann::json::array();
  for (const auto& n : e.names) names.push_back({{"text", n.text}, {"strength", to_string(n.strength)}});
  nlohmann::json countries = nlohmann::json::array();
  for (const auto& c : e.countries) countries.push_back(c.str());
  nlohmann::json ids = nlohmann::json::array();
  for (const auto& i : e.identifiers) ids.push_back({{"type", i.type}, {"value", i.value}});
  j = nlohmann::json{{"id", e.id},
                     {"list", e.list},
                     {"kind", to_string(e.kind)},
                     {"names", names},
                     {"addresses", e.addresses},
                     {"countries", countries},
                     {"identifiers", ids},
                     {"birth_years", e.birth_years},
                     {"programmes", e.programmes}};
}

void from_json(const nlohmann::json& j, ListEntity& e) {
  e.id = j.value("id", "");
  e.list = j.value("list", "");
  e.kind = parse_entity_kind(j.value("kind", "organisation")).value_or(EntityKind::organisation);
  e.names.clear();
  for (const auto& n : j.value("names", nlohmann::json::array()))
    e.names.push_back({n.value("text", ""), parse_strength(n.value("strength", "primary"))});
  e.addresses = j.value("addresses", std::vector<std::string>{});
  e.countries.clear();
  for (const auto& c : j.value("countries", std::vector<std::string>{})) add_country(e, Country::parse(c));
  e.identifiers.clear();
  for (const auto& i : j.value("identifiers", nlohmann::json::array()))
    e.identifiers.push_back({i.value("type", ""), i.value("value", "")});
  e.birth_years = j.value("birth_years", std::vector<int>{});
  e.programmes = j.value("programmes", std::vector<std::string>{});
}

}  // namespace custos::screen
