#include "screen/name_compare.hpp"

#include <algorithm>
#include <array>

namespace custos::screen {

namespace {

// Characters that OCR, keyboards and transliteration confuse; a swap between
// them costs half an edit. Pairs from OpenSanctions rigour's compare.yml
// (MIT), a list of facts about lookalike and soundalike letters.
constexpr std::pair<char, char> kLookalikes[] = {{'0', 'o'}, {'1', 'i'}, {'1', 'l'}, {'g', '9'}, {'q', '9'},
                                                 {'b', '6'}, {'5', 's'}, {'e', 'i'}, {'o', 'u'}, {'i', 'j'},
                                                 {'i', 'y'}, {'c', 'k'}, {'n', 'h'}};

bool lookalike(char a, char b) {
  for (const auto& [x, y] : kLookalikes)
    if ((a == x && b == y) || (a == y && b == x)) return true;
  return false;
}

template <typename Cost>
float distance(std::string_view a, std::string_view b, Cost substitution) {
  if (a.size() < b.size()) std::swap(a, b);
  std::array<float, 64> small{};
  std::vector<float> big;
  float* row = small.data();
  if (b.size() + 1 > small.size()) {
    big.resize(b.size() + 1);
    row = big.data();
  }
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = static_cast<float>(j);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    float diag = row[0];
    row[0] = static_cast<float>(i);
    for (std::size_t j = 1; j <= b.size(); ++j) {
      float up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + substitution(a[i - 1], b[j - 1])});
      diag = up;
    }
  }
  return row[b.size()];
}

}  // namespace

int edit_distance(std::string_view a, std::string_view b) {
  return static_cast<int>(distance(a, b, [](char x, char y) { return x == y ? 0.0f : 1.0f; }));
}

float lookalike_distance(std::string_view a, std::string_view b) {
  return distance(a, b, [](char x, char y) { return x == y ? 0.0f : lookalike(x, y) ? 0.5f : 1.0f; });
}

// Short tokens (romanised Chinese or Korean syllables: ming, ying, ling) share
// skeletons without being variants of each other.
constexpr std::size_t kSoundMinLength = 5;

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
  float ratio = 1.0f - lookalike_distance(a.text, b.text) / static_cast<float>(longest);
  // Half the letters wrong is no evidence at all: rescale [0.5, 1] to [0, 1].
  float s = std::max(0.0f, (ratio - 0.5f) * 2.0f);
  const char* h = "spelling";
  if (a.key.size() >= 2 && a.key == b.key && std::min(a.text.size(), b.text.size()) >= kSoundMinLength) {
    float sound = 0.5f + 0.5f * s;
    if (sound > s) {
      s = sound;
      h = "sound";
    }
  }
  return s > 0 ? said(h, s) : said("different", 0.0f);
}

namespace {

enum class Joined : unsigned char { no, words, acronym };

bool all_letters(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Joins runs of two or three adjacent tokens on `side` when the joined text
// matches a single token of `other` better than its parts do; for
// organisations, also a run whose initials spell a token of `other`
// ("People's Liberation Army" = "PLA"; particles and generic words such as
// "of" may be skipped inside the run).
std::vector<NameToken> join_split_words(const std::vector<NameToken>& side,
                                        const std::vector<NameToken>& other, bool acronyms,
                                        std::vector<Joined>& joined) {
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
        if (o.text.size() + 2 < merged.text.size() || o.role == TokenRole::number) continue;
        float s = token_similarity(merged, o);
        float parts = 0;
        for (std::size_t k = i; k < i + len; ++k) parts = std::max(parts, token_similarity(side[k], o));
        if (s >= 0.8f && s > parts) {
          out.push_back(std::move(merged));
          joined.push_back(Joined::words);
          i += len;
          done = true;
          break;
        }
      }
    }
    if (!done && acronyms && side[i].role == TokenRole::name) {
      for (const auto& o : other) {
        if (o.text.size() < 2 || o.text.size() > 6 || !all_letters(o.text) || o.role != TokenRole::name)
          continue;
        std::size_t k = i, letters = 0;
        float weight = 0;
        while (k < side.size() && letters < o.text.size()) {
          const NameToken& t = side[k];
          if (t.role == TokenRole::name && t.text.front() == o.text[letters]) {
            ++letters;
            weight = std::max(weight, t.weight);
          } else if (t.role != TokenRole::particle && t.role != TokenRole::generic) {
            break;
          }
          ++k;
        }
        if (letters == o.text.size() && k - i >= 2) {
          NameToken merged = o;
          merged.weight = weight;
          out.push_back(std::move(merged));
          joined.push_back(Joined::acronym);
          i = k;
          done = true;
          break;
        }
      }
    }
    if (!done) {
      out.push_back(side[i]);
      joined.push_back(Joined::no);
      ++i;
    }
  }
  return out;
}

}  // namespace

NameComparison compare_names(const PreparedName& query, const PreparedName& candidate, bool person,
                             const MatchParameters& p) {
  NameComparison out;
  std::vector<Joined> q_joined, c_joined;
  std::vector<NameToken> q = join_split_words(query.tokens, candidate.tokens, !person, q_joined);
  std::vector<NameToken> c = join_split_words(candidate.tokens, q, !person, c_joined);
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
    Joined j = std::max(q_joined[cell.i], c_joined[cell.j]);
    std::string how = j == Joined::acronym ? "acronym" : j == Joined::words ? "joined" : cell.how;
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
  float denominator = aligned_weight + (query_shorter ? q_left + extra * c_left : c_left + extra * q_left);
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
