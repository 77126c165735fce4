#include "ml/forest.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>

#include "ml/trainer.hpp"

namespace custos::ml {
namespace {

constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();

// Rows with continuous, integer-valued (values equal to split conditions)
// and often-missing columns; the label depends on all three kinds.
TrainingSet random_set(size_t rows, unsigned seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<float> n;
  std::uniform_int_distribution<int> small(0, 6);
  std::uniform_real_distribution<float> u(0, 1);
  TrainingSet t;
  t.cols = 8;
  for (size_t r = 0; r < rows; ++r) {
    float x[8];
    for (float& v : x) v = n(rng);
    x[2] = static_cast<float>(small(rng));
    x[3] = u(rng) < 0.4f ? kNaN : static_cast<float>(small(rng));
    x[5] = u(rng) < 0.3f ? kNaN : x[5];
    x[7] = u(rng) < 0.9f ? kNaN : x[7];  // mostly missing
    float z = x[0] + 0.5f * x[1] * x[4] + (x[2] > 3 ? 1.0f : 0.0f) +
              (std::isnan(x[3]) ? 0.8f : -0.3f * x[3]) + (std::isnan(x[5]) ? -0.7f : 0.4f * x[5]) + n(rng);
    t.values.insert(t.values.end(), x, x + 8);
    t.labels.push_back(z > 0.5f ? 1.0f : 0.0f);
  }
  return t;
}

void expect_same_as_xgboost(const BoosterParams& p, int rounds) {
  TrainingSet train = random_set(3000, 1);
  TrainingSet test = random_set(2000, 2);
  TrainedBooster tb = train_booster(train, nullptr, p, rounds);
  std::optional<CompiledForest> f = CompiledForest::from_booster(tb.booster);
  ASSERT_TRUE(f);
  EXPECT_EQ(f->trees(), static_cast<size_t>(rounds));
  EXPECT_LE(f->depth(), p.max_depth);
  EXPECT_LE(f->features(), train.cols);

  std::vector<float> ours = f->predict(test.values.data(), test.rows(), test.cols);
  std::vector<float> inplace = tb.booster.predict_dense(test.values.data(), test.rows(), test.cols);
  FeatureMatrix m(test.values, test.rows(), test.cols);
  std::vector<float> dmatrix = tb.booster.predict(m);
  ASSERT_EQ(ours.size(), inplace.size());
  float worst = 0;
  size_t distinct = 0;
  for (size_t i = 0; i < ours.size(); ++i) {
    worst = std::max({worst, std::abs(ours[i] - inplace[i]), std::abs(ours[i] - dmatrix[i])});
    distinct += i > 0 && ours[i] != ours[i - 1];
  }
  EXPECT_LE(worst, 1e-6f);
  EXPECT_GT(distinct, ours.size() / 2);  // a real model, not a constant
}

TEST(CompiledForest, ScoresAsXGBoostDoesAtDepthSix) {
  BoosterParams p;
  p.max_depth = 6;
  p.eta = 0.1;
  expect_same_as_xgboost(p, 120);
}

TEST(CompiledForest, ScoresAsXGBoostDoesWithUnevenShallowTrees) {
  // Large min_child_weight prunes branches early: leaves at many depths.
  BoosterParams p;
  p.max_depth = 4;
  p.eta = 0.3;
  p.min_child_weight = 40;
  expect_same_as_xgboost(p, 40);
}

TEST(CompiledForest, OddRowCountsAndSingleRows) {
  BoosterParams p;
  p.max_depth = 5;
  TrainingSet train = random_set(1500, 3);
  TrainedBooster tb = train_booster(train, nullptr, p, 30);
  std::optional<CompiledForest> f = CompiledForest::from_booster(tb.booster);
  ASSERT_TRUE(f);
  TrainingSet test = random_set(131, 4);  // not a multiple of the block
  std::vector<float> all = f->predict(test.values.data(), test.rows(), test.cols);
  std::vector<float> ref = tb.booster.predict_dense(test.values.data(), test.rows(), test.cols);
  for (size_t i = 0; i < test.rows(); ++i) {
    std::vector<float> one = f->predict(test.values.data() + i * test.cols, 1, test.cols);
    EXPECT_EQ(one[0], all[i]);
    EXPECT_NEAR(one[0], ref[i], 1e-6f);
  }
  EXPECT_THROW(f->predict(test.values.data(), 1, 2), std::invalid_argument);
}

TEST(CompiledForest, RefusesWhatItCannotScore) {
  EXPECT_FALSE(CompiledForest::from_json_model("not json"));
  EXPECT_FALSE(CompiledForest::from_json_model(R"({"learner":{"objective":{"name":"reg:squarederror"}}})"));
}

}  // namespace
}  // namespace custos::ml
