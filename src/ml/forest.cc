#include "ml/forest.hpp"

#include "ml/tree_dump.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace custos::ml {
namespace {

constexpr uint32_t kMissingRight = 1u << 31;
constexpr int kMaxDepth = 16;  // 2^16 leaves per tree: beyond that the layout is not worth it
constexpr size_t kBlock = 64;  // rows that descend a tree together

// Depth of the subtree at `node` (a leaf is 0); -1 when the tree is malformed.
int depth_of(const DumpedTree& t, int node, int level) {
  if (node < 0 || node >= static_cast<int>(t.left.size()) || level > kMaxDepth) return -1;
  if (t.left[node] == -1) return 0;
  int a = depth_of(t, t.left[node], level + 1), b = depth_of(t, t.right[node], level + 1);
  return a < 0 || b < 0 ? -1 : 1 + std::max(a, b);
}

// XGBoost's logistic (common::Sigmoid): the exponent is capped so that
// expf stays finite.
inline float sigmoid(float x) {
  constexpr float kEps = 1e-16f;
  x = std::min(-x, 88.7f);
  return 1.0f / (std::exp(x) + 1.0f + kEps);
}

// One block of rows through every tree, with the depth fixed at compile
// time so the descent unrolls.
template <int D>
void predict_block(const uint32_t* feature, const float* threshold, const float* leaf, size_t trees,
                   const float* values, size_t n, size_t cols, float* acc) {
  constexpr uint32_t inner = (1u << D) - 1;
  constexpr uint32_t leaves = 1u << D;
  constexpr size_t kLanes = 8;  // independent descents in flight, to hide load latency
  const size_t whole = n - n % kLanes;
  for (size_t t = 0; t < trees; ++t) {
    const uint32_t* f = feature + t * inner;
    const float* th = threshold + t * inner;
    const float* lf = leaf + t * leaves;
    for (size_t r = 0; r < whole; r += kLanes) {
      const float* rows = values + r * cols;
      uint32_t idx[kLanes] = {};
      for (int level = 0; level < D; ++level) {
        for (size_t k = 0; k < kLanes; ++k) {
          const uint32_t fi = f[idx[k]];
          const float v = rows[k * cols + (fi & ~kMissingRight)];
          // Left when below the condition; a missing value takes the default side.
          const uint32_t right =
              static_cast<uint32_t>(v >= th[idx[k]]) | (static_cast<uint32_t>(v != v) & (fi >> 31));
          idx[k] = 2 * idx[k] + 1 + right;
        }
      }
      for (size_t k = 0; k < kLanes; ++k) acc[r + k] += lf[idx[k] - inner];
    }
    for (size_t r = whole; r < n; ++r) {
      const float* row = values + r * cols;
      uint32_t i = 0;
      for (int level = 0; level < D; ++level) {
        const uint32_t fi = f[i];
        const float v = row[fi & ~kMissingRight];
        const uint32_t right =
            static_cast<uint32_t>(v >= th[i]) | (static_cast<uint32_t>(v != v) & (fi >> 31));
        i = 2 * i + 1 + right;
      }
      acc[r] += lf[i - inner];
    }
  }
}

void predict_block_any(int depth, const uint32_t* feature, const float* threshold, const float* leaf,
                       size_t trees, const float* values, size_t n, size_t cols, float* acc) {
  const uint32_t inner = (1u << depth) - 1, leaves = 1u << depth;
  for (size_t t = 0; t < trees; ++t) {
    for (size_t r = 0; r < n; ++r) {
      const float* row = values + r * cols;
      uint32_t i = 0;
      for (int level = 0; level < depth; ++level) {
        const uint32_t fi = feature[t * inner + i];
        const float v = row[fi & ~kMissingRight];
        const uint32_t right = static_cast<uint32_t>(v >= threshold[t * inner + i]) |
                               (static_cast<uint32_t>(v != v) & (fi >> 31));
        i = 2 * i + 1 + right;
      }
      acc[r] += leaf[t * leaves + i - inner];
    }
  }
}

}  // namespace

std::optional<CompiledForest> CompiledForest::from_booster(const Booster& booster) {
  auto text = tree_dump_of(booster);
  if (!text) return std::nullopt;
  return from_json_model(*text);
}

std::optional<CompiledForest> CompiledForest::from_json_model(const std::string& text) {
  std::optional<DumpedForest> dump = read_tree_dump(text);
  if (!dump) return std::nullopt;
  try {
    const std::vector<DumpedTree>& trees = dump->trees;
    int depth = 0;
    size_t features = 0;
    for (const DumpedTree& t : trees) {
      const size_t n = t.left.size();
      int d = depth_of(t, 0, 0);
      if (d < 0) return std::nullopt;
      depth = std::max(depth, d);
      for (size_t k = 0; k < n; ++k)
        if (t.left[k] != -1) {
          if (t.feature[k] < 0) return std::nullopt;
          features = std::max(features, static_cast<size_t>(t.feature[k]) + 1);
        }
    }

    CompiledForest f;
    f.trees_ = trees.size();
    f.depth_ = depth;
    f.features_ = features;
    f.base_margin_ = dump->base_margin;
    const size_t inner = (size_t{1} << depth) - 1, leaves = size_t{1} << depth;
    f.feature_.assign(trees.size() * inner, 0);
    f.threshold_.assign(trees.size() * inner, 0.0f);
    f.leaf_.assign(trees.size() * leaves, 0.0f);
    for (size_t ti = 0; ti < trees.size(); ++ti) {
      const DumpedTree& t = trees[ti];
      // Fill the complete tree: slot -> XGBoost node, or a leaf copied down.
      struct Slot {
        size_t slot;
        int node;
        int level;
      };
      std::vector<Slot> stack = {{0, 0, 0}};
      while (!stack.empty()) {
        Slot s = stack.back();
        stack.pop_back();
        const bool is_leaf = t.left[s.node] == -1;
        if (s.level == depth) {  // bottom: a leaf by construction of depth
          f.leaf_[ti * leaves + (s.slot - inner)] = t.cond[s.node];
          continue;
        }
        if (is_leaf) {
          // Any direction reaches the same value: split on feature 0 and copy the leaf below.
          f.feature_[ti * inner + s.slot] = 0;
          f.threshold_[ti * inner + s.slot] = 0.0f;
          stack.push_back({2 * s.slot + 1, s.node, s.level + 1});
          stack.push_back({2 * s.slot + 2, s.node, s.level + 1});
        } else {
          uint32_t fi = static_cast<uint32_t>(t.feature[s.node]);
          if (!t.default_left[s.node]) fi |= kMissingRight;
          f.feature_[ti * inner + s.slot] = fi;
          f.threshold_[ti * inner + s.slot] = t.cond[s.node];
          stack.push_back({2 * s.slot + 1, t.left[s.node], s.level + 1});
          stack.push_back({2 * s.slot + 2, t.right[s.node], s.level + 1});
        }
      }
    }
    return f;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

void CompiledForest::predict(const float* values, size_t rows, size_t cols, float* out) const {
  if (cols < features_)
    throw std::invalid_argument("compiled forest: rows narrower than the model's features");
  float acc[kBlock];
  for (size_t start = 0; start < rows; start += kBlock) {
    const size_t n = std::min(kBlock, rows - start);
    std::fill(acc, acc + n, base_margin_);
    const float* block = values + start * cols;
    const uint32_t* fe = feature_.data();
    const float* th = threshold_.data();
    const float* lf = leaf_.data();
    switch (depth_) {
      case 1: predict_block<1>(fe, th, lf, trees_, block, n, cols, acc); break;
      case 2: predict_block<2>(fe, th, lf, trees_, block, n, cols, acc); break;
      case 3: predict_block<3>(fe, th, lf, trees_, block, n, cols, acc); break;
      case 4: predict_block<4>(fe, th, lf, trees_, block, n, cols, acc); break;
      case 5: predict_block<5>(fe, th, lf, trees_, block, n, cols, acc); break;
      case 6: predict_block<6>(fe, th, lf, trees_, block, n, cols, acc); break;
      case 7: predict_block<7>(fe, th, lf, trees_, block, n, cols, acc); break;
      case 8: predict_block<8>(fe, th, lf, trees_, block, n, cols, acc); break;
      default: predict_block_any(depth_, fe, th, lf, trees_, block, n, cols, acc); break;
    }
    for (size_t r = 0; r < n; ++r) out[start + r] = sigmoid(acc[r]);
  }
}

std::vector<float> CompiledForest::predict(const float* values, size_t rows, size_t cols) const {
  std::vector<float> out(rows);
  predict(values, rows, cols, out.data());
  return out;
}

}  // namespace custos::ml
