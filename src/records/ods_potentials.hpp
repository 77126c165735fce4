#pragma once
// Ozone-depleting and global-warming potentials of the controlled substances
// (data/permits/ods_potentials.csv, compiled in): what converts a declared
// mass into the ODP tonnes or CO2-equivalent tonnes an ODS licence's quota
// may be counted in (Montreal Protocol Annexes A, B, C and E for ODP; the
// Kigali Amendment's Annex C Group I and Annex F for GWP-100).
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace custos::records {

struct OdsPotential {
  std::string substance, cas_number, hs_code, annex;
  double odp = 0;
  std::optional<double> gwp;  // GWP-100; none where the treaty lists none
  std::string source;
  int64_t line = 0;
};

// A broken table: the file, line, field and reason.
class OdsTableError : public std::runtime_error {
 public:
  OdsTableError(int64_t line, std::string field, const std::string& reason);
  int64_t line() const { return line_; }
  const std::string& field() const { return field_; }

 private:
  int64_t line_;
  std::string field_;
};

class OdsPotentials {
 public:
  // Throws OdsTableError on the first bad row.
  static OdsPotentials parse(std::string_view csv);
  // The table shipped in data/permits/ods_potentials.csv.
  static const OdsPotentials& builtin();

  const std::vector<OdsPotential>& rows() const { return rows_; }
  const OdsPotential* by_cas(std::string_view cas) const;
  // The substance of an HS subheading (first six digits), when only one
  // substance of the table is classified there.
  const OdsPotential* by_hs(std::string_view hs) const;

 private:
  std::vector<OdsPotential> rows_;
};

// The quota units an ODS licence may be counted in, besides masses.
inline constexpr std::string_view kOdpTonnes = "ODP_t";
inline constexpr std::string_view kCo2eTonnes = "CO2e_t";

}  // namespace custos::records
