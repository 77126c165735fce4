#pragma once
// `custos model evaluate`: train on one period, choose on a later one (or on
// the training period's own last days), score a third, and measure the
// ranking at the inspection rates an administration can afford. The scored
// period's labels are read only to compute the metrics: its history
// features never see them, and nothing is chosen on it.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "ml/fit.hpp"
#include "ml/metrics.hpp"
#include "ml/period.hpp"

namespace custos::ml {

struct EvaluationResult {
  RankingMetrics metrics;                     // in the order of `rank`
  RankBy rank = RankBy::probability;          // how `metrics` ranks the declarations
  RankingMetrics by_probability, by_revenue;  // both orders, always computed
  nlohmann::json model_report;                // how the model was chosen
  nlohmann::json feature_gain;                // mean |SHAP| per feature on the scored period, largest first
  double train_seconds = 0, score_seconds = 0;
  // {"rank":..,"precision":{"1":..},"recall":{..},"revenue":{..},"auc":..,
  //  "by_rank":{"probability":{...},"revenue":{...}},...}
  nlohmann::json to_json() const;
};

// `valid` may be empty (then the last days of `train` are used to choose).
// Throws std::invalid_argument when the periods overlap or are misordered.
EvaluationResult evaluate_periods(const Period& train, const Period* valid, const Period& test,
                                  const FitOptions& options, RankBy rank = RankBy::probability);

}  // namespace custos::ml
