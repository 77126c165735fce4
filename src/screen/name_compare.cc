#include "screen/name_compare.hpp"

#include <algorithm>
#include <array>

namespace custos::screen {

int edit_distance(std::string_view a, std::string_view b) {
  if (a.size() < b.size()) std::swap(a, b);
  std::array<int, 64> small{};
  std::vector<int> big;
  int* row = small.data();
  if (b.size() + 1 > small.size()) {
    big.resize(b.size() + 1);
    row = big.data();
  }
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    int diag = row[0];
    row[0] = static_cast<int>(i);
    for (std::size_t j = 1; j <= b.size(); ++j) {
      int up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

float token_similarity(const NameToken& a, const NameToken& b, std::string* how) {
  auto said = [&](const char* h, float s) {
    if (how != nullptr) *how = h;
    return s;
  };
  if (a.text == b.text) return said("exact", 1.0f);
  // Numbers and legal forms either agree or they do not; "Trust 1" is not "Trust 7".
  if (a.role == TokenRole::number || b.role == TokenRole::number) return said("different", 0.0f);
  if ((a.role == TokenRole::legal_form) != (b.role == TokenRole::legal_form)) return said("different", 0.0f);
  if (a.text.size() == 1 || b.text.size() == 1) {
    const std::string& longer = a.text.size() == 1 ? b.text : a.text;
    const std::string& initial = a.text.size() == 1 ? a.text : b.text;
    return longer.front() == initial.front() ? said("initial", 0.75f) : said("different", 0.0f);
  }
  std::size_t longest = std::max(a.text.size(), b.text.size());
  float ratio = 1.0f - static_cast<float>(edit_distance(a.text, b.text)) / static_cast<float>(longest);
  // Half the letters wrong is no evidence at all: rescale [0.5, 1] to [0, 1].
  float s = std::max(0.0f, (ratio - 0.5f) * 2.0f);
  const char* h = "spelling";
  if (!a.key.empty() && a.key == b.key) {
    float sound = 0.5f + 0.5f * std::max(0.0f, ratio);
    if (sound > s) {
      s = sound;
      h = "sound";
    }
  }
  return s > 0 ? said(h, s) : said("different", 0.0f);
}

namespace {

// Joins runs of two or three adjacent tokens on `side` when the joined text
// matches a single token of `other` better than its parts do.
std::vector<NameToken> join_split_words(const std::vector<NameToken>& side, const std::vector<NameToken>& other,
                                        std::vector<bool>& joined) {
  std::vector<NameToken> out;
  joined.clear();
  for (std::size_t i = 0; i < side.size();) {
    bool done = false;
    for (std::size_t len = 3; len >= 2 && !done; --len) {
      if (i + len > side.size()) continue;
      NameToken merged;
      merged.role = TokenRole::name;
      merged.weight = 0;
      for (std::size_t k = i; k < i + len; ++k) {
        merged.text += side[k].text;
        merged.weight = std::max(merged.weight, side[k].weight);
      }
      merged.key = phonetic_key(merged.text);
      for (const auto& o : other) {
        if (o.text.size() < merged.text.size() - 2 || o.role == TokenRole::number) continue;
        float s = token_similarity(merged, o);
        float parts = 0;
        for (std::size_t k = i; k < i + len; ++k) parts = std::max(parts, token_similarity(side[k], o));
        if (s >= 0.75f && s > parts) {
          out.push_back(std::move(merged));
          joined.push_back(true);
          i += len;
          done = true;
          break;
        }
      }
    }
    if (!done) {
      out.push_back(side[i]);
      joined.push_back(false);
      ++i;
    }
  }
  return out;
}

}  // namespace

NameComparison compare_names(const PreparedName& query, const PreparedName& candidate, bool person,
                             const MatchParameters& p) {
  NameComparison out;
  std::vector<bool> q_joined, c_joined;
  std::vector<NameToken> q = join_split_words(query.tokens, candidate.tokens, q_joined);
  std::vector<NameToken> c = join_split_words(candidate.tokens, q, c_joined);
  if (q.empty() || c.empty()) return out;

  struct Cell {
    float s;
    float value;
    std::size_t i, j;
    std::string how;
  };
  std::vector<Cell> cells;
  cells.reserve(q.size() * c.size());
  for (std::size_t i = 0; i < q.size(); ++i)
    for (std::size_t j = 0; j < c.size(); ++j) {
      std::string how;
      float s = token_similarity(q[i], c[j], &how);
      if (s > 0) cells.push_back({s, s * (q[i].weight + c[j].weight), i, j, std::move(how)});
    }
  std::sort(cells.begin(), cells.end(), [](const Cell& a, const Cell& b) {
    if (a.value != b.value) return a.value > b.value;
    return a.i != b.i ? a.i < b.i : a.j < b.j;
  });
  std::vector<bool> q_used(q.size(), false), c_used(c.size(), false);
  float matched = 0, aligned_weight = 0;
  for (auto& cell : cells) {
    if (q_used[cell.i] || c_used[cell.j]) continue;
    q_used[cell.i] = c_used[cell.j] = true;
    matched += cell.value;
    aligned_weight += q[cell.i].weight + c[cell.j].weight;
    std::string how = (q_joined[cell.i] || c_joined[cell.j]) ? "joined" : cell.how;
    out.pairs.push_back({q[cell.i].text, c[cell.j].text, cell.s, how});
  }
  float q_left = 0, c_left = 0, q_total = 0, c_total = 0;
  int q_names_left = 0, c_names_left = 0;
  for (std::size_t i = 0; i < q.size(); ++i) {
    q_total += q[i].weight;
    if (q_used[i]) continue;
    q_left += q[i].weight;
    out.unmatched_query.push_back(q[i].text);
    if (q[i].role == TokenRole::name || q[i].role == TokenRole::number) ++q_names_left;
  }
  for (std::size_t j = 0; j < c.size(); ++j) {
    c_total += c[j].weight;
    if (c_used[j]) continue;
    c_left += c[j].weight;
    out.unmatched_candidate.push_back(c[j].text);
    if (c[j].role == TokenRole::name || c[j].role == TokenRole::number) ++c_names_left;
  }
  float extra = person ? p.extra_token_cost_person : p.extra_token_cost_other;
  // The shorter name must be fully accounted for; leftovers on the longer
  // name are partly forgiven.
  bool query_shorter = q_total <= c_total;
  float denominator =
      aligned_weight + (query_shorter ? q_left + extra * c_left : c_left + extra * q_left);
  if (denominator <= 0) return out;
  float score = matched / denominator;
  out.substitutions = std::min(q_names_left, c_names_left);
  for (const auto& pair : out.pairs)
    if (pair.similarity < 0.35f) ++out.substitutions;
  for (int k = 0; k < out.substitutions; ++k) score *= p.substitution_factor;
  out.score = std::clamp(score, 0.0f, 1.0f);
  return out;
}

}  // namespace custos::screen
