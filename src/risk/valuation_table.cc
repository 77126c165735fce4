#include "risk/valuation_table.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

#include "core/currency.hpp"

namespace custos::risk::valuation {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string read_file(const std::string& path, const char* what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ValueFloorError(path, 0, "(file)", std::string("cannot open the ") + what);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Table::Table(std::string_view text, std::string name, const std::vector<std::string>& required)
    : name_(std::move(name)), reader_(CsvReader::from_memory(text)) {
  CsvRecord rec;
  if (!reader_.next(rec)) throw ValueFloorError(name_, 0, "(file)", "empty file; a header line is required");
  if (!rec.error.empty()) fail(rec.line, "(header)", rec.error);
  width_ = rec.fields.size();
  for (size_t i = 0; i < width_; ++i) {
    std::string column(trim(rec.fields[i]));
    if (!columns_.emplace(column, i).second)
      fail(rec.line, column, "column '" + column + "' is named twice in the header");
  }
  for (const std::string& c : required)
    if (!columns_.count(c)) fail(rec.line, c, "missing column '" + c + "' in the header");
}

bool Table::next() {
  if (!reader_.next(rec_)) return false;
  if (!rec_.error.empty()) fail(rec_.line, "(row)", rec_.error);
  if (rec_.fields.size() != width_)
    fail(rec_.line, "(row)", fmt::format("{} fields, the header has {}", rec_.fields.size(), width_));
  return true;
}

std::string Table::text(const std::string& column) const {
  auto it = columns_.find(column);
  return it == columns_.end() ? std::string() : std::string(trim(rec_.fields[it->second]));
}

std::string Table::required_text(const std::string& column) const {
  std::string t = text(column);
  if (t.empty()) fail(rec_.line, column, "empty; a value is required");
  return t;
}

double Table::number(const std::string& column, double min, bool exclusive_min) const {
  std::string t = required_text(column);
  double v = 0;
  auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
  if (ec != std::errc() || p != t.data() + t.size() || !std::isfinite(v))
    fail(rec_.line, column, "'" + t + "' is not a number");
  if (v < min || (exclusive_min && v == min))
    fail(rec_.line, column,
         "'" + t + "' must be " + (exclusive_min ? "greater than " : "at least ") + fmt::format("{}", min));
  return v;
}

HsCode Table::hs_prefix(const std::string& column) const {
  std::string hs = required_text(column);
  auto code = HsCode::parse(hs);
  if (!code || code->length() < 4)
    fail(rec_.line, column, "'" + hs + "' is not an HS prefix of 4 to 10 digits");
  return *code;
}

void Table::domain_weight_lane(Domain& domain, double& weight, Lane& lane) const {
  std::string d = required_text("domain");
  auto dom = parse_domain(d);
  if (!dom) fail(rec_.line, "domain", "'" + d + "' is not a domain (waste, ozone, cultural, ...)");
  domain = *dom;
  if (!text("weight").empty()) weight = number("weight", 0, false);
  if (weight > 100) fail(rec_.line, "weight", "must be from 0 to 100");
  if (std::string l = text("lane"); !l.empty()) {
    auto parsed = parse_lane(l);
    if (!parsed) fail(rec_.line, "lane", "'" + l + "' is not a lane (green, blue, yellow, orange, red)");
    lane = *parsed;
  }
}

void Table::fail(int64_t line, const std::string& field, const std::string& reason) const {
  throw ValueFloorError(name_, static_cast<int>(line), field, reason);
}

std::unordered_map<std::string, double> parse_rates(std::string_view csv, const std::string& name) {
  std::unordered_map<std::string, double> rates;
  Table t(csv, name, {"currency", "usd_per_unit"});
  while (t.next()) {
    std::string code = t.required_text("currency");
    if (!is_iso4217_currency(code)) t.fail(t.line(), "currency", "'" + code + "' is not an ISO 4217 code");
    if (rates.count(code)) t.fail(t.line(), "currency", "'" + code + "' is given twice");
    rates[code] = t.number("usd_per_unit", 0, true);
  }
  if (!rates.count("USD")) rates["USD"] = 1.0;
  return rates;
}

std::optional<double> rate_of(const std::unordered_map<std::string, double>& rates,
                              const std::string& currency) {
  auto it = rates.find(currency);
  if (it == rates.end()) return std::nullopt;
  return it->second;
}

std::optional<size_t> PrefixIndex::add(HsCode prefix, size_t row) {
  auto [it, added] = rows_.emplace(key(prefix), row);
  if (!added) return it->second;
  lengths_ |= 1u << prefix.length();
  return std::nullopt;
}

std::optional<size_t> PrefixIndex::find(HsCode hs) const {
  for (int len = hs.length(); len >= 4; --len) {
    if (!(lengths_ & (1u << len))) continue;
    auto it = rows_.find(key(hs.prefix(len)));
    if (it != rows_.end()) return it->second;
  }
  return std::nullopt;
}

std::string num(double v) {
  if (v >= 100) return fmt::format("{:.0f}", v);
  if (v >= 10) return fmt::format("{:.1f}", v);
  return fmt::format("{:.2f}", v);
}

}  // namespace custos::risk::valuation
