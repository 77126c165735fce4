#pragma once
// Gradient-boosted trees through XGBoost, with early stopping on a
// validation set that the caller has cut from the training period. The
// evaluated period never enters here.
#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <vector>

#include "ml/dataset.hpp"
#include "ml/xgboost.hpp"

namespace custos::ml {

struct BoosterParams {
  double eta = 0.1;
  int max_depth = 6;
  double subsample = 0.8;
  double colsample_bytree = 0.8;
  double min_child_weight = 1.0;
  int max_rounds = 1500;
  int early_stopping_rounds = 50;  // rounds without a better validation score
  int nthread = 2;
  int seed = 0;
  std::string eval_metric = "auc";  // higher is better
  nlohmann::json to_json() const;
};

// Labelled rows only, ready for XGBoost.
struct TrainingSet {
  size_t cols = 0;
  std::vector<float> values;
  std::vector<float> labels;
  size_t rows() const { return labels.size(); }
};

// Keeps the rows of `rows` whose declaration has a known fraud label and
// for which keep(i) is true.
TrainingSet labelled_rows(std::span<const Declaration> declarations, const FeatureRows& rows,
                          const std::function<bool(size_t)>& keep = nullptr);

struct TrainedBooster {
  Booster booster;
  int rounds = 0;              // kept after early stopping
  double best_validation = 0;  // eval_metric at that round (NaN without validation)
};

// Trains up to max_rounds; with `validation`, stops after
// early_stopping_rounds without improvement and keeps the best rounds.
// Without it, trains exactly `fixed_rounds` (or max_rounds when 0).
TrainedBooster train_booster(const TrainingSet& train, const TrainingSet* validation, const BoosterParams& p,
                             int fixed_rounds = 0);

}  // namespace custos::ml
