// Function words: the articles, prepositions, conjunctions and pronouns of
// the languages declarations are written in, and the abbreviations of
// counts ("pcs", "stk"). They say nothing about the goods: the disguise model
// scores them as it learned them but never gives one as a reason to look (an
// officer cannot act on "the word 'para'"): docs/model.md, "Words".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace custos::risk {

// Whether `word`, folded and split as the profile engine folds and splits a
// description (fold_and_word_text), is a function word.
bool is_function_word(std::string_view word);

// Whether a word of the word text says nothing about the goods: a function
// word, or fewer than three letters outside the scripts written without
// spaces (from U+2E80: CJK, kana, Hangul), where a word is a whole phrase
// ("шт", "за": two letters, four bytes).
bool says_nothing_of_goods(std::string_view word);

// The words of a description's word text (folded) that it writes only as a
// function word whose folding names goods: German "für" folds into "fur", so
// "Ersatzteile für Pumpen" has the word "fur" and says nothing of fur. A word
// the description also writes another way ("Pelz für fur coats") is not
// among them. Sorted, unique; empty for ASCII text.
std::vector<std::string> words_written_as_function_words(std::string_view description);

}  // namespace custos::risk
