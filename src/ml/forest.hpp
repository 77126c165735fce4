#pragma once
// A trained XGBoost forest laid out for fast scoring on one thread.
// XGBoost's own CPU predictor walks each tree node by node with a branch
// per level; at 400 trees of depth 6 that is the bound on scoring speed.
// CompiledForest reads the booster's JSON model once and stores every tree
// as a complete binary tree of the forest's maximum depth (a leaf above the
// bottom is copied into every leaf below it), so a row descends a fixed
// number of levels with no data-dependent branch, and several rows descend
// the same tree together while it sits in the cache.
//
// The arithmetic is XGBoost's: a value goes left when it is below the split
// condition, a missing value (NaN) follows the node's default direction,
// leaf values are summed in float in tree order starting from the base
// margin, and the probability is the logistic of the sum. Scores match
// XGBoost's prediction (tests check this on trained models); it is not a
// learner, training stays with XGBoost.
//
// Only what Custos trains is supported: gbtree, one output group,
// binary:logistic, numerical splits. from_booster() returns nullopt for
// anything else and callers fall back to XGBoost's predictor.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ml/xgboost.hpp"

namespace custos::ml {

class CompiledForest {
 public:
  static std::optional<CompiledForest> from_booster(const Booster& booster);
  // From XGBoost's JSON model document (XGBoosterSaveModelToBuffer, "json").
  static std::optional<CompiledForest> from_json_model(const std::string& json);

  // Probabilities for `rows` row-major rows of `cols` floats (NaN = missing).
  void predict(const float* values, size_t rows, size_t cols, float* out) const;
  std::vector<float> predict(const float* values, size_t rows, size_t cols) const;

  size_t trees() const { return trees_; }
  int depth() const { return depth_; }
  // Smallest row width the forest reads (its largest feature index + 1).
  size_t features() const { return features_; }

 private:
  size_t trees_ = 0;
  int depth_ = 0;
  size_t features_ = 0;
  float base_margin_ = 0;
  // Per tree, (2^depth - 1) split nodes in breadth-first order, then 2^depth leaves.
  std::vector<uint32_t> feature_;  // feature index; bit 31 set: a missing value goes right
  std::vector<float> threshold_;
  std::vector<float> leaf_;
};

}  // namespace custos::ml
