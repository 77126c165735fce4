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
          {"max_abs_difference", max_abs_difference},
          {"explain_per_s", explain_per_s},
          {"explain_all_words_per_s", explain_all_words_per_s},
          {"shap_per_s", shap_per_s},
          {"shap_exact_per_s", shap_exact_per_s},
          {"shap_ratio", shap_ratio},
          {"explain_all_contributions_per_s", explain_all_contributions_per_s},
          {"tabled_trees", tabled_trees},
          {"table_floats", table_floats},
          {"table_build_seconds", table_build_seconds},
          {"explain_per_cpu_s", explain_per_cpu_s},
          {"shap_per_cpu_s", shap_per_cpu_s},
          {"shap_exact_per_cpu_s", shap_exact_per_cpu_s},
          {"trees", trees},
          {"xgboost_contribs_per_s", xgboost_contribs_per_s},
          {"row_at_a_time_per_s", row_at_a_time_per_s},
          {"explain_ratio", explain_ratio},
          {"worded_share", worded_share},
          {"max_contribution_difference", max_contribution_difference},
          {"max_tables_difference", max_tables_difference}};
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

  // Explanations. The whole batch at once, as `custos assess` does.
  std::vector<double> explain, all_words, shap, shap_exact, all_contributions, xgb_contribs, one_by_one;
  std::vector<double> explain_cpu, shap_cpu, shap_exact_cpu;
  auto cpu_rate = [&](double from) { return scored.size() / (cpu() - from); };
  ExplainOptions words_all;
  words_all.words_from = 0;
  FeatureRows rows = scorer.encode(scored);
  std::vector<float> contrib(scored.size() * (w + 1));
  size_t worded = 0;
  for (int rep = 0; rep < o.repeats; ++rep) {
    double ca = cpu();
    auto a = clock::now();
    std::vector<Finding> f = scorer.explain(scored);
    auto b = clock::now();
    explain_cpu.push_back(cpu_rate(ca));
    std::vector<Finding> g = scorer.explain(scored, words_all);
    auto c = clock::now();
    double cc = cpu();
    model.contributions(rows.values.data(), scored.size(), contrib.data());
    auto d = clock::now();
    shap_cpu.push_back(cpu_rate(cc));
    explain.push_back(per_s(a, b));
    all_words.push_back(per_s(b, c));
    shap.push_back(per_s(c, d));
    if (model.shap()) {
      std::vector<float> exact(contrib.size());
      double ce = cpu();
      auto e = clock::now();
      model.shap()->contributions(rows.values.data(), scored.size(), w, exact.data(), ShapMethod::exact);
      auto g = clock::now();
      shap_exact_cpu.push_back(cpu_rate(ce));
      shap_exact.push_back(per_s(e, g));
      for (size_t i = 0; i < exact.size(); ++i)
        r.max_tables_difference = std::max(r.max_tables_difference, double(std::abs(exact[i] - contrib[i])));
    }
    ExplainOptions figures_for_all;
    figures_for_all.contributions_below = true;
    auto h = clock::now();
    std::vector<Finding> all = scorer.explain(scored, figures_for_all);
    auto k = clock::now();
    all_contributions.push_back(per_s(h, k));
    worded =
        std::count_if(f.begin(), f.end(), [](const Finding& x) { return x.evidence.value("worded", false); });
  }
  // XGBoost's own contributions and the old one-row path are slow: 3 passes.
  const size_t n1 = std::min<size_t>(scored.size(), static_cast<size_t>(std::max(1, o.row_at_a_time)));
  for (int rep = 0; rep < std::min(3, o.repeats); ++rep) {
    auto a = clock::now();
    std::vector<float> xgb = model.xgboost_contributions(rows);
    auto b = clock::now();
    for (size_t i = 0; i < n1; ++i) {
      HistoryFeatures h = scorer.history().lookup(scored[i]);
      FeatureRows one;
      one.cols = w;
      one.values.resize(w);
      model.encoder().encode(scored[i], h, one.values.data());
      float p = 0;
      model.predict(one.values.data(), 1, &p);
      std::vector<float> c1 = model.xgboost_contributions(one);
      Finding f = model_finding(scorer.identity(), model.encoder(), scored[i], h, p, c1);
      if (f.reason.empty()) throw std::logic_error("bench: empty reason");
    }
    auto c = clock::now();
    xgb_contribs.push_back(per_s(a, b));
    one_by_one.push_back(n1 / std::chrono::duration<double>(c - b).count());
    for (size_t i = 0; i < xgb.size(); ++i)
      r.max_contribution_difference =
          std::max(r.max_contribution_difference, double(std::abs(xgb[i] - contrib[i])));
  }
  r.explain_per_s = median(explain);
  r.explain_all_words_per_s = median(all_words);
  r.shap_per_s = median(shap);
  r.shap_exact_per_s = median(shap_exact);
  r.explain_per_cpu_s = median(explain_cpu);
  r.shap_per_cpu_s = median(shap_cpu);
  r.shap_exact_per_cpu_s = median(shap_exact_cpu);
  r.shap_ratio = r.shap_exact_per_s > 0 ? r.shap_per_s / r.shap_exact_per_s : 0;
  r.explain_all_contributions_per_s = median(all_contributions);
  if (model.shap()) {
    r.tabled_trees = model.shap()->tabled_trees(), r.trees = model.shap()->trees();
    r.table_floats = model.shap()->table_floats();
    auto a = clock::now();
    std::optional<ForestShap> again = ForestShap::from_booster(model.booster());
    r.table_build_seconds = std::chrono::duration<double>(clock::now() - a).count();
    if (!again || again->table_floats() != r.table_floats) throw std::logic_error("bench: tables differ");
  }
  r.xgboost_contribs_per_s = median(xgb_contribs);
  r.row_at_a_time_per_s = median(one_by_one);
  r.explain_ratio = r.row_at_a_time_per_s > 0 ? r.explain_per_s / r.row_at_a_time_per_s : 0;
  r.worded_share = scored.empty() ? 0 : static_cast<double>(worded) / scored.size();
  if (o.with_scorer) o.with_scorer(scorer);
  return r;
}

}  // namespace custos::ml
