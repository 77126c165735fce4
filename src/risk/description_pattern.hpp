#pragma once
// Turns a description entry of a profile (a word or phrase, a word prefix
// ending in '*', or 're:' and a regular expression) into the Hyperscan
// expression run on folded text (see text_fold.hpp). Words match whole
// words; the words of a phrase may be separated by any spaces or punctuation.
#include <optional>
#include <string>
#include <string_view>

namespace custos::risk {

// Hyperscan flags every description expression is compiled with.
unsigned description_pattern_flags();

// The expression, or nullopt with `error` set when the entry is unusable
// (empty, no letters or digits, or a regular expression Hyperscan rejects).
std::optional<std::string> description_regex(std::string_view entry, std::string* error);

}  // namespace custos::risk
