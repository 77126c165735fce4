#pragma once
// The goods the simulator trades: HS 2022 subheadings with descriptions,
// typical unit values and shipment sizes, usual origins, and the permit a
// lawful shipment carries where one is needed. Figures are round, plausible
// orders of magnitude (public trade statistics), not data from any source file.
#include <span>
#include <string_view>

namespace custos::sim {

struct Goods {
  std::string_view sector;        // line of business of the traders who deal in it
  std::string_view hs;            // HS 2022 subheading (6 digits)
  std::string_view descriptions;  // alternatives separated by ';'
  double usd_per_kg;              // median customs value per kg
  double kg_median;               // median net mass of one item line
  std::string_view unit;          // quantity unit: kg, u (pieces), l
  double kg_per_unit;             // for pieces: net mass of one piece
  std::string_view origins;       // usual origins, comma-separated ISO codes
  std::string_view modes;         // usual transport modes
  std::string_view document;      // document type a lawful shipment carries ("" for none)
  double tax_rate;                // percent
};

std::span<const Goods> catalogue();
// Distinct sectors in catalogue order.
std::span<const std::string_view> sectors();

}  // namespace custos::sim
