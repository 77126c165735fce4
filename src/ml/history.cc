#include "ml/history.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <stdexcept>

namespace custos::ml {
namespace {

// Dimensions, in the high byte of Key::a.
enum Dim : int {
  kAllDim = 0,
  kImporter,
  kDeclarant,
  kSeller,
  kHs6,
  kHs6Origin,
  kRoute,
  kImporterSeller,
  kImporterHs6,
  kConsignment,
  kDims
};

uint64_t tag(Dim d) { return static_cast<uint64_t>(d) << 56; }

// HS subheading (or the shorter code declared) as digits and length; 0 = none.
uint64_t hs6_of(const Item* it) {
  if (it == nullptr || it->hs_code.empty()) return 0;
  HsCode p = it->hs_code.prefix(std::min(6, it->hs_code.length()));
  return (p.digits() << 4) | static_cast<uint64_t>(p.length());
}
uint64_t country_of(const std::optional<Country>& c) { return c && !c->empty() ? c->index() + 1u : 0; }

uint64_t mix(uint64_t x) {  // splitmix64 finaliser
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// A 64-bit fingerprint of the main item's net mass and value, exactly as
// declared (0 when either is missing or not positive). Two different pairs
// share a fingerprint with odds of about 1 in 2^64 per pair of keys.
uint64_t figures_of(const Item* it) {
  if (it == nullptr || !it->net_mass_kg || !it->value || !(*it->net_mass_kg > 0) || !(*it->value > 0))
    return 0;
  const uint64_t m = std::bit_cast<uint64_t>(*it->net_mass_kg), v = std::bit_cast<uint64_t>(*it->value);
  const uint64_t f = mix(m ^ mix(v + 0x9e3779b97f4a7c15ULL));
  return f == 0 ? 1 : f;
}

}  // namespace

// The keys of one declaration; present[d] is false when the dimension does
// not apply (no importer, no HS code) or, for a lookup, was never recorded.
struct TradeHistory::Keys {
  Key key[kDims];
  bool present[kDims] = {};
};

uint32_t TradeHistory::KeyIndex::find(const Key& k) const {
  if (keys_.empty()) return kNone;
  const size_t mask = keys_.size() - 1;
  for (size_t i = mix(k.a ^ mix(k.b)) & mask;; i = (i + 1) & mask) {
    if (values_[i] == kNone) return kNone;
    if (keys_[i] == k) return values_[i];
  }
}

uint32_t TradeHistory::KeyIndex::insert(const Key& k, uint32_t value) {
  if ((size_ + 1) * 2 > keys_.size()) grow();
  const size_t mask = keys_.size() - 1;
  for (size_t i = mix(k.a ^ mix(k.b)) & mask;; i = (i + 1) & mask) {
    if (values_[i] == kNone) {
      keys_[i] = k;
      values_[i] = value;
      ++size_;
      return value;
    }
    if (keys_[i] == k) return values_[i];
  }
}

void TradeHistory::KeyIndex::grow() {
  std::vector<Key> keys = std::move(keys_);
  std::vector<uint32_t> values = std::move(values_);
  const size_t n = keys.empty() ? 1024 : keys.size() * 2;
  keys_.assign(n, Key{});
  values_.assign(n, kNone);
  size_ = 0;
  for (size_t i = 0; i < keys.size(); ++i)
    if (values[i] != kNone) insert(keys[i], values[i]);
}

// The bytes of a short id and its length, zero-padded: equal keys, equal ids.
TradeHistory::Key TradeHistory::pack(std::string_view s) {
  unsigned char buf[16] = {};
  std::memcpy(buf, s.data(), s.size());
  buf[15] = static_cast<unsigned char>(s.size());
  Key k;
  std::memcpy(&k.a, buf, 8);
  std::memcpy(&k.b, buf + 8, 8);
  return k;
}

uint32_t TradeHistory::intern(std::string_view s) {
  if (s.empty()) return 0;
  if (s.size() <= kPackableId) {
    const uint32_t id = short_ids_.insert(pack(s), next_id_);
    if (id == next_id_) ++next_id_;
    return id;
  }
  auto f = long_ids_.find(s);
  if (f != long_ids_.end()) return f->second;
  long_ids_.emplace(std::string(s), next_id_);
  return next_id_++;
}

uint32_t TradeHistory::interned(std::string_view s) const {
  if (s.empty()) return 0;
  if (s.size() <= kPackableId) return short_ids_.find(pack(s));  // kNone when never seen
  auto f = long_ids_.find(s);
  return f == long_ids_.end() ? KeyIndex::kNone : f->second;
}

namespace {

// Builds the keys from resolved ids; an id of `unknown` makes every key
// that contains it absent.
template <class Keys, class Key>
void build_keys(const Declaration& d, uint64_t imp, uint64_t dcl, uint64_t sel, uint64_t mode,
                uint64_t office, uint64_t unknown, Keys& k) {
  const Item* it = main_item(d);
  const uint64_t hs6 = hs6_of(it), origin = country_of(it != nullptr ? it->origin : std::nullopt);
  const uint64_t dep = country_of(d.departure_country);
  auto set = [&](Dim dim, bool present, uint64_t a, uint64_t b) {
    k.present[dim] = present;
    if (present) k.key[dim] = Key{tag(dim) | a, b};
  };
  const bool has_imp = !d.importer.id.empty(), has_sel = !d.exporter.id.empty();
  set(kAllDim, true, 0, 0);
  set(kImporter, has_imp && imp != unknown, imp, 0);
  set(kDeclarant, !d.declarant_id.empty() && dcl != unknown, dcl, 0);
  set(kSeller, has_sel && sel != unknown, sel, 0);
  set(kHs6, hs6 != 0, 0, hs6);
  set(kHs6Origin, hs6 != 0 && origin != 0, origin, hs6);
  set(kRoute, mode != unknown && office != unknown, (origin << 32) | (dep << 16), (mode << 32) | office);
  set(kImporterSeller, has_imp && has_sel && imp != unknown && sel != unknown, imp, sel);
  set(kImporterHs6, has_imp && hs6 != 0 && imp != unknown, imp, hs6);
  const uint64_t figures = hs6 != 0 ? figures_of(it) : 0;
  set(kConsignment, figures != 0, hs6, figures);
}

}  // namespace

TradeHistory::Keys TradeHistory::keys_of(const Declaration& d, bool) {
  Keys k;
  build_keys<Keys, Key>(d, intern(d.importer.id), intern(d.declarant_id), intern(d.exporter.id),
                        intern(d.transport_mode), intern(d.office), KeyIndex::kNone, k);
  return k;
}

TradeHistory::Keys TradeHistory::keys_of(const Declaration& d) const {
  Keys k;
  build_keys<Keys, Key>(d, interned(d.importer.id), interned(d.declarant_id), interned(d.exporter.id),
                        interned(d.transport_mode), interned(d.office), KeyIndex::kNone, k);
  return k;
}

const Item* main_item(const Declaration& d) {
  const Item* best = nullptr;
  for (const Item& it : d.items) {
    if (best == nullptr || (it.value && (!best->value || *it.value > *best->value))) best = &it;
  }
  return best;
}

TradeHistory::Snapshot& TradeHistory::at(const Key& key, int32_t date) {
  const uint32_t idx = index_.insert(key, static_cast<uint32_t>(series_.size()));
  if (idx == series_.size()) series_.emplace_back();
  Series& s = series_[idx];
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

const TradeHistory::Snapshot* TradeHistory::before(uint32_t series, int32_t date) const {
  if (series == KeyIndex::kNone) return nullptr;
  const auto& snaps = series_[series].snapshots;
  // Scoring happens at the end of the series: try the newest snapshot first.
  if (snaps.back().date < date) return &snaps.back();
  auto lb = std::lower_bound(snaps.begin(), snaps.end(), date,
                             [](const Snapshot& s, int32_t d) { return s.date < d; });
  if (lb != snaps.begin()) return &*(lb - 1);
  return nullptr;
}

void TradeHistory::record(const Declaration& d) {
  Keys k = keys_of(d, true);
  int32_t date = d.date.days();
  const Item* it = main_item(d);
  std::optional<double> uv = it != nullptr ? it->unit_value_per_kg() : std::nullopt;
  const bool has_uv = uv.has_value() && *uv > 0;
  const double log_uv = has_uv ? std::log(*uv) : 0.0;
  for (int dim = 0; dim < kDims; ++dim) {
    if (!k.present[dim]) continue;
    Snapshot& s = at(k.key[dim], date);
    ++s.declarations;
    if (has_uv && (dim == kHs6 || dim == kHs6Origin)) {
      ++s.with_unit_value;
      s.sum_log_unit_value += log_uv;
    }
  }
}

void TradeHistory::reveal(const Declaration& d, bool fraud, Date known_on) {
  Keys k = keys_of(d, true);
  for (int dim = 0; dim < kDims; ++dim) {
    if (!k.present[dim] || dim == kHs6Origin) continue;
    Snapshot& s = at(k.key[dim], known_on.days());
    ++s.labelled;
    if (fraud) ++s.frauds;
  }
}

KeyHistory TradeHistory::key_history(uint32_t series, int32_t date, double prior) const {
  KeyHistory h;
  h.fraud_rate = prior;
  const Snapshot* s = before(series, date);
  if (s == nullptr) return h;
  h.declarations = s->declarations;
  h.labelled = s->labelled;
  h.frauds = s->frauds;
  h.fraud_rate = (s->frauds + smoothing_ * prior) / (s->labelled + smoothing_);
  h.first_seen = series_[series].first_seen;
  return h;
}

HistoryFeatures TradeHistory::lookup(const Declaration& d) const {
  Keys k = keys_of(d);
  uint32_t idx[kDims];
  for (int dim = 0; dim < kDims; ++dim) idx[dim] = k.present[dim] ? index_.find(k.key[dim]) : KeyIndex::kNone;
  int32_t date = d.date.days();
  HistoryFeatures f;
  const Snapshot* all = before(idx[kAllDim], date);
  f.prior_fraud_rate = all != nullptr && all->labelled > 0 ? double(all->frauds) / all->labelled : 0.0;
  double p = f.prior_fraud_rate;
  f.importer = key_history(idx[kImporter], date, p);
  f.declarant = key_history(idx[kDeclarant], date, p);
  f.seller = key_history(idx[kSeller], date, p);
  f.hs6 = key_history(idx[kHs6], date, p);
  f.route = key_history(idx[kRoute], date, p);
  f.importer_seller = key_history(idx[kImporterSeller], date, p);
  f.importer_hs6 = key_history(idx[kImporterHs6], date, p);
  f.consignment = key_history(idx[kConsignment], date, p);
  const Snapshot* ho = before(idx[kHs6Origin], date);
  if (ho != nullptr) f.hs6_origin_declarations = ho->declarations;
  if (ho != nullptr && ho->with_unit_value > 0) {
    f.usual_unit_value = std::exp(ho->sum_log_unit_value / ho->with_unit_value);
    f.usual_from_origin = true;
  } else if (const Snapshot* h = before(idx[kHs6], date); h != nullptr && h->with_unit_value > 0) {
    f.usual_unit_value = std::exp(h->sum_log_unit_value / h->with_unit_value);
  }
  return f;
}

}  // namespace custos::ml
