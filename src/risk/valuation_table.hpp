#pragma once
// What the two valuation tables (value_floors.hpp, value_ceilings.hpp) share:
// a CSV table read whole and looked up by column name, every error naming
// the file, the line and the field (ValueFloorError); the fixed currency
// rates; the columns every row has (domain, weight, lane); and numbers in
// words. The index of HS prefixes is hs_prefix_index.hpp.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/csv_reader.hpp"
#include "core/declaration.hpp"
#include "risk/lane.hpp"
#include "risk/value_floors.hpp"

namespace custos::risk::valuation {

// The whole file, or ValueFloorError(path, 0, "(file)", "cannot open the <what>").
std::string read_file(const std::string& path, const char* what);

class Table {
 public:
  // Reads the header; refuses a column named twice or a `required` one missing.
  Table(std::string_view text, std::string name, const std::vector<std::string>& required);

  bool next();  // the next record, or false at the end; a malformed row throws
  int line() const { return static_cast<int>(rec_.line); }

  std::string text(const std::string& column) const;  // trimmed; "" for a column the header lacks
  std::string required_text(const std::string& column) const;
  // A finite number >= min (> min when exclusive_min).
  double number(const std::string& column, double min, bool exclusive_min) const;
  // The row's HS prefix of 4 to 10 digits in `column`.
  HsCode hs_prefix(const std::string& column) const;
  // `domain` (required), `weight` (0-100, default kept) and `lane` (default kept).
  void domain_weight_lane(Domain& domain, double& weight, Lane& lane) const;
  [[noreturn]] void fail(int64_t line, const std::string& field, const std::string& reason) const;

 private:
  std::string name_;
  CsvReader reader_;
  CsvRecord rec_;
  size_t width_ = 0;
  std::map<std::string, size_t> columns_;
};

// currency-rates.csv: USD per unit of each ISO 4217 currency (USD itself is 1).
std::unordered_map<std::string, double> parse_rates(std::string_view csv, const std::string& name);
// The rate of `currency`, or nullopt when the table lacks it (no guess).
std::optional<double> rate_of(const std::unordered_map<std::string, double>& rates,
                              const std::string& currency);

// "0.12", "45.3", "9500": a price as a finding states it.
std::string num(double v);

}  // namespace custos::risk::valuation
