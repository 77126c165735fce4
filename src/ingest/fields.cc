#include "ingest/fields.hpp"

#include <array>
#include <cctype>
#include <string>

namespace custos {
namespace {

constexpr std::array<std::string_view, kFieldCount> kNames = {"declaration_id",
                                                              "date",
                                                              "flow",
                                                              "office",
                                                              "transport_mode",
                                                              "declarant_id",
                                                              "importer_id",
                                                              "importer_name",
                                                              "importer_address",
                                                              "importer_country",
                                                              "exporter_id",
                                                              "exporter_name",
                                                              "exporter_address",
                                                              "exporter_country",
                                                              "consignor_id",
                                                              "consignor_name",
                                                              "consignor_address",
                                                              "consignor_country",
                                                              "consignee_id",
                                                              "consignee_name",
                                                              "consignee_address",
                                                              "consignee_country",
                                                              "departure_country",
                                                              "destination_country",
                                                              "transit_countries",
                                                              "conveyance_id",
                                                              "containers",
                                                              "invoice_total",
                                                              "invoice_currency",
                                                              "item_no",
                                                              "hs_code",
                                                              "description",
                                                              "origin_country",
                                                              "net_mass_kg",
                                                              "quantity",
                                                              "quantity_unit",
                                                              "value",
                                                              "currency",
                                                              "tax_rate",
                                                              "documents",
                                                              "inspection_result",
                                                              "fraud",
                                                              "fraud_severity",
                                                              "illicit_domain"};

}  // namespace

std::string_view field_name(Field f) { return kNames[static_cast<size_t>(f)]; }

std::optional<Field> field_by_name(std::string_view name) {
  while (!name.empty() && std::isspace(static_cast<unsigned char>(name.front()))) name.remove_prefix(1);
  while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back()))) name.remove_suffix(1);
  std::string lower(name);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (size_t i = 0; i < kFieldCount; ++i)
    if (kNames[i] == lower) return static_cast<Field>(i);
  return std::nullopt;
}

bool is_header_field(Field f) { return f < Field::item_no || f >= Field::inspection_result; }

bool is_required_field(Field f) {
  return f == Field::declaration_id || f == Field::date || f == Field::flow || f == Field::hs_code;
}

}  // namespace custos
