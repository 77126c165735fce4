#include "ml/simulate.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <stdexcept>

#include "ml/dataset.hpp"
#include "ml/model.hpp"

namespace custos::ml {
namespace {

nlohmann::json week_json(const WeekResult& w) {
  return {{"week", w.week},
          {"from", w.from},
          {"to", w.to},
          {"declarations", w.declarations},
          {"inspected", w.inspected},
          {"frauds", w.frauds},
          {"caught", w.caught},
          {"precision", w.precision},
          {"recall", w.recall},
          {"normalised_precision", w.normalised_precision}};
}

void finish(WeekResult& w) {
  w.precision = w.inspected ? double(w.caught) / w.inspected : 0;
  w.recall = w.frauds ? double(w.caught) / w.frauds : 0;
  double best = w.inspected ? std::min(1.0, double(w.frauds) / w.inspected) : 0;
  w.normalised_precision = best > 0 ? w.precision / best : 0;
}

StrategyResult run(std::span<const Declaration> ds, const SimulationOptions& o, double exploration,
                   const std::string& name) {
  StrategyResult out;
  out.name = name;
  out.exploration = exploration;
  const int32_t first = ds.front().date.days();
  auto week_of = [&](const Declaration& d) { return (d.date.days() - first) / 7; };

  size_t start = 0;
  while (start < ds.size() && week_of(ds[start]) < o.initial_weeks) ++start;
  if (start == 0 || start == ds.size()) throw std::invalid_argument("simulation: too few weeks of data");
  FeatureEncoder encoder = FeatureEncoder::fit(ds.subspan(0, start));
  TradeHistory history;
  // Features are computed once, on arrival, from what was known then.
  FeatureRows initial =
      encode_in_date_order(ds.subspan(0, start), encoder, history, [](const Declaration&) { return true; });
  TrainingSet known = labelled_rows(ds.subspan(0, start), initial);
  std::mt19937 rng(o.seed);
  BoosterParams p = o.params;

  size_t i = start;
  int weeks_done = 0;
  while (i < ds.size() && (o.max_weeks == 0 || weeks_done < o.max_weeks)) {
    size_t j = i;
    int wk = week_of(ds[i]);
    while (j < ds.size() && week_of(ds[j]) == wk) ++j;
    std::span<const Declaration> week = ds.subspan(i, j - i);
    FeatureRows rows = encode_in_date_order(week, encoder, history, nullptr);

    TrainedBooster tb = train_booster(known, nullptr, p, o.rounds);
    TargetingModel model(encoder, std::move(tb.booster), {});
    std::vector<double> s = model.predict(rows);

    size_t n = week.size();
    size_t capacity = std::min(n, static_cast<size_t>(std::lround(o.rate * n)));
    size_t explore = static_cast<size_t>(std::lround(exploration * capacity));
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return s[a] > s[b]; });
    std::vector<size_t> chosen(order.begin(), order.begin() + (capacity - explore));
    std::vector<size_t> rest(order.begin() + (capacity - explore), order.end());
    if (o.explore_by == Exploration::random) {
      std::shuffle(rest.begin(), rest.end(), rng);
    } else {
      std::stable_sort(rest.begin(), rest.end(),
                       [&](size_t a, size_t b) { return std::abs(s[a] - 0.5) < std::abs(s[b] - 0.5); });
    }
    chosen.insert(chosen.end(), rest.begin(), rest.begin() + std::min(explore, rest.size()));

    WeekResult w;
    w.week = weeks_done + 1;
    w.from = week.front().date.str();
    w.to = week.back().date.str();
    w.declarations = n;
    w.inspected = chosen.size();
    for (const Declaration& d : week) w.frauds += d.outcome.fraud.value_or(false);
    for (size_t k : chosen) {
      const Declaration& d = week[k];
      w.caught += d.outcome.fraud.value_or(false);
      if (!d.outcome.fraud) continue;
      // Only what was inspected is learnt, known at the end of the week.
      history.reveal(d, *d.outcome.fraud, week.back().date);
      known.values.insert(known.values.end(), rows.row(k), rows.row(k) + rows.cols);
      known.labels.push_back(*d.outcome.fraud ? 1.0f : 0.0f);
    }
    finish(w);
    out.overall.declarations += w.declarations;
    out.overall.inspected += w.inspected;
    out.overall.frauds += w.frauds;
    out.overall.caught += w.caught;
    out.weeks.push_back(w);
    i = j;
    ++weeks_done;
  }
  if (!out.weeks.empty()) {
    out.overall.from = out.weeks.front().from;
    out.overall.to = out.weeks.back().to;
  }
  out.overall.week = weeks_done;
  finish(out.overall);
  // Overall normalised precision: the mean of the weekly figures, as in the study.
  double sum = 0;
  for (const WeekResult& w : out.weeks) sum += w.normalised_precision;
  out.overall.normalised_precision = out.weeks.empty() ? 0 : sum / out.weeks.size();
  return out;
}

}  // namespace

nlohmann::json StrategyResult::to_json() const {
  nlohmann::json weeks_json = nlohmann::json::array();
  for (const WeekResult& w : weeks) weeks_json.push_back(week_json(w));
  return {{"strategy", name},
          {"exploration", exploration},
          {"overall", week_json(overall)},
          {"weeks", weeks_json}};
}

std::vector<StrategyResult> simulate_selection(std::span<const Declaration> ds, const SimulationOptions& o) {
  if (ds.empty()) throw std::invalid_argument("simulation: no declarations");
  for (size_t k = 1; k < ds.size(); ++k)
    if (ds[k].date < ds[k - 1].date)
      throw std::invalid_argument("simulation: declarations not in date order");
  std::vector<StrategyResult> out;
  out.push_back(run(ds, o, 0.0, "exploitation"));
  out.push_back(run(ds, o, o.exploration,
                    o.explore_by == Exploration::random ? "mixed (random exploration)"
                                                        : "mixed (uncertainty exploration)"));
  return out;
}

}  // namespace custos::ml
