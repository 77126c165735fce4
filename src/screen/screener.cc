#include <algorithm>
#include <cmath>
#include <functional>
#include <unordered_map>

#include "screen/name_normalizer.hpp"
#include "screen/screen.hpp"

namespace custos::screen {

namespace {

// Why these limits: a query token as common as "mohammad" or "trading"
// appears in thousands of names and says little; the rarer tokens of the
// same query find the entry. Only when a query has nothing rarer are the long
// lists read.
constexpr std::size_t kCommonKey = 2000;
constexpr std::size_t kCandidates = 24;
constexpr float kVoteShare = 0.5f;

std::uint64_t key_hash(char tag, std::string_view text) {
  return std::hash<std::string_view>{}(text)*31 + static_cast<unsigned char>(tag);
}

template <typename F>
void for_each_key(const PreparedName& name, F f) {
  bool any_name = std::any_of(name.tokens.begin(), name.tokens.end(), [](const NameToken& t) {
    return t.role == TokenRole::name || t.role == TokenRole::number;
  });
  for (const auto& t : name.tokens) {
    if (any_name && t.role != TokenRole::name && t.role != TokenRole::number) continue;
    f(key_hash('t', t.text), true);
    if (t.key.size() >= 2) f(key_hash('k', t.key), false);
    if (t.text.size() >= 5) {
      f(key_hash('p', std::string_view(t.text).substr(0, 4)), false);
      f(key_hash('s', std::string_view(t.text).substr(t.text.size() - 4)), false);
    }
  }
}

}  // namespace

struct Screener::Index {
  struct Variant {
    std::uint32_t entity;
    std::uint32_t name;
    PreparedName prepared;
  };
  std::vector<Variant> variants;
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> postings;
};

Screener::Screener(std::vector<ListEntity> entities)
    : entities_(std::move(entities)), index_(std::make_unique<Index>()) {
  for (std::uint32_t e = 0; e < entities_.size(); ++e)
    for (std::uint32_t n = 0; n < entities_[e].names.size(); ++n) {
      PreparedName p = prepare_name(entities_[e].names[n].text);
      if (p.tokens.empty()) continue;
      auto v = static_cast<std::uint32_t>(index_->variants.size());
      for_each_key(p, [&](std::uint64_t k, bool) {
        auto& list = index_->postings[k];
        if (list.empty() || list.back() != v) list.push_back(v);
      });
      index_->variants.push_back({e, n, std::move(p)});
    }
}

Screener::~Screener() = default;

std::size_t Screener::names() const { return index_->variants.size(); }

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
  struct Key {
    std::size_t size;
    std::uint64_t hash;
    bool exact;
    const std::vector<std::uint32_t>* postings;
    bool operator<(const Key& o) const { return size != o.size ? size < o.size : hash < o.hash; }
    bool operator==(const Key& o) const { return hash == o.hash; }
  };
  std::vector<Key> keys;
  for_each_key(q, [&](std::uint64_t k, bool exact) {
    auto it = index_->postings.find(k);
    if (it != index_->postings.end()) keys.push_back({it->second.size(), k, exact, &it->second});
  });
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  // Votes per name variant, in a dense per-thread array (reset through the
  // list of variants touched) rather than a hash map.
  thread_local std::vector<float> votes;
  thread_local std::vector<std::uint32_t> touched;
  if (votes.size() != index_->variants.size()) votes.assign(index_->variants.size(), 0.0f);
  touched.clear();
  const auto n = static_cast<float>(index_->variants.size());
  for (const Key& key : keys) {
    float idf = std::log(1.0f + n / static_cast<float>(key.size));
    if (key.size > kCommonKey && !touched.empty()) {
      // A common word cannot find candidates cheaply, but it still tells
      // the candidates found apart ("Abdullah Abdullah" holds it twice).
      if (!key.exact) continue;
      for (std::uint32_t v : *key.postings)
        if (votes[v] != 0.0f) votes[v] += idf;
      continue;
    }
    for (std::uint32_t v : *key.postings) {
      if (votes[v] == 0.0f) touched.push_back(v);
      votes[v] += idf;
    }
  }
  std::vector<std::pair<float, std::uint32_t>> ranked;
  ranked.reserve(touched.size());
  for (std::uint32_t v : touched) {
    ranked.emplace_back(votes[v], v);
    votes[v] = 0.0f;  // leaves the array clean for the next query
  }
  std::size_t k = std::min(kCandidates, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(k), ranked.end(),
                    [](const auto& a, const auto& b) {
                      return a.first != b.first ? a.first > b.first : a.second < b.second;
                    });
  std::vector<ScreenResult> all;
  for (std::size_t i = 0; i < k; ++i) {
    // A name sharing less than a third of the best candidate's rare words
    // cannot outscore it by much; stop there.
    if (ranked[i].first < kVoteShare * ranked[0].first) break;
    const auto& v = index_->variants[ranked[i].second];
    const ListEntity& e = entities_[v.entity];
    if (query.kind && e.kind != *query.kind) continue;
    NameComparison c = compare_names(q, v.prepared, e.kind == EntityKind::person, {}, false);
    if (c.score <= 0) continue;
    ScreenResult r = qualify(e, e.names[v.name], std::move(c), query);
    r.variant = ranked[i].second;
    all.push_back(std::move(r));
  }
  auto best = best_per_entity(std::move(all), query);
  // Only the winners are worth the explanation's strings.
  for (auto& r : best) {
    const auto& v = index_->variants[r.variant];
    r.comparison = compare_names(q, v.prepared, r.entity->kind == EntityKind::person);
  }
  return best;
}

std::vector<ScreenResult> Screener::screen_full_scan(std::string_view name, const ScreenQuery& query) const {
  PreparedName q = prepare_name(name);
  if (q.tokens.empty()) return {};
  std::vector<ScreenResult> all;
  for (std::uint32_t i = 0; i < index_->variants.size(); ++i) {
    const auto& v = index_->variants[i];
    const ListEntity& e = entities_[v.entity];
    if (query.kind && e.kind != *query.kind) continue;
    NameComparison c = compare_names(q, v.prepared, e.kind == EntityKind::person, {}, false);
    if (c.score < query.min_score * 0.5) continue;
    ScreenResult r = qualify(e, e.names[v.name], std::move(c), query);
    r.variant = i;
    all.push_back(std::move(r));
  }
  auto best = best_per_entity(std::move(all), query);
  for (auto& r : best)
    r.comparison =
        compare_names(q, index_->variants[r.variant].prepared, r.entity->kind == EntityKind::person);
  return best;
}

}  // namespace custos::screen
