#include "screen/name_frequency.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "screen/name_tables.hpp"
#include "screen/text_util.hpp"

namespace custos::screen {

namespace {

// Rows "culture<TAB>part<TAB>names, ..." of the shipped table.
template <typename F>
void for_each_table_name(std::string_view table, F f) {
  std::size_t pos = 0;
  while (pos < table.size()) {
    std::size_t end = table.find('\n', pos);
    if (end == std::string_view::npos) end = table.size();
    std::string_view line = table.substr(pos, end - pos);
    pos = end + 1;
    if (line.empty() || line.front() == '#') continue;
    auto fields = split(line, "\t");
    if (fields.size() != 3) continue;
    for (const auto& name : split(fields[2], ",")) {
      // One word as the matcher reads it; a phrase is not one word.
      auto words = tokenize(fold_to_ascii(trim(name)));
      if (words.size() == 1) f(fields[1], words[0]);
    }
  }
}

// True when a letter of the name is outside the Latin script (Latin,
// Latin-1, Latin Extended-A/B, Latin Extended Additional: Vietnamese).
bool non_latin(std::string_view utf8) {
  for (std::size_t i = 0; i < utf8.size();) {
    auto c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::uint32_t cp = 0;
    std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    cp = c & (len == 4 ? 0x07 : len == 3 ? 0x0F : 0x1F);
    for (std::size_t k = 1; k < len && i + k < utf8.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    i += len;
    bool latin = cp < 0x250 || (cp >= 0x1E00 && cp <= 0x1EFF);
    // Punctuation and spaces of other blocks (U+2000-U+206F, U+3000-U+303F,
    // the middle dot) say nothing of the script.
    bool neutral = (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) || cp == 0x30FB;
    if (!latin && !neutral) return true;
  }
  return false;
}

float weight_of_count(std::uint32_t persons) {
  if (persons <= kRareWordPersons) return 1.0f;
  float doublings = std::log2(static_cast<float>(persons) / static_cast<float>(kRareWordPersons));
  return std::max(kMinWeight, 1.0f - kWeightPerDoubling * doublings);
}

}  // namespace

NameFrequency::NameFrequency() {
  for_each_table_name(name_frequency_table(), [&](std::string_view part, const std::string& word) {
    WordFrequency& w = words_[word];
    if (part == "given") {
      w.given_name = true;
      w.weight = std::min(w.weight, kGivenNameWeight);
    } else if (part == "surname") {
      w.surname = true;
      w.weight = std::min(w.weight, kSurnameWeight);
    }
  });
}

NameFrequency::NameFrequency(const std::vector<ListEntity>& entities) : NameFrequency() {
  for (const auto& e : entities) {
    std::vector<PreparedName> prepared;
    std::vector<const PreparedName*> names;
    for (const auto& n : e.names) prepared.push_back(prepare_name(n.text));
    for (const auto& p : prepared) names.push_back(&p);
    count_listed(names, e.kind == EntityKind::person);
  }
  finish();
}

void NameFrequency::count_listed(const std::vector<const PreparedName*>& names, bool person) {
  thread_local std::unordered_set<std::string_view> seen;
  seen.clear();
  for (const PreparedName* n : names)
    for (const auto& t : n->tokens)
      if (t.role == TokenRole::name && t.text.size() > 1 && seen.insert(t.text).second) {
        WordFrequency& w = words_[t.text];
        ++(person ? w.listed_persons : w.listed_organisations);
      }
}

void NameFrequency::finish() {
  for (auto& [word, w] : words_) {
    w.weight = std::min(w.weight, weight_of_count(w.listed_persons));
    w.organisation_word = w.listed_organisations >= 2 && w.listed_organisations > w.listed_persons &&
                          !w.given_name && !w.surname;
  }
}

const NameFrequency& NameFrequency::shipped() {
  static const NameFrequency f;
  return f;
}

WordFrequency NameFrequency::lookup(std::string_view word) const {
  auto it = words_.find(std::string(word));
  return it == words_.end() ? WordFrequency{} : it->second;
}

void NameFrequency::apply(PreparedName& name) const {
  for (auto& t : name.tokens) {
    if (t.role != TokenRole::name) continue;
    auto it = words_.find(t.text);
    if (it == words_.end()) continue;
    t.weight = std::min(t.cost, it->second.weight);
    t.given_name = it->second.given_name;
  }
}

bool NameFrequency::person_like(const PreparedName& name) const {
  int words = 0, known = 0, organisation = 0;
  for (const auto& t : name.tokens) {
    if (t.role == TokenRole::legal_form || t.role == TokenRole::generic || t.role == TokenRole::number)
      return false;
    if (t.role != TokenRole::name) continue;
    ++words;
    WordFrequency w = lookup(t.text);
    organisation += w.organisation_word ? 1 : 0;
    known += w.given_name || w.surname || w.listed_persons >= 2 ? 1 : 0;
  }
  if (words == 0) return false;
  // Organisations are written in Latin letters on the lists; a name in
  // another script without a legal form is a person's (its transliterated
  // syllables may happen to be organisation words).
  if (non_latin(name.original)) return true;
  return known > 0 && known >= organisation;
}

std::string NameFrequency::reason(std::string_view word) const {
  WordFrequency w = lookup(word);
  std::string why;
  if (w.given_name) why = "a common given name";
  if (w.surname) why += why.empty() ? "a common surname" : " and surname";
  if (w.listed_persons > kRareWordPersons)
    why += fmt::format("{}carried by {} listed persons", why.empty() ? "" : "; ", w.listed_persons);
  return why;
}

}  // namespace custos::screen
