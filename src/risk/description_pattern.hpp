#pragma once
// How a description entry of a profile matches (docs/profiles.md).
//
// Words, phrases and word prefixes ('antiq*') become literals matched on the
// "word text": the folded description (text_fold.hpp) with every run of
// characters other than letters, digits and combining marks (punctuation,
// spaces and symbols of any script: "،" as well as ",") turned into one
// space, and a space at each end. So " used tyres " is found in "Used, tyres" but not
// in "used car tyres", and " antiq" in "Antiquités". Literals are what
// Hyperscan matches fastest. A phrase with a prefix inside it ('azotn*
// kislot*', 'planche* de bois') becomes a regular expression on the same word
// text (" azotn[^ ]* kislot"). Entries starting with 're:' are regular
// expressions (Hyperscan's PCRE dialect) run on the folded text itself.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace custos::risk {

struct DescriptionPattern {
  std::string expression;  // the literal or the regular expression
  bool literal = true;
  bool on_words = false;  // a regular expression run on the word text, not the folded text
};

// Hyperscan flags of each kind of pattern.
unsigned literal_pattern_flags();
unsigned regex_pattern_flags();
unsigned word_regex_pattern_flags();

// The pattern, or nullopt with `error` set when the entry is unusable
// (empty, no letters or digits, a '*' that does not end a word, or a regular
// expression Hyperscan rejects).
std::optional<DescriptionPattern> description_pattern(std::string_view entry, std::string* error);

// A regular expression's non-ASCII letters folded as descriptions are
// (text_fold.hpp), its ASCII (the syntax) untouched. A Hangul syllable
// becomes its letters, so inside a character class or before a quantifier it
// no longer counts as one character.
std::string fold_regex_text(std::string_view expression);

// Whether a code point belongs to a word of the word text: ASCII lower-case
// letters and digits, and beyond ASCII letters, digits and combining marks.
bool is_word_code_point(int32_t c);

// The word text of an already folded description, into a reused buffer.
void word_text(std::string_view folded, std::string& out);
// The words of a word text (" a b "), or of any text split on runs of
// spaces, as views into it.
std::vector<std::string_view> split_words(std::string_view words);
// fold_text then word_text, in one pass when the description is ASCII (most
// are): this runs for every item assessed.
void fold_and_word_text(std::string_view text, std::string& folded, std::string& words);

}  // namespace custos::risk
