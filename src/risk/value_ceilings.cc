#include "risk/value_ceilings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "risk/valuation_table.hpp"

namespace custos::risk {

using valuation::num;

bool counts_pieces(std::string_view unit) {
  static constexpr std::array<std::string_view, 14> kPieces = {
      "", "u", "pc", "pcs", "pce", "piece", "pieces", "nar", "nmb", "no", "unit", "units", "items", "p"};
  std::string folded(unit);
  std::transform(folded.begin(), folded.end(), folded.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::find(kPieces.begin(), kPieces.end(), folded) != kPieces.end();
}

ValueCeilings ValueCeilings::parse(std::string_view ceilings_csv, std::string_view rates_csv,
                                   const std::string& ceilings_name, const std::string& rates_name) {
  ValueCeilings out;
  out.currency_ = "USD";
  out.rates_ = valuation::parse_rates(rates_csv, rates_name);

  valuation::Table t(ceilings_csv, ceilings_name,
                     {"hs_prefix", "goods", "ceiling_per_kg", "ceiling_per_unit", "currency", "domain",
                      "above_means", "basis", "source"});
  while (t.next()) {
    ValueCeiling c;
    c.line = t.line();
    c.hs_prefix = t.hs_prefix("hs_prefix");
    c.goods = t.required_text("goods");
    if (!t.text("ceiling_per_kg").empty()) c.ceiling_per_kg = t.number("ceiling_per_kg", 0, true);
    if (!t.text("ceiling_per_unit").empty()) c.ceiling_per_unit = t.number("ceiling_per_unit", 0, true);
    if (!c.ceiling_per_kg && !c.ceiling_per_unit)
      t.fail(c.line, "ceiling_per_kg", "empty, and so is ceiling_per_unit; a row needs at least one ceiling");
    c.currency = t.required_text("currency");
    if (c.currency != out.currency_)
      t.fail(c.line, "currency",
             "'" + c.currency + "': ceilings are in USD, the currency the rates table converts to");
    if (!t.text("min_net_mass_kg").empty()) c.min_net_mass_kg = t.number("min_net_mass_kg", 0, false);
    t.domain_weight_lane(c.domain, c.weight, c.lane);
    c.above_means = t.required_text("above_means");
    c.basis = t.required_text("basis");
    c.source = t.required_text("source");
    if (auto first = out.index_.add(c.hs_prefix, out.ceilings_.size()))
      t.fail(c.line, "hs_prefix",
             "'" + t.text("hs_prefix") + "' is given twice (first at line " +
                 std::to_string(out.ceilings_[*first].line) + ")");
    out.ceilings_.push_back(std::move(c));
  }
  return out;
}

ValueCeilings ValueCeilings::load(const std::string& ceilings_path, const std::string& rates_path) {
  return parse(valuation::read_file(ceilings_path, "unit-value ceilings table"),
               valuation::read_file(rates_path, "currency rates table"), ceilings_path, rates_path);
}

const ValueCeiling* ValueCeilings::find(HsCode hs) const {
  auto row = index_.find(hs);
  return row ? &ceilings_[*row] : nullptr;
}

std::optional<double> ValueCeilings::rate(const std::string& currency) const {
  return valuation::rate_of(rates_, currency);
}

void ValueCeilings::assess(const Declaration& d, std::vector<Finding>& out) const {
  for (const Item& item : d.items) {
    if (item.hs_code.length() < 4 || !item.value || *item.value <= 0) continue;
    const ValueCeiling* c = find(item.hs_code);
    if (c == nullptr) continue;
    auto r = rate(item.currency);
    if (!r) continue;
    // Per kg from the row's minimum mass; otherwise per piece when the quantity counts pieces.
    const bool weighed = item.net_mass_kg && *item.net_mass_kg > 0 && *item.net_mass_kg >= c->min_net_mass_kg;
    const bool counted = item.quantity && *item.quantity > 0 && counts_pieces(item.quantity_unit);
    const double value_per_kg = weighed ? *item.value / *item.net_mass_kg : 0;  // in the item's currency
    const double value_per_piece = counted ? *item.value / *item.quantity : 0;
    const bool per_kg = c->ceiling_per_kg && weighed && value_per_kg * *r > *c->ceiling_per_kg;
    const bool per_piece =
        !per_kg && c->ceiling_per_unit && counted && value_per_piece * *r > *c->ceiling_per_unit;
    if (!per_kg && !per_piece) continue;
    const double declared = per_kg ? value_per_kg : value_per_piece;
    const double ceiling = per_kg ? *c->ceiling_per_kg : *c->ceiling_per_unit;  // in the table's currency
    const char* measure = per_kg ? "per_kg" : "per_unit";
    const double converted = declared * *r;
    const std::string unit = per_kg ? "/kg" : " a piece";

    Finding fd;
    fd.source = "indicator";
    fd.id = "ABOVE_VALUE_CEILING";
    fd.domain = c->domain;
    fd.weight = c->weight;
    std::string price = num(declared) + " " + item.currency + unit;
    if (item.currency != currency_)
      price += " (" + num(converted) + " " + currency_ + unit + " at a fixed rate)";
    fd.reason = fmt::format(
        "Item {} (HS {}) is declared at {}; {} sell below {} {}{} ({}; source: {}). A price this high "
        "suggests {}.",
        item.item_no, item.hs_code.str(), price, c->goods, num(ceiling), currency_, unit, c->basis, c->source,
        c->above_means);
    fd.instructions =
        "Ask for the invoice, the contract and proof of payment, and look at the goods (photographs or a "
        "quick "
        "examination): check that they are what the description says, and not an antiquity, a controlled "
        "item, a protected specimen or another substance worth the declared price.";
    fd.evidence = nlohmann::json::object();
    fd.evidence["lane"] = std::string(to_string(c->lane));
    fd.evidence["fields"] = {{"hs", item.hs_code.str()},
                             {"item", item.item_no},
                             {"value", *item.value},
                             {"currency", item.currency}};
    if (item.net_mass_kg) fd.evidence["fields"]["net_mass_kg"] = *item.net_mass_kg;
    if (item.quantity) fd.evidence["fields"]["quantity"] = *item.quantity;
    if (!item.quantity_unit.empty()) fd.evidence["fields"]["quantity_unit"] = item.quantity_unit;
    fd.evidence["fields"][per_kg ? "unit_value_per_kg" : "value_per_unit"] = declared;
    fd.evidence["reference"] = {{"measure", measure},
                                {"ceiling", ceiling},
                                {"ceiling_currency", currency_},
                                {"hs_prefix", c->hs_prefix.str()},
                                {"goods", c->goods},
                                {"declared_in_ceiling_currency", converted},
                                {"rate", *r},
                                {"basis", c->basis},
                                {"source", c->source},
                                {"above_means", c->above_means},
                                {"table_line", c->line}};
    out.push_back(std::move(fd));
  }
}

std::string default_value_ceilings_path(const std::string& data_dir) {
  return data_dir + "/valuation/unit-value-ceilings.csv";
}

}  // namespace custos::risk
