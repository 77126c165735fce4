#include "ml/trainer.hpp"

#include <xgboost/c_api.h>

#include <cmath>
#include <limits>
#include <stdexcept>

namespace custos::ml {
namespace {

void set_params(Booster& b, const BoosterParams& p) {
  b.set_param("objective", "binary:logistic");
  b.set_param("tree_method", "hist");
  b.set_param("eta", std::to_string(p.eta));
  b.set_param("max_depth", std::to_string(p.max_depth));
  b.set_param("subsample", std::to_string(p.subsample));
  b.set_param("colsample_bytree", std::to_string(p.colsample_bytree));
  b.set_param("min_child_weight", std::to_string(p.min_child_weight));
  b.set_param("nthread", std::to_string(p.nthread));
  b.set_param("seed", std::to_string(p.seed));
  b.set_param("eval_metric", p.eval_metric);
  b.set_param("verbosity", "0");
}

// XGBoost reports "[12]\tvalid-auc:0.81234"; the figure after the last ':'.
double parse_eval(const char* text) {
  std::string s(text);
  auto colon = s.rfind(':');
  if (colon == std::string::npos) throw std::runtime_error("XGBoost evaluation: unexpected text " + s);
  return std::stod(s.substr(colon + 1));
}

}  // namespace

nlohmann::json BoosterParams::to_json() const {
  return {{"eta", eta},
          {"max_depth", max_depth},
          {"subsample", subsample},
          {"colsample_bytree", colsample_bytree},
          {"min_child_weight", min_child_weight},
          {"max_rounds", max_rounds},
          {"early_stopping_rounds", early_stopping_rounds},
          {"eval_metric", eval_metric},
          {"seed", seed}};
}

TrainingSet labelled_rows(std::span<const Declaration> declarations, const FeatureRows& rows,
                          const std::function<bool(size_t)>& keep) {
  TrainingSet t;
  t.cols = rows.cols;
  for (size_t i = 0; i < declarations.size(); ++i) {
    if (!declarations[i].outcome.fraud || (keep && !keep(i))) continue;
    t.values.insert(t.values.end(), rows.row(i), rows.row(i) + rows.cols);
    t.labels.push_back(*declarations[i].outcome.fraud ? 1.0f : 0.0f);
  }
  return t;
}

TrainedBooster train_booster(const TrainingSet& train, const TrainingSet* validation, const BoosterParams& p,
                             int fixed_rounds) {
  if (train.rows() == 0) throw std::runtime_error("training: no declaration with a known inspection result");
  FeatureMatrix dtrain(train.values, train.rows(), train.cols);
  dtrain.set_labels(train.labels);
  std::unique_ptr<FeatureMatrix> dvalid;
  if (validation != nullptr && validation->rows() > 0) {
    dvalid = std::make_unique<FeatureMatrix>(validation->values, validation->rows(), validation->cols);
    dvalid->set_labels(validation->labels);
  }
  Booster b(dtrain);
  set_params(b, p);
  TrainedBooster out{
      .booster = std::move(b), .rounds = 0, .best_validation = std::numeric_limits<double>::quiet_NaN()};
  int rounds = dvalid ? p.max_rounds : (fixed_rounds > 0 ? fixed_rounds : p.max_rounds);
  int since_best = 0;
  for (int it = 0; it < rounds; ++it) {
    out.booster.update(it, dtrain);
    if (!dvalid) continue;
    DMatrixHandle mats[] = {dvalid->handle()};
    const char* names[] = {"valid"};
    const char* text = nullptr;
    if (XGBoosterEvalOneIter(out.booster.raw(), it, mats, names, 1, &text) != 0)
      throw std::runtime_error(std::string("XGBoost evaluation: ") + XGBGetLastError());
    double score = parse_eval(text);
    if (std::isnan(out.best_validation) || score > out.best_validation) {
      out.best_validation = score;
      out.rounds = it + 1;
      since_best = 0;
    } else if (++since_best >= p.early_stopping_rounds) {
      break;
    }
  }
  if (dvalid)
    out.booster.truncate(out.rounds);
  else
    out.rounds = rounds;
  return out;
}

}  // namespace custos::ml
