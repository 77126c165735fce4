#include "records/ods_potentials.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <map>
#include <regex>
#include <span>

#include "core/csv_reader.hpp"

namespace custos::records {

std::string_view ods_potentials_table();  // generated from data/permits/ods_potentials.csv
std::string_view ods_blends_table();      // generated from data/permits/ods_blends.csv

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
constexpr std::string_view kBlendColumns[] = {"blend", "components", "uncontrolled", "source"};
constexpr std::string_view kBlendsFile = "data/permits/ods_blends.csv";

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  while (!s.empty()) {
    size_t at = s.find(sep);
    std::string part = trim(s.substr(0, at));
    if (!part.empty()) out.push_back(std::move(part));
    if (at == std::string_view::npos) break;
    s.remove_prefix(at + 1);
  }
  return out;
}

// "R-404A", "R404A", "r 404a" -> "R-404A"; empty if `s` is no designation.
std::string designation(std::string_view s) {
  static const std::regex kDesignation("^[Rr][- ]?([0-9]{3})([A-Za-z])?$");
  std::cmatch m;
  if (!std::regex_match(s.begin(), s.end(), m, kDesignation)) return "";
  std::string out = "R-" + m[1].str();
  if (m[2].matched) out += static_cast<char>(std::toupper(static_cast<unsigned char>(m[2].str()[0])));
  return out;
}

// The header's columns by name; throws when one is missing or named twice.
std::map<std::string, size_t> header(CsvReader& reader, CsvRecord& rec,
                                     std::span<const std::string_view> columns, std::string_view file) {
  if (!reader.next(rec) || !rec.error.empty())
    throw OdsTableError(1, "header", rec.error.empty() ? "empty table" : rec.error, file);
  std::map<std::string, size_t> where;
  for (size_t i = 0; i < rec.fields.size(); ++i)
    if (!where.emplace(trim(rec.fields[i]), i).second)
      throw OdsTableError(1, "header", "column '" + trim(rec.fields[i]) + "' is named twice", file);
  for (std::string_view c : columns)
    if (!where.count(std::string(c)))
      throw OdsTableError(1, "header", "lacks the column " + std::string(c), file);
  return where;
}

}  // namespace

OdsTableError::OdsTableError(int64_t line, std::string field, const std::string& reason,
                             std::string_view file)
    : std::runtime_error(std::string(file) + ":" + std::to_string(line) + ": " + field + ": " + reason),
      line_(line),
      field_(std::move(field)) {}

OdsPotentials OdsPotentials::parse(std::string_view csv, std::string_view blends_csv) {
  OdsPotentials out;
  CsvReader reader = CsvReader::from_memory(csv);
  CsvRecord rec;
  std::map<std::string, size_t> where = header(reader, rec, kColumns, "data/permits/ods_potentials.csv");
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
  if (!blends_csv.empty()) out.add_blends(blends_csv);
  return out;
}

void OdsPotentials::add_blends(std::string_view csv) {
  CsvReader reader = CsvReader::from_memory(csv);
  CsvRecord rec;
  std::map<std::string, size_t> where = header(reader, rec, kBlendColumns, kBlendsFile);
  const size_t width = rec.fields.size();
  const size_t singles = rows_.size();
  while (reader.next(rec)) {
    auto fail = [&](const std::string& field, const std::string& reason) {
      throw OdsTableError(rec.line, field, reason, kBlendsFile);
    };
    if (!rec.error.empty()) fail("record", rec.error);
    if (rec.fields.size() == 1 && trim(rec.fields[0]).empty()) continue;
    if (rec.fields.size() != width)
      fail("record",
           "expected " + std::to_string(width) + " fields, found " + std::to_string(rec.fields.size()));
    auto get = [&](std::string_view c) { return trim(rec.fields[where[std::string(c)]]); };
    OdsPotential b;
    b.line = rec.line;
    b.substance = designation(get("blend"));
    if (b.substance.empty())
      fail("blend", "'" + get("blend") + "' is not a refrigerant designation such as R-404A");
    if (blend_named_in(b.substance)) fail("blend", b.substance + " appears twice");
    b.annex = "blend";
    std::vector<std::string> uncontrolled = split(get("uncontrolled"), ';');
    double total = 0, gwp = 0;
    bool any_gwp = false;
    for (const std::string& part : split(get("components"), ';')) {
      size_t space = part.find_last_of(' ');
      auto percent = space == std::string::npos ? std::nullopt : number(part.substr(space + 1));
      if (!percent || *percent <= 0 || *percent > 100)
        fail("components", "'" + part + "' is not a substance and its mass percent");
      std::string name = trim(part.substr(0, space));
      const OdsPotential* s = nullptr;
      for (size_t i = 0; i < singles && !s; ++i)
        if (rows_[i].substance == name) s = &rows_[i];
      if (s) {
        b.odp += s->odp * *percent / 100;
        if (s->gwp) gwp += *s->gwp * *percent / 100, any_gwp = true;
      } else if (std::find(uncontrolled.begin(), uncontrolled.end(), name) == uncontrolled.end()) {
        fail("components",
             "'" + name + "' is neither a substance of ods_potentials.csv nor named as uncontrolled");
      }
      total += *percent;
      b.components.emplace_back(name, *percent);
    }
    if (b.components.size() < 2) fail("components", "a blend needs two components or more");
    if (std::abs(total - 100) > 0.05)
      fail("components", "the mass percents add up to " + std::to_string(total));
    if (any_gwp) b.gwp = gwp;
    b.source = get("source");
    if (b.source.empty()) fail("source", "every value needs its source");
    rows_.push_back(std::move(b));
  }
}

const OdsPotentials& OdsPotentials::builtin() {
  static const OdsPotentials table = parse(ods_potentials_table(), ods_blends_table());
  return table;
}

const OdsPotential* OdsPotentials::by_cas(std::string_view cas) const {
  if (cas.empty()) return nullptr;  // blends have none
  for (const OdsPotential& p : rows_)
    if (p.cas_number == cas) return &p;
  return nullptr;
}

const OdsPotential* OdsPotentials::blend_named_in(std::string_view text) const {
  static const std::regex kWord("[Rr][- ]?[0-9]{3}[A-Za-z]?\\b");
  for (auto it = std::cregex_iterator(text.begin(), text.end(), kWord); it != std::cregex_iterator(); ++it) {
    if (it->position() > 0 && std::isalnum(static_cast<unsigned char>(text[it->position() - 1]))) continue;
    std::string name = designation(it->str());
    for (const OdsPotential& p : rows_)
      if (p.blend() && p.substance == name) return &p;
  }
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
