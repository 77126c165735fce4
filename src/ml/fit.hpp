#pragma once
// Training a targeting model on a period of past declarations. Every choice
// (the number of rounds, the tree depth) is made on data the caller allows:
// by default the last days of the training period itself (a time-ordered
// tail, whose features see only labels from before the tail, as a scored
// period would), or an explicit later validation period. The period a model
// is evaluated on never enters here.
#include <nlohmann/json.hpp>
#include <span>
#include <vector>

#include "core/declaration.hpp"
#include "ml/model.hpp"
#include "ml/trainer.hpp"

namespace custos::ml {

struct FitOptions {
  BoosterParams params;
  double tail_fraction = 1.0 / 6;                  // share of the training days held out to choose on
  std::vector<int> depths = {6};                   // candidate max_depth values, chosen on the tail
  bool party_ids = false;                          // also label-encode party ids
  int feature_version = FeatureEncoder::kVersion;  // 1: without the identical-consignment history
  bool refit = true;                               // retrain on the whole period with the chosen settings
};

struct FitResult {
  TargetingModel model;
  nlohmann::json report;  // what was chosen and why; becomes the model's metadata
};

// `training` and `validation` must each be sorted by date, and validation
// (when not empty) must start after training ends. Throws
// std::invalid_argument otherwise, or when there is nothing labelled to learn from.
FitResult fit_targeting_model(std::span<const Declaration> training, std::span<const Declaration> validation,
                              const FitOptions& options);

// Metrics of a model on `scored`, whose history is built from `known`
// (labels revealed) followed by `scored` itself (labels never revealed).
struct ScoredPeriod {
  std::vector<double> scores;
  FeatureRows rows;
};
ScoredPeriod score_period(const TargetingModel& model, std::span<const Declaration> known,
                          std::span<const Declaration> scored, double smoothing = 10.0);

}  // namespace custos::ml
