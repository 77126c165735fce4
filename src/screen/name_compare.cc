#include "screen/name_compare.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cmath>
#include <memory>
#include <string>

namespace custos::screen {

namespace {

// Characters that OCR, keyboards and transliteration confuse; a swap between
// them costs half an edit. Pairs from OpenSanctions rigour's compare.yml
// (MIT), a list of facts about lookalike and soundalike letters.
constexpr std::pair<char, char> kLookalikes[] = {{'0', 'o'}, {'1', 'i'}, {'1', 'l'}, {'g', '9'}, {'q', '9'},
                                                 {'b', '6'}, {'5', 's'}, {'e', 'i'}, {'o', 'u'}, {'i', 'j'},
                                                 {'i', 'y'}, {'c', 'k'}, {'n', 'h'}};

struct LookalikeTable {
  std::array<std::array<bool, 128>, 128> same{};
  LookalikeTable() {
    for (const auto& [x, y] : kLookalikes) {
      same[static_cast<unsigned char>(x)][static_cast<unsigned char>(y)] = true;
      same[static_cast<unsigned char>(y)][static_cast<unsigned char>(x)] = true;
    }
  }
};

bool lookalike(char a, char b) {
  static const LookalikeTable table;
  auto x = static_cast<unsigned char>(a), y = static_cast<unsigned char>(b);
  return x < 128 && y < 128 && table.same[x][y];
}

// Costs in half edits so that the table stays in integers. Two adjacent
// letters swapped ("Marcon"/"Macron") cost one edit, as one slip of the
// hand does (optimal string alignment distance).
template <typename Cost>
int half_edits(std::string_view a, std::string_view b, Cost substitution) {
  if (a.size() < b.size()) std::swap(a, b);
  std::array<int, 3 * 64> small{};
  std::vector<int> big;
  int* rows = small.data();
  const std::size_t width = b.size() + 1;
  if (3 * width > small.size()) {
    big.resize(3 * width);
    rows = big.data();
  }
  int* before = rows;  // row i - 2
  int* prev = rows + width;
  int* row = rows + 2 * width;
  for (std::size_t j = 0; j < width; ++j) prev[j] = 2 * static_cast<int>(j);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    row[0] = 2 * static_cast<int>(i);
    const char ca = a[i - 1];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      int best = std::min(prev[j], row[j - 1]) + 2;
      best = std::min(best, prev[j - 1] + substitution(ca, b[j - 1]));
      if (i > 1 && j > 1 && ca == b[j - 2] && a[i - 2] == b[j - 1] && ca != b[j - 1])
        best = std::min(best, before[j - 2] + 2);
      row[j] = best;
    }
    int* t = before;
    before = prev;
    prev = row;
    row = t;
  }
  return prev[b.size()];
}

}  // namespace

int edit_distance(std::string_view a, std::string_view b) {
  return half_edits(a, b, [](char x, char y) { return x == y ? 0 : 2; }) / 2;
}

float lookalike_distance(std::string_view a, std::string_view b) {
  return 0.5f * static_cast<float>(half_edits(a, b, [](char x, char y) {
           return x == y ? 0 : lookalike(x, y) ? 1 : 2;
         }));
}

bool same_without_doubles(std::string_view a, std::string_view b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] != b[j]) return false;
    char c = a[i];
    while (i < a.size() && a[i] == c) ++i;
    while (j < b.size() && b[j] == c) ++j;
  }
  return i == a.size() && j == b.size();
}

namespace {

// Suffixes that make surnames and patronymics in many languages: two
// different names that share one agree in those letters by construction.
constexpr std::string_view kNameSuffixes[] = {
    "dottir", "shvili",  "ovich", "evich", "ovna", "evna", "enko", "ovic", "evic", "oglu", "zadeh", "sson",
    "poulos", "opoulou", "akis",  "idis",  "yan",  "ian",  "dze",  "ski",  "ska",  "sky",  "ova",   "eva"};

// The length of a suffix both words end with, when both keep a stem of at
// least three letters; 0 otherwise.
std::size_t shared_name_suffix(std::string_view a, std::string_view b) {
  if (a.size() < 5 || b.size() < 5 || a.back() != b.back() || a[a.size() - 2] != b[b.size() - 2]) return 0;
  for (std::string_view s : kNameSuffixes)
    if (a.size() >= s.size() + 3 && b.size() >= s.size() + 3 && a.ends_with(s) && b.ends_with(s))
      return s.size();
  return 0;
}

}  // namespace

float token_similarity(const NameToken& a, const NameToken& b, const char** how) {
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
  // A doubled letter written once ("Hassan"/"Hasan", "Jong-uun"/"Jong-un"):
  // transliteration often drops gemination (Arabic shadda, Korean and
  // Finnish long vowels), so such words are one name spelt two ways.
  if (same_without_doubles(a.text, b.text)) return said("doubled letter", 0.9f);
  std::size_t longest = std::max(a.text.size(), b.text.size());
  std::size_t shortest = std::min(a.text.size(), b.text.size());
  bool same_key = a.key.size() >= 2 && a.key == b.key && shortest >= kSoundMinLength;
  // Lengths alone, or letters one token has and the other lacks entirely,
  // can rule out half the letters agreeing: no need for the distance.
  if (!same_key) {
    if (2 * (longest - shortest) >= longest) return said("different", 0.0f);
    std::size_t absent =
        std::max(std::popcount(a.letters & ~b.letters), std::popcount(b.letters & ~a.letters));
    if (2 * absent >= longest) return said("different", 0.0f);
  }
  // Two surnames built on the same suffix ("Jonsdottir"/"Tomasdottir",
  // "Margoshvili"/"Maroghashvili") are as alike as their stems: the shared
  // suffix says only that both are surnames of one nation.
  std::size_t suffix = shared_name_suffix(a.text, b.text);
  float distance = lookalike_distance(a.text, b.text);
  if (suffix > 0) {
    std::string_view sa(a.text.data(), a.text.size() - suffix), sb(b.text.data(), b.text.size() - suffix);
    longest = std::max(sa.size(), sb.size());
    distance = lookalike_distance(sa, sb);
  }
  float ratio = 1.0f - distance / static_cast<float>(longest);
  // Half the letters wrong is no evidence at all: rescale [0.5, 1] to [0, 1].
  float s = std::max(0.0f, (ratio - 0.5f) * 2.0f);
  const char* h = "spelling";
  // A shared skeleton lifts a spelling that already agrees in at least half
  // its letters; alone it is no evidence ("Zhiqing"/"Guoying",
  // "Khalili"/"Salehi": a few consonant classes are shared by hundreds of
  // unrelated names).
  if (same_key && s > 0) {
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
// Tokens of one side after joining: pointers into the prepared name, or into
// `merged` for joined runs (reserved up front so pointers stay valid).
struct Side {
  std::vector<const NameToken*> tokens;
  std::vector<Joined> joined;
  std::vector<NameToken> merged;
};

void join_split_words(const std::vector<NameToken>& side, const std::vector<const NameToken*>& other,
                      bool acronyms, Side& out) {
  out.tokens.clear();
  out.joined.clear();
  out.merged.clear();
  out.merged.reserve(side.size());
  // Joining matters when one name has more words than the other, or, in a
  // name of three words or more, beside a middle name the other adds
  // ("Nikolai Patr ushev" / "Nikolai Platonovich Patrushev").
  bool may_join = side.size() > other.size() || side.size() >= 3;
  // An acronym stands for a whole name ("PLA"), not one word among others.
  int other_names = 0;
  for (const NameToken* o : other) other_names += o->role == TokenRole::name ? 1 : 0;
  for (std::size_t i = 0; i < side.size();) {
    bool done = false;
    for (std::size_t len = 3; len >= 2 && !done && may_join; --len) {
      if (i + len > side.size()) continue;
      std::size_t merged_len = 0;
      for (std::size_t k = i; k < i + len; ++k) merged_len += side[k].text.size();
      bool plausible = false;
      for (const NameToken* o : other)
        plausible |= o->role != TokenRole::number && 2 * o->text.size() >= merged_len &&
                     o->text.size() <= 2 * merged_len && o->text.size() > side[i].text.size();
      if (!plausible) continue;
      NameToken merged;
      merged.role = TokenRole::name;
      merged.weight = 0;
      merged.cost = 0;
      for (std::size_t k = i; k < i + len; ++k) {
        merged.text += side[k].text;
        merged.weight = std::max(merged.weight, side[k].weight);
        merged.cost = std::max(merged.cost, side[k].cost);
      }
      merged.key = phonetic_key(merged.text);
      merged.letters = letter_classes(merged.text);
      for (const NameToken* o : other) {
        if (o->role == TokenRole::number) continue;
        float s = token_similarity(merged, *o);
        if (s < 0.8f) continue;
        float parts = 0;
        for (std::size_t k = i; k < i + len; ++k) parts = std::max(parts, token_similarity(side[k], *o));
        if (s > parts) {
          out.merged.push_back(std::move(merged));
          out.tokens.push_back(&out.merged.back());
          out.joined.push_back(Joined::words);
          i += len;
          done = true;
          break;
        }
      }
    }
    if (!done && acronyms && side[i].role == TokenRole::name && other_names == 1) {
      for (const NameToken* o : other) {
        // Two-letter acronyms ("IS", "AN") spell too many runs of words.
        if (o->text.size() < 3 || o->text.size() > 6 || !all_letters(o->text) || o->role != TokenRole::name)
          continue;
        if (o->text.front() != side[i].text.front() || o == &side[i]) continue;
        std::size_t k = i, letters = 0;
        float weight = 0, cost = 0;
        while (k < side.size() && letters < o->text.size()) {
          const NameToken& t = side[k];
          if (t.role == TokenRole::name && t.text.front() == o->text[letters]) {
            ++letters;
            weight = std::max(weight, t.weight);
            cost = std::max(cost, t.cost);
          } else if (t.role != TokenRole::particle && t.role != TokenRole::generic) {
            break;
          }
          ++k;
        }
        if (letters == o->text.size() && k - i >= 2) {
          NameToken merged = *o;
          merged.weight = weight;
          merged.cost = cost;
          merged.given_name = false;
          out.merged.push_back(std::move(merged));
          out.tokens.push_back(&out.merged.back());
          out.joined.push_back(Joined::acronym);
          i = k;
          done = true;
          break;
        }
      }
    }
    if (!done) {
      out.tokens.push_back(&side[i]);
      out.joined.push_back(Joined::no);
      ++i;
    }
  }
}

}  // namespace

namespace {

// Patronymic markers: in "Abdullah bin Omar" the word after "bin" is the
// father's name, so "Omar bin Abdullah" is his son, not him.
bool patronymic_marker(const std::string& w) {
  return w == "bin" || w == "ibn" || w == "ben" || w == "bint" || w == "binti" || w == "ould";
}

// The father's name: the first name word after the name's one patronymic
// marker, or -1. A name with several markers is a chain of ancestors or
// holds a family name ("Al Bin Ali"); its roles are not read.
int father_word(const std::vector<const NameToken*>& side) {
  int father = -1, markers = 0;
  for (std::size_t k = 0; k < side.size(); ++k) {
    if (side[k]->role != TokenRole::particle || !patronymic_marker(side[k]->text)) continue;
    if (++markers > 1) return -1;
    for (std::size_t l = k + 1; l < side.size() && father < 0; ++l)
      if (side[l]->role == TokenRole::name) father = static_cast<int>(l);
  }
  return father;
}

// Characters of a name written wholly in Han, Hangul or Kana (spaces and
// punctuation aside), traditional Han folded to simplified; `scripts` gets
// one bit per script seen. False for any other letter.
bool cjk_characters(std::string_view utf8, std::u32string& out, unsigned& scripts) {
  out.clear();
  scripts = 0;
  // A name starting with an ASCII letter or digit, or wholly ASCII, is not
  // written in these scripts (the common case: no ICU).
  if (utf8.empty() || std::isalnum(static_cast<unsigned char>(utf8.front())) != 0) return false;
  if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return false;
  // 1 Han, 2 Hangul, 4 Kana, 0 a separator, -1 anything else.
  auto script = [](UChar32 c) {
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
        (c >= 0x20000 && c <= 0x2FFFF))
      return 1;
    if ((c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F))
      return 2;
    if (c >= 0x3040 && c <= 0x30FF && c != 0x30FB) return 4;
    if (c < 0x80) return std::isalnum(static_cast<int>(c)) != 0 ? -1 : 0;
    return c == 0x30FB || c == 0x00B7 || c == 0x3000 ? 0 : -1;
  };
  icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  for (int32_t i = 0; i < text.length();) {
    UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    int s = script(c);
    if (s < 0) return false;
    scripts |= static_cast<unsigned>(s);
  }
  if ((scripts & 1) != 0) {
    thread_local std::unique_ptr<icu::Transliterator> simplify = [] {
      UErrorCode status = U_ZERO_ERROR;
      std::unique_ptr<icu::Transliterator> t(
          icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
      return U_SUCCESS(status) ? std::move(t) : nullptr;
    }();
    if (simplify) simplify->transliterate(text);
  }
  for (int32_t i = 0; i < text.length();) {
    UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (script(c) > 0) out.push_back(static_cast<char32_t>(c));
  }
  return !out.empty();
}

// Two names written in the same CJK script are compared character by
// character, as the matcher compares words: each character is a syllable
// of the name, and transliteration merges characters that differ
// ("高石"/"高市" both read "gao shi"; "习近朋"/"习近平" differ in one
// syllable). Share of characters in common, x the substitution factor per
// character of the shorter name left unmatched; 1 when not applicable.
float same_script_score(const PreparedName& a, const PreparedName& b, float substitution_factor) {
  thread_local std::u32string x, y;
  unsigned sx = 0, sy = 0;
  if (!cjk_characters(a.original, x, sx) || !cjk_characters(b.original, y, sy) || sx != sy) return 1.0f;
  if (x == y) return 1.0f;
  std::u32string xs = x, ys = y;
  std::sort(xs.begin(), xs.end());
  std::sort(ys.begin(), ys.end());
  std::size_t common = 0;
  for (std::size_t i = 0, j = 0; i < xs.size() && j < ys.size();) {
    if (xs[i] == ys[j]) {
      ++common;
      ++i;
      ++j;
    } else if (xs[i] < ys[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  if (common == xs.size() && common == ys.size()) return 1.0f;  // the same characters reordered
  float score = 2.0f * static_cast<float>(common) / static_cast<float>(xs.size() + ys.size());
  for (std::size_t k = common; k < std::min(xs.size(), ys.size()); ++k) score *= substitution_factor;
  return score;
}

}  // namespace

NameComparison compare_names(const PreparedName& query, const PreparedName& candidate, NameKinds kinds,
                             const MatchParameters& p, bool explain) {
  NameComparison out;
  const bool person = kinds.candidate_person;
  // An acronym stands for an organisation's name; a person's three
  // initials are not one ("Maria Teresa Garcia" is not "MTG").
  const bool acronyms = !kinds.candidate_person && !kinds.query_person;
  thread_local Side qs, cs;
  thread_local std::vector<const NameToken*> plain;
  plain.clear();
  for (const auto& t : candidate.tokens) plain.push_back(&t);
  // Words are joined on each side against the other's; the same words on
  // both sides are left as they are, so a name scores 1 against itself
  // (joining runs of letters one side at a time could segment them apart).
  const bool same_words =
      std::equal(query.tokens.begin(), query.tokens.end(), candidate.tokens.begin(), candidate.tokens.end(),
                 [](const NameToken& a, const NameToken& b) { return a.text == b.text; });
  if (same_words) {
    for (Side* side : {&qs, &cs}) {
      side->tokens.clear();
      side->joined.clear();
      side->merged.clear();
    }
    for (const auto& t : query.tokens) qs.tokens.push_back(&t), qs.joined.push_back(Joined::no);
    for (const auto& t : candidate.tokens) cs.tokens.push_back(&t), cs.joined.push_back(Joined::no);
  } else {
    join_split_words(query.tokens, plain, acronyms, qs);
    join_split_words(candidate.tokens, qs.tokens, acronyms, cs);
  }
  const auto& q = qs.tokens;
  const auto& c = cs.tokens;
  const auto& q_joined = qs.joined;
  const auto& c_joined = cs.joined;
  if (q.empty() || c.empty()) return out;

  struct Cell {
    float s;
    float value;
    std::size_t i, j;
    const char* how;
  };
  thread_local std::vector<Cell> cells;
  cells.clear();
  bool initials_refused = false;
  for (std::size_t i = 0; i < q.size(); ++i)
    for (std::size_t j = 0; j < c.size(); ++j) {
      const char* how = "";
      float s = token_similarity(*q[i], *c[j], &how);
      // A single letter of an organisation's name ("B S Company", "E. S.
      // Co.") abbreviates a word of the organisation, not a person's name:
      // it is no initial of a query word.
      if (s > 0 && !person && !kinds.query_organisation && std::string_view(how) == "initial") {
        initials_refused = true;
        continue;
      }
      if (s > 0) cells.push_back({s, s * (q[i]->weight + c[j]->weight), i, j, how});
    }
  std::sort(cells.begin(), cells.end(), [](const Cell& a, const Cell& b) {
    if (a.value != b.value) return a.value > b.value;
    return a.i != b.i ? a.i < b.i : a.j < b.j;
  });
  thread_local std::vector<char> q_used, c_used;
  thread_local std::vector<int> q_partner, c_partner;
  q_used.assign(q.size(), 0);
  c_used.assign(c.size(), 0);
  q_partner.assign(q.size(), -1);
  c_partner.assign(c.size(), -1);
  // Evidence for: similarity x the words' weights; against: the rest of
  // each pair x the words' full costs.
  float matched = 0, against = 0, best_similarity = 0;
  int weak_pairs = 0, whole_word_pairs = 0;
  float rarest_pair = 0;  // the highest mean weight of those pairs: how rare the rarest agreeing word is
  bool lone_given = false, lone_common = false;
  std::string lone_word;
  for (auto& cell : cells) {
    if (q_used[cell.i] || c_used[cell.j]) continue;
    q_used[cell.i] = c_used[cell.j] = 1;
    q_partner[cell.i] = static_cast<int>(cell.j);
    c_partner[cell.j] = static_cast<int>(cell.i);
    const NameToken& a = *q[cell.i];
    const NameToken& b = *c[cell.j];
    matched += cell.value;
    against += (1.0f - cell.s) * (a.cost + b.cost);
    Joined j = std::max(q_joined[cell.i], c_joined[cell.j]);
    const char* how = j == Joined::acronym ? "acronym" : j == Joined::words ? "joined" : cell.how;
    best_similarity = std::max(best_similarity, cell.s);
    // A name word paired with a name word it barely resembles is a
    // substitution; a stray word paired weakly with a particle is not.
    if (cell.s < 0.35f && a.role == TokenRole::name && b.role == TokenRole::name) ++weak_pairs;
    // Whole words of the name that agree (an initial is one letter of
    // evidence, not a word).
    bool name_words = (a.role == TokenRole::name || a.role == TokenRole::number) &&
                      (b.role == TokenRole::name || b.role == TokenRole::number);
    bool letters = a.text.size() == 1 || b.text.size() == 1;  // initials, even when equal
    if (name_words && !letters) {
      // A run of words joined into one ("SergeiLavrov") is several words.
      whole_word_pairs += j == Joined::words ? 2 : 1;
      rarest_pair = std::max(rarest_pair, 0.5f * (a.weight + b.weight));
      lone_given = a.given_name || b.given_name;
      lone_common = lone_given || a.weight < 1.0f || b.weight < 1.0f;
      lone_word = a.given_name ? a.text : b.text;
    }
    if (explain) out.pairs.push_back({a.text, b.text, cell.s, how, a.weight, b.weight});
  }
  float q_left = 0, c_left = 0, q_total = 0, c_total = 0;
  int q_names_left = 0, c_names_left = 0;
  for (std::size_t i = 0; i < q.size(); ++i) {
    q_total += q[i]->cost;
    if (q_used[i]) continue;
    q_left += q[i]->cost;
    if (explain) out.unmatched_query.push_back(q[i]->text);
    if (q[i]->role == TokenRole::name || q[i]->role == TokenRole::number) ++q_names_left;
  }
  for (std::size_t j = 0; j < c.size(); ++j) {
    c_total += c[j]->cost;
    if (c_used[j]) continue;
    c_left += c[j]->cost;
    if (explain) out.unmatched_candidate.push_back(c[j]->text);
    if (c[j]->role == TokenRole::name || c[j]->role == TokenRole::number) ++c_names_left;
  }
  int q_names = 0, c_names = 0;
  for (const NameToken* t : q) q_names += t->role == TokenRole::name ? 1 : 0;
  for (const NameToken* t : c) c_names += t->role == TokenRole::name ? 1 : 0;
  // Dropped middle names are forgiven only when the shorter name still has
  // two name words (given name and surname): "Mustafa" is not "Mustafa Syed";
  // and only as far as the rarest word that agrees identifies someone: a
  // common given name and a common surname ("Ana Torres") are shared by
  // thousands, and a listed "Ana Leonor Torres" is not found in them. A person's other
  // names are no part of an organisation's or a vessel's name: they count
  // in full.
  float extra = p.extra_token_cost_other;
  if (person && std::min(q_names, c_names) >= 2) {
    float rarest = whole_word_pairs > 0 ? rarest_pair : 1.0f;
    float common = std::clamp((1.0f - rarest) / (1.0f - kCommonPairWeight), 0.0f, 1.0f);
    extra = p.extra_token_cost_person + (1.0f - p.extra_token_cost_person) * common;
  } else if ((kinds.query_person && !person) || kinds.candidate_vessel) {
    extra = 1.0f;
  }
  // The shorter name must be fully accounted for; leftovers on the longer
  // name are partly forgiven.
  bool query_shorter = q_total <= c_total;
  float denominator = matched + against + (query_shorter ? q_left + extra * c_left : c_left + extra * q_left);
  if (denominator <= 0) return out;
  float score = matched / denominator;
  auto note = [&](std::string text) {
    if (explain) out.notes.push_back(std::move(text));
  };
  out.substitutions = std::min(q_names_left, c_names_left) + weak_pairs;
  // Both names give a father ("X bin Y"): a father's name paired with a word
  // that is not the other's father's name puts a name in the wrong role
  // ("Abdullah bin Omar" vs "Omar bin Abdullah": the son and the father
  // swapped), one substitution per side.
  int roles_swapped = 0;
  if (int fq = father_word(q), fc = father_word(c); fq >= 0 && fc >= 0) {
    if (q_partner[fq] >= 0 && q_partner[fq] != fc) ++roles_swapped;
    if (c_partner[fc] >= 0 && c_partner[fc] != fq) ++roles_swapped;
  }
  out.substitutions += roles_swapped;
  for (int k = 0; k < out.substitutions; ++k) score *= p.substitution_factor;
  if (out.substitutions > 0)
    note(fmt::format(
        "x{:.2f} for {} substitution(s): a name word on each side without a counterpart, or "
        "paired below 0.35{}; different names are different parties",
        std::pow(p.substitution_factor, static_cast<float>(out.substitutions)), out.substitutions,
        roles_swapped > 0 ? ", or a father's name (after bin/ibn) paired with another role" : ""));
  // A name with one informative word ("Mohamed", "Sahara") is weak evidence:
  // when the shorter name has a single name word, its similarity counts twice.
  if (std::min(q_names, c_names) == 1) {
    score *= best_similarity;
    if (best_similarity < 1.0f)
      note(fmt::format("x{:.2f}: the shorter name has one name word, so its similarity counts twice",
                       best_similarity));
  }
  float script = same_script_score(query, candidate, p.substitution_factor);
  if (script < score) {
    score = script;
    note(fmt::format("at most {:.2f}: written in the same script, the names share too few characters",
                     script));
  }
  // One common given name alone identifies nobody ("Maria Schmidt" against
  // a vessel or alias "MARIA"); nor do initials and particles without a
  // whole name word. Two organisations, or a said vessel or aircraft, may
  // share one word.
  bool organisations = kinds.query_organisation && !person;
  if (!kinds.lone_word_may_alert && !organisations && score > kLoneGivenNameCap) {
    if (whole_word_pairs == 1 && lone_common) {
      score = kLoneGivenNameCap;
      note(
          fmt::format("at most {:.2f}: the only name word that matched, '{}', is a common {}, which alone "
                      "(with initials at most) does not identify a party",
                      kLoneGivenNameCap, lone_word, lone_given ? "given name" : "name"));
    } else if (whole_word_pairs == 0 && q_names + c_names > 0 &&
               query.normalized() != candidate.normalized()) {
      score = kLoneGivenNameCap;
      note(fmt::format("at most {:.2f}: no whole name word matched (only initials or particles)",
                       kLoneGivenNameCap));
    }
  }
  if (initials_refused) note("single letters of an organisation's name are not read as a person's initials");
  out.score = std::clamp(score, 0.0f, 1.0f);
  return out;
}

}  // namespace custos::screen
