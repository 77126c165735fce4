#include "ml/shap.hpp"

#include "ml/tree_dump.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <stdexcept>

namespace custos::ml {
namespace {

constexpr int kMaxDepth = 32;  // deeper trees are refused (stack-allocated paths)
constexpr int kLanes = 8;      // rows that walk a tree together

// One element of the unique path, for L rows at once: the feature and its
// zero fraction are the same for every row; the one fraction and the
// permutation weight are per row.
template <int L>
struct Element {
  int feature;
  float zero;
  float one[L];
  float pweight[L];
};

// XGBoost's ExtendPath, lane by lane, same operations in the same order.
template <int L>
inline void extend(Element<L>* path, unsigned depth, float zero, const float* one, int feature) {
  Element<L>& e = path[depth];
  e.feature = feature;
  e.zero = zero;
  for (int k = 0; k < L; ++k) e.one[k] = one[k];
  for (int k = 0; k < L; ++k) e.pweight[k] = depth == 0 ? 1.0f : 0.0f;
  const float d1 = static_cast<float>(depth + 1);
  for (int i = static_cast<int>(depth) - 1; i >= 0; --i) {
    const float up = static_cast<float>(i + 1), down = static_cast<float>(depth - i);
    for (int k = 0; k < L; ++k) {
      path[i + 1].pweight[k] += one[k] * path[i].pweight[k] * up / d1;
      path[i].pweight[k] = zero * path[i].pweight[k] * down / d1;
    }
  }
}

// XGBoost's UnwindPath: undo the extension at `index`.
template <int L>
inline void unwind(Element<L>* path, unsigned depth, unsigned index) {
  float one[L], next[L];
  const float zero = path[index].zero;
  for (int k = 0; k < L; ++k) one[k] = path[index].one[k], next[k] = path[depth].pweight[k];
  const float d1 = static_cast<float>(depth + 1);
  for (int i = static_cast<int>(depth) - 1; i >= 0; --i) {
    const int up = i + 1;
    const unsigned down = depth - static_cast<unsigned>(i);
    for (int k = 0; k < L; ++k) {
      const float tmp = path[i].pweight[k];
      const bool hot = one[k] != 0;
      const float one_safe = hot ? one[k] : 1.0f;
      const float zero_safe = zero != 0 ? zero : 1.0f;
      const float w_hot = next[k] * (depth + 1) / static_cast<float>(up * one_safe);
      const float next_hot = tmp - w_hot * zero * down / d1;
      const float w_cold = (tmp * (depth + 1)) / static_cast<float>(zero_safe * down);
      path[i].pweight[k] = hot ? w_hot : w_cold;
      next[k] = hot ? next_hot : next[k];
    }
  }
  for (unsigned i = index; i < depth; ++i) {
    path[i].feature = path[i + 1].feature;
    path[i].zero = path[i + 1].zero;
    std::memcpy(path[i].one, path[i + 1].one, sizeof(float) * L);
  }
}

// XGBoost's UnwoundPathSum into `total` (L values).
template <int L>
inline void unwound_sum(const Element<L>* path, unsigned depth, unsigned index, float* total) {
  float next[L];
  const float zero = path[index].zero;
  const float* one = path[index].one;
  for (int k = 0; k < L; ++k) next[k] = path[depth].pweight[k], total[k] = 0;
  for (int i = static_cast<int>(depth) - 1; i >= 0; --i) {
    const float up = static_cast<float>(i + 1);
    const float ratio = (depth - static_cast<unsigned>(i)) / static_cast<float>(depth + 1);
    for (int k = 0; k < L; ++k) {
      const bool hot = one[k] != 0;
      const float one_safe = hot ? one[k] : 1.0f;
      const float zero_safe = zero != 0 ? zero : 1.0f;
      const float tmp = next[k] * (depth + 1) / (up * one_safe);
      const float cold = zero != 0 ? (path[i].pweight[k] / zero_safe) / ratio : 0.0f;
      total[k] += hot ? tmp : cold;
      next[k] = hot ? path[i].pweight[k] - tmp * zero * ratio : next[k];
    }
  }
}

}  // namespace

std::optional<ForestShap> ForestShap::from_booster(const Booster& booster) {
  auto text = tree_dump_of(booster);
  if (!text) return std::nullopt;
  return from_json_model(*text);
}

std::optional<ForestShap> ForestShap::from_json_model(const std::string& text) {
  std::optional<DumpedForest> dump = read_tree_dump(text);
  if (!dump) return std::nullopt;
  try {
    ForestShap f;
    f.base_margin_ = dump->base_margin;
    for (const DumpedTree& t : dump->trees) {
      const size_t n = t.left.size();
      if (t.hessian.size() != n) return std::nullopt;
      const int32_t base = static_cast<int32_t>(f.nodes_.size());
      for (size_t k = 0; k < n; ++k) {
        Node node;
        const int l = t.left[k], r = t.right[k];
        if ((l == -1) != (r == -1)) return std::nullopt;
        if (l != -1) {
          if (l <= static_cast<int>(k) || r <= static_cast<int>(k) || l >= static_cast<int>(n) ||
              r >= static_cast<int>(n) || t.feature[k] < 0)
            return std::nullopt;
          node.left = base + l;
          node.right = base + r;
          node.feature = static_cast<uint32_t>(t.feature[k]);
          f.features_ = std::max(f.features_, static_cast<size_t>(node.feature) + 1);
        }
        node.condition = t.cond[k];
        node.cover = t.hessian[k];
        node.default_left = t.default_left[k] != 0;
        f.nodes_.push_back(node);
      }
      f.roots_.push_back(base);
    }
    // Depth, and each tree's mean value as XGBoost's FillNodeMeanValue computes it.
    std::function<float(int32_t, int)> mean = [&](int32_t i, int level) -> float {
      if (level > kMaxDepth) throw std::runtime_error("too deep");
      f.max_depth_ = std::max(f.max_depth_, level);
      const Node& node = f.nodes_[i];
      if (node.left == -1) return node.condition;
      float result = mean(node.left, level + 1) * f.nodes_[node.left].cover;
      result += mean(node.right, level + 1) * f.nodes_[node.right].cover;
      result /= node.cover;
      return result;
    };
    float bias = 0;
    for (int32_t root : f.roots_) {
      f.tree_means_.push_back(mean(root, 0));
      bias += f.tree_means_.back();
    }
    f.bias_ = bias + f.base_margin_;
    return f;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

template <int L>
void ForestShap::block(const float* values, size_t n, size_t cols, float* phi) const {
  // phi: (cols + 1) x L, lane-minor. Rows beyond n repeat the last row and are not read back.
  const float* row[L];
  for (int k = 0; k < L; ++k) row[k] = values + std::min<size_t>(k, n - 1) * cols;
  // Unique paths: depth d needs d + 2 elements; each level gets a fresh copy (as XGBoost does).
  const size_t levels = static_cast<size_t>(max_depth_) + 2;
  std::vector<Element<L>> storage(levels * (levels + 1) / 2 + levels);
  float ones[L];
  for (float& o : ones) o = 1.0f;

  // Iterative form of XGBoost's TreeShap with condition 0: a stack of frames.
  struct Frame {
    int32_t node;
    unsigned depth;
    Element<L>* parent;
    float zero;
    float one[L];
    int feature;
  };
  std::vector<Frame> stack;
  stack.reserve(2 * levels + 2);
  for (size_t t = 0; t < roots_.size(); ++t) {
    Frame root{roots_[t], 0, storage.data(), 1.0f, {}, -1};
    std::copy(ones, ones + L, root.one);
    stack.push_back(root);
    while (!stack.empty()) {
      Frame fr = stack.back();
      stack.pop_back();
      Element<L>* path = fr.parent + fr.depth + 1;
      std::copy(fr.parent, fr.parent + fr.depth + 1, path);
      extend<L>(path, fr.depth, fr.zero, fr.one, fr.feature);
      unsigned depth = fr.depth;
      const Node& node = nodes_[fr.node];
      if (node.left == -1) {
        float w[L];
        for (unsigned i = 1; i <= depth; ++i) {
          unwound_sum<L>(path, depth, i, w);
          const Element<L>& e = path[i];
          float* p = phi + static_cast<size_t>(e.feature) * L;
          for (int k = 0; k < L; ++k) p[k] += w[k] * (e.one[k] - e.zero) * node.condition * 1.0f;
        }
        continue;
      }
      const uint32_t split = node.feature;
      const float w = node.cover;
      const float left_zero = nodes_[node.left].cover / w, right_zero = nodes_[node.right].cover / w;
      float incoming_zero = 1;
      float incoming_one[L];
      std::copy(ones, ones + L, incoming_one);
      unsigned index = 0;
      for (; index <= depth; ++index)
        if (static_cast<uint32_t>(path[index].feature) == split) break;
      if (index != depth + 1) {
        incoming_zero = path[index].zero;
        std::copy(path[index].one, path[index].one + L, incoming_one);
        unwind<L>(path, depth, index);
        depth -= 1;
      }
      Frame l{node.left, depth + 1, path, left_zero * incoming_zero, {}, static_cast<int>(split)};
      Frame r{node.right, depth + 1, path, right_zero * incoming_zero, {}, static_cast<int>(split)};
      for (int k = 0; k < L; ++k) {
        const float v = row[k][split];
        const bool goes_left = std::isnan(v) ? node.default_left : v < node.condition;
        l.one[k] = goes_left ? incoming_one[k] : 0.0f;
        r.one[k] = goes_left ? 0.0f : incoming_one[k];
      }
      // Right pushed first so the left subtree is walked first (depth first,
      // each subtree finished before its sibling, as the paths require).
      stack.push_back(r);
      stack.push_back(l);
    }
  }
}

void ForestShap::contributions(const float* values, size_t rows, size_t cols, float* out) const {
  if (cols < features_) throw std::invalid_argument("forest SHAP: rows narrower than the model's features");
  const size_t width = cols + 1;
  std::vector<float> phi(width * kLanes);
  for (size_t start = 0; start < rows; start += kLanes) {
    const size_t n = std::min<size_t>(kLanes, rows - start);
    // A lone row walks with one lane (a single explanation costs one row,
    // not eight); the arithmetic per lane is the same at any width.
    const size_t lanes = n == 1 ? 1 : kLanes;
    std::fill(phi.begin(), phi.begin() + width * lanes, 0.0f);
    if (lanes == 1)
      block<1>(values + start * cols, n, cols, phi.data());
    else
      block<kLanes>(values + start * cols, n, cols, phi.data());
    for (size_t r = 0; r < n; ++r) {
      float* o = out + (start + r) * width;
      for (size_t c = 0; c < cols; ++c) o[c] = phi[c * lanes + r];
      o[cols] = bias_;
    }
  }
}

std::vector<float> ForestShap::contributions(const float* values, size_t rows, size_t cols) const {
  std::vector<float> out(rows * (cols + 1));
  contributions(values, rows, cols, out.data());
  return out;
}

}  // namespace custos::ml
