#include "risk/value_floors.hpp"

#include <fmt/format.h>

#include "risk/valuation_table.hpp"

namespace custos::risk {

using valuation::num;

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
  out.rates_ = valuation::parse_rates(rates_csv, rates_name);

  valuation::Table floors(
      floors_csv, floors_name,
      {"hs_prefix", "goods", "floor_per_kg", "currency", "domain", "below_means", "basis", "source"});
  while (floors.next()) {
    ValueFloor f;
    f.line = floors.line();
    f.hs_prefix = floors.hs_prefix("hs_prefix");
    f.goods = floors.required_text("goods");
    f.floor_per_kg = floors.number("floor_per_kg", 0, true);
    f.currency = floors.required_text("currency");
    if (f.currency != out.currency_)
      floors.fail(f.line, "currency",
                  "'" + f.currency + "': floors are in USD, the currency the rates table converts to");
    if (!floors.text("min_net_mass_kg").empty())
      f.min_net_mass_kg = floors.number("min_net_mass_kg", 0, false);
    floors.domain_weight_lane(f.domain, f.weight, f.lane);
    f.below_means = floors.required_text("below_means");
    f.basis = floors.required_text("basis");
    f.source = floors.required_text("source");
    if (auto first = out.index_.add(f.hs_prefix, out.floors_.size()))
      floors.fail(f.line, "hs_prefix",
                  "'" + floors.text("hs_prefix") + "' is given twice (first at line " +
                      std::to_string(out.floors_[*first].line) + ")");
    out.floors_.push_back(std::move(f));
  }
  return out;
}

ValueFloors ValueFloors::load(const std::string& floors_path, const std::string& rates_path) {
  return parse(valuation::read_file(floors_path, "unit-value floors table"),
               valuation::read_file(rates_path, "currency rates table"), floors_path, rates_path);
}

const ValueFloor* ValueFloors::find(HsCode hs) const {
  auto row = index_.find(hs);
  return row ? &floors_[*row] : nullptr;
}

std::optional<double> ValueFloors::rate(const std::string& currency) const {
  return valuation::rate_of(rates_, currency);
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
