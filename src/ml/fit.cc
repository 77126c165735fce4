#include "ml/fit.hpp"

#include <cmath>
#include <stdexcept>

#include "ml/metrics.hpp"

namespace custos::ml {
namespace {

std::vector<RankedOutcome> outcomes_of(std::span<const Declaration> ds) {
  std::vector<RankedOutcome> out;
  for (const Declaration& d : ds)
    out.push_back({.fraud = d.outcome.fraud.value_or(false), .critical = false, .revenue = std::nullopt});
  return out;
}

nlohmann::json metrics_json(const RankingMetrics& m) {
  nlohmann::json j = {{"declarations", m.declarations}, {"frauds", m.frauds}};
  if (m.auc) j["auc"] = *m.auc;
  for (const RateResult& r : m.at) {
    std::string key = std::to_string(static_cast<int>(std::lround(r.rate * 100)));
    j["precision"][key] = r.precision;
    j["recall"][key] = r.recall;
  }
  return j;
}

double mean_precision(const RankingMetrics& m) {
  double s = 0;
  for (const RateResult& r : m.at) s += r.precision;
  return m.at.empty() ? 0 : s / m.at.size();
}

void check_sorted(std::span<const Declaration> ds, const char* what) {
  for (size_t i = 1; i < ds.size(); ++i)
    if (ds[i].date < ds[i - 1].date)
      throw std::invalid_argument(std::string(what) + " declarations are not in date order");
}

std::vector<Declaration> labelled_only(std::span<const Declaration> ds) {
  std::vector<Declaration> out;
  for (const Declaration& d : ds)
    if (d.outcome.fraud) out.push_back(d);
  return out;
}

}  // namespace

ScoredPeriod score_period(const TargetingModel& model, std::span<const Declaration> known,
                          std::span<const Declaration> scored, double smoothing) {
  TradeHistory history(smoothing);
  encode_in_date_order(known, model.encoder(), history, [](const Declaration&) { return true; });
  ScoredPeriod out;
  out.rows = encode_in_date_order(scored, model.encoder(), history, nullptr);
  out.scores = model.predict(out.rows);
  return out;
}

FitResult fit_targeting_model(std::span<const Declaration> training, std::span<const Declaration> validation,
                              const FitOptions& o) {
  check_sorted(training, "training");
  check_sorted(validation, "validation");
  if (training.empty()) throw std::invalid_argument("no training declarations");
  if (!validation.empty() && validation.front().date <= training.back().date)
    throw std::invalid_argument("the validation period must start after the training period ends (" +
                                training.back().date.str() + ")");
  if (o.depths.empty()) throw std::invalid_argument("no candidate tree depth");

  // Choice data: an explicit validation period, else the tail of training.
  std::vector<Declaration> head, tail;
  Date cutoff;
  if (validation.empty()) {
    int32_t first = training.front().date.days(), last = training.back().date.days();
    int32_t span_days = last - first + 1;
    cutoff = Date::from_days(first + static_cast<int32_t>(std::lround(span_days * (1.0 - o.tail_fraction))));
    for (const Declaration& d : training) (d.date < cutoff ? head : tail).push_back(d);
    if (head.empty() || tail.empty())
      throw std::invalid_argument("the training period is too short to hold out its last days");
  } else {
    head.assign(training.begin(), training.end());
    tail.assign(validation.begin(), validation.end());
    cutoff = tail.front().date;
  }

  FeatureEncoder encoder = FeatureEncoder::fit(head, o.party_ids, o.feature_version);
  TradeHistory history;
  FeatureRows head_rows =
      encode_in_date_order(head, encoder, history, [](const Declaration&) { return true; });
  FeatureRows tail_rows = encode_in_date_order(tail, encoder, history, nullptr);
  TrainingSet train_set = labelled_rows(head, head_rows);
  TrainingSet tail_set = labelled_rows(tail, tail_rows);
  if (tail_set.rows() == 0) throw std::invalid_argument("the held-out days have no labelled declaration");

  nlohmann::json candidates = nlohmann::json::array();
  int best_depth = o.depths.front(), best_rounds = 0;
  double best_score = -1;
  nlohmann::json best_metrics;
  std::vector<Declaration> tail_labelled = labelled_only(tail);
  for (int depth : o.depths) {
    BoosterParams p = o.params;
    p.max_depth = depth;
    TrainedBooster tb = train_booster(train_set, &tail_set, p);
    FeatureRows tl{.cols = tail_set.cols, .values = tail_set.values};
    TargetingModel m(encoder, std::move(tb.booster), {});
    std::vector<double> s = m.predict(tl);
    RankingMetrics rm = rank_metrics(s, outcomes_of(tail_labelled));
    double score = mean_precision(rm);
    nlohmann::json mj = metrics_json(rm);
    candidates.push_back(
        {{"max_depth", depth}, {"rounds", tb.rounds}, {"mean_precision", score}, {"metrics", mj}});
    if (score > best_score)
      best_score = score, best_depth = depth, best_rounds = tb.rounds, best_metrics = mj;
  }

  BoosterParams chosen = o.params;
  chosen.max_depth = best_depth;
  std::vector<Declaration> all(training.begin(), training.end());
  all.insert(all.end(), validation.begin(), validation.end());
  nlohmann::json report = {
      {"training_window", {{"from", training.front().date.str()}, {"to", all.back().date.str()}}},
      {"choice_window",
       {{"from", tail.front().date.str()},
        {"to", tail.back().date.str()},
        {"source", validation.empty() ? "last days of the training period" : "validation period"}}},
      {"parameters", chosen.to_json()},
      {"candidates", candidates},
      {"validation", best_metrics}};

  if (!o.refit) {
    BoosterParams p = chosen;
    TrainedBooster tb = train_booster(train_set, nullptr, p, best_rounds);
    report["rounds"] = best_rounds;
    report["refit"] = false;
    report["training_declarations"] = train_set.rows();
    TargetingModel m(encoder, std::move(tb.booster), report);
    return {std::move(m), report};
  }
  // Refit on everything, with rounds scaled to the larger set.
  FeatureEncoder full_encoder = FeatureEncoder::fit(all, o.party_ids, o.feature_version);
  TradeHistory full_history;
  FeatureRows all_rows =
      encode_in_date_order(all, full_encoder, full_history, [](const Declaration&) { return true; });
  TrainingSet full_set = labelled_rows(all, all_rows);
  int rounds =
      std::max(1, static_cast<int>(std::lround(best_rounds * double(full_set.rows()) / train_set.rows())));
  TrainedBooster tb = train_booster(full_set, nullptr, chosen, rounds);
  report["rounds"] = rounds;
  report["rounds_on_choice_split"] = best_rounds;
  report["refit"] = true;
  report["training_declarations"] = full_set.rows();
  nlohmann::json features = nlohmann::json::array();
  for (const FeatureInfo& f : full_encoder.features()) features.push_back(f.name);
  report["features"] = features;
  TargetingModel m(std::move(full_encoder), std::move(tb.booster), report);
  return {std::move(m), report};
}

}  // namespace custos::ml
