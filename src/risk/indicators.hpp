#pragma once
// Anomaly indicators learned from history, each reported as a Finding with
// the reference it was compared to:
//  - UNDERVALUATION / OVERVALUATION: value per kg against the median and MAD
//    of log(value per kg) for the same HS6, origin and currency, once that
//    reference has `min_history` observations (robust z beyond the threshold);
//  - MASS_QUANTITY_MISMATCH: kg per unit against the same reference per HS6;
//  - FIRST_TIME_TRADER, FIRST_TIME_TRADER_CHAPTER: the trader (importer on
//    import, exporter on export) never seen before, or never in this HS chapter;
//  - NEW_ROUTE: the HS6 is well known but never from this country.
// The model sees declarations in the order they are fed: assess() compares
// with what learn() has seen so far, so feeding history in date order and
// assessing each declaration before learning it never lets a declaration
// be its own reference. Not thread-safe.
#include <cstdint>
#include <memory>
#include <vector>

#include "core/declaration.hpp"
#include "core/finding.hpp"

namespace custos::risk {

struct IndicatorOptions {
  int min_history = 30;      // observations a reference needs before it is used
  double z_threshold = 3.5;  // robust z beyond which a value is anomalous
  double valuation_weight = 25, mismatch_weight = 15, new_trader_weight = 10, new_chapter_weight = 5,
         new_route_weight = 10;
};

class IndicatorModel {
 public:
  explicit IndicatorModel(IndicatorOptions options = {});
  ~IndicatorModel();
  IndicatorModel(const IndicatorModel&) = delete;
  IndicatorModel& operator=(const IndicatorModel&) = delete;

  void assess(const Declaration& d, std::vector<Finding>& out);
  void learn(const Declaration& d);
  int64_t declarations_learned() const;

  class Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace custos::risk
