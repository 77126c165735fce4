#include "ml/shap.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <tuple>

#include "ml/trainer.hpp"

namespace custos::ml {
namespace {

constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();

// Continuous, integer-valued (ties with split conditions) and often-missing
// columns; the label depends on all of them, with interactions, so trees
// split on the same feature several times along a path.
TrainingSet random_set(size_t rows, unsigned seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<float> n;
  std::uniform_int_distribution<int> small(0, 6);
  std::uniform_real_distribution<float> u(0, 1);
  TrainingSet t;
  t.cols = 9;
  for (size_t r = 0; r < rows; ++r) {
    float x[9];
    for (float& v : x) v = n(rng);
    x[2] = static_cast<float>(small(rng));
    x[3] = u(rng) < 0.4f ? kNaN : static_cast<float>(small(rng));
    x[5] = u(rng) < 0.3f ? kNaN : x[5];
    x[7] = u(rng) < 0.9f ? kNaN : x[7];
    float z = x[0] + 0.5f * x[1] * x[4] + (x[2] > 3 ? 1.0f : 0.0f) + (std::abs(x[0]) > 1.2f ? -1.5f : 0.0f) +
              (std::isnan(x[3]) ? 0.8f : -0.3f * x[3]) + (std::isnan(x[5]) ? -0.7f : 0.4f * x[5]) + n(rng);
    t.values.insert(t.values.end(), x, x + 9);
    t.labels.push_back(z > 0.5f ? 1.0f : 0.0f);
  }
  return t;
}

struct Trained {
  TrainingSet test;
  TrainedBooster tb;
  ForestShap shap;
};

Trained train(int depth, int rounds, double min_child_weight = 1) {
  BoosterParams p;
  p.max_depth = depth;
  p.eta = 0.2;
  p.min_child_weight = min_child_weight;
  TrainingSet tr = random_set(3000, 1);
  TrainedBooster tb = train_booster(tr, nullptr, p, rounds);
  std::optional<ForestShap> s = ForestShap::from_booster(tb.booster);
  if (!s) throw std::runtime_error("no forest");
  return {random_set(1003, 2), std::move(tb), std::move(*s)};
}

void expect_as_xgboost(const Trained& t) {
  const size_t rows = t.test.rows(), cols = t.test.cols;
  std::vector<float> ours = t.shap.contributions(t.test.values.data(), rows, cols);
  FeatureMatrix m(t.test.values, rows, cols);
  std::vector<float> theirs = t.tb.booster.contributions(m);
  std::vector<float> margin(rows);
  ASSERT_EQ(ours.size(), theirs.size());
  double worst = 0;
  size_t nonzero = 0;
  for (size_t i = 0; i < ours.size(); ++i) {
    worst = std::max(worst, static_cast<double>(std::abs(ours[i] - theirs[i])));
    nonzero += ours[i] != 0;
  }
  EXPECT_LE(worst, 2e-5) << "largest difference from XGBoost's pred_contribs";
  EXPECT_GT(nonzero, ours.size() / 2);  // a real model
  // Local accuracy: the contributions add up to the margin of the prediction.
  std::vector<float> p = t.tb.booster.predict(m);
  for (size_t r = 0; r < rows; ++r) {
    double sum = 0;
    for (size_t c = 0; c <= cols; ++c) sum += ours[r * (cols + 1) + c];
    EXPECT_NEAR(sum, std::log(p[r] / (1 - p[r])), 1e-3) << "row " << r;
  }
}

TEST(ForestShap, EqualsXGBoostsContributionsAtDepthSix) { expect_as_xgboost(train(6, 60)); }

TEST(ForestShap, EqualsXGBoostsContributionsWithUnevenShallowTrees) { expect_as_xgboost(train(4, 30, 40)); }

TEST(ForestShap, EqualsXGBoostsContributionsWithDeepTrees) { expect_as_xgboost(train(9, 15)); }

TEST(ForestShap, ABatchGivesExactlyTheContributionsOfOneRowAtATime) {
  Trained t = train(6, 60);
  const size_t rows = t.test.rows(), cols = t.test.cols;
  std::vector<float> batch = t.shap.contributions(t.test.values.data(), rows, cols);
  // One row at a time walks the trees with one lane, the batch with eight.
  for (size_t r = 0; r < 300; ++r) {
    std::vector<float> one = t.shap.contributions(t.test.values.data() + r * cols, 1, cols);
    for (size_t c = 0; c <= cols; ++c)
      ASSERT_EQ(batch[r * (cols + 1) + c], one[c]) << "row " << r << " column " << c;  // bit for bit
  }
}

// Fast TreeSHAP v2 (per-leaf tables) against the exact walk on the same
// forest: depth 4 (uneven), 6 and 9 (9 columns, so paths of depth 9 repeat
// features), rows with missing values; and a forest where only leaves of at
// a few unique features are tabled, so tabled and walked trees mix.
void expect_fast_as_exact(const Trained& t, const ForestShap& shap, bool all_tabled) {
  const size_t rows = t.test.rows(), cols = t.test.cols;
  if (all_tabled)
    EXPECT_EQ(shap.tabled_trees(), shap.trees());
  else {
    EXPECT_GT(shap.tabled_trees(), 0u);
    EXPECT_LT(shap.tabled_trees(), shap.trees());
  }
  std::vector<float> fast = shap.contributions(t.test.values.data(), rows, cols, ShapMethod::fast);
  std::vector<float> exact = shap.contributions(t.test.values.data(), rows, cols, ShapMethod::exact);
  ASSERT_EQ(fast.size(), exact.size());
  double worst = 0, largest = 0;
  for (size_t i = 0; i < fast.size(); ++i) {
    worst = std::max(worst, static_cast<double>(std::abs(fast[i] - exact[i])));
    largest = std::max(largest, static_cast<double>(std::abs(exact[i])));
  }
  EXPECT_LE(worst, 1e-5) << "largest difference between the tables and the exact walk";
  EXPECT_GT(largest, 0.1);  // a real model
  // Rows one at a time give the batch's contributions bit for bit.
  for (size_t r = 0; r < 100; ++r) {
    std::vector<float> one = shap.contributions(t.test.values.data() + r * cols, 1, cols);
    for (size_t c = 0; c <= cols; ++c) ASSERT_EQ(fast[r * (cols + 1) + c], one[c]) << "row " << r;
  }
}

TEST(ForestShap, TablesEqualTheExactWalkAtDepthFourSixAndNine) {
  for (auto [depth, rounds, weight] : {std::tuple{4, 30, 40.0}, {6, 60, 1.0}, {9, 15, 1.0}}) {
    SCOPED_TRACE("depth " + std::to_string(depth));
    Trained t = train(depth, rounds, weight);
    expect_fast_as_exact(t, t.shap, true);
  }
}

TEST(ForestShap, LeavesWithTooManyFeaturesKeepTheExactWalk) {
  Trained t = train(6, 60);
  // The smallest limit that tables some trees but not all.
  std::optional<ForestShap> small;
  for (int k = 1; k <= 6 && !small; ++k) {
    small = ForestShap::from_booster(t.tb.booster, k);
    ASSERT_TRUE(small);
    if (small->tabled_trees() == 0 || small->tabled_trees() == small->trees()) small.reset();
  }
  ASSERT_TRUE(small) << "no limit mixes tabled and walked trees";
  expect_fast_as_exact(t, *small, false);
  EXPECT_LT(small->table_floats(), t.shap.table_floats());
  // With no table at all, the fast method is the exact walk.
  std::optional<ForestShap> none = ForestShap::from_booster(t.tb.booster, 0);
  ASSERT_TRUE(none);
  EXPECT_EQ(none->tabled_trees(), 0u);
  const size_t rows = 50, cols = t.test.cols;
  EXPECT_EQ(none->contributions(t.test.values.data(), rows, cols),
            t.shap.contributions(t.test.values.data(), rows, cols, ShapMethod::exact));
}

TEST(ForestShap, RefusesRowsNarrowerThanTheModel) {
  Trained t = train(3, 5);
  std::vector<float> row(2, 0.0f);
  EXPECT_THROW(t.shap.contributions(row.data(), 1, 2), std::invalid_argument);
  EXPECT_FALSE(ForestShap::from_json_model("{not json"));
  EXPECT_FALSE(ForestShap::from_json_model(R"({"learner":{}})"));
}

}  // namespace
}  // namespace custos::ml
