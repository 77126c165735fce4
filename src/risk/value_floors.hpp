#pragma once
// Unit-value floors: valuation without history. A shipped table
// (data/valuation/unit-value-floors.csv) gives, per HS prefix of sensitive
// goods (prime polymer, plastic film and packing, HFC and HCFC refrigerants,
// refined metals), the lowest price per kg at which those goods have honestly
// traded, with its basis and source. An item declared below the floor of the
// longest prefix matching its code is flagged on the first day, with a
// sentence saying the declared price, the floor and where the floor comes
// from ("declared at 0.12 USD/kg; ethylene polymers in primary forms have not
// traded below 0.45 USD/kg ...").
//
// Currency: floors are in USD. An item declared in another currency is
// converted with the fixed rates of a second table
// (data/valuation/currency-rates.csv, ECB annual averages); an item whose
// currency that table lacks, or with no value, no mass, or a mass below the
// row's minimum (samples), is not compared. The floors sit far below market
// prices, so a fixed rate is precise enough; the finding states the rate used.
//
// Loading throws ValueFloorError naming the file, line and field of the first
// problem; nothing of a broken table is used.
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/declaration.hpp"
#include "core/finding.hpp"
#include "risk/hs_prefix_index.hpp"
#include "risk/lane.hpp"

namespace custos::risk {

class ValueFloorError : public std::runtime_error {
 public:
  ValueFloorError(std::string file, int line, std::string field, std::string reason);
  const std::string& file() const { return file_; }
  int line() const { return line_; }  // 0 for a problem with the whole file
  const std::string& field() const { return field_; }
  const std::string& reason() const { return reason_; }

 private:
  std::string file_;
  int line_;
  std::string field_, reason_;
};

struct ValueFloor {
  HsCode hs_prefix;
  std::string goods;        // what the prefix covers, in words
  double floor_per_kg = 0;  // in the table's currency
  std::string currency;     // always USD
  double min_net_mass_kg = 0;
  Domain domain = Domain::general;  // the disguise a price below the floor points to
  double weight = 40;
  Lane lane = Lane::yellow;
  std::string below_means;  // what a price below the floor suggests
  std::string basis;        // the prices the floor rests on
  std::string source;       // where those prices were published
  int line = 0;             // in the table file
};

class ValueFloors {
 public:
  // Both files are CSV with a header (see data/valuation/README.md).
  static ValueFloors load(const std::string& floors_path, const std::string& rates_path);
  // From text held in memory (tests, fuzzing); `name` is used in errors.
  static ValueFloors parse(std::string_view floors_csv, std::string_view rates_csv,
                           const std::string& floors_name = "floors",
                           const std::string& rates_name = "rates");

  size_t size() const { return floors_.size(); }
  const std::string& currency() const { return currency_; }
  // The row of the longest prefix of `hs`, or null.
  const ValueFloor* find(HsCode hs) const;
  // USD per unit of `currency`, or nullopt when the rates table lacks it.
  std::optional<double> rate(const std::string& currency) const;

  // One BELOW_VALUE_FLOOR finding per item priced below its floor.
  void assess(const Declaration& d, std::vector<Finding>& out) const;

 private:
  std::vector<ValueFloor> floors_;
  valuation::PrefixIndex index_;
  std::unordered_map<std::string, double> rates_;
  std::string currency_;
};

// data/valuation/unit-value-floors.csv and currency-rates.csv under a data folder.
std::string default_value_floors_path(const std::string& data_dir);
std::string default_currency_rates_path(const std::string& data_dir);

}  // namespace custos::risk
