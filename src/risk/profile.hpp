#pragma once
// A risk profile as written by an analyst (docs/profiles.md): the condition
// tree over a declaration and its items, and the words shown to the officer
// when it fires. Values are already validated and country groups and named
// lists already expanded, so evaluators never meet a string they must parse.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/country.hpp"
#include "core/date.hpp"
#include "core/declaration.hpp"
#include "core/domain.hpp"
#include "core/hs_code.hpp"
#include "risk/concentration.hpp"
#include "risk/lane.hpp"

namespace custos::risk {

// Every field a condition can test. Item fields come first.
enum class Field : unsigned char {
  hs,
  description,
  origin,
  net_mass_kg,
  quantity,
  quantity_unit,
  value,
  currency,
  unit_value_per_kg,
  mass_per_unit_kg,
  value_per_unit,
  tax_rate,
  has_document,
  lacks_document,
  concentration,  // a substance named in the description with a percentage in bounds (risk/concentration.hpp)
  // declaration fields
  flow,
  date,
  office,
  transport,
  declarant,
  importer,
  exporter,
  consignor,
  consignee,
  party,
  importer_kind,  // person or organisation, read from the name (risk/party_kind.hpp)
  consignee_kind,
  importer_name_words,  // words of the party's name (risk/party_name_words.hpp)
  exporter_name_words,
  consignee_name_words,
  importer_country,
  exporter_country,
  consignor_country,
  consignee_country,
  departure,
  destination,
  transit,
  itinerary,
  attribute,
};

bool is_item_field(Field f);
// importer_name_words, exporter_name_words, consignee_name_words.
bool is_name_words_field(Field f);

// The declared net mass of one unit of the item (net_mass_kg / quantity), only
// when both are declared and positive: the mass of one cylinder, drum or
// appliance, whatever the unit the quantity is counted in.
inline std::optional<double> mass_per_unit_kg(const Item& item) {
  if (!item.net_mass_kg || !item.quantity || *item.net_mass_kg <= 0 || *item.quantity <= 0)
    return std::nullopt;
  return *item.net_mass_kg / *item.quantity;
}

// The declared value of one unit of the item (value / quantity, in the item's
// currency), only when both are declared and positive: the price of one egg,
// bird, fish, cylinder or watch, whatever the unit the quantity is counted in.
inline std::optional<double> value_per_unit(const Item& item) {
  if (!item.value || !item.quantity || *item.value <= 0 || *item.quantity <= 0) return std::nullopt;
  return *item.value / *item.quantity;
}
std::string_view to_string(Field f);
std::optional<Field> parse_field(std::string_view name);

// Where a value came from in the profile file, for error messages and evidence.
struct SourcePos {
  std::string file;
  int line = 0;
  int column = 0;
};

struct Condition {
  enum class Kind : unsigned char { all, any, negate, leaf };
  Kind kind = Kind::all;
  std::vector<Condition> children;  // all / any / negate (exactly one child)

  // Leaf: one field and the values it is compared with (only the member
  // matching the field's type is used).
  Field field = Field::hs;
  std::vector<HsCode> hs;                         // hs prefixes
  std::vector<Country> countries;                 // country fields
  std::vector<Flow> flows;                        // flow
  std::vector<std::string> strings;               // ids, codes, document types, attribute values
  std::vector<std::string> text_entries;          // description entries as written (word, prefix*, re:...)
  std::optional<double> min, max;                 // numeric ranges
  std::optional<Date> from, to;                   // date window
  std::string attribute_name;                     // attribute
  std::vector<ConcentrationTest> concentrations;  // concentration: holds when any of them does
  SourcePos pos;
};

// A crafted example: a declaration and whether the profile must fire on it.
struct ProfileExample {
  bool expect_hit = true;
  std::optional<Lane> expect_lane;
  std::string note;
  Declaration declaration;
  SourcePos pos;
};

struct Profile {
  std::string id;
  std::string title;
  Domain domain = Domain::general;
  std::string legal_basis;
  double weight = 0;
  Lane min_lane = Lane::yellow;
  std::string reason;
  std::string instructions;
  // The analyst's own translations: language ("fr", "ar") -> {"reason"|"instructions" -> text},
  // from `reason_fr`, `instructions_ar`... Carried into the finding's evidence.
  std::map<std::string, std::map<std::string, std::string>> translations;
  std::optional<Date> valid_from, valid_to;
  std::string operation;
  bool enabled = true;
  std::string author;
  int version = 1;
  std::vector<std::string> permit;  // document types that make the trade lawful
  Lane permit_lane = Lane::yellow;
  // Registry permit types whose check decides the hit (permit_waiver.hpp): an
  // item the permit check finds fully covered by one is waived (green), one
  // whose document the check refuses asks for min_lane.
  std::vector<std::string> waived_by_permit;
  Condition when;
  std::vector<ProfileExample> examples;
  SourcePos pos;

  bool valid_on(Date d) const { return (!valid_from || d >= *valid_from) && (!valid_to || d <= *valid_to); }
};

}  // namespace custos::risk
