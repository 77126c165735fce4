#include "ml/evaluation.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace custos::ml {
namespace {

RankedOutcome outcome_of(const Declaration& d) {
  RankedOutcome o;
  o.fraud = d.outcome.fraud.value_or(false);
  o.critical = d.outcome.fraud_severity.value_or(0) >= 2;
  // Revenue at stake: the duty on the main item, when value and rate are declared.
  if (const Item* it = main_item(d); it != nullptr && it->value && it->tax_rate)
    o.revenue = *it->value * *it->tax_rate / 100.0;
  return o;
}

std::string pct_key(double rate) { return std::to_string(static_cast<int>(std::lround(rate * 100))); }

}  // namespace

namespace {
void put_rates(const RankingMetrics& m, nlohmann::json& j) {
  for (const RateResult& r : m.at) {
    j["precision"][pct_key(r.rate)] = r.precision;
    j["recall"][pct_key(r.rate)] = r.recall;
    if (r.critical_recall) j["critical_recall"][pct_key(r.rate)] = *r.critical_recall;
    if (r.revenue) j["revenue"][pct_key(r.rate)] = *r.revenue;
  }
}
}  // namespace

nlohmann::json EvaluationResult::to_json() const {
  nlohmann::json j;
  j["rank"] = std::string(to_string(rank));
  put_rates(metrics, j);
  put_rates(by_probability, j["by_rank"]["probability"]);
  put_rates(by_revenue, j["by_rank"]["revenue"]);
  j["auc"] = metrics.auc ? nlohmann::json(*metrics.auc) : nlohmann::json(nullptr);
  j["declarations"] = metrics.declarations;
  j["frauds"] = metrics.frauds;
  j["critical_frauds"] = metrics.critical;
  j["model"] = model_report;
  j["top_features"] = feature_gain;
  j["train_seconds"] = train_seconds;
  j["score_seconds"] = score_seconds;
  return j;
}

EvaluationResult evaluate_periods(const Period& train, const Period* valid, const Period& test,
                                  const FitOptions& options, RankBy rank) {
  if (valid != nullptr) {
    require_before(train, *valid);
    require_before(*valid, test);
  } else {
    require_before(train, test);
  }
  EvaluationResult out;
  auto t0 = std::chrono::steady_clock::now();
  std::span<const Declaration> v;
  if (valid != nullptr) v = valid->declarations;
  FitResult fit = fit_targeting_model(train.declarations, v, options);
  auto t1 = std::chrono::steady_clock::now();
  out.model_report = fit.report;

  // Labels known at scoring time: the training period's, and the validation
  // period's too when the model was refitted on it.
  std::vector<Declaration> known(train.declarations);
  if (valid != nullptr) known.insert(known.end(), valid->declarations.begin(), valid->declarations.end());
  ScoredPeriod scored = score_period(fit.model, known, test.declarations);
  auto t2 = std::chrono::steady_clock::now();
  std::vector<RankedOutcome> outcomes;
  for (const Declaration& d : test.declarations) outcomes.push_back(outcome_of(d));
  out.by_probability = rank_metrics(scored.scores, outcomes, RankBy::probability);
  out.by_revenue = rank_metrics(scored.scores, outcomes, RankBy::revenue);
  out.rank = rank;
  out.metrics = rank == RankBy::revenue ? out.by_revenue : out.by_probability;
  out.train_seconds = std::chrono::duration<double>(t1 - t0).count();
  out.score_seconds = std::chrono::duration<double>(t2 - t1).count();

  // Which features carried the ranking: mean absolute SHAP on the scored period.
  std::vector<float> contrib = fit.model.contributions(scored.rows);
  size_t w = fit.model.encoder().width();
  std::vector<std::pair<double, std::string>> gain;
  for (size_t f = 0; f < w; ++f) {
    double s = 0;
    for (size_t r = 0; r < scored.rows.rows(); ++r) s += std::abs(contrib[r * (w + 1) + f]);
    gain.emplace_back(s / std::max<size_t>(1, scored.rows.rows()), fit.model.encoder().features()[f].name);
  }
  std::sort(gain.rbegin(), gain.rend());
  out.feature_gain = nlohmann::json::array();
  for (size_t i = 0; i < std::min<size_t>(12, gain.size()); ++i)
    out.feature_gain.push_back({{"feature", gain[i].second}, {"mean_abs_shap", gain[i].first}});
  return out;
}

}  // namespace custos::ml
