#pragma once
// Words of a party's name (docs/profiles.md, "Parties, office, transport, flow"):
//
//   consignee_name_words = ["gomme*", "tyre*", "pneumatic*"]   # a tyre shop
//   importer_name_words  = ["avia*", "aero*", "aircraft"]      # an aviation firm
//
// An entry is a word, a phrase, or words ending in '*' as prefixes; it is
// folded as descriptions are (text_fold.hpp) and found as whole words of the
// folded name: "gomme*" is found in "Gomme Vlora Shpk", "avia*" in "Avia
// Parts Almaty TOO", "tyre" not in "Tyresö Bygg AB". No regular expressions:
// a name is short, and read only when a candidate profile asks.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace custos::risk {

struct NameWord {
  std::string text;     // folded, ASCII or UTF-8 letters and digits
  bool prefix = false;  // the entry's word ended in '*'
};
using NameWordEntry = std::vector<NameWord>;  // consecutive words

// The entry's words, or nullopt with `error` set (empty, no letters or
// digits, a '*' inside a word, or a regular expression).
std::optional<NameWordEntry> name_word_entry(std::string_view entry, std::string* error);

// A name's folded words, read once and matched against any number of entries.
class NameWords {
 public:
  explicit NameWords(std::string_view name);
  NameWords(const NameWords&) = delete;  // words_ points into text_
  NameWords& operator=(const NameWords&) = delete;

  // Whether any entry is found in the name.
  bool has_any(const std::vector<NameWordEntry>& entries) const;

 private:
  std::string text_;
  std::vector<std::string_view> words_;
};

// NameWords(name).has_any(entries).
bool name_has_words(const std::vector<NameWordEntry>& entries, std::string_view name);

}  // namespace custos::risk
