#pragma once
// XGBoost's JSON model of a binary:logistic gbtree forest (numeric splits,
// one tree per round) read into plain arrays, for the compiled scorer
// (forest.hpp) and the SHAP explainer (shap.hpp), each of which lays the
// trees out its own way.
#include <optional>
#include <string>
#include <vector>

#include "ml/xgboost.hpp"

namespace custos::ml {

// One tree as XGBoost stores it: node k's children (-1 for a leaf), split
// feature and condition (a leaf's value for a leaf), the side a missing
// value takes, and the node's sum of hessians (its cover; empty when the
// model does not give it). The other arrays have the same length, at least 1.
struct DumpedTree {
  std::vector<int> left, right, feature, default_left;
  std::vector<float> cond, hessian;
};

struct DumpedForest {
  float base_margin = 0;  // XGBoost's ProbToMargin of base_score
  std::vector<DumpedTree> trees;
};

// Nothing when the text is not such a model (another objective or booster,
// several parallel trees or classes, categorical splits, arrays that differ
// in length, a base score outside (0, 1)).
std::optional<DumpedForest> read_tree_dump(const std::string& json_text);

// The booster's model as that JSON text; nothing when XGBoost refuses.
std::optional<std::string> tree_dump_of(const Booster& booster);

}  // namespace custos::ml
