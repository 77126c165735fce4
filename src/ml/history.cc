#include "ml/history.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace custos::ml {
namespace {

// Keys share one index; a prefix tells the dimensions apart.
std::string hs6_of(const Item* it) {
  return it != nullptr && !it->hs_code.empty() ? it->hs_code.prefix(std::min(6, it->hs_code.length())).str()
                                               : std::string();
}
std::string origin_of(const Item* it) {
  return it != nullptr && it->origin ? it->origin->str() : std::string();
}

struct Keys {
  std::string importer, declarant, seller, hs6, hs6_origin, route, importer_seller, importer_hs6;
};

Keys keys_of(const Declaration& d) {
  const Item* it = main_item(d);
  std::string hs6 = hs6_of(it), origin = origin_of(it);
  std::string dep = d.departure_country ? d.departure_country->str() : std::string();
  Keys k;
  if (!d.importer.id.empty()) k.importer = "i:" + d.importer.id;
  if (!d.declarant_id.empty()) k.declarant = "d:" + d.declarant_id;
  if (!d.exporter.id.empty()) k.seller = "s:" + d.exporter.id;
  if (!hs6.empty()) k.hs6 = "h:" + hs6;
  if (!hs6.empty() && !origin.empty()) k.hs6_origin = "ho:" + hs6 + "|" + origin;
  k.route = "r:" + origin + "|" + dep + "|" + d.transport_mode + "|" + d.office;
  if (!d.importer.id.empty() && !d.exporter.id.empty())
    k.importer_seller = "is:" + d.importer.id + "|" + d.exporter.id;
  if (!d.importer.id.empty() && !hs6.empty()) k.importer_hs6 = "ih:" + d.importer.id + "|" + hs6;
  return k;
}

const std::string kAll = "*";

}  // namespace

const Item* main_item(const Declaration& d) {
  const Item* best = nullptr;
  for (const Item& it : d.items) {
    if (best == nullptr || (it.value && (!best->value || *it.value > *best->value))) best = &it;
  }
  return best;
}

TradeHistory::Snapshot& TradeHistory::at(const std::string& key, int32_t date) {
  Series& s = index_[key];
  if (s.snapshots.empty()) {
    s.first_seen = date;
    s.snapshots.push_back(Snapshot{.date = date});
  } else if (s.snapshots.back().date < date) {
    Snapshot next = s.snapshots.back();
    next.date = date;
    s.snapshots.push_back(next);
  } else if (s.snapshots.back().date > date) {
    throw std::logic_error("trade history: records must arrive in date order");
  }
  return s.snapshots.back();
}

const TradeHistory::Snapshot* TradeHistory::before(const std::string& key, int32_t date) const {
  auto f = index_.find(key);
  if (f == index_.end()) return nullptr;
  const auto& snaps = f->second.snapshots;
  // Scoring happens at the end of the series: try the newest snapshot first.
  if (snaps.back().date < date) return &snaps.back();
  auto lb = std::lower_bound(snaps.begin(), snaps.end(), date,
                             [](const Snapshot& s, int32_t d) { return s.date < d; });
  if (lb != snaps.begin()) return &*(lb - 1);
  return nullptr;
}

void TradeHistory::record(const Declaration& d) {
  Keys k = keys_of(d);
  int32_t date = d.date.days();
  const Item* it = main_item(d);
  std::optional<double> uv = it != nullptr ? it->unit_value_per_kg() : std::nullopt;
  const bool has_uv = uv.has_value() && *uv > 0;
  const double log_uv = has_uv ? std::log(*uv) : 0.0;
  for (const std::string* key : std::initializer_list<const std::string*>{
           &kAll, &k.importer, &k.declarant, &k.seller, &k.hs6, &k.hs6_origin, &k.route, &k.importer_seller,
           &k.importer_hs6}) {
    if (key->empty()) continue;
    Snapshot& s = at(*key, date);
    ++s.declarations;
    if (has_uv && (key == &k.hs6 || key == &k.hs6_origin)) {
      ++s.with_unit_value;
      s.sum_log_unit_value += log_uv;
    }
  }
}

void TradeHistory::reveal(const Declaration& d, bool fraud, Date known_on) {
  Keys k = keys_of(d);
  for (const std::string* key :
       std::initializer_list<const std::string*>{&kAll, &k.importer, &k.declarant, &k.seller, &k.hs6,
                                                 &k.route, &k.importer_seller, &k.importer_hs6}) {
    if (key->empty()) continue;
    Snapshot& s = at(*key, known_on.days());
    ++s.labelled;
    if (fraud) ++s.frauds;
  }
}

KeyHistory TradeHistory::key_history(const std::string& key, int32_t date, double prior) const {
  KeyHistory h;
  h.fraud_rate = prior;
  if (key.empty()) return h;
  const Snapshot* s = before(key, date);
  if (s == nullptr) return h;
  h.declarations = s->declarations;
  h.labelled = s->labelled;
  h.frauds = s->frauds;
  h.fraud_rate = (s->frauds + smoothing_ * prior) / (s->labelled + smoothing_);
  h.first_seen = index_.at(key).first_seen;
  return h;
}

HistoryFeatures TradeHistory::lookup(const Declaration& d) const {
  Keys k = keys_of(d);
  int32_t date = d.date.days();
  HistoryFeatures f;
  const Snapshot* all = before(kAll, date);
  f.prior_fraud_rate = all != nullptr && all->labelled > 0 ? double(all->frauds) / all->labelled : 0.0;
  double p = f.prior_fraud_rate;
  f.importer = key_history(k.importer, date, p);
  f.declarant = key_history(k.declarant, date, p);
  f.seller = key_history(k.seller, date, p);
  f.hs6 = key_history(k.hs6, date, p);
  f.route = key_history(k.route, date, p);
  f.importer_seller = key_history(k.importer_seller, date, p);
  f.importer_hs6 = key_history(k.importer_hs6, date, p);
  const Snapshot* ho = k.hs6_origin.empty() ? nullptr : before(k.hs6_origin, date);
  if (ho != nullptr) f.hs6_origin_declarations = ho->declarations;
  if (ho != nullptr && ho->with_unit_value > 0) {
    f.usual_unit_value = std::exp(ho->sum_log_unit_value / ho->with_unit_value);
    f.usual_from_origin = true;
  } else if (const Snapshot* h = k.hs6.empty() ? nullptr : before(k.hs6, date);
             h != nullptr && h->with_unit_value > 0) {
    f.usual_unit_value = std::exp(h->sum_log_unit_value / h->with_unit_value);
  }
  return f;
}

}  // namespace custos::ml
