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

// One leaf's Fast TreeSHAP v2 table: for every pattern S (bit j set when the
// row satisfies every condition on the path's feature j) and every feature i
// of the path, out[S * k + i] = v * (1[i in S] - z_i) * R_i(S), where
//   R_i(S) = sum over U subset of S \ {i} of w(|U|) * prod_{j in P \ {i} \ U} z_j,
//   w(m) = m! (k - m - 1)! / k!.
// Splitting P \ {i} \ U into (P \ {i} \ S) and (S' \ U) with S' = S \ {i}:
//   R_i(S) = Z(P \ {i} \ S) * sum_m w(m) A(S', m),  A(M, m) = sum over U subset
// of M with |U| = m of prod_{M \ U} z, built over masks by adding one bit at a
// time: A(M + b, m) = A(M, m) z_b + A(M, m - 1). Everything in double.
void leaf_table(const double* z, int k, double v, double* out) {
  if (k == 0) return;
  const uint32_t n = 1u << k, full = n - 1;
  std::vector<double> w(static_cast<size_t>(k) + 1, 0.0);
  {
    std::vector<double> fact(static_cast<size_t>(k) + 1, 1.0);
    for (int m = 1; m <= k; ++m) fact[m] = fact[m - 1] * m;
    for (int m = 0; m < k; ++m) w[m] = fact[m] * fact[k - m - 1] / fact[k];
  }
  const size_t stride = static_cast<size_t>(k) + 1;
  std::vector<double> zprod(n), a(n * stride, 0.0), r(n, 0.0);
  zprod[0] = 1;
  a[0] = 1;
  for (uint32_t m = 1; m < n; ++m) {
    const int b = __builtin_ctz(m);
    const uint32_t rest = m & (m - 1);
    zprod[m] = zprod[rest] * z[b];
    const int size = __builtin_popcount(m);
    for (int j = 0; j <= size; ++j)
      a[m * stride + j] = a[rest * stride + j] * z[b] + (j ? a[rest * stride + j - 1] : 0.0);
  }
  for (uint32_t m = 0; m < n; ++m) {
    double sum = 0;
    const int size = __builtin_popcount(m);
    for (int j = 0; j <= size && j < k; ++j) sum += w[j] * a[m * stride + j];
    r[m] = sum;
  }
  for (uint32_t s = 0; s < n; ++s)
    for (int i = 0; i < k; ++i) {
      const uint32_t bit = 1u << i;
      const double phi =
          (s & bit) ? (1 - z[i]) * zprod[full ^ s] * r[s ^ bit] : -z[i] * zprod[full ^ s ^ bit] * r[s];
      out[static_cast<size_t>(s) * k + i] = v * phi;
    }
}

}  // namespace

std::optional<ForestShap> ForestShap::from_booster(const Booster& booster, int max_table_features) {
  auto text = tree_dump_of(booster);
  if (!text) return std::nullopt;
  return from_json_model(*text, max_table_features);
}

std::optional<ForestShap> ForestShap::from_json_model(const std::string& text, int max_table_features) {
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
    f.build_tables(max_table_features);
    return f;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

void ForestShap::build_tables(int max_table_features) {
  const int max_k = std::clamp(max_table_features, 0, 16);
  constexpr int kMaxIndexBits = 14;  // a group's table has at most 2^14 entries
  struct PathStep {
    uint32_t node;  // within the tree
    bool left;
    uint32_t feature;
    double zero;  // cover ratio of the side taken
  };
  std::vector<PathStep> path;
  std::vector<uint32_t> splits_below;  // splits in each node's subtree
  std::vector<double> leaf_values;
  for (size_t t = 0; t < roots_.size(); ++t) {
    const uint32_t root = static_cast<uint32_t>(roots_[t]);
    const uint32_t end = t + 1 < roots_.size() ? static_cast<uint32_t>(roots_[t + 1]) : nodes_.size();
    const uint32_t size = end - root;
    tree_size_.push_back(size);
    largest_tree_ = std::max(largest_tree_, size);
    Tabled tab;
    tab.group_begin = static_cast<uint32_t>(groups_.size());
    const size_t groups0 = groups_.size(), steps0 = steps_.size(), splits0 = group_splits_.size(),
                 features0 = group_features_.size(), tables0 = tables_.size();
    bool ok = size <= 65535;
    const Node* tree = nodes_.data() + root;
    auto local = [&](int32_t global) { return static_cast<uint32_t>(global) - root; };
    splits_below.assign(size, 0);
    for (uint32_t j = size; j-- > 0;)  // children come after their parent
      if (tree[j].left != -1)
        splits_below[j] = 1 + splits_below[local(tree[j].left)] + splits_below[local(tree[j].right)];

    // One group: the subtree at g below the current path.
    auto make_group = [&](uint32_t g) {
      Group grp;
      // Prefix: unique features in order of first appearance, their zero fractions.
      std::vector<uint32_t> features;
      std::vector<double> prefix_zero;
      grp.steps = static_cast<uint32_t>(steps_.size());
      for (const PathStep& p : path) {
        auto at = std::find(features.begin(), features.end(), p.feature);
        if (at == features.end()) {
          features.push_back(p.feature);
          prefix_zero.push_back(1.0);
          at = features.end() - 1;
        }
        const size_t bit = static_cast<size_t>(at - features.begin());
        prefix_zero[bit] *= p.zero;
        steps_.push_back(
            {static_cast<uint16_t>(p.node), static_cast<uint8_t>(p.left), static_cast<uint8_t>(bit)});
      }
      const int kp = static_cast<int>(features.size());
      // The group's splits (depth first) and leaves, each leaf with its steps inside the group.
      struct Inner {
        uint32_t split;  // index among the group's splits
        bool left;
        uint32_t slot;  // place of the feature among the u features
        double zero;
      };
      struct GroupLeaf {
        std::vector<Inner> steps;
        double value;
      };
      std::vector<uint32_t> splits;
      std::vector<GroupLeaf> leaves;
      std::vector<Inner> inner;
      std::function<void(uint32_t)> collect = [&](uint32_t j) {
        const Node& node = tree[j];
        if (node.left == -1) {
          leaves.push_back({inner, node.condition});
          return;
        }
        const uint32_t index = static_cast<uint32_t>(splits.size());
        splits.push_back(j);
        auto at = std::find(features.begin(), features.end(), node.feature);
        if (at == features.end()) features.push_back(node.feature), at = features.end() - 1;
        const uint32_t slot = static_cast<uint32_t>(at - features.begin());
        inner.push_back({index, true, slot, nodes_[node.left].cover / double(node.cover)});
        collect(local(node.left));
        inner.back() = {index, false, slot, nodes_[node.right].cover / double(node.cover)};
        collect(local(node.right));
        inner.pop_back();
      };
      collect(g);
      const int m = static_cast<int>(splits.size()), u = static_cast<int>(features.size());
      const size_t entries = size_t{1} << (kp + m);
      if (kp + m > kMaxIndexBits || u > 255 || tables_.size() + entries * u > kTableBudget) return false;
      std::vector<double> sum(entries * u, 0.0), table;
      for (const GroupLeaf& leaf : leaves) {
        // The leaf's unique features, in slot order, and their zero fractions.
        std::vector<int> bit_of(u, -1);
        std::vector<uint32_t> slots;
        std::vector<double> z;
        for (int b = 0; b < kp; ++b) bit_of[b] = b, slots.push_back(b), z.push_back(prefix_zero[b]);
        for (const Inner& s : leaf.steps) {
          if (bit_of[s.slot] < 0) {
            bit_of[s.slot] = static_cast<int>(slots.size());
            slots.push_back(s.slot);
            z.push_back(1.0);
          }
          z[bit_of[s.slot]] *= s.zero;
        }
        const int k = static_cast<int>(slots.size());
        if (k > max_k) return false;
        table.assign((size_t{1} << k) * k, 0.0);
        leaf_table(z.data(), k, leaf.value, table.data());
        for (size_t x = 0; x < entries; ++x) {
          // The leaf's pattern for index x: the prefix's bits, cleared where
          // one of the leaf's splits inside the group sends the row elsewhere.
          uint32_t pattern = static_cast<uint32_t>(x & ((size_t{1} << kp) - 1)) | (~0u << kp);
          pattern &= (k >= 32 ? ~0u : (1u << k) - 1);
          for (const Inner& s : leaf.steps) {
            const bool went_left = (x >> (kp + s.split)) & 1;
            if (went_left != s.left) pattern &= ~(1u << bit_of[s.slot]);
          }
          const double* row = table.data() + static_cast<size_t>(pattern) * k;
          for (int b = 0; b < k; ++b) sum[x * u + slots[b]] += row[b];
        }
      }
      grp.kp = static_cast<uint8_t>(kp);
      grp.nsteps = static_cast<uint8_t>(path.size());
      grp.m = static_cast<uint8_t>(m);
      grp.u = static_cast<uint8_t>(u);
      grp.splits = static_cast<uint32_t>(group_splits_.size());
      for (uint32_t j : splits) group_splits_.push_back(static_cast<uint16_t>(j));
      grp.features = static_cast<uint32_t>(group_features_.size());
      group_features_.insert(group_features_.end(), features.begin(), features.end());
      grp.table = static_cast<uint32_t>(tables_.size());
      for (double v : sum) tables_.push_back(static_cast<float>(v));
      groups_.push_back(grp);
      return true;
    };
    // Depth first, left before right; `path` holds the conditions down to the node.
    std::function<void(uint32_t)> visit = [&](uint32_t j) {
      if (!ok) return;
      const Node& node = tree[j];
      if (node.left == -1 || splits_below[j] <= kGroupSplits) {
        ok = make_group(j);
        return;
      }
      path.push_back({j, true, node.feature, nodes_[node.left].cover / double(node.cover)});
      visit(local(node.left));
      path.back() = {j, false, node.feature, nodes_[node.right].cover / double(node.cover)};
      visit(local(node.right));
      path.pop_back();
    };
    visit(0);
    path.clear();
    if (ok) {
      tab.group_end = static_cast<uint32_t>(groups_.size());
      tab.tabled = true;
    } else {
      groups_.resize(groups0);
      steps_.resize(steps0);
      group_splits_.resize(splits0);
      group_features_.resize(features0);
      tables_.resize(tables0);
      tab.group_end = tab.group_begin;
    }
    tabled_.push_back(tab);
  }
  tables_.shrink_to_fit();
}

size_t ForestShap::tabled_trees() const {
  return static_cast<size_t>(
      std::count_if(tabled_.begin(), tabled_.end(), [](const Tabled& t) { return t.tabled; }));
}

void ForestShap::add_tabled(const float* values, size_t n, size_t cols, float* out) const {
  // A block of rows goes through one tree before the next (the tree's tables
  // stay in cache, and the more rows a block has, the more of them read
  // table rows already fetched for another), and each group is taken for the
  // whole block at once: the side every split sends each row is stored
  // split-major (kBlock bytes a node), from the block's values laid out
  // feature-major, so that the sides and the table indexes are built in
  // straight loops over the block the compiler vectorises. Each row's sums
  // are made in the same order whatever the block (trees, groups, features).
  constexpr size_t kBlock = 64;
  const size_t width = cols + 1;
  std::vector<uint8_t> dir(static_cast<size_t>(largest_tree_) * kBlock);
  std::vector<float> by_feature(cols * kBlock);
  alignas(64) uint16_t index[kBlock];
  for (size_t start = 0; start < n; start += kBlock) {
    const size_t rows = std::min(n - start, kBlock);
    // Lanes past the block's rows hold 0 (their sides are never read back).
    if (rows < kBlock) std::fill(by_feature.begin(), by_feature.end(), 0.0f);
    for (size_t r = 0; r < rows; ++r) {
      const float* v = values + (start + r) * cols;
      for (size_t c = 0; c < cols; ++c) by_feature[c * kBlock + r] = v[c];
    }
    for (size_t t = 0; t < roots_.size(); ++t) {
      const Tabled& tab = tabled_[t];
      if (!tab.tabled) continue;
      const Node* tree = nodes_.data() + roots_[t];
      const uint32_t size = tree_size_[t];
      for (uint32_t j = 0; j < size; ++j) {
        const Node& node = tree[j];
        if (node.left == -1) continue;
        uint8_t* d = dir.data() + static_cast<size_t>(j) * kBlock;
        const float* v = by_feature.data() + static_cast<size_t>(node.feature) * kBlock;
        const float condition = node.condition;
        const uint8_t default_left = node.default_left;
        for (size_t r = 0; r < kBlock; ++r) {
          // NaN takes the default side; otherwise value < condition goes left.
          const uint8_t nan = v[r] != v[r], left = v[r] < condition;
          d[r] = static_cast<uint8_t>((left & (nan ^ 1)) | (default_left & nan));
        }
      }
      for (uint32_t gi = tab.group_begin; gi < tab.group_end; ++gi) {
        const Group& g = groups_[gi];
        const Step* s = steps_.data() + g.steps;
        const uint16_t all = static_cast<uint16_t>((1u << g.kp) - 1);
        for (size_t r = 0; r < kBlock; ++r) index[r] = all;
        for (unsigned i = 0; i < g.nsteps; ++i) {
          const uint8_t* d = dir.data() + static_cast<size_t>(s[i].node) * kBlock;
          const uint8_t left = s[i].left, bit = s[i].bit;
          for (size_t r = 0; r < kBlock; ++r)
            index[r] &= static_cast<uint16_t>(~(static_cast<unsigned>(d[r] ^ left) << bit));
        }
        const uint16_t* split = group_splits_.data() + g.splits;
        for (unsigned i = 0; i < g.m; ++i) {
          const uint8_t* d = dir.data() + static_cast<size_t>(split[i]) * kBlock;
          const unsigned bit = g.kp + i;
          for (size_t r = 0; r < kBlock; ++r) index[r] |= static_cast<uint16_t>(d[r] << bit);
        }
        const float* table = tables_.data() + g.table;
        const uint32_t* f = group_features_.data() + g.features;
        const unsigned u = g.u;
        for (size_t r = 0; r < rows; ++r) {
          const float* tr = table + static_cast<size_t>(index[r]) * u;
          float* o = out + (start + r) * width;
          for (unsigned i = 0; i < u; ++i) o[f[i]] += tr[i];
        }
      }
    }
  }
}

template <int L>
void ForestShap::block(const float* values, size_t n, size_t cols, float* phi, bool all_trees) const {
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
    if (!all_trees && tabled_[t].tabled) continue;
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

void ForestShap::contributions(const float* values, size_t rows, size_t cols, float* out,
                               ShapMethod method) const {
  if (cols < features_) throw std::invalid_argument("forest SHAP: rows narrower than the model's features");
  const size_t width = cols + 1;
  std::fill(out, out + rows * width, 0.0f);
  const bool all_trees = method == ShapMethod::exact;
  if (!all_trees) add_tabled(values, rows, cols, out);
  const bool walk = all_trees || tabled_trees() < roots_.size();
  for (size_t r = 0; r < rows; ++r) out[r * width + cols] = bias_;
  if (!walk) return;
  std::vector<float> phi(width * kLanes);
  for (size_t start = 0; start < rows; start += kLanes) {
    const size_t n = std::min<size_t>(kLanes, rows - start);
    // A lone row walks with one lane (a single explanation costs one row,
    // not eight); the arithmetic per lane is the same at any width.
    const size_t lanes = n == 1 ? 1 : kLanes;
    std::fill(phi.begin(), phi.begin() + width * lanes, 0.0f);
    if (lanes == 1)
      block<1>(values + start * cols, n, cols, phi.data(), all_trees);
    else
      block<kLanes>(values + start * cols, n, cols, phi.data(), all_trees);
    for (size_t r = 0; r < n; ++r) {
      float* o = out + (start + r) * width;
      for (size_t c = 0; c < cols; ++c) o[c] += phi[c * lanes + r];
    }
  }
}

std::vector<float> ForestShap::contributions(const float* values, size_t rows, size_t cols,
                                             ShapMethod method) const {
  std::vector<float> out(rows * (cols + 1));
  contributions(values, rows, cols, out.data(), method);
  return out;
}

}  // namespace custos::ml
