#include "ml/scoring_benchmark.hpp"

#include <algorithm>
#include <chrono>

#include "ml/fit.hpp"

namespace custos::ml {
namespace {

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

}  // namespace

nlohmann::json ScoringBenchResult::to_json() const {
  return {{"training_declarations", training_declarations},
          {"train_seconds", train_seconds},
          {"rounds", rounds},
          {"max_depth", depth},
          {"scored_declarations", scored_declarations},
          {"scoring_per_s", scoring_per_s},
          {"xgboost_predict_per_s", xgboost_predict_per_s},
          {"ratio", ratio}};
}

ScoringBenchResult run_scoring_bench(std::span<const Declaration> training,
                                     std::span<const Declaration> scored, const ScoringBenchOptions& o) {
  using clock = std::chrono::steady_clock;
  ScoringBenchResult r;
  FitOptions fo;
  fo.params.nthread = o.train_threads;
  auto t0 = clock::now();
  FitResult fit = fit_targeting_model(training, {}, fo);
  r.train_seconds = std::chrono::duration<double>(clock::now() - t0).count();
  r.training_declarations = training.size();
  r.rounds = fit.report["rounds"].get<int>();
  r.depth = fit.report["parameters"]["max_depth"].get<int>();
  r.scored_declarations = scored.size();

  const TargetingModel& model = fit.model;
  const_cast<Booster&>(model.booster()).set_param("nthread", "1");
  TradeHistory history;
  encode_in_date_order(training, model.encoder(), history, [](const Declaration&) { return true; });
  const FeatureEncoder& enc = model.encoder();
  const size_t w = enc.width();
  std::vector<float> matrix(scored.size() * w);

  std::vector<double> full, predict_only;
  for (int rep = 0; rep < o.repeats; ++rep) {
    auto a = clock::now();
    for (size_t i = 0; i < scored.size(); ++i)
      enc.encode(scored[i], history.lookup(scored[i]), &matrix[i * w]);
    std::vector<float> p = model.booster().predict_dense(matrix.data(), scored.size(), w);
    auto b = clock::now();
    std::vector<float> q = model.booster().predict_dense(matrix.data(), scored.size(), w);
    auto c = clock::now();
    full.push_back(scored.size() / std::chrono::duration<double>(b - a).count());
    predict_only.push_back(scored.size() / std::chrono::duration<double>(c - b).count());
  }
  r.scoring_per_s = median(full);
  r.xgboost_predict_per_s = median(predict_only);
  r.ratio = r.xgboost_predict_per_s > 0 ? r.scoring_per_s / r.xgboost_predict_per_s : 0;
  return r;
}

}  // namespace custos::ml
