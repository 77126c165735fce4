#pragma once
// Recall on listed names written with one typo: each entry of one list (by
// default the UN list) is screened under its primary name with one slip of
// the keyboard (a letter replaced, dropped, added, or two adjacent letters
// swapped, inside one word of five or more letters: not its first or last
// letter), against every loaded list,
// as a declaration's party. A positive is found when that entry alerts.
// Reproducible from the seed (std::mt19937_64 draws, no library
// distributions).
#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "screen/screen.hpp"

namespace custos::screen {

struct TypoOptions {
  std::string list = "un";
  std::uint64_t seed = 1;
  int variants = 3;             // typo'd queries per entry
  std::size_t min_letters = 5;  // the typo falls in a word of at least this many letters
};

struct TypoMiss {
  std::string query, entry_id, listed_name;
  std::string best;  // what the query found instead (summary), or ""
};

struct TypoEvaluation {
  std::size_t entries = 0, queries = 0, found = 0;
  std::size_t skipped = 0;  // entries whose primary name has no word long enough for a typo
  double recall = 0;
  std::vector<TypoMiss> misses;
};

// One typo in `name` (unchanged when no word has `min_letters` letters).
std::string with_typo(const std::string& name, std::mt19937_64& rng, std::size_t min_letters);

TypoEvaluation evaluate_typos(const Screener& screener, const TypoOptions& options);

}  // namespace custos::screen
