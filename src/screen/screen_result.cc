// How a screening result explains itself to an officer and in JSON.
#include <fmt/format.h>

#include <cmath>

#include "screen/screen.hpp"

namespace custos::screen {

namespace {
double round3(double v) { return std::round(v * 1000.0) / 1000.0; }
}  // namespace

std::string ScreenResult::summary(std::string_view query) const {
  const ListEntity& e = *entity;
  std::string programmes;
  for (const auto& p : e.programmes) programmes += (programmes.empty() ? "" : ", ") + p;
  std::string s =
      fmt::format("'{}' {} {} entry {} '{}' ({}{}{}) through its {} '{}': score {:.2f} {} threshold {:.2f}.",
                  query, alert ? "matches" : "resembles", e.list, e.id, e.primary_name(), to_string(e.kind),
                  programmes.empty() ? "" : "; programmes ", programmes, to_string(strength), matched_name,
                  score, alert ? ">=" : "<", kAlertThreshold);
  if (!comparison.unmatched_query.empty() || !comparison.unmatched_candidate.empty()) {
    std::string left;
    for (const auto& t : comparison.unmatched_query) left += (left.empty() ? "" : " ") + t;
    std::string right;
    for (const auto& t : comparison.unmatched_candidate) right += (right.empty() ? "" : " ") + t;
    s += fmt::format(" Unmatched words: party '{}', list '{}'.", left, right);
  }
  for (const auto& q : qualifiers) s += fmt::format(" {} ({:+.2f}): {}.", q.name, q.effect, q.reason);
  // A near miss says what kept it below the threshold.
  if (!alert && !comparison.notes.empty()) {
    s += " Not an alert:";
    for (const auto& n : comparison.notes) s += " " + n + ";";
    s.back() = '.';
  }
  return s;
}

nlohmann::json ScreenResult::explanation(std::string_view query) const {
  const ListEntity& e = *entity;
  nlohmann::json pairs = nlohmann::json::array();
  for (const auto& p : comparison.pairs)
    pairs.push_back({{"query", p.query},
                     {"list", p.candidate},
                     {"similarity", round3(p.similarity)},
                     {"how", p.how},
                     {"query_weight", round3(p.query_weight)},
                     {"list_weight", round3(p.list_weight)}});
  nlohmann::json weights = nlohmann::json::array();
  for (const auto& [word, why] : weight_reasons) weights.push_back({{"word", word}, {"why", why}});
  nlohmann::json quals = nlohmann::json::array();
  for (const auto& q : qualifiers)
    quals.push_back({{"qualifier", q.name}, {"effect", round3(q.effect)}, {"reason", q.reason}});
  nlohmann::json countries = nlohmann::json::array();
  for (const auto& c : e.countries) countries.push_back(c.str());
  return {{"summary", summary(query)},
          {"list", e.list},
          {"entry_id", e.id},
          {"entry_name", e.primary_name()},
          {"kind", to_string(e.kind)},
          {"programmes", e.programmes},
          {"countries", countries},
          {"birth_years", e.birth_years},
          {"matched_name", matched_name},
          {"name_strength", to_string(strength)},
          {"name_score", round3(name_score)},
          {"token_pairs", pairs},
          {"unmatched_query_words", comparison.unmatched_query},
          {"unmatched_list_words", comparison.unmatched_candidate},
          {"substitutions", comparison.substitutions},
          {"word_weights", weights},
          {"notes", comparison.notes},
          {"reading", reading.reason},
          {"qualifiers", quals},
          {"score", round3(score)},
          {"threshold", kAlertThreshold}};
}

}  // namespace custos::screen
