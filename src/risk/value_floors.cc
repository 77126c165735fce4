#include "risk/value_floors.hpp"

#include <fmt/format.h>
#include <charconv>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

#include "core/csv_reader.hpp"
#include "core/currency.hpp"

namespace custos::risk {
namespace {

uint64_t prefix_key(HsCode h) { return h.digits() * 16 + static_cast<uint64_t>(h.length()); }

std::string read_file(const std::string& path, const char* what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ValueFloorError(path, 0, "(file)", std::string("cannot open the ") + what);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A CSV table read whole: the header names its columns, each later record is
// looked up by column name; every error names the file, the line and the field.
class Table {
 public:
  Table(std::string_view text, std::string name, const std::vector<std::string>& required)
      : name_(std::move(name)), reader_(CsvReader::from_memory(text)) {
    CsvRecord rec;
    if (!reader_.next(rec))
      throw ValueFloorError(name_, 0, "(file)", "empty file; a header line is required");
    if (!rec.error.empty()) fail(rec.line, "(header)", rec.error);
    width_ = rec.fields.size();
    for (size_t i = 0; i < width_; ++i) {
      std::string name(trim(rec.fields[i]));
      if (!columns_.emplace(name, i).second)
        fail(rec.line, name, "column '" + name + "' is named twice in the header");
    }
    for (const std::string& c : required)
      if (!columns_.count(c)) fail(rec.line, c, "missing column '" + c + "' in the header");
  }

  bool next() {
    if (!reader_.next(rec_)) return false;
    if (!rec_.error.empty()) fail(rec_.line, "(row)", rec_.error);
    if (rec_.fields.size() != width_)
      fail(rec_.line, "(row)", fmt::format("{} fields, the header has {}", rec_.fields.size(), width_));
    return true;
  }
  int line() const { return static_cast<int>(rec_.line); }

  std::string text(const std::string& column) const {
    auto it = columns_.find(column);
    return it == columns_.end() ? std::string() : std::string(trim(rec_.fields[it->second]));
  }
  std::string required_text(const std::string& column) const {
    std::string t = text(column);
    if (t.empty()) fail(rec_.line, column, "empty; a value is required");
    return t;
  }
  double number(const std::string& column, double min, bool exclusive_min) const {
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
  [[noreturn]] void fail(int64_t line, const std::string& field, const std::string& reason) const {
    throw ValueFloorError(name_, static_cast<int>(line), field, reason);
  }

 private:
  static std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
  }

  std::string name_;
  CsvReader reader_;
  CsvRecord rec_;
  size_t width_ = 0;
  std::map<std::string, size_t> columns_;
};

std::string num(double v) {
  if (v >= 100) return fmt::format("{:.0f}", v);
  if (v >= 10) return fmt::format("{:.1f}", v);
  return fmt::format("{:.2f}", v);
}

}  // namespace

ValueFloorError::ValueFloorError(std::string file, int line, std::string field, std::string reason)
    : std::runtime_error(file + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " + field +
                         ": " + reason),
      file_(std::move(file)),
      line_(line),
      field_(std::move(field)),
      reason_(std::move(reason)) {}

ValueFloors ValueFloors::parse(std::string_view floors_csv, std::string_view rates_csv,
                               const std::string& floors_name, const std::string& rates_name) {
  ValueFloors out;
  out.currency_ = "USD";
  Table rates(rates_csv, rates_name, {"currency", "usd_per_unit"});
  while (rates.next()) {
    std::string code = rates.required_text("currency");
    if (!is_iso4217_currency(code))
      rates.fail(rates.line(), "currency", "'" + code + "' is not an ISO 4217 code");
    if (out.rates_.count(code)) rates.fail(rates.line(), "currency", "'" + code + "' is given twice");
    out.rates_[code] = rates.number("usd_per_unit", 0, true);
  }

  Table floors(
      floors_csv, floors_name,
      {"hs_prefix", "goods", "floor_per_kg", "currency", "domain", "below_means", "basis", "source"});
  while (floors.next()) {
    ValueFloor f;
    f.line = floors.line();
    std::string hs = floors.required_text("hs_prefix");
    auto code = HsCode::parse(hs);
    if (!code || code->length() < 4)
      floors.fail(f.line, "hs_prefix", "'" + hs + "' is not an HS prefix of 4 to 10 digits");
    f.hs_prefix = *code;
    f.goods = floors.required_text("goods");
    f.floor_per_kg = floors.number("floor_per_kg", 0, true);
    f.currency = floors.required_text("currency");
    if (f.currency != out.currency_)
      floors.fail(f.line, "currency",
                  "'" + f.currency + "': floors are in USD, the currency the rates table converts to");
    if (!floors.text("min_net_mass_kg").empty())
      f.min_net_mass_kg = floors.number("min_net_mass_kg", 0, false);
    std::string domain = floors.required_text("domain");
    auto dom = parse_domain(domain);
    if (!dom) floors.fail(f.line, "domain", "'" + domain + "' is not a domain (waste, ozone, cultural, ...)");
    f.domain = *dom;
    if (!floors.text("weight").empty()) f.weight = floors.number("weight", 0, false);
    if (f.weight > 100) floors.fail(f.line, "weight", "must be from 0 to 100");
    if (std::string lane = floors.text("lane"); !lane.empty()) {
      auto l = parse_lane(lane);
      if (!l) floors.fail(f.line, "lane", "'" + lane + "' is not a lane (green, blue, yellow, orange, red)");
      f.lane = *l;
    }
    f.below_means = floors.required_text("below_means");
    f.basis = floors.required_text("basis");
    f.source = floors.required_text("source");
    uint64_t key = prefix_key(f.hs_prefix);
    if (out.by_prefix_.count(key))
      floors.fail(f.line, "hs_prefix",
                  "'" + hs + "' is given twice (first at line " +
                      std::to_string(out.floors_[out.by_prefix_[key]].line) + ")");
    out.by_prefix_[key] = out.floors_.size();
    out.prefix_lengths_ |= 1u << f.hs_prefix.length();
    out.floors_.push_back(std::move(f));
  }
  if (!out.rates_.count("USD")) out.rates_["USD"] = 1.0;
  return out;
}

ValueFloors ValueFloors::load(const std::string& floors_path, const std::string& rates_path) {
  return parse(read_file(floors_path, "unit-value floors table"),
               read_file(rates_path, "currency rates table"), floors_path, rates_path);
}

const ValueFloor* ValueFloors::find(HsCode hs) const {
  for (int len = hs.length(); len >= 4; --len) {
    if (!(prefix_lengths_ & (1u << len))) continue;
    auto it = by_prefix_.find(prefix_key(hs.prefix(len)));
    if (it != by_prefix_.end()) return &floors_[it->second];
  }
  return nullptr;
}

std::optional<double> ValueFloors::rate(const std::string& currency) const {
  auto it = rates_.find(currency);
  if (it == rates_.end()) return std::nullopt;
  return it->second;
}

void ValueFloors::assess(const Declaration& d, std::vector<Finding>& out) const {
  for (const Item& item : d.items) {
    if (item.hs_code.length() < 4 || !item.value || !item.net_mass_kg) continue;
    const ValueFloor* f = find(item.hs_code);
    if (f == nullptr || *item.net_mass_kg <= 0 || *item.net_mass_kg < f->min_net_mass_kg || *item.value <= 0)
      continue;
    auto r = rate(item.currency);
    if (!r) continue;
    double declared = *item.value / *item.net_mass_kg;  // in the item's currency
    double converted = declared * *r;                   // in the table's currency
    if (converted >= f->floor_per_kg) continue;

    Finding fd;
    fd.source = "indicator";
    fd.id = "BELOW_VALUE_FLOOR";
    fd.domain = f->domain;
    fd.weight = f->weight;
    std::string price = num(declared) + " " + item.currency + "/kg";
    if (item.currency != currency_) price += " (" + num(converted) + " " + currency_ + "/kg at a fixed rate)";
    fd.reason = fmt::format(
        "Item {} (HS {}) is declared at {}; {} trade above {} {}/kg ({}; source: {}). A price this low "
        "suggests "
        "{}.",
        item.item_no, item.hs_code.str(), price, f->goods, num(f->floor_per_kg), currency_, f->basis,
        f->source, f->below_means);
    fd.instructions =
        "Ask for the invoice, the contract and proof of payment, and look at the goods (photographs or a "
        "quick "
        "examination): check that they are what the description says, not waste, scrap or another substance.";
    fd.evidence = nlohmann::json::object();
    fd.evidence["lane"] = std::string(to_string(f->lane));
    fd.evidence["fields"] = {{"hs", item.hs_code.str()},
                             {"item", item.item_no},
                             {"value", *item.value},
                             {"currency", item.currency},
                             {"net_mass_kg", *item.net_mass_kg},
                             {"unit_value_per_kg", declared}};
    fd.evidence["reference"] = {{"floor_per_kg", f->floor_per_kg},
                                {"floor_currency", currency_},
                                {"hs_prefix", f->hs_prefix.str()},
                                {"goods", f->goods},
                                {"unit_value_per_kg_in_floor_currency", converted},
                                {"rate", *r},
                                {"basis", f->basis},
                                {"source", f->source},
                                {"below_means", f->below_means},
                                {"table_line", f->line}};
    out.push_back(std::move(fd));
  }
}

std::string default_value_floors_path(const std::string& data_dir) {
  return data_dir + "/valuation/unit-value-floors.csv";
}
std::string default_currency_rates_path(const std::string& data_dir) {
  return data_dir + "/valuation/currency-rates.csv";
}

}  // namespace custos::risk
