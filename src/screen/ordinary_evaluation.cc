#include "screen/ordinary_evaluation.hpp"

#include <algorithm>
#include <unordered_set>

#include "screen/csv_records.hpp"
#include "screen/header_table.hpp"
#include "screen/name_normalizer.hpp"

namespace custos::screen {

std::vector<OrdinaryName> read_ordinary_names(const std::string& path) {
  HeaderTable table(read_list_file(path), ',', path);
  auto c_name = table.require("name");
  auto c_culture = table.find("culture");
  std::vector<OrdinaryName> out;
  for (const auto& r : table.rows()) {
    OrdinaryName n{r.line, table.get(r, c_name), table.get(r, c_culture)};
    if (n.name.empty()) throw ImportError(path, r.line, "empty name");
    out.push_back(std::move(n));
  }
  return out;
}

namespace {

// The words of a name, sorted, doubled letters written once: two names
// with the same key are one name spelt two ways ("Mohammed Hassan",
// "HASSAN, Mohamed").
std::string word_key(const PreparedName& p) {
  std::vector<std::string> words;
  for (const auto& t : p.tokens) {
    std::string w;
    for (char c : t.text)
      if (w.empty() || w.back() != c) w.push_back(c);
    words.push_back(std::move(w));
  }
  std::sort(words.begin(), words.end());
  std::string key;
  for (const auto& w : words) key += w + " ";
  return key;
}

std::string cause_of(const ScreenResult& r) {
  bool acronym = false, initial = false;
  int name_pairs = 0;
  for (const auto& p : r.comparison.pairs) {
    acronym |= p.how == "acronym";
    initial |= p.how == "initial";
    name_pairs += p.similarity > 0 ? 1 : 0;
  }
  if (acronym) return "acronym";
  if (initial) return "initials";
  return name_pairs <= 1 ? "one word" : "several words";
}

}  // namespace

OrdinaryEvaluation evaluate_ordinary(const Screener& screener, const std::vector<OrdinaryName>& names) {
  std::unordered_set<std::string> listed;
  for (const auto& e : screener.entities())
    for (const auto& n : e.names) listed.insert(word_key(prepare_name(n.text)));
  OrdinaryEvaluation ev;
  ev.names = names.size();
  for (const auto& n : names) {
    if (listed.count(word_key(prepare_name(n.name))) != 0) {
      ++ev.listed;
      continue;
    }
    ++ev.screened;
    ++ev.screened_by_culture[n.culture];
    auto results = screener.screen(n.name);
    auto hit = std::find_if(results.begin(), results.end(), [](const ScreenResult& r) { return r.alert; });
    if (hit == results.end()) continue;
    ++ev.alerts;
    std::string cause = cause_of(*hit);
    ++ev.alerts_by_cause[cause];
    ++ev.alerts_by_culture[n.culture];
    ev.examples.push_back({n.name, n.culture, hit->score, cause, hit->summary(n.name)});
  }
  ev.rate = ev.screened == 0 ? 0 : static_cast<double>(ev.alerts) / static_cast<double>(ev.screened);
  return ev;
}

}  // namespace custos::screen
