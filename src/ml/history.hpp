#pragma once
// What the administration knew about the parties, goods and routes of a
// declaration before the day it was lodged: how many declarations, how many
// inspected, how many frauds, the usual unit value. Every lookup sees only
// records dated strictly before the declaration, and only labels revealed
// strictly before it, so a model never learns from the future.
//
// Records and reveals must arrive in non-decreasing date order (the order of
// Store::scan); an older record after a newer one throws std::logic_error.
// Not thread-safe.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/date.hpp"
#include "core/declaration.hpp"

namespace custos::ml {

// One party, good or route as the history saw it.
struct KeyHistory {
  double declarations = 0;  // lodged before the date
  double labelled = 0;      // with an inspection result known before the date
  double frauds = 0;
  double fraud_rate = 0;              // Bayesian-smoothed towards the overall rate
  std::optional<int32_t> first_seen;  // days since epoch
};

struct HistoryFeatures {
  double prior_fraud_rate = 0;  // all labels known before the date
  KeyHistory importer, declarant, seller, hs6, route, importer_seller, importer_hs6;
  // Identical consignment: the same HS subheading, net mass and declared value
  // of the main item, exactly as declared, by any party. Repeated invoices are
  // a known sign of template or front-company fraud, and an earlier
  // inspection of the very same goods and figures is the closest precedent.
  KeyHistory consignment;
  // HS6 x origin: declarations and the geometric mean unit value (per kg).
  double hs6_origin_declarations = 0;
  std::optional<double> usual_unit_value;  // HS6 x origin, else HS6
  bool usual_from_origin = false;          // true when usual_unit_value is HS6 x origin
};

class TradeHistory {
 public:
  // `smoothing` is the weight, in inspections, of the overall fraud rate in a
  // key's smoothed rate: (frauds + m * prior) / (labelled + m).
  explicit TradeHistory(double smoothing = 10.0) : smoothing_(smoothing) {}

  // The declaration is known from its date on (counts, unit value, route).
  void record(const Declaration& d);
  // Its inspection result is known from `known_on` on.
  void reveal(const Declaration& d, bool fraud, Date known_on);
  // What was known strictly before d.date.
  HistoryFeatures lookup(const Declaration& d) const;

  size_t keys() const { return series_.size(); }

 private:
  struct Snapshot {
    int32_t date = 0;
    uint32_t declarations = 0, labelled = 0, frauds = 0, with_unit_value = 0;
    double sum_log_unit_value = 0;
  };
  struct Series {
    int32_t first_seen = 0;
    std::vector<Snapshot> snapshots;  // cumulative, one per date
  };
  // A key of one dimension (importer, HS6 x origin, route, ...), built from
  // interned integers: no string is built or hashed per lookup but the ids.
  struct Key {
    uint64_t a = 0, b = 0;
    bool operator==(const Key&) const = default;
  };
  // Open addressing, linear probing: Key -> index into series_.
  class KeyIndex {
   public:
    static constexpr uint32_t kNone = UINT32_MAX;
    uint32_t find(const Key& k) const;
    uint32_t insert(const Key& k, uint32_t value);  // the existing value if present
   private:
    void grow();
    std::vector<Key> keys_;
    std::vector<uint32_t> values_;
    size_t size_ = 0;
  };
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct Keys;
  static constexpr size_t kPackableId = 15;
  static Key pack(std::string_view id);  // id.size() <= kPackableId
  // Party, office and transport-mode ids -> small integers (0 = empty).
  uint32_t intern(std::string_view s);
  // kNone when never seen (so no key containing it exists); 0 when empty.
  uint32_t interned(std::string_view s) const;
  Keys keys_of(const Declaration& d, bool insert_ids);
  Keys keys_of(const Declaration& d) const;
  Snapshot& at(const Key& key, int32_t date);
  const Snapshot* before(uint32_t series, int32_t date) const;
  KeyHistory key_history(uint32_t series, int32_t date, double prior) const;

  double smoothing_;
  // Ids of up to 15 bytes (nearly all: EORI, TIN, customs office codes) are
  // packed with their length into a Key and found with one probe of
  // short_ids_; longer ones go to long_ids_. Both hand out ids from next_id_.
  KeyIndex short_ids_;
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> long_ids_;
  uint32_t next_id_ = 1;
  KeyIndex index_;
  std::vector<Series> series_;
};

// The item that speaks for a declaration in the model: the one with the
// highest value (else the first). Null when the declaration has no item.
const Item* main_item(const Declaration& d);

}  // namespace custos::ml
