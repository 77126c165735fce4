#include "ml/metrics.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace custos::ml {

std::optional<double> roc_auc(std::span<const double> scores, std::span<const RankedOutcome> outcomes) {
  std::vector<size_t> order(scores.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scores[a] < scores[b]; });
  // Sum of positive ranks, averaging the ranks within a tie.
  double rank_sum = 0, pos = 0;
  for (size_t i = 0; i < order.size();) {
    size_t j = i;
    while (j < order.size() && scores[order[j]] == scores[order[i]]) ++j;
    double mid_rank = (i + 1 + j) / 2.0;  // ranks i+1..j
    for (size_t k = i; k < j; ++k)
      if (outcomes[order[k]].fraud) rank_sum += mid_rank, ++pos;
    i = j;
  }
  double neg = static_cast<double>(order.size()) - pos;
  if (pos == 0 || neg == 0) return std::nullopt;
  return (rank_sum - pos * (pos + 1) / 2) / (pos * neg);
}

std::string_view to_string(RankBy r) { return r == RankBy::revenue ? "revenue" : "probability"; }

std::optional<RankBy> parse_rank(std::string_view s) {
  if (s == "probability") return RankBy::probability;
  if (s == "revenue") return RankBy::revenue;
  return std::nullopt;
}

double rank_key(double score, const RankedOutcome& o, RankBy rank) {
  if (rank == RankBy::probability) return score;
  return o.revenue && *o.revenue > 0 ? score * *o.revenue : 0.0;
}

RankingMetrics rank_metrics(std::span<const double> scores, std::span<const RankedOutcome> outcomes,
                            std::span<const double> rates) {
  return rank_metrics(scores, outcomes, RankBy::probability, rates);
}

RankingMetrics rank_metrics(std::span<const double> scores, std::span<const RankedOutcome> outcomes,
                            RankBy rank, std::span<const double> rates) {
  if (scores.size() != outcomes.size())
    throw std::invalid_argument("metrics: one score per outcome expected");
  RankingMetrics m;
  m.declarations = scores.size();
  double total_revenue = 0;
  bool has_revenue = false;
  for (const RankedOutcome& o : outcomes) {
    m.frauds += o.fraud;
    m.critical += o.critical;
    if (o.fraud && o.revenue) total_revenue += *o.revenue, has_revenue = true;
  }
  m.auc = roc_auc(scores, outcomes);
  std::vector<size_t> order(scores.size());
  std::iota(order.begin(), order.end(), 0);
  std::vector<double> key(scores.size());
  for (size_t i = 0; i < scores.size(); ++i) key[i] = rank_key(scores[i], outcomes[i], rank);
  // Highest key first; equal keys (no duty figure) by probability, then input order.
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (key[a] != key[b]) return key[a] > key[b];
    return scores[a] > scores[b];
  });
  for (double rate : rates) {
    RateResult r;
    r.rate = rate;
    if (m.declarations == 0) {
      m.at.push_back(r);
      continue;
    }
    r.inspected = std::max<size_t>(1, static_cast<size_t>(std::llround(rate * m.declarations)));
    r.inspected = std::min(r.inspected, m.declarations);
    size_t caught = 0, critical = 0;
    double revenue = 0;
    for (size_t i = 0; i < r.inspected; ++i) {
      const RankedOutcome& o = outcomes[order[i]];
      caught += o.fraud;
      critical += o.critical;
      if (o.fraud && o.revenue) revenue += *o.revenue;
    }
    r.precision = static_cast<double>(caught) / r.inspected;
    r.recall = m.frauds > 0 ? static_cast<double>(caught) / m.frauds : 0.0;
    if (m.critical > 0) r.critical_recall = static_cast<double>(critical) / m.critical;
    if (has_revenue && total_revenue > 0) r.revenue = revenue / total_revenue;
    m.at.push_back(r);
  }
  return m;
}

}  // namespace custos::ml
