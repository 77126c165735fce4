#include "ml/scoring_benchmark.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <stdexcept>

#include <time.h>

#include "ml/scorer.hpp"

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
          {"repeats", repeats},
          {"scoring_per_s", scoring_per_s},
          {"features_per_s", features_per_s},
          {"forest_predict_per_s", forest_predict_per_s},
          {"xgboost_predict_per_s", xgboost_predict_per_s},
          {"ratio", ratio},
          {"scoring_per_cpu_s", scoring_per_cpu_s},
          {"xgboost_predict_per_cpu_s", xgboost_predict_per_cpu_s},
          {"train_threads", train_threads},
          {"max_abs_difference", max_abs_difference}};
}

ScoringBenchResult run_scoring_bench(std::span<const Declaration> training,
                                     std::span<const Declaration> scored, const ScoringBenchOptions& o) {
  using clock = std::chrono::steady_clock;
  auto per_s = [&](clock::time_point a, clock::time_point b) {
    return scored.size() / std::chrono::duration<double>(b - a).count();
  };
  // This thread's CPU time: on a shared machine, what the scoring costs
  // whatever else runs (the wall-clock rates drop when the core is shared).
  auto cpu = [] {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
  };
  ScoringBenchResult r;
  FitOptions fo = o.fit;
  fo.params.nthread = o.train_threads;
  auto t0 = clock::now();
  FitResult fit = fit_targeting_model(training, {}, fo);
  r.train_seconds = std::chrono::duration<double>(clock::now() - t0).count();
  r.training_declarations = training.size();
  r.rounds = fit.report["rounds"].get<int>();
  r.depth = fit.report["parameters"]["max_depth"].get<int>();
  r.scored_declarations = scored.size();
  r.repeats = o.repeats;
  r.train_threads = o.train_threads;
  if (!fit.model.forest()) throw std::runtime_error("bench: the model could not be compiled for scoring");

  // The history an administration would have after the training period.
  TradeHistory history;
  encode_in_date_order(training, fit.model.encoder(), history, [](const Declaration&) { return true; });
  ModelScorer scorer(std::move(fit.model), ModelIdentity{"bench", 0}, std::move(history));
  const TargetingModel& model = scorer.model();
  const_cast<Booster&>(model.booster()).set_param("nthread", "1");
  const size_t w = model.encoder().width();

  FeatureRows work;
  std::vector<float> scores(scored.size()), forest(scored.size());
  std::vector<double> full, features, forest_only, xgb_only, full_cpu, xgb_cpu;
  for (int rep = 0; rep < o.repeats; ++rep) {
    double ca = cpu();
    auto a = clock::now();
    scorer.score(scored, work, scores.data());  // history, features, prediction
    auto b = clock::now();
    full_cpu.push_back(scored.size() / (cpu() - ca));
    FeatureRows rows = scorer.encode(scored);  // history and features only
    auto c = clock::now();
    model.forest()->predict(rows.values.data(), scored.size(), w, forest.data());
    auto d = clock::now();
    double cd = cpu();
    std::vector<float> xgb = model.booster().predict_dense(rows.values.data(), scored.size(), w);
    auto e = clock::now();
    xgb_cpu.push_back(scored.size() / (cpu() - cd));
    full.push_back(per_s(a, b));
    features.push_back(per_s(b, c));
    forest_only.push_back(per_s(c, d));
    xgb_only.push_back(per_s(d, e));
    for (size_t i = 0; i < scored.size(); ++i) {
      r.max_abs_difference = std::max(r.max_abs_difference, double(std::abs(xgb[i] - forest[i])));
      if (scores[i] != forest[i]) throw std::logic_error("bench: batch scores differ from the matrix's");
    }
  }
  r.scoring_per_s = median(full);
  r.features_per_s = median(features);
  r.forest_predict_per_s = median(forest_only);
  r.xgboost_predict_per_s = median(xgb_only);
  r.scoring_per_cpu_s = median(full_cpu);
  r.xgboost_predict_per_cpu_s = median(xgb_cpu);
  r.ratio = r.xgboost_predict_per_s > 0 ? r.scoring_per_s / r.xgboost_predict_per_s : 0;
  return r;
}

}  // namespace custos::ml
