#pragma once
// Ozone-depleting and global-warming potentials of the controlled substances
// (data/permits/ods_potentials.csv, compiled in): what converts a declared
// mass into the ODP tonnes or CO2-equivalent tonnes an ODS licence's quota
// may be counted in (Montreal Protocol Annexes A, B, C and E for ODP; the
// Kigali Amendment's Annex C Group I and Annex F for GWP-100); and of the
// common refrigerant blends (data/permits/ods_blends.csv: ASHRAE 34 / ISO 817
// designations and mass compositions), computed as the mass-weighted sum of
// their controlled components, as a mixture is counted (Montreal Protocol
// Art. 1(4); Regulation (EU) 2024/573).
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace custos::records {

struct OdsPotential {
  std::string substance, cas_number, hs_code,
      annex;  // a blend: its designation, no CAS, no HS, annex "blend"
  double odp = 0;
  std::optional<double> gwp;  // GWP-100; none where the treaty lists none
  std::string source;
  int64_t line = 0;
  // A blend's components and their mass percent; those not controlled
  // (hydrocarbons, HFOs, PFCs) count zero.
  std::vector<std::pair<std::string, double>> components;
  bool blend() const { return !components.empty(); }
};

// A broken table: the file, line, field and reason.
class OdsTableError : public std::runtime_error {
 public:
  OdsTableError(int64_t line, std::string field, const std::string& reason,
                std::string_view file = "data/permits/ods_potentials.csv");
  int64_t line() const { return line_; }
  const std::string& field() const { return field_; }

 private:
  int64_t line_;
  std::string field_;
};

class OdsPotentials {
 public:
  // Throws OdsTableError on the first bad row. `blends_csv` (blend,
  // components, uncontrolled, source) adds a row per blend, whose components
  // must be substances of `csv` or named as uncontrolled, summing to 100 %.
  static OdsPotentials parse(std::string_view csv, std::string_view blends_csv = {});
  // The table shipped in data/permits/ods_potentials.csv.
  static const OdsPotentials& builtin();

  const std::vector<OdsPotential>& rows() const { return rows_; }
  const OdsPotential* by_cas(std::string_view cas) const;
  // The substance of an HS subheading (first six digits), when only one
  // substance of the table is classified there.
  const OdsPotential* by_hs(std::string_view hs) const;
  // The blend a text names by its designation ("R-404A", "R404A", "r 410a").
  const OdsPotential* blend_named_in(std::string_view text) const;

 private:
  void add_blends(std::string_view csv);
  std::vector<OdsPotential> rows_;
};

// The quota units an ODS licence may be counted in, besides masses.
inline constexpr std::string_view kOdpTonnes = "ODP_t";
inline constexpr std::string_view kCo2eTonnes = "CO2e_t";

}  // namespace custos::records
