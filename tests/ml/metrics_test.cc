#include "ml/metrics.hpp"

#include <gtest/gtest.h>

namespace custos::ml {
namespace {

RankedOutcome f(bool fraud, bool critical = false, std::optional<double> revenue = std::nullopt) {
  return {.fraud = fraud, .critical = critical, .revenue = revenue};
}

// Ten declarations, scores 0.9 .. 0.0; frauds at ranks 1, 2, 4 and 7.
TEST(Metrics, HandComputedPrecisionRecallAuc) {
  std::vector<double> s = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.0};
  std::vector<RankedOutcome> o = {
      f(true, true, 100), f(true, false, 50), f(false), f(true, false, 30), f(false),
      f(false),           f(true, true, 20),  f(false), f(false),           f(false)};
  const double rates[] = {0.1, 0.2, 0.5};
  RankingMetrics m = rank_metrics(s, o, rates);
  EXPECT_EQ(m.frauds, 4u);
  EXPECT_EQ(m.critical, 2u);
  ASSERT_EQ(m.at.size(), 3u);
  // top 1: 1 fraud of 1 inspected; recall 1/4; critical 1/2; revenue 100/200.
  EXPECT_EQ(m.at[0].inspected, 1u);
  EXPECT_DOUBLE_EQ(m.at[0].precision, 1.0);
  EXPECT_DOUBLE_EQ(m.at[0].recall, 0.25);
  EXPECT_DOUBLE_EQ(*m.at[0].critical_recall, 0.5);
  EXPECT_DOUBLE_EQ(*m.at[0].revenue, 0.5);
  // top 2: both frauds.
  EXPECT_DOUBLE_EQ(m.at[1].precision, 1.0);
  EXPECT_DOUBLE_EQ(m.at[1].recall, 0.5);
  // top 5: 3 frauds.
  EXPECT_DOUBLE_EQ(m.at[2].precision, 0.6);
  EXPECT_DOUBLE_EQ(m.at[2].recall, 0.75);
  EXPECT_DOUBLE_EQ(*m.at[2].revenue, 180.0 / 200.0);
  // AUC: pairs (fraud, clean) ordered right: ranks 1,2 beat 6 cleans each, rank 4 beats 5, rank 7 beats 3
  // -> (6 + 6 + 5 + 3) / (4 x 6) = 20/24.
  EXPECT_NEAR(*m.auc, 20.0 / 24.0, 1e-12);
}

TEST(Metrics, TiesCountHalfInAuc) {
  std::vector<double> s = {0.5, 0.5, 0.5, 0.5};
  std::vector<RankedOutcome> o = {f(true), f(false), f(true), f(false)};
  EXPECT_DOUBLE_EQ(*roc_auc(s, o), 0.5);
}

TEST(Metrics, NoAucWithOneClassAndNoCriticalWhenAbsent) {
  std::vector<double> s = {0.2, 0.1};
  std::vector<RankedOutcome> o = {f(false), f(false)};
  RankingMetrics m = rank_metrics(s, o);
  EXPECT_FALSE(m.auc);
  EXPECT_FALSE(m.at[0].critical_recall);
  EXPECT_FALSE(m.at[0].revenue);
  EXPECT_EQ(m.at[0].inspected, 1u);  // never fewer than one inspection
}

// Revenue mode inspects by probability x duty at stake: a likely fraud on a
// small duty goes after a less likely one on a large duty; declarations
// without a duty figure come last, by probability.
TEST(Metrics, RevenueRankingOrdersByExpectedDutyAtStake) {
  std::vector<double> s = {0.9, 0.5, 0.2, 0.8};
  std::vector<RankedOutcome> o = {f(true, false, 10), f(true, false, 1000), f(false, false, 100), f(true)};
  const double rates[] = {0.25, 0.5, 0.75};
  RankingMetrics p = rank_metrics(s, o, RankBy::probability, rates);
  RankingMetrics r = rank_metrics(s, o, RankBy::revenue, rates);
  // keys: 9, 500, 20, 0 -> order 1 (500), 2 (20), 0 (9), 3 (no duty)
  EXPECT_DOUBLE_EQ(rank_key(0.5, o[1], RankBy::revenue), 500.0);
  EXPECT_DOUBLE_EQ(rank_key(0.8, o[3], RankBy::revenue), 0.0);
  EXPECT_DOUBLE_EQ(*r.at[0].revenue, 1000.0 / 1010.0);
  EXPECT_DOUBLE_EQ(r.at[0].precision, 1.0);
  EXPECT_DOUBLE_EQ(r.at[1].precision, 0.5);           // the clean one on 100 comes second
  EXPECT_DOUBLE_EQ(*p.at[0].revenue, 10.0 / 1010.0);  // by probability: the 10 first
  EXPECT_DOUBLE_EQ(p.at[1].precision, 1.0);
  EXPECT_EQ(*r.auc, *p.auc);  // the AUC measures the scores, whatever the order
  EXPECT_EQ(parse_rank("revenue"), RankBy::revenue);
  EXPECT_EQ(parse_rank("probability"), RankBy::probability);
  EXPECT_FALSE(parse_rank("duty"));
  EXPECT_EQ(to_string(RankBy::revenue), "revenue");
}

}  // namespace
}  // namespace custos::ml
