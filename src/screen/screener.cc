#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>

#include <fmt/format.h>

#include "screen/name_normalizer.hpp"
#include "screen/screen.hpp"

namespace custos::screen {

namespace {

// Candidate generation: two levels. The distinct words of the listed names
// form a vocabulary; each word lists the names that hold it (a repeated
// word is also its own entry "word#2", so that "Abdullah Abdullah" is told
// apart from "Abdullah Ali"). A query word reaches its own vocabulary word,
// and other words through keys it shares with the words the matcher would
// pair it with, tightest first:
//   g  the word with doubled letters written once ("hasan" for "hassan");
//   k  the consonant skeleton, for words of 5+ letters (the matcher's
//      "sound" rule applies only to those); when more than kSoundWords
//      words share it, the skeleton with the first letter (K) instead;
//   d  the word and each of its one-letter deletions, for words of 5+
//      letters (the word alone for words of 4): two words within one
//      substitution, insertion or deletion (a typo: "Daeyong"/"Daesong",
//      "Patk"/"Patek") share one;
//   i  a listed single letter (an initial), reached from any query word
//      that begins with it (evidence only: an initial never finds a name).
// Numbers and legal forms are reached only as written. Organisation names
// are also indexed whole under
//   a  a name that is a single 3-6 letter word (an acronym), reached from
//      the initials of runs of query words, and
//   r  the initials of runs of the name's words, reached from a query that
//      is a single 3-6 letter word.
// Each key kind carries a bound on the similarity of the words it links. A
// name's estimate is the score compare_names() would give if every query
// word that reached it matched one of its words with that bound, and the
// names with the best estimates are scored. This replaces a vote over
// shared keys capped at a fixed number of names, which lost short listed
// names ("Hashim Pone" did not reach "PONE"), names behind a common word
// ("Ahmad Haji") and every acronym: the index alerted on 78-82% of what a
// full scan alerts on.
constexpr float kBoundText = 1.0f, kBoundDoubled = 0.9f, kBoundSound = 0.8f, kBoundDeletion = 0.75f,
                kBoundInitial = 0.75f;
// Words held by more than this many names (the particle "al") only add
// evidence to names found through rarer words, unless the query has nothing
// rarer; likewise a query word's variants beyond the first kVariantBudget
// names they reach (the skeleton of "ahmad" is shared by "hamid",
// "mahmoud", "muhammad", ...).
constexpr std::size_t kCommonWord = 2000;
constexpr std::size_t kVariantBudget = 300;
constexpr std::size_t kSoundWords = 48;
// At most this many names are scored per query, and none whose estimate is
// below kMinEstimate (it must be near the alert threshold, 0.70: a name no
// query word reached well enough is not worth the matcher's time); acronym
// candidates are scored apart, at most kAcronymCandidates of them. Chosen
// on the benchmark's generated queries, not on name-bench.
constexpr std::size_t kCandidates = 24;
constexpr float kMinEstimate = 0.55f;
constexpr std::size_t kAcronymCandidates = 8;
constexpr std::size_t kDeletionMinLength = 5;

std::uint64_t key_hash(char tag, std::string_view text) {
  return std::hash<std::string_view>{}(text)*31 + static_cast<unsigned char>(tag);
}

bool all_letters(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// The vocabulary entry of the i-th token: its text, or "text#n" for its
// n-th occurrence in the name.
std::string word_entry(const PreparedName& name, std::size_t i, int* occurrence = nullptr) {
  const std::string& text = name.tokens[i].text;
  int n = 1;
  for (std::size_t j = 0; j < i; ++j) n += name.tokens[j].text == text ? 1 : 0;
  if (occurrence != nullptr) *occurrence = n;
  return n == 1 ? text : text + "#" + std::to_string(n);
}

// The skeleton with the word's first letter in front ('K' key).
std::uint64_t first_letter_key(const NameToken& t) {
  thread_local std::string buf;
  buf.assign(1, t.text.front());
  buf += t.key;
  return key_hash('K', buf);
}

// Calls f(key, bound) for the keys linking a word to its spelling variants,
// the tightest bound first.
// `listed`: the word is on a list (a single letter is an initial), rather
// than in a query (any word may meet an initial).
template <typename F>
void for_each_variant_key(const NameToken& t, bool listed, F f) {
  if (t.role == TokenRole::number || t.role == TokenRole::legal_form) return;  // exact only
  if (t.text.size() >= 2) {
    std::string single;  // doubled letters written once
    for (char c : t.text)
      if (single.empty() || single.back() != c) single.push_back(c);
    f(key_hash('g', single), kBoundDoubled);
  }
  if (t.text.size() >= kSoundMinLength && t.key.size() >= 2) {
    f(key_hash('k', t.key), kBoundSound);
    // The skeleton with the first letter, for skeletons shared by too many
    // words to be read ("ghuwayl"/"ghawail" but not "hamid"/"ahmad").
    f(first_letter_key(t), kBoundSound);
  }
  // A word of four letters meets its five-letter variants through their
  // deletions ("patk" reaches "patek").
  if (t.text.size() + 1 >= kDeletionMinLength) f(key_hash('d', t.text), kBoundDeletion);
  if (t.text.size() >= kDeletionMinLength) {
    std::string buf;
    for (std::size_t c = 0; c < t.text.size(); ++c) {
      if (c > 0 && t.text[c] == t.text[c - 1]) continue;  // same deletion as the previous one
      buf.assign(t.text, 0, c);
      buf.append(t.text, c + 1);
      f(key_hash('d', buf), kBoundDeletion);
    }
  }
  if (listed ? t.text.size() == 1 : t.text.size() >= 2)
    f(key_hash('i', std::string_view(t.text).substr(0, 1)), kBoundInitial);
}

// Initials of the runs of name words that compare_names() reads as an
// acronym (name words in a row; particles and generic words may sit between
// them): each run's first 3 to 6 initials.
template <typename F>
void for_each_initials_run(const PreparedName& name, F f) {
  const auto& ts = name.tokens;
  for (std::size_t i = 0; i < ts.size(); ++i) {
    if (ts[i].role != TokenRole::name) continue;
    std::string initials;
    for (std::size_t k = i; k < ts.size() && initials.size() < 6; ++k) {
      if (ts[k].role == TokenRole::name) {
        initials.push_back(ts[k].text.front());
        if (initials.size() >= 3) f(initials);
      } else if (ts[k].role != TokenRole::particle && ts[k].role != TokenRole::generic) {
        break;
      }
    }
  }
}

int name_words(const PreparedName& name) {
  int n = 0;
  for (const auto& t : name.tokens) n += t.role == TokenRole::name ? 1 : 0;
  return n;
}

// The single 3-6 letter name word that may be an acronym, or nullptr.
const NameToken* acronym_word(const PreparedName& name) {
  const NameToken* word = nullptr;
  for (const auto& t : name.tokens) {
    if (t.role != TokenRole::name) continue;
    if (word != nullptr) return nullptr;
    word = &t;
  }
  if (word == nullptr || word->text.size() < 3 || word->text.size() > 6 || !all_letters(word->text))
    return nullptr;
  return word;
}

// Keys to lists of numbers, stored flat, found through an open-addressing
// table (one cache line per look-up; a query makes about fifty).
class Postings {
 public:
  struct Span {
    const std::uint32_t* begin;
    std::uint32_t size;
  };
  // Takes (key, value) pairs in any order; duplicates are dropped.
  void build(std::vector<std::pair<std::uint64_t, std::uint32_t>> pairs) {
    for (auto& p : pairs) p.first = p.first == 0 ? 1 : p.first;  // 0 marks an empty slot
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    values_.clear();
    values_.reserve(pairs.size());
    std::size_t keys = 0;
    for (std::size_t i = 0; i < pairs.size(); ++i) keys += i == 0 || pairs[i].first != pairs[i - 1].first;
    bits_ = 4;
    while ((std::size_t{1} << bits_) < 2 * keys) ++bits_;
    slots_.assign(std::size_t{1} << bits_, Slot{});
    for (std::size_t i = 0; i < pairs.size();) {
      std::size_t j = i;
      while (j < pairs.size() && pairs[j].first == pairs[i].first) values_.push_back(pairs[j++].second);
      std::size_t at = home(pairs[i].first);
      while (slots_[at].key != 0) at = (at + 1) & (slots_.size() - 1);
      slots_[at] = {pairs[i].first, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j - i)};
      i = j;
    }
  }
  std::optional<Span> find(std::uint64_t key) const {
    if (key == 0) key = 1;
    for (std::size_t at = home(key);; at = (at + 1) & (slots_.size() - 1)) {
      const Slot& s = slots_[at];
      if (s.key == key) return Span{values_.data() + s.offset, s.size};
      if (s.key == 0) return std::nullopt;
    }
  }

 private:
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t offset = 0, size = 0;
  };
  std::size_t home(std::uint64_t key) const {
    return bits_ == 0 ? 0 : static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> (64 - bits_));
  }
  std::vector<Slot> slots_{Slot{}};
  std::vector<std::uint32_t> values_;
  int bits_ = 0;
};

}  // namespace

struct Screener::Index {
  struct Variant {
    std::uint32_t entity;
    std::uint32_t name;
    PreparedName prepared;
    bool person;
  };
  std::vector<Variant> variants;
  // What the estimate reads of every name touched, packed for the cache.
  struct Shape {
    float weight;  // total weight (evidence) of the name's words
    float cost;    // total cost (role weights) of the name's words
    std::int16_t names;
    EntityKind kind;
    bool person;
  };
  std::vector<Shape> shapes;
  Postings word_ids;  // 't' + vocabulary entry -> its word number (one value)
  std::vector<std::uint32_t> word_offset, word_names;  // word number -> names holding it
  Postings variant_words;                              // k/d/i keys -> word numbers
  Postings acronyms;                                   // a/r keys -> names
  NameFrequency frequency;
  std::size_t words() const { return word_offset.size() - 1; }
};

Screener::Screener(std::vector<ListEntity> entities)
    : entities_(std::move(entities)), index_(std::make_unique<Index>()) {
  Index& ix = *index_;
  std::unordered_map<std::string, std::uint32_t> vocabulary;
  std::vector<const NameToken*> first_seen;  // per word number
  std::vector<std::pair<std::uint32_t, std::uint32_t>> word_name;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> acronym_pairs;
  for (std::uint32_t e = 0; e < entities_.size(); ++e)
    for (std::uint32_t n = 0; n < entities_[e].names.size(); ++n) {
      PreparedName p = prepare_name(entities_[e].names[n].text);
      if (p.tokens.empty()) continue;
      auto v = static_cast<std::uint32_t>(ix.variants.size());
      bool person = entities_[e].kind == EntityKind::person;
      if (!person) {
        if (const NameToken* w = acronym_word(p)) acronym_pairs.emplace_back(key_hash('a', w->text), v);
        for_each_initials_run(p,
                              [&](const std::string& s) { acronym_pairs.emplace_back(key_hash('r', s), v); });
      }
      ix.variants.push_back({e, n, std::move(p), person});
    }
  // How common each word is among the listed persons' names, then every
  // listed name weighed by it.
  std::vector<const PreparedName*> names_of_entity;
  for (std::size_t v = 0; v < ix.variants.size();) {
    names_of_entity.clear();
    std::size_t w = v;
    for (; w < ix.variants.size() && ix.variants[w].entity == ix.variants[v].entity; ++w)
      names_of_entity.push_back(&ix.variants[w].prepared);
    ix.frequency.count_listed(names_of_entity, ix.variants[v].person);
    v = w;
  }
  ix.frequency.finish();
  for (auto& var : ix.variants) {
    ix.frequency.apply(var.prepared);
    const PreparedName& p = var.prepared;
    ix.shapes.push_back({p.total_weight(), p.total_cost(), static_cast<std::int16_t>(name_words(p)),
                         entities_[var.entity].kind, var.person});
  }
  // Word entries point into the variants' tokens, which no longer move.
  for (std::uint32_t v = 0; v < ix.variants.size(); ++v) {
    const PreparedName& p = ix.variants[v].prepared;
    for (std::size_t i = 0; i < p.tokens.size(); ++i) {
      int occurrence = 1;
      auto [it, added] =
          vocabulary.emplace(word_entry(p, i, &occurrence), static_cast<std::uint32_t>(first_seen.size()));
      if (added) first_seen.push_back(occurrence == 1 ? &p.tokens[i] : nullptr);
      word_name.emplace_back(it->second, v);
    }
  }
  std::vector<std::pair<std::uint64_t, std::uint32_t>> pairs;
  pairs.reserve(vocabulary.size());
  for (const auto& [entry, id] : vocabulary) pairs.emplace_back(key_hash('t', entry), id);
  ix.word_ids.build(std::move(pairs));
  pairs = {};
  for (std::uint32_t id = 0; id < first_seen.size(); ++id)
    if (first_seen[id] != nullptr)
      for_each_variant_key(*first_seen[id], true, [&](std::uint64_t k, float) { pairs.emplace_back(k, id); });
  ix.variant_words.build(std::move(pairs));
  ix.acronyms.build(std::move(acronym_pairs));
  std::sort(word_name.begin(), word_name.end());
  word_name.erase(std::unique(word_name.begin(), word_name.end()), word_name.end());
  ix.word_offset.assign(first_seen.size() + 1, 0);
  for (const auto& [id, v] : word_name) ++ix.word_offset[id + 1];
  for (std::size_t i = 1; i < ix.word_offset.size(); ++i) ix.word_offset[i] += ix.word_offset[i - 1];
  ix.word_names.reserve(word_name.size());
  for (const auto& [id, v] : word_name) ix.word_names.push_back(v);
}

Screener::~Screener() = default;

std::size_t Screener::names() const { return index_->variants.size(); }

const NameFrequency& Screener::frequency() const { return index_->frequency; }

namespace {

bool organisation_marked(const PreparedName& q) {
  return std::any_of(q.tokens.begin(), q.tokens.end(), [](const NameToken& t) {
    return t.role == TokenRole::legal_form || t.role == TokenRole::generic;
  });
}

// The kind only, or with the reason in words (`with_reason`: only for the
// winners' explanations and read_query(); it costs formatting).
QueryReading reading_of(const PreparedName& q, const ScreenQuery& query, const NameFrequency& frequency,
                        bool with_reason) {
  QueryReading r;
  if (query.kind) {
    r.said = true;
    r.kind = query.kind;
    if (with_reason)
      r.reason = fmt::format("the query says {}: only {} entries are compared", to_string(*query.kind),
                             to_string(*query.kind));
    return r;
  }
  if (organisation_marked(q)) {
    r.kind = EntityKind::organisation;
    if (!with_reason) return r;
    std::string words;
    for (const auto& t : q.tokens)
      if (t.role == TokenRole::legal_form || t.role == TokenRole::generic)
        words += (words.empty() ? "'" : ", '") + t.text + "'";
    r.reason = "read as an organisation's name (" + words + ")";
    return r;
  }
  if (frequency.person_like(q)) {
    r.kind = EntityKind::person;
    if (!with_reason) return r;
    std::string known;
    for (const auto& t : q.tokens) {
      if (t.role != TokenRole::name) continue;
      std::string why = frequency.reason(t.text);
      if (!why.empty() && known.size() < 160)
        known += (known.empty() ? "" : "; ") + ("'" + t.text + "' " + why);
    }
    r.reason =
        "read as a person's name" +
        (known.empty() ? std::string(" (written in a non-Latin script)") : " (" + known + ")") +
        ": compared with persons and organisations, never read as an organisation's acronym or initials, not "
        "compared with vessels or aircraft (say the kind to screen one)";
    return r;
  }
  if (with_reason) r.reason = "read as a person's or an organisation's name";
  return r;
}

NameKinds kinds_for(const QueryReading& reading, EntityKind candidate) {
  NameKinds k;
  k.candidate_person = candidate == EntityKind::person;
  k.candidate_vessel = candidate == EntityKind::vessel || candidate == EntityKind::aircraft;
  k.query_person = reading.kind == EntityKind::person;
  k.query_organisation = reading.kind == EntityKind::organisation;
  k.lone_word_may_alert =
      reading.said && (reading.kind == EntityKind::vessel || reading.kind == EntityKind::aircraft);
  return k;
}

// Whether entries of `kind` are compared at all.
bool compared(const QueryReading& reading, EntityKind kind) {
  if (reading.said) return kind == *reading.kind;
  if (reading.kind == EntityKind::person)
    return kind == EntityKind::person || kind == EntityKind::organisation;
  return true;
}

}  // namespace

QueryReading Screener::read_query(std::string_view name, const ScreenQuery& query) const {
  PreparedName q = prepare_name(name);
  index_->frequency.apply(q);
  return reading_of(q, query, index_->frequency, true);
}

bool is_sanctions_list(std::string_view list) {
  return list.starts_with("ofac") || list == "un" || list == "uk" || list == "bis" || list.starts_with("eu");
}

namespace {

ScreenResult qualify(const ListEntity& entity, const EntityName& name, NameComparison comparison,
                     const ScreenQuery& query) {
  ScreenResult r;
  r.entity = &entity;
  r.matched_name = name.text;
  r.strength = name.strength;
  r.name_score = comparison.score;
  r.comparison = std::move(comparison);
  double score = r.name_score;
  // Agreement adds a quarter of the distance to 1, so that scores keep
  // ranking instead of piling up at 1.0; disagreement multiplies down.
  auto agree = [&](const char* what, std::string reason) {
    double before = score;
    score += (1.0 - score) * 0.25;
    r.qualifiers.push_back({what, score - before, std::move(reason)});
  };
  auto disagree = [&](const char* what, double factor, std::string reason) {
    double before = score;
    score *= factor;
    r.qualifiers.push_back({what, score - before, std::move(reason)});
  };
  if (query.country && !entity.countries.empty()) {
    bool same =
        std::find(entity.countries.begin(), entity.countries.end(), *query.country) != entity.countries.end();
    std::string listed;
    for (const auto& c : entity.countries) listed += (listed.empty() ? "" : ", ") + c.str();
    if (same)
      agree("country", "the party's country " + query.country->str() + " is among the entry's countries (" +
                           listed + ")");
    else
      disagree("country", 0.85,
               "the party's country " + query.country->str() + " is not among the entry's countries (" +
                   listed + ")");
  }
  if (query.birth_year && !entity.birth_years.empty()) {
    bool near = std::any_of(entity.birth_years.begin(), entity.birth_years.end(),
                            [&](int y) { return std::abs(y - *query.birth_year) <= 1; });
    std::string years;
    for (int y : entity.birth_years) years += (years.empty() ? "" : ", ") + std::to_string(y);
    if (near)
      agree("birth year",
            "birth year " + std::to_string(*query.birth_year) + " agrees with the entry (" + years + ")");
    else
      disagree("birth year", 0.8,
               "birth year " + std::to_string(*query.birth_year) + " differs from the entry (" + years + ")");
  }
  if (name.strength == NameStrength::weak_alias)
    disagree("alias strength", 0.95, "matched a weak alias, which the list itself marks as low quality");
  r.score = std::clamp(score, 0.0, 1.0);
  r.alert = r.score >= kAlertThreshold;
  return r;
}

}  // namespace

namespace {

std::vector<ScreenResult> best_per_entity(std::vector<ScreenResult> all, const ScreenQuery& query) {
  std::sort(all.begin(), all.end(), [](const ScreenResult& a, const ScreenResult& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.entity < b.entity;
  });
  std::vector<ScreenResult> out;
  for (auto& r : all) {
    if (r.score < query.min_score || out.size() >= query.max_results) break;
    bool seen =
        std::any_of(out.begin(), out.end(), [&](const ScreenResult& o) { return o.entity == r.entity; });
    if (!seen) out.push_back(std::move(r));
  }
  return out;
}

}  // namespace

std::vector<ScreenResult> Screener::screen(std::string_view name, const ScreenQuery& query) const {
  PreparedName q = prepare_name(name);
  if (q.tokens.empty()) return {};
  const Index& ix = *index_;
  ix.frequency.apply(q);
  const QueryReading reading = reading_of(q, query, ix.frequency, false);
  auto names_of = [&](std::uint32_t w) { return ix.word_offset[w + 1] - ix.word_offset[w]; };
  // The vocabulary words each query word reaches, and with what bound.
  struct Read {
    std::uint32_t token;
    float bound;
    std::uint32_t word;
    bool common;
  };
  thread_local std::vector<Read> reads;
  thread_local std::vector<std::uint32_t> word_mark;  // per word: the last query word that reached it
  thread_local std::uint32_t serial = 0;
  thread_local std::vector<std::pair<std::uint64_t, std::uint32_t>> reached;
  if (word_mark.size() != ix.words()) {
    word_mark.assign(ix.words(), 0);
    serial = 0;
  }
  reads.clear();
  for (std::uint32_t i = 0; i < q.tokens.size(); ++i) {
    if (++serial == 0) {
      std::fill(word_mark.begin(), word_mark.end(), 0);
      serial = 1;
    }
    int occurrence = 1;
    if (auto s = ix.word_ids.find(key_hash('t', word_entry(q, i, &occurrence)))) {
      std::uint32_t own = *s->begin;
      word_mark[own] = serial;
      reads.push_back({i, kBoundText, own, names_of(own) > kCommonWord});
    }
    if (occurrence > 1) continue;
    reached.clear();
    bool sound_read = false;  // the skeleton or, failing that, the skeleton with the first letter
    for_each_variant_key(q.tokens[i], false, [&](std::uint64_t k, float bound) {
      auto s = ix.variant_words.find(k);
      // A skeleton shared by many words ("hamid", "ahmad", "mahmoud")
      // finds nothing in particular.
      if (!s) return;
      if (bound == kBoundSound && s->size > kSoundWords) {
        if (sound_read) return;
        s = ix.variant_words.find(first_letter_key(q.tokens[i]));
        if (!s || s->size > kSoundWords) return;
      }
      if (bound == kBoundSound) sound_read = true;
      // Ordered by link (sound, deletion, initial), then rarest first.
      std::uint64_t kind = bound == kBoundDoubled    ? 0
                           : bound == kBoundSound    ? 1
                           : bound == kBoundDeletion ? 2
                                                     : 3;
      for (std::uint32_t j = 0; j < s->size; ++j) {
        std::uint32_t w = s->begin[j];
        if (word_mark[w] == serial) continue;
        word_mark[w] = serial;
        reached.emplace_back((kind << 32) | names_of(w), w);
      }
    });
    std::sort(reached.begin(), reached.end());
    std::size_t budget = 0;
    for (const auto& [order, w] : reached) {
      std::size_t size = names_of(w);
      constexpr float kBounds[] = {kBoundDoubled, kBoundSound, kBoundDeletion, kBoundInitial};
      const std::uint64_t link = order >> 32;
      float bound = kBounds[link];
      // An initial alone never makes an alert: it only adds to names found
      // otherwise. (Told by the link, not the bound: a deletion has the same
      // bound, and deletion-linked words were once taken for initials and
      // found nothing.) A doubled letter is as good as the word: no budget.
      bool common =
          size > kCommonWord || (bound != kBoundDoubled && budget + size > kVariantBudget) || link == 3;
      if (!common && bound != kBoundDoubled) budget += size;
      reads.push_back({i, bound, w, common});
    }
  }
  // What the query words tell of each name, in dense per-thread arrays
  // (reset through the list of names touched) rather than a hash map. Each
  // query word counts once per name, through its tightest link.
  struct Evidence {
    float matched = 0;        // query weight x bound
    float against = 0;        // query cost x (1 - bound)
    float weight = 0;         // query weight that reached the name
    float cost = 0;           // query cost that reached the name
    float rarity = 0;         // idf x bound, to rank names with equal estimates
    std::uint32_t words = 0;  // one bit per query word (the 32nd stands for the rest)
  };
  thread_local std::vector<Evidence> evidence;
  thread_local std::vector<std::uint32_t> touched;
  if (evidence.size() != ix.variants.size()) evidence.assign(ix.variants.size(), Evidence{});
  touched.clear();
  const auto n = static_cast<float>(ix.variants.size());
  auto read = [&](const Read& r, bool add) {
    const NameToken& t = q.tokens[r.token];
    const std::uint32_t bit = std::uint32_t{1} << std::min<std::uint32_t>(r.token, 31);
    const std::uint32_t size = names_of(r.word);
    const float idf = std::log(1.0f + n / static_cast<float>(size)) * r.bound;
    const float matched = t.weight * r.bound;
    const float against = t.cost * (1.0f - r.bound);
    const std::uint32_t* p = ix.word_names.data() + ix.word_offset[r.word];
    for (const std::uint32_t* end = p + size; p != end; ++p) {
      Evidence& e = evidence[*p];
      if (e.words & bit) continue;
      if (e.words == 0) {
        if (!add) continue;
        touched.push_back(*p);
      }
      e.words |= bit;
      e.matched += matched;
      e.against += against;
      e.weight += t.weight;
      e.cost += t.cost;
      e.rarity += idf;
    }
  };
  for (const Read& r : reads)
    if (!r.common) read(r, true);
  // A common word cannot find candidates cheaply, but it still adds to the
  // names found ("Ahmad Haji": "haji" finds, "ahmad" confirms).
  for (const Read& r : reads)
    if (r.common) read(r, touched.empty());

  const float q_cost = q.total_cost();
  const int q_names = name_words(q);
  const bool query_person = reading.kind == EntityKind::person;
  const MatchParameters costs;
  thread_local std::vector<std::pair<float, std::uint32_t>> ranked;
  ranked.clear();
  for (std::uint32_t v : touched) {
    Evidence& e = evidence[v];
    const Index::Shape& var = ix.shapes[v];
    if (!compared(reading, var.kind)) {
      e = Evidence{};
      continue;
    }
    // The score compare_names() would give if every query word that reached
    // the name matched one of its words as well as its link allows (the
    // listed words weighing as the query's, at most the name's own weight).
    float listed = std::min(e.weight, var.weight);
    float matched = e.matched * (1.0f + listed / e.weight);
    float against = 2.0f * e.against;
    float q_left = std::max(0.0f, q_cost - e.cost), c_left = std::max(0.0f, var.cost - e.cost);
    float extra =
        var.person && std::min(q_names, static_cast<int>(var.names)) >= 2 ? costs.extra_token_cost_person
        : (query_person && !var.person) || var.kind == EntityKind::vessel || var.kind == EntityKind::aircraft
            ? 1.0f
            : costs.extra_token_cost_other;
    float denominator =
        matched + against + (q_cost <= var.cost ? q_left + extra * c_left : c_left + extra * q_left);
    float estimate = denominator > 0 ? matched / denominator : 0;
    // Rarer evidence ranks equal estimates.
    if (estimate >= kMinEstimate) ranked.emplace_back(estimate + 1e-6f * std::min(e.rarity, 1000.0f), v);
    e = Evidence{};  // leaves the array clean for the next query
  }
  std::size_t k = std::min(kCandidates, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(k), ranked.end(),
                    [](const auto& a, const auto& b) {
                      return a.first != b.first ? a.first > b.first : a.second < b.second;
                    });
  ranked.resize(k);
  // Acronyms: "PLA" for "People's Liberation Army" and back.
  thread_local std::vector<std::uint32_t> acronyms;
  acronyms.clear();
  auto add_acronyms = [&](char tag, std::string_view text) {
    auto s = ix.acronyms.find(key_hash(tag, text));
    if (!s) return;
    for (std::uint32_t i = 0; i < s->size && acronyms.size() < kAcronymCandidates; ++i)
      acronyms.push_back(s->begin[i]);
  };
  // A person's initials spell no organisation's acronym.
  if (!query_person) {
    for_each_initials_run(q, [&](const std::string& initials) { add_acronyms('a', initials); });
    if (const NameToken* w = acronym_word(q)) add_acronyms('r', w->text);
  }
  std::sort(acronyms.begin(), acronyms.end());
  acronyms.erase(std::unique(acronyms.begin(), acronyms.end()), acronyms.end());
  for (std::uint32_t v : acronyms)
    if (std::none_of(ranked.begin(), ranked.end(), [&](const auto& r) { return r.second == v; }))
      ranked.emplace_back(0.0f, v);

  std::vector<ScreenResult> all;
  for (const auto& [estimate, variant] : ranked) {
    const auto& v = ix.variants[variant];
    const ListEntity& e = entities_[v.entity];
    if (!compared(reading, e.kind)) continue;
    NameComparison c = compare_names(q, v.prepared, kinds_for(reading, e.kind), {}, false);
    // As in the full scan: no qualifier lifts a name this far.
    if (c.score <= 0 || c.score < query.min_score * 0.5) continue;
    ScreenResult r = qualify(e, e.names[v.name], std::move(c), query);
    r.variant = variant;
    all.push_back(std::move(r));
  }
  auto best = best_per_entity(std::move(all), query);
  // Only the winners are worth the explanation's strings.
  if (!best.empty()) {
    const QueryReading said = reading_of(q, query, ix.frequency, true);
    for (auto& r : best) explain(q, said, r);
  }
  return best;
}

void Screener::explain(const PreparedName& q, const QueryReading& reading, ScreenResult& r) const {
  const auto& v = index_->variants[r.variant];
  r.comparison = compare_names(q, v.prepared, kinds_for(reading, r.entity->kind));
  r.reading = reading;
  for (const auto& p : r.comparison.pairs)
    for (const auto& side : {std::pair{p.query, p.query_weight}, std::pair{p.candidate, p.list_weight}}) {
      const auto& word = side.first;  // named, not bound: clang 14 cannot capture a binding below
      if (side.second >= 1.0f) continue;
      std::string why = index_->frequency.reason(word);
      bool seen = std::any_of(r.weight_reasons.begin(), r.weight_reasons.end(),
                              [&](const auto& w) { return w.first == word; });
      if (!why.empty() && !seen) r.weight_reasons.emplace_back(word, why);
    }
}

std::vector<ScreenResult> Screener::screen_full_scan(std::string_view name, const ScreenQuery& query) const {
  PreparedName q = prepare_name(name);
  if (q.tokens.empty()) return {};
  index_->frequency.apply(q);
  const QueryReading reading = reading_of(q, query, index_->frequency, false);
  std::vector<ScreenResult> all;
  for (std::uint32_t i = 0; i < index_->variants.size(); ++i) {
    const auto& v = index_->variants[i];
    const ListEntity& e = entities_[v.entity];
    if (!compared(reading, e.kind)) continue;
    NameComparison c = compare_names(q, v.prepared, kinds_for(reading, e.kind), {}, false);
    if (c.score < query.min_score * 0.5) continue;
    ScreenResult r = qualify(e, e.names[v.name], std::move(c), query);
    r.variant = i;
    all.push_back(std::move(r));
  }
  auto best = best_per_entity(std::move(all), query);
  if (!best.empty()) {
    const QueryReading said = reading_of(q, query, index_->frequency, true);
    for (auto& r : best) explain(q, said, r);
  }
  return best;
}

}  // namespace custos::screen
