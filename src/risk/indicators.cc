#include "risk/indicators.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace custos::risk {
namespace {

// A robust reference over log values: median and MAD, recomputed lazily
// when the series has grown enough to matter.
struct Series {
  std::vector<float> values;
  size_t computed_at = 0;
  double median = 0, mad = 0;

  void refresh() {
    size_t n = values.size();
    if (n == computed_at || (computed_at >= 200 && n < computed_at + computed_at / 20)) return;
    std::vector<float> v = values;
    auto mid = v.begin() + static_cast<long>(n / 2);
    std::nth_element(v.begin(), mid, v.end());
    median = *mid;
    for (float& x : v) x = static_cast<float>(std::fabs(x - median));
    std::nth_element(v.begin(), mid, v.end());
    mad = *mid;
    computed_at = n;
  }
};

uint64_t key(HsCode hs, const std::optional<Country>& c) {
  return hs.subheading().digits() * 1024 + (c ? c->index() : 1023u);
}

const std::string& trader_of(const Declaration& d) {
  if (d.flow == Flow::export_ && !d.exporter.id.empty()) return d.exporter.id;
  if (!d.importer.id.empty()) return d.importer.id;
  return d.declarant_id;
}

std::optional<Country> route_country(const Declaration& d, const Item& item) {
  if (d.flow == Flow::export_) return d.destination_country;
  return d.departure_country ? d.departure_country : item.origin;
}

std::string num(double v) { return fmt::format("{:.4g}", v); }

}  // namespace

class IndicatorModel::Impl {
 public:
  explicit Impl(IndicatorOptions o) : opt_(o) {}

  void assess(const Declaration& d, std::vector<Finding>& out) {
    std::unordered_set<std::string> fired;
    auto once = [&](const std::string& id) { return fired.insert(id).second; };
    const std::string& trader = trader_of(d);
    bool enough_history = learned_ >= opt_.min_history;
    if (enough_history && !trader.empty() && !traders_.count(trader) && once("FIRST_TIME_TRADER")) {
      Finding f = base("FIRST_TIME_TRADER", Domain::general, opt_.new_trader_weight);
      f.reason = "Trader " + trader + " has never declared before (history of " + std::to_string(learned_) +
                 " declarations): new traders carry more risk until they have a record.";
      f.instructions = "Check the trader's registration date, activity and address.";
      f.evidence["fields"] = {{"trader", trader}};
      f.evidence["reference"] = {{"declarations_in_history", learned_}};
      out.push_back(std::move(f));
    }
    for (const Item& item : d.items) {
      if (item.hs_code.length() < 6) continue;
      HsCode hs6 = item.hs_code.subheading();
      if (enough_history && !trader.empty() && traders_.count(trader) &&
          !trader_chapters_.count(trader + "|" + item.hs_code.chapter().str()) &&
          once("FIRST_TIME_TRADER_CHAPTER")) {
        Finding f = base("FIRST_TIME_TRADER_CHAPTER", Domain::general, opt_.new_chapter_weight);
        f.reason = "Trader " + trader + " has never declared goods of HS chapter " +
                   item.hs_code.chapter().str() + " before: outside its usual line of business.";
        f.instructions = "Ask what the goods are for and who the buyer is.";
        f.evidence["fields"] = {{"trader", trader}, {"hs", item.hs_code.str()}, {"item", item.item_no}};
        out.push_back(std::move(f));
      }
      auto rc = route_country(d, item);
      auto seen = hs6_count_.find(hs6.digits());
      if (rc && seen != hs6_count_.end() && seen->second >= opt_.min_history &&
          !routes_.count(key(hs6, rc)) && once("NEW_ROUTE")) {
        Finding f = base("NEW_ROUTE", Domain::general, opt_.new_route_weight);
        f.reason = "HS " + hs6.str() + " has been declared " + std::to_string(seen->second) +
                   " times, never " + (d.flow == Flow::export_ ? "to " : "from ") + rc->str() +
                   ": an unusual route for these goods.";
        f.instructions = "Check the commercial reason for the route and the transport documents.";
        f.evidence["fields"] = {{"hs", item.hs_code.str()}, {"country", rc->str()}, {"item", item.item_no}};
        f.evidence["reference"] = {{"hs6_declarations", seen->second}, {"routes_seen", 0}};
        f.evidence["fields"]["hs6"] = hs6.str();
        f.evidence["fields"]["route"] = d.flow == Flow::export_ ? "to" : "from";
        out.push_back(std::move(f));
      }
      if (auto uv = item.unit_value_per_kg(); uv && *uv > 0) {
        auto cur = unit_values_.find(item.currency);
        if (cur != unit_values_.end()) {
          auto s = cur->second.find(key(hs6, item.origin));
          if (s != cur->second.end()) valuation(d, item, *uv, s->second, once, out);
        }
      }
      if (item.net_mass_kg && item.quantity && *item.net_mass_kg > 0 && *item.quantity > 0) {
        auto s = mass_per_unit_.find(hs6.digits());
        if (s != mass_per_unit_.end())
          mismatch(item, *item.net_mass_kg / *item.quantity, s->second, once, out);
      }
    }
  }

  void learn(const Declaration& d) {
    ++learned_;
    const std::string& trader = trader_of(d);
    if (!trader.empty()) traders_.insert(trader);
    for (const Item& item : d.items) {
      if (item.hs_code.length() < 6) continue;
      HsCode hs6 = item.hs_code.subheading();
      if (!trader.empty()) trader_chapters_.insert(trader + "|" + item.hs_code.chapter().str());
      ++hs6_count_[hs6.digits()];
      if (auto rc = route_country(d, item)) routes_.insert(key(hs6, rc));
      if (auto uv = item.unit_value_per_kg(); uv && *uv > 0)
        unit_values_[item.currency][key(hs6, item.origin)].values.push_back(
            static_cast<float>(std::log(*uv)));
      if (item.net_mass_kg && item.quantity && *item.net_mass_kg > 0 && *item.quantity > 0)
        mass_per_unit_[hs6.digits()].values.push_back(
            static_cast<float>(std::log(*item.net_mass_kg / *item.quantity)));
    }
  }

  int64_t learned() const { return learned_; }

 private:
  static Finding base(const std::string& id, Domain domain, double weight) {
    Finding f;
    f.source = "indicator";
    f.id = id;
    f.domain = domain;
    f.weight = weight;
    f.evidence = nlohmann::json::object();
    f.evidence["lane"] = "green";
    return f;
  }

  // Robust z of a log value; nullopt when the reference is too thin or flat.
  std::optional<double> robust_z(Series& s, double log_value) const {
    if (static_cast<int>(s.values.size()) < opt_.min_history) return std::nullopt;
    s.refresh();
    double scale = 1.4826 * s.mad;
    if (scale < 1e-6) return std::nullopt;
    return (log_value - s.median) / scale;
  }

  template <typename Once>
  void valuation(const Declaration&, const Item& item, double uv, Series& s, Once& once,
                 std::vector<Finding>& out) {
    auto z = robust_z(s, std::log(uv));
    if (!z || std::fabs(*z) < opt_.z_threshold) return;
    bool under = *z < 0;
    std::string id = under ? "UNDERVALUATION" : "OVERVALUATION";
    if (!once(id)) return;
    double median = std::exp(s.median);
    Finding f = base(id, Domain::fiscal, opt_.valuation_weight);
    f.evidence["lane"] = "yellow";
    std::string cur = item.currency.empty() ? "" : " " + item.currency;
    f.reason = "Declared value " + num(uv) + cur + "/kg for HS " + item.hs_code.subheading().str() +
               (item.origin ? " from " + item.origin->str() : "") + " is far " + (under ? "below" : "above") +
               " the usual " + num(median) + cur + "/kg (" + std::to_string(s.values.size()) +
               " earlier declarations): possible " +
               (under ? "undervaluation, or goods other than declared" : "overvaluation") + ".";
    f.instructions = under ? "Ask for the invoice, contract and proof of payment; check the goods match the "
                             "description (scrap or waste declared as product is sold at scrap prices)."
                           : "Ask for the invoice and proof of payment; check for transfer pricing or "
                             "money moved through trade.";
    f.evidence["fields"] = {{"hs", item.hs_code.str()}, {"unit_value_per_kg", uv}, {"item", item.item_no}};
    if (item.origin) f.evidence["fields"]["origin"] = item.origin->str();
    f.evidence["fields"]["hs6"] = item.hs_code.subheading().str();
    if (!item.currency.empty()) f.evidence["fields"]["currency"] = item.currency;
    f.evidence["reference"] = {{"median_unit_value_per_kg", median},
                               {"mad_log", s.mad},
                               {"observations", s.values.size()},
                               {"robust_z", std::round(*z * 100) / 100},
                               {"threshold", opt_.z_threshold}};
    out.push_back(std::move(f));
  }

  template <typename Once>
  void mismatch(const Item& item, double kg_per_unit, Series& s, Once& once, std::vector<Finding>& out) {
    auto z = robust_z(s, std::log(kg_per_unit));
    if (!z || std::fabs(*z) < opt_.z_threshold || !once("MASS_QUANTITY_MISMATCH")) return;
    Finding f = base("MASS_QUANTITY_MISMATCH", Domain::general, opt_.mismatch_weight);
    f.evidence["lane"] = "yellow";
    double median = std::exp(s.median);
    f.reason = "Declared mass and quantity do not agree: " + num(kg_per_unit) +
               " kg per unit against a usual " + num(median) + " kg for HS " +
               item.hs_code.subheading().str() + " (" + std::to_string(s.values.size()) +
               " earlier declarations).";
    f.instructions = "Weigh or count the goods; check the packing list.";
    f.evidence["fields"] = {{"hs", item.hs_code.str()},
                            {"net_mass_kg", *item.net_mass_kg},
                            {"quantity", *item.quantity},
                            {"item", item.item_no}};
    f.evidence["reference"] = {{"median_kg_per_unit", median},
                               {"observations", s.values.size()},
                               {"robust_z", std::round(*z * 100) / 100},
                               {"threshold", opt_.z_threshold}};
    out.push_back(std::move(f));
  }

  IndicatorOptions opt_;
  int64_t learned_ = 0;
  std::unordered_set<std::string> traders_, trader_chapters_;
  std::unordered_map<uint64_t, int64_t> hs6_count_;
  std::unordered_set<uint64_t> routes_;
  std::unordered_map<std::string, std::unordered_map<uint64_t, Series>> unit_values_;
  std::unordered_map<uint64_t, Series> mass_per_unit_;
};

IndicatorModel::IndicatorModel(IndicatorOptions options) : impl_(std::make_unique<Impl>(options)) {}
IndicatorModel::~IndicatorModel() = default;
void IndicatorModel::assess(const Declaration& d, std::vector<Finding>& out) { impl_->assess(d, out); }
void IndicatorModel::learn(const Declaration& d) { impl_->learn(d); }
int64_t IndicatorModel::declarations_learned() const { return impl_->learned(); }

}  // namespace custos::risk
