#pragma once
// Unit-value ceilings: the other side of valuation without history. A
// shipped table (data/valuation/unit-value-ceilings.csv) gives, per HS prefix
// of goods that trafficked goods are declared as (decorative ceramics, base-
// metal and wooden ornaments, costume jewellery, printed pictures, surge
// arresters, nursery plants, fertilisers...), the highest price per kg and/or
// per piece at which those goods honestly trade, with its basis and source.
// Disguised goods keep their own price: a Bronze Age seal declared as costume
// jewellery still costs what a seal costs, a triggered spark gap declared as a
// surge arrester what a spark gap costs. An item declared above the ceiling of
// the longest prefix matching its code is flagged on the first day, with a
// sentence saying the declared price, the ceiling and what such a price
// suggests ("declared at 8,550 USD/kg; base-metal statuettes and ornaments
// sell below 400 USD/kg ...; a price this high suggests an antiquity or a
// work of art declared as a decorative article").
//
// Prices per kg are compared from the row's minimum net mass (a light item
// has a high price per kg honestly); prices per piece when the item's
// quantity is a count (no unit, or u, pcs, pieces, NAR...). Currencies are
// converted with the fixed rates of currency-rates.csv, as for the floors;
// an item in a currency that table lacks, or without value, is not compared.
// Loading throws ValueFloorError naming the file, line and field of the first
// problem; nothing of a broken table is used.
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/declaration.hpp"
#include "core/finding.hpp"
#include "risk/hs_prefix_index.hpp"
#include "risk/lane.hpp"
#include "risk/value_floors.hpp"

namespace custos::risk {

struct ValueCeiling {
  HsCode hs_prefix;
  std::string goods;                     // what the prefix covers, in words
  std::optional<double> ceiling_per_kg;  // in the table's currency; at least one of the two
  std::optional<double> ceiling_per_unit;
  std::string currency;             // always USD
  double min_net_mass_kg = 0;       // the price per kg is compared from this mass
  Domain domain = Domain::general;  // the disguise a price above the ceiling points to
  double weight = 40;
  Lane lane = Lane::yellow;
  std::string above_means;  // what a price above the ceiling suggests
  std::string basis;        // the prices the ceiling rests on
  std::string source;       // where those prices come from
  int line = 0;             // in the table file
};

class ValueCeilings {
 public:
  // Both files are CSV with a header (see data/valuation/README.md).
  static ValueCeilings load(const std::string& ceilings_path, const std::string& rates_path);
  // From text held in memory (tests, fuzzing); `name` is used in errors.
  static ValueCeilings parse(std::string_view ceilings_csv, std::string_view rates_csv,
                             const std::string& ceilings_name = "ceilings",
                             const std::string& rates_name = "rates");

  size_t size() const { return ceilings_.size(); }
  const std::string& currency() const { return currency_; }
  // The row of the longest prefix of `hs`, or null.
  const ValueCeiling* find(HsCode hs) const;
  std::optional<double> rate(const std::string& currency) const;

  // One ABOVE_VALUE_CEILING finding per item priced above its ceiling (per
  // kg when both are exceeded).
  void assess(const Declaration& d, std::vector<Finding>& out) const;

 private:
  std::vector<ValueCeiling> ceilings_;
  valuation::PrefixIndex index_;
  std::unordered_map<std::string, double> rates_;
  std::string currency_;
};

// True for a quantity unit that counts pieces ("", "u", "pcs", "NAR", ...).
bool counts_pieces(std::string_view quantity_unit);

// data/valuation/unit-value-ceilings.csv under a data folder.
std::string default_value_ceilings_path(const std::string& data_dir);

}  // namespace custos::risk
