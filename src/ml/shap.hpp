#pragma once
// Exact SHAP contributions of a trained XGBoost forest, many rows at a time.
//
// The algorithm is XGBoost's own (path-dependent TreeSHAP, Lundberg et al.
// 2018, as in XGBoost's RegTree::CalculateContributions): the recursion
// walks every node of a tree, carrying the path's zero fractions (shares of
// the training cover, the same for every row) and one fractions (1 where
// the row takes that branch, 0 elsewhere). Only the one fractions and the
// path weights depend on the row, so ForestShap walks each tree once for a
// block of rows, one lane per row, instead of once per row: the walk, the
// cover ratios and the bookkeeping are shared and the per-row arithmetic is
// done lane by lane in straight loops the compiler vectorises. Every lane
// does the very arithmetic, in the same order, that a one-row call does, so
// a batch gives bit-for-bit the contributions of one row at a time (tested),
// and they match XGBoost's pred_contribs to float rounding (tested).
//
// Output layout is XGBoost's: rows x (features + 1) in log-odds, the last
// column the bias (the base margin plus every tree's cover-weighted mean).
// Only what Custos trains is supported (gbtree, binary:logistic, numerical
// splits); from_json_model() returns nullopt otherwise and callers fall back
// to XGBoost.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ml/xgboost.hpp"

namespace custos::ml {

class ForestShap {
 public:
  static std::optional<ForestShap> from_booster(const Booster& booster);
  static std::optional<ForestShap> from_json_model(const std::string& json);

  // `rows` row-major rows of `cols` floats (NaN = missing) into `out`,
  // rows x (cols + 1) floats (overwritten).
  void contributions(const float* values, size_t rows, size_t cols, float* out) const;
  std::vector<float> contributions(const float* values, size_t rows, size_t cols) const;

  size_t trees() const { return roots_.size(); }
  // Smallest row width the forest reads (its largest feature index + 1).
  size_t features() const { return features_; }

 private:
  struct Node {
    int32_t left = -1, right = -1;  // -1: a leaf
    uint32_t feature = 0;
    float condition = 0;  // split condition, or the leaf value
    float cover = 0;      // sum of hessians (XGBoost's cover)
    bool default_left = true;
  };
  std::vector<Node> nodes_;
  std::vector<int32_t> roots_;  // index of each tree's root in nodes_
  float bias_ = 0;              // base margin + sum of every tree's mean value, as XGBoost adds them
  std::vector<float> tree_means_;
  float base_margin_ = 0;
  size_t features_ = 0;
  int max_depth_ = 0;

  template <int L>
  void block(const float* values, size_t n, size_t cols, float* phi) const;
};

}  // namespace custos::ml
