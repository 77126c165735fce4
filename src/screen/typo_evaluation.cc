#include "screen/typo_evaluation.hpp"

#include <algorithm>

namespace custos::screen {

namespace {

bool letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Words of `min_letters` or more ASCII letters: where a typo can fall.
std::vector<std::pair<std::size_t, std::size_t>> typo_words(const std::string& s, std::size_t min_letters) {
  std::vector<std::pair<std::size_t, std::size_t>> words;
  for (std::size_t i = 0; i < s.size();) {
    if (!letter(s[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < s.size() && letter(s[j])) ++j;
    if (j - i >= min_letters) words.emplace_back(i, j - i);
    i = j;
  }
  return words;
}

}  // namespace

std::string with_typo(const std::string& name, std::mt19937_64& rng, std::size_t min_letters) {
  auto words = typo_words(name, min_letters);
  if (words.empty()) return name;
  auto [start, length] = words[rng() % words.size()];
  std::string out = name;
  // Inside the word: its first and last letters are rarely the ones mistyped.
  std::size_t at = start + 1 + rng() % (length - 2);
  bool upper = out[at] >= 'A' && out[at] <= 'Z';
  auto random_letter = [&] { return static_cast<char>((upper ? 'A' : 'a') + rng() % 26); };
  switch (rng() % 4) {
    case 0: {  // a letter replaced by another
      char c = random_letter();
      while (c == out[at]) c = random_letter();
      out[at] = c;
      break;
    }
    case 1: out.erase(at, 1); break;                    // a letter dropped
    case 2: out.insert(at, 1, random_letter()); break;  // a letter added
    default:                                            // two adjacent letters swapped
      if (at + 1 >= start + length - 1) --at;
      if (out[at] == out[at + 1]) {
        out.erase(at, 1);  // swapping equal letters changes nothing: drop one instead
      } else {
        std::swap(out[at], out[at + 1]);
      }
      break;
  }
  return out;
}

TypoEvaluation evaluate_typos(const Screener& screener, const TypoOptions& o) {
  std::mt19937_64 rng(o.seed);
  TypoEvaluation ev;
  ScreenQuery q;
  q.max_results = 10;
  for (const auto& e : screener.entities()) {
    if (e.list != o.list || e.names.empty()) continue;
    const std::string& listed = e.primary_name();
    if (typo_words(listed, o.min_letters).empty()) {
      ++ev.skipped;
      continue;
    }
    ++ev.entries;
    for (int v = 0; v < o.variants; ++v) {
      std::string query = with_typo(listed, rng, o.min_letters);
      ++ev.queries;
      auto results = screener.screen(query, q);
      bool hit = std::any_of(results.begin(), results.end(),
                             [&](const ScreenResult& r) { return r.alert && r.entity == &e; });
      if (hit) {
        ++ev.found;
      } else {
        ev.misses.push_back({query, e.id, listed, results.empty() ? "" : results.front().summary(query)});
      }
    }
  }
  ev.recall = ev.queries == 0 ? 0 : static_cast<double>(ev.found) / static_cast<double>(ev.queries);
  return ev;
}

}  // namespace custos::screen
