#include "screen/header_table.hpp"

#include <algorithm>
#include <cctype>

#include "screen/text_util.hpp"

namespace custos::screen {

namespace {
std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}
}  // namespace

HeaderTable::HeaderTable(std::string_view text, char delimiter, std::string file) : file_(std::move(file)) {
  // A UTF-8 byte-order mark would otherwise glue itself to the first column name.
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  rows_ = parse_delimited(text, delimiter, file_);
  if (rows_.empty()) throw ImportError(file_, 1, "empty file: expected a header row");
  for (const auto& h : rows_.front().fields) header_.push_back(lower(trim(h)));
  rows_.erase(rows_.begin());
}

std::optional<std::size_t> HeaderTable::find(std::string_view column) const {
  auto it = std::find(header_.begin(), header_.end(), lower(std::string(column)));
  if (it == header_.end()) return std::nullopt;
  return static_cast<std::size_t>(it - header_.begin());
}

std::size_t HeaderTable::require(std::string_view column) const {
  auto i = find(column);
  if (!i) throw ImportError(file_, 1, "header has no column '" + std::string(column) + "'");
  return *i;
}

std::string HeaderTable::get(const CsvRecord& row, std::optional<std::size_t> column) const {
  if (!column || *column >= row.fields.size()) return {};
  return trim(row.fields[*column]);
}

}  // namespace custos::screen
