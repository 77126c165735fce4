#include "refdata/hs_import.hpp"

#include <algorithm>
#include <charconv>
#include <stdexcept>

#include "core/csv_reader.hpp"
#include "core/hs_code.hpp"

namespace custos {

HsImportResult read_hs_nomenclature(const std::string& path) {
  CsvReader reader(path);
  CsvRecord rec;
  if (!reader.next(rec)) throw std::runtime_error(path + ": empty file");
  const std::vector<std::string_view> expected = {"section", "hscode", "description", "parent", "level"};
  if (rec.fields.size() < expected.size() ||
      !std::equal(expected.begin(), expected.end(), rec.fields.begin()))
    throw std::runtime_error(path + ":1: expected the header section,hscode,description,parent,level");
  HsImportResult out;
  while (reader.next(rec)) {
    ++out.rows;
    if (!rec.error.empty()) {
      out.problems.push_back({rec.line, rec.error});
      continue;
    }
    const bool blank =
        std::all_of(rec.fields.begin(), rec.fields.end(), [](std::string_view f) { return f.empty(); });
    if (blank || (rec.fields.size() == 5 && rec.fields[1] == "TOTAL")) {
      ++out.skipped;
      continue;
    }
    if (rec.fields.size() != 5) {
      out.problems.push_back({rec.line, "has " + std::to_string(rec.fields.size()) + " columns, expected 5"});
      continue;
    }
    auto code = HsCode::parse(rec.fields[1]);
    int level = 0;
    auto [p, ec] = std::from_chars(rec.fields[4].data(), rec.fields[4].data() + rec.fields[4].size(), level);
    if (!code || (code->length() != 2 && code->length() != 4 && code->length() != 6)) {
      out.problems.push_back(
          {rec.line, "'" + std::string(rec.fields[1]) + "' is not a 2, 4 or 6 digit HS code"});
      continue;
    }
    if (ec != std::errc() || level != code->length()) {
      out.problems.push_back(
          {rec.line, "level '" + std::string(rec.fields[4]) + "' does not match the code's length"});
      continue;
    }
    out.entries.push_back({code->str(), std::string(rec.fields[2]), std::string(rec.fields[3]),
                           std::string(rec.fields[0]), level});
  }
  return out;
}

}  // namespace custos
