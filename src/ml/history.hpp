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

  size_t keys() const { return index_.size(); }

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
  Snapshot& at(const std::string& key, int32_t date);
  const Snapshot* before(const std::string& key, int32_t date) const;
  KeyHistory key_history(const std::string& key, int32_t date, double prior) const;

  double smoothing_;
  std::unordered_map<std::string, Series> index_;
};

// The item that speaks for a declaration in the model: the one with the
// highest value (else the first). Null when the declaration has no item.
const Item* main_item(const Declaration& d);

}  // namespace custos::ml
