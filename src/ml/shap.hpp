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
// Fast TreeSHAP v2 (Yang 2021, "Fast TreeSHAP: accelerating SHAP value
// computation for trees"). The recursion above gives, for every leaf, the
// same closed form: with the path's unique features P (k of them), their
// zero fractions z_j (the product over every split on j along the path) and
// the row's one fractions o_j (1 when the row satisfies every condition on j
// along the path, else 0), the leaf adds to feature i in P
//   v_leaf * (o_i - z_i) * sum over U in {j in P \ {i} : o_j = 1} of
//                           |U|! (k - |U| - 1)! / k! * prod_{j in P \ {i} \ U} z_j.
// It depends on the row only through the pattern S = {j : o_j = 1}, so
// ForestShap tabulates it once per leaf for all 2^k patterns (k values each,
// computed in double when the model is read). A row then costs, per tree,
// one comparison per split and, per leaf, its pattern (one bit per path
// condition) and k additions: no unwinding. Leaves with more than
// `max_table_features` unique features, and trees beyond a memory budget,
// keep the exact walk (method exact), which stays available for every tree.
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

enum class ShapMethod {
  fast,   // the per-leaf tables (Fast TreeSHAP v2) where built, the exact walk elsewhere
  exact,  // the exact walk (XGBoost's recursion) for every tree
};

class ForestShap {
 public:
  // Leaves with more unique features than this keep the exact walk (a leaf's
  // table holds 2^k x k floats: 48 KiB at k = 10).
  static constexpr int kDefaultTableFeatures = 10;
  // At most this many table floats per forest (256 MiB); later trees walk.
  static constexpr size_t kTableBudget = size_t{1} << 26;

  static std::optional<ForestShap> from_booster(const Booster& booster,
                                                int max_table_features = kDefaultTableFeatures);
  static std::optional<ForestShap> from_json_model(const std::string& json,
                                                   int max_table_features = kDefaultTableFeatures);

  // `rows` row-major rows of `cols` floats (NaN = missing) into `out`,
  // rows x (cols + 1) floats (overwritten).
  void contributions(const float* values, size_t rows, size_t cols, float* out,
                     ShapMethod method = ShapMethod::fast) const;
  std::vector<float> contributions(const float* values, size_t rows, size_t cols,
                                   ShapMethod method = ShapMethod::fast) const;

  // Trees explained through tables (the others walk), and the tables' size.
  size_t tabled_trees() const;
  size_t table_floats() const { return tables_.size(); }

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

  // Fast TreeSHAP v2 tables, one per group of leaves: a group is a subtree
  // of at most kGroupSplits splits (or a lone leaf) below a path (the
  // prefix) from the root. Its table is indexed by the row's pattern on the
  // prefix's unique features (kp bits) and the side each of the group's m
  // splits sends the row (m bits), and holds the sum of its leaves'
  // contributions on the u unique features of prefix and group together: a
  // row reads one entry a group, so u additions replace one set a leaf.
  // A tree is tabled when every one of its leaves is.
  static constexpr uint32_t kGroupSplits = 3;
  struct Group {
    uint32_t table = 0;     // offset in tables_: 2^(kp + m) entries x u floats
    uint32_t features = 0;  // offset in group_features_: the u features
    uint32_t steps = 0;     // offset in steps_: the prefix's conditions
    uint32_t splits = 0;    // offset in group_splits_: the group's m splits
    uint8_t kp = 0, nsteps = 0, m = 0, u = 0;
  };
  // One condition on a prefix: node (index within its tree) sent the row to
  // the side the path takes (`left`); `bit` is the feature's place in the
  // prefix's unique features.
  struct Step {
    uint16_t node;
    uint8_t left;
    uint8_t bit;
  };
  struct Tabled {
    uint32_t group_begin = 0, group_end = 0;
    bool tabled = false;
  };
  std::vector<Tabled> tabled_;  // per tree
  std::vector<Group> groups_;
  std::vector<Step> steps_;
  std::vector<uint16_t> group_splits_;
  std::vector<uint32_t> group_features_;
  std::vector<float> tables_;
  std::vector<uint32_t> tree_size_;  // nodes per tree
  uint32_t largest_tree_ = 0;

  void build_tables(int max_table_features);
  // Adds the tabled trees' contributions of n rows into out (rows x (cols + 1)).
  void add_tabled(const float* values, size_t n, size_t cols, float* out) const;

  // The exact walk, into phi ((cols + 1) x L): every tree, or only the untabled ones.
  template <int L>
  void block(const float* values, size_t n, size_t cols, float* phi, bool all_trees) const;
};

}  // namespace custos::ml
