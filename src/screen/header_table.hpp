#pragma once
// A delimited table whose first record names its columns, so importers look
// fields up by name and fail with file and line when a column is missing.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "screen/csv_records.hpp"

namespace custos::screen {

class HeaderTable {
 public:
  HeaderTable(std::string_view text, char delimiter, std::string file);
  const std::vector<CsvRecord>& rows() const { return rows_; }
  const std::string& file() const { return file_; }
  // The column's index; throws ImportError when the header lacks it.
  std::size_t require(std::string_view column) const;
  std::optional<std::size_t> find(std::string_view column) const;
  // The trimmed field, or "" when the row is short or the column absent.
  std::string get(const CsvRecord& row, std::optional<std::size_t> column) const;

 private:
  std::string file_;
  std::vector<std::string> header_;
  std::vector<CsvRecord> rows_;
};

}  // namespace custos::screen
