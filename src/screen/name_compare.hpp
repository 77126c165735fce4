#pragma once
// Scores how well two prepared names agree, and says why. Tokens are
// aligned regardless of order (lists write "SURNAME, Given", declarations
// "Given Surname"); adjacent tokens may join ("Jin Ping" = "Jinping",
// "SiemensAG" = "Siemens AG"). Each aligned pair gets a similarity from edit
// distance, boosted when the consonant skeletons agree (transliteration
// variants) or one token is the other's initial.
//
// The score is the evidence for the match over all the evidence: each
// aligned pair brings its similarity times the words' weights (common name
// words weigh less, see name_frequency.hpp) for, and the rest of the pair
// times the words' full costs against; tokens left over cost their full
// weight, less on the longer name (a person's list entry often has middle
// names a declaration omits). A substitution (a name token on each side that
// pairs with nothing) costs a fixed factor, because two different given
// names mean two different people. Scores spread over 0..1; only identical
// token sets reach 1.
//
// What is known of the names' kinds matters: a person's name is never read
// as an organisation's acronym, single letters of an organisation's name are
// not initials, and one common given name alone is capped below any alert.
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

// The score of one common given name matched alone ("Maria Schmidt" against
// a vessel or alias "MARIA"), or of names that share no whole name word:
// below any alert threshold (screen.hpp: 0.70).
inline constexpr float kLoneGivenNameCap = 0.6f;
// Words that agree with this mean weight or less (common given names and
// surnames) earn no forgiveness for the names a list adds: see compare_names().
inline constexpr float kCommonPairWeight = 0.55f;

// What is known of the kinds of the two names compared.
struct NameKinds {
  bool candidate_person = false;     // the list entry is a person
  bool candidate_vessel = false;     // the list entry is a vessel or an aircraft: its name is all of it
  bool query_person = false;         // the query is a person's name: said, or it reads as one
  bool query_organisation = false;   // said, or it carries a legal form or generic organisation word
  bool lone_word_may_alert = false;  // said vessel or aircraft: often known by one word ("MARIA")
  NameKinds() = default;
  // Two names of the same kind (labelled pairs): both persons or both not.
  NameKinds(bool person)  // NOLINT(google-explicit-constructor): a bool reads as "both persons"
      : candidate_person(person), query_person(person), query_organisation(!person) {}
};

struct TokenPair {
  std::string query;      // the token (or joined tokens) from the query
  std::string candidate;  // the token (or joined tokens) from the list name
  float similarity = 0;   // 0..1
  std::string how;        // "exact", "spelling", "sound", "doubled letter", "initial", "joined", "acronym"
  float query_weight = 1, list_weight = 1;  // the evidence each word carries (common names weigh less)
};

struct NameComparison {
  float score = 0;  // 0..1
  std::vector<TokenPair> pairs;
  std::vector<std::string> unmatched_query, unmatched_candidate;
  int substitutions = 0;
  // Each rule that lowered or capped the score, in words ("x0.80 ...").
  std::vector<std::string> notes;
};

// Similarity of two tokens, 0..1, and how it was reached.
float token_similarity(const NameToken& a, const NameToken& b, const char** how = nullptr);

// `kinds.candidate_person` selects the cost of extra tokens (see
// MatchParameters). Without `explain`, only the score and substitutions are
// filled (faster: used to rank candidates before the winners are explained).
NameComparison compare_names(const PreparedName& query, const PreparedName& candidate, NameKinds kinds,
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
