#pragma once
// The canonical fields of a declaration row: the column names of the
// canonical CSV, the keys of the NDJSON format, and the targets a mapping
// can write to. docs/formats.md describes each.
#include <cstddef>
#include <optional>
#include <string_view>

namespace custos {

enum class Field : unsigned char {
  // header
  declaration_id,
  date,
  flow,
  office,
  transport_mode,
  declarant_id,
  importer_id,
  importer_name,
  importer_address,
  importer_country,
  exporter_id,
  exporter_name,
  exporter_address,
  exporter_country,
  consignor_id,
  consignor_name,
  consignor_address,
  consignor_country,
  consignee_id,
  consignee_name,
  consignee_address,
  consignee_country,
  departure_country,
  destination_country,
  transit_countries,
  conveyance_id,
  containers,
  invoice_total,
  invoice_currency,
  // item
  item_no,
  hs_code,
  description,
  origin_country,
  net_mass_kg,
  quantity,
  quantity_unit,
  value,
  currency,
  tax_rate,
  documents,
  // outcome
  inspection_result,
  fraud,
  fraud_severity,
  illicit_domain,
  kCount
};

inline constexpr size_t kFieldCount = static_cast<size_t>(Field::kCount);

std::string_view field_name(Field f);
// Exact canonical name; also accepts surrounding spaces and upper case.
std::optional<Field> field_by_name(std::string_view name);
// Fields that belong to the declaration header (the same on every row of a declaration).
bool is_header_field(Field f);
// Fields every record must have.
bool is_required_field(Field f);

}  // namespace custos
