#pragma once
// How good a ranking of declarations is for an administration that can
// inspect only n% of them: precision and recall at that rate, the share of
// critical frauds and of revenue at risk caught, and the ranking's AUC.
// Ties in score are broken by input order, so results are reproducible.
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace custos::ml {

struct RankedOutcome {
  bool fraud = false;
  bool critical = false;  // only meaningful when the data has severities
  // Duty at stake on the declaration (value x tax rate of its main item),
  // when declared; counted as revenue caught when the declaration is a fraud.
  std::optional<double> revenue;
};

// How declarations are put in order for inspection: by probability of
// fraud, or by the expected duty at stake (probability x duty at stake;
// declarations without a duty figure come last, by probability).
enum class RankBy { probability, revenue };
std::string_view to_string(RankBy r);
std::optional<RankBy> parse_rank(std::string_view s);

struct RateResult {
  double rate = 0;       // fraction, e.g. 0.05
  size_t inspected = 0;  // max(1, round(rate x n))
  double precision = 0, recall = 0;
  std::optional<double> critical_recall;  // when the data has critical frauds
  std::optional<double> revenue;          // share of fraud revenue caught, when known
};

struct RankingMetrics {
  size_t declarations = 0, frauds = 0, critical = 0;
  std::optional<double> auc;  // absent when only one class is present
  std::vector<RateResult> at;
};

inline constexpr double kDefaultRates[] = {0.01, 0.02, 0.05, 0.10};

// `has_critical` / revenue presence are decided from the data: critical
// recall is reported when any outcome is critical, revenue when any fraud
// has a revenue figure.
RankingMetrics rank_metrics(std::span<const double> scores, std::span<const RankedOutcome> outcomes,
                            std::span<const double> rates = kDefaultRates);
// The same with the inspection order given by `rank` (the AUC stays the
// probability's: it measures the scores, not the order).
RankingMetrics rank_metrics(std::span<const double> scores, std::span<const RankedOutcome> outcomes,
                            RankBy rank, std::span<const double> rates = kDefaultRates);
// The key declarations are inspected by, highest first: the score, or
// score x duty at stake.
double rank_key(double score, const RankedOutcome& o, RankBy rank);

// Area under the ROC curve with ties counted half (Mann-Whitney).
std::optional<double> roc_auc(std::span<const double> scores, std::span<const RankedOutcome> outcomes);

}  // namespace custos::ml
