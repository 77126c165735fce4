#pragma once
// Turns a name as written anywhere (any script, any case, punctuation,
// legal forms) into comparable tokens. Steps: Unicode NFKC with case
// folding, transliteration to Latin and then ASCII with ICU, punctuation
// removed (apostrophes and dotted initialisms join: "Qa'ida" -> "qaida",
// "S.A." -> "sa"), "&" read as "and". Each token gets a role and a weight:
// legal forms (recognised only at the start or end of a name, reduced to a
// canonical form: "Aktiengesellschaft" -> "ag"), generic words ("company"),
// particles ("al", "bin", "de") and titles weigh little, so that they cannot
// make an alert on their own. Safe to call from several threads.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace custos::screen {

enum class TokenRole : std::uint8_t { name, number, particle, title, legal_form, generic };
std::string_view to_string(TokenRole r);

struct NameToken {
  std::string text;  // ASCII, lower case
  std::string key;   // consonant skeleton for transliteration variants, see phonetic_key()
  TokenRole role = TokenRole::name;
  // The evidence a match on the word carries: its role's weight, lowered
  // for common name words by NameFrequency::apply().
  float weight = 1.0f;
  // What the word costs when it differs or is left unmatched: its role's
  // weight, whatever its frequency.
  float cost = 1.0f;
  bool given_name = false;  // a common given name (NameFrequency::apply())
  // One bit per class of lookalike characters present (see letter_classes()):
  // a cheap lower bound on edit distance.
  std::uint64_t letters = 0;
};

// The set of lookalike-character classes in `text`, as bits.
std::uint64_t letter_classes(std::string_view text);

struct PreparedName {
  std::string original;
  std::vector<NameToken> tokens;
  std::string normalized() const;  // tokens joined by spaces
  // Sum of weights; 0 for an empty name.
  float total_weight() const;
  // Sum of costs (role weights).
  float total_cost() const;
};

// NFKC, case folding and transliteration to lower-case ASCII. Characters
// without an ASCII form become spaces.
std::string fold_to_ascii(std::string_view utf8);

// Splits folded text into tokens (no roles yet).
std::vector<std::string> tokenize(std::string_view ascii);

// The full pipeline.
PreparedName prepare_name(std::string_view utf8);

// A key that transliteration variants of one name share: vowels, h, w and y
// dropped (Arabic and Hebrew are written without short vowels), consonants
// mapped to sound classes (c/k/q/g/j/s/x/z, b/p/f/v, d/t, l, m/n, r), runs
// collapsed. "Jinping" and "Chinping" share one; so do "Muhammad" and "mhmd".
std::string phonetic_key(std::string_view token);

// True when the name carries a legal form or a generic organisation word.
bool looks_like_organisation(std::string_view name);
bool looks_like_organisation(const PreparedName& name);

}  // namespace custos::screen
