#include "risk/party_name_words.hpp"

#include "risk/description_pattern.hpp"

namespace custos::risk {
namespace {

bool found_at(const NameWordEntry& entry, const std::vector<std::string_view>& words, size_t at) {
  if (at + entry.size() > words.size()) return false;
  for (size_t k = 0; k < entry.size(); ++k) {
    const NameWord& w = entry[k];
    std::string_view n = words[at + k];
    if (w.prefix ? !n.starts_with(w.text) : n != w.text) return false;
  }
  return true;
}

}  // namespace

std::optional<NameWordEntry> name_word_entry(std::string_view entry, std::string* error) {
  if (entry.starts_with("re:")) {
    *error = "a name is read by its words, not by a regular expression";
    return std::nullopt;
  }
  NameWordEntry out;
  std::string folded, words;
  for (std::string_view raw : split_words(entry)) {
    bool prefix = raw.ends_with('*');
    if (prefix) raw.remove_suffix(1);
    if (raw.find('*') != std::string_view::npos) {
      *error = "'*' may only end a word";
      return std::nullopt;
    }
    fold_and_word_text(raw, folded, words);
    std::vector<std::string_view> parts = split_words(words);
    for (size_t k = 0; k < parts.size(); ++k)
      out.push_back({std::string(parts[k]), prefix && k + 1 == parts.size()});
  }
  if (out.empty()) {
    *error = "no letters or digits";
    return std::nullopt;
  }
  return out;
}

NameWords::NameWords(std::string_view name) {
  std::string folded;
  fold_and_word_text(name, folded, text_);
  words_ = split_words(text_);
}

bool NameWords::has_any(const std::vector<NameWordEntry>& entries) const {
  for (const NameWordEntry& e : entries)
    for (size_t at = 0; at < words_.size(); ++at)
      if (found_at(e, words_, at)) return true;
  return false;
}

bool name_has_words(const std::vector<NameWordEntry>& entries, std::string_view name) {
  return NameWords(name).has_any(entries);
}

}  // namespace custos::risk
