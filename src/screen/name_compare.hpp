#pragma once
// Scores how well two prepared names agree, and says why. Tokens are
// aligned regardless of order (lists write "SURNAME, Given", declarations
// "Given Surname"); adjacent tokens may join ("Jin Ping" = "Jinping",
// "SiemensAG" = "Siemens AG"). Each aligned pair gets a similarity from edit
// distance, boosted when the consonant skeletons agree (transliteration
// variants) or one token is the other's initial.
//
// The score is the weighted share of both names that aligned: tokens left
// over on the longer name cost less than those missing from the shorter one
// (a person's list entry often has middle names a declaration omits), and a
// substitution (a name token on each side that pairs with nothing) costs a
// fixed factor, because two different given names mean two different people.
// Scores spread over 0..1; only identical token sets reach 1.
#include <string>
#include <vector>

#include "screen/name_normalizer.hpp"

namespace custos::screen {

// The "sound" rule (equal consonant skeletons) applies only to words of this
// many letters: short tokens (romanised Chinese or Korean syllables: ming,
// ying, ling) share skeletons without being variants of each other.
inline constexpr std::size_t kSoundMinLength = 5;

struct MatchParameters {
  // Share of an unmatched token's weight that counts against the score when
  // it sits on the longer name. Persons drop middle names; companies rarely
  // drop words.
  float extra_token_cost_person = 0.5f;
  float extra_token_cost_other = 0.8f;
  // Factor applied once per substitution.
  float substitution_factor = 0.8f;
};

struct TokenPair {
  std::string query;      // the token (or joined tokens) from the query
  std::string candidate;  // the token (or joined tokens) from the list name
  float similarity = 0;   // 0..1
  std::string how;        // "exact", "spelling", "sound", "doubled letter", "initial", "joined", "acronym"
};

struct NameComparison {
  float score = 0;  // 0..1
  std::vector<TokenPair> pairs;
  std::vector<std::string> unmatched_query, unmatched_candidate;
  int substitutions = 0;
};

// Similarity of two tokens, 0..1, and how it was reached.
float token_similarity(const NameToken& a, const NameToken& b, const char** how = nullptr);

// `person` selects the cost of extra tokens (see MatchParameters). Without
// `explain`, only the score and substitutions are filled (faster: used to
// rank candidates before the winners are explained).
NameComparison compare_names(const PreparedName& query, const PreparedName& candidate, bool person,
                             const MatchParameters& p = {}, bool explain = true);

// True when the words differ only in letters written doubled ("hassan",
// "hasan").
bool same_without_doubles(std::string_view a, std::string_view b);

// Edit distance between two byte strings (insert, delete, substitute, swap
// of two adjacent letters).
int edit_distance(std::string_view a, std::string_view b);
// The same, with a substitution between lookalike characters (0/o, 1/l,
// c/k, i/y, ...) costing half.
float lookalike_distance(std::string_view a, std::string_view b);

}  // namespace custos::screen
