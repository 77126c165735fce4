#include "risk/profile.hpp"

#include <array>
#include <utility>

namespace custos::risk {
namespace {

constexpr std::array<std::pair<Field, std::string_view>, 39> kFieldNames{{
    {Field::hs, "hs"},
    {Field::description, "description"},
    {Field::origin, "origin"},
    {Field::net_mass_kg, "net_mass_kg"},
    {Field::quantity, "quantity"},
    {Field::quantity_unit, "quantity_unit"},
    {Field::value, "value"},
    {Field::currency, "currency"},
    {Field::unit_value_per_kg, "unit_value_per_kg"},
    {Field::mass_per_unit_kg, "mass_per_unit_kg"},
    {Field::value_per_unit, "value_per_unit"},
    {Field::tax_rate, "tax_rate"},
    {Field::has_document, "has_document"},
    {Field::lacks_document, "lacks_document"},
    {Field::concentration, "concentration"},
    {Field::flow, "flow"},
    {Field::date, "date"},
    {Field::office, "office"},
    {Field::transport, "transport"},
    {Field::declarant, "declarant"},
    {Field::importer, "importer"},
    {Field::exporter, "exporter"},
    {Field::consignor, "consignor"},
    {Field::consignee, "consignee"},
    {Field::party, "party"},
    {Field::importer_kind, "importer_kind"},
    {Field::consignee_kind, "consignee_kind"},
    {Field::importer_name_words, "importer_name_words"},
    {Field::exporter_name_words, "exporter_name_words"},
    {Field::consignee_name_words, "consignee_name_words"},
    {Field::importer_country, "importer_country"},
    {Field::exporter_country, "exporter_country"},
    {Field::consignor_country, "consignor_country"},
    {Field::consignee_country, "consignee_country"},
    {Field::departure, "departure"},
    {Field::destination, "destination"},
    {Field::transit, "transit"},
    {Field::itinerary, "itinerary"},
    {Field::attribute, "attribute"},
}};

}  // namespace

bool is_item_field(Field f) { return f <= Field::concentration; }

bool is_name_words_field(Field f) {
  return f == Field::importer_name_words || f == Field::exporter_name_words ||
         f == Field::consignee_name_words;
}

std::string_view to_string(Field f) {
  for (const auto& [field, name] : kFieldNames)
    if (field == f) return name;
  return "?";
}

std::optional<Field> parse_field(std::string_view name) {
  for (const auto& [field, n] : kFieldNames)
    if (n == name) return field;
  return std::nullopt;
}

}  // namespace custos::risk
