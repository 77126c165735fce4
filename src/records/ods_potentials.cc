#include "records/ods_potentials.hpp"

#include <charconv>
#include <cmath>
#include <map>
#include <regex>

#include "core/csv_reader.hpp"

namespace custos::records {

std::string_view ods_potentials_table();  // generated from data/permits/ods_potentials.csv

namespace {

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return std::string(s);
}

std::optional<double> number(const std::string& s) {
  double v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size() || !std::isfinite(v) || v < 0) return std::nullopt;
  return v;
}

constexpr std::string_view kColumns[] = {"substance", "cas_number", "hs_code", "annex",
                                         "odp",       "gwp_100",    "source"};

}  // namespace

OdsTableError::OdsTableError(int64_t line, std::string field, const std::string& reason)
    : std::runtime_error("data/permits/ods_potentials.csv:" + std::to_string(line) + ": " + field + ": " +
                         reason),
      line_(line),
      field_(std::move(field)) {}

OdsPotentials OdsPotentials::parse(std::string_view csv) {
  OdsPotentials out;
  CsvReader reader = CsvReader::from_memory(csv);
  CsvRecord rec;
  if (!reader.next(rec) || !rec.error.empty())
    throw OdsTableError(1, "header", rec.error.empty() ? "empty table" : rec.error);
  std::map<std::string, size_t> where;
  for (size_t i = 0; i < rec.fields.size(); ++i)
    if (!where.emplace(trim(rec.fields[i]), i).second)
      throw OdsTableError(1, "header", "column '" + trim(rec.fields[i]) + "' is named twice");
  for (std::string_view c : kColumns)
    if (!where.count(std::string(c))) throw OdsTableError(1, "header", "lacks the column " + std::string(c));
  const size_t width = rec.fields.size();
  static const std::regex kCas("[0-9]{2,7}-[0-9]{2}-[0-9]");
  while (reader.next(rec)) {
    if (!rec.error.empty()) throw OdsTableError(rec.line, "record", rec.error);
    if (rec.fields.size() == 1 && trim(rec.fields[0]).empty()) continue;
    if (rec.fields.size() != width)
      throw OdsTableError(
          rec.line, "record",
          "expected " + std::to_string(width) + " fields, found " + std::to_string(rec.fields.size()));
    auto get = [&](std::string_view c) { return trim(rec.fields[where[std::string(c)]]); };
    OdsPotential p;
    p.line = rec.line;
    p.substance = get("substance");
    if (p.substance.empty()) throw OdsTableError(rec.line, "substance", "empty");
    p.cas_number = get("cas_number");
    if (!std::regex_match(p.cas_number, kCas))
      throw OdsTableError(rec.line, "cas_number", "'" + p.cas_number + "' is not a CAS number");
    if (out.by_cas(p.cas_number))
      throw OdsTableError(rec.line, "cas_number", p.cas_number + " appears twice");
    p.hs_code = get("hs_code");
    if (p.hs_code.size() != 6 || p.hs_code.find_first_not_of("0123456789") != std::string::npos)
      throw OdsTableError(rec.line, "hs_code", "'" + p.hs_code + "' is not a six-digit HS subheading");
    p.annex = get("annex");
    auto odp = number(get("odp"));
    if (!odp) throw OdsTableError(rec.line, "odp", "'" + get("odp") + "' is not a number >= 0");
    p.odp = *odp;
    if (std::string g = get("gwp_100"); !g.empty()) {
      p.gwp = number(g);
      if (!p.gwp) throw OdsTableError(rec.line, "gwp_100", "'" + g + "' is not a number >= 0");
    }
    p.source = get("source");
    if (p.source.empty()) throw OdsTableError(rec.line, "source", "every value needs its source");
    out.rows_.push_back(std::move(p));
  }
  return out;
}

const OdsPotentials& OdsPotentials::builtin() {
  static const OdsPotentials table = parse(ods_potentials_table());
  return table;
}

const OdsPotential* OdsPotentials::by_cas(std::string_view cas) const {
  for (const OdsPotential& p : rows_)
    if (p.cas_number == cas) return &p;
  return nullptr;
}

const OdsPotential* OdsPotentials::by_hs(std::string_view hs) const {
  if (hs.size() < 6) return nullptr;
  hs = hs.substr(0, 6);
  const OdsPotential* found = nullptr;
  for (const OdsPotential& p : rows_)
    if (p.hs_code == hs) {
      if (found) return nullptr;  // two substances share the subheading: the HS code does not say which
      found = &p;
    }
  return found;
}

}  // namespace custos::records
