#pragma once
// One entry of a sanctions, denied-party or offender list, whatever list it
// came from. Every importer produces these; the matcher and the store only
// ever see this model. Names carry their strength because a weak alias
// (OFAC "a.k.a." in remarks, UN "Low" quality) deserves less trust.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/country.hpp"

namespace custos::screen {

enum class EntityKind : unsigned char { person, organisation, vessel, aircraft };
enum class NameStrength : unsigned char { primary, strong_alias, weak_alias };

std::string_view to_string(EntityKind k);
std::optional<EntityKind> parse_entity_kind(std::string_view text);  // person|organisation|vessel|aircraft
std::string_view to_string(NameStrength s);

struct EntityName {
  std::string text;
  NameStrength strength = NameStrength::primary;
  friend bool operator==(const EntityName&, const EntityName&) = default;
};

struct Identifier {
  std::string type;  // "passport", "imo", "registration", ...
  std::string value;
  friend bool operator==(const Identifier&, const Identifier&) = default;
};

struct ListEntity {
  std::string id;    // the list's own reference, unique within the list
  std::string list;  // "ofac", "un", "uk", "bis", or the administration's list name
  EntityKind kind = EntityKind::organisation;
  std::vector<EntityName> names;  // names[0] is the primary name
  std::vector<std::string> addresses;
  std::vector<Country> countries;  // of address, nationality, birth or flag
  std::vector<Identifier> identifiers;
  std::vector<int> birth_years;
  std::vector<std::string> programmes;  // sanctions programmes or legal bases

  const std::string& primary_name() const;
  friend bool operator==(const ListEntity&, const ListEntity&) = default;
};

void to_json(nlohmann::json& j, const ListEntity& e);
void from_json(const nlohmann::json& j, ListEntity& e);

// Adds a country once; ignores empty values.
void add_country(ListEntity& e, std::optional<Country> c);

}  // namespace custos::screen
