// Scores and debrief: each trainee's selection against the truth, beside
// the engine's selection and a random one at the same capacity.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "auth/users.hpp"
#include "core/date.hpp"
#include "exercise/common.hpp"

namespace custos::exercise {
namespace {

struct Case {
  std::string id, domain;
  double value = 0, mass = 0;
  int64_t engine_rank = 0, random_rank = 0;
  nlohmann::json data;
};

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

double ratio(int64_t a, int64_t b) {
  return b == 0 ? 0.0 : std::round(1e4 * static_cast<double>(a) / b) / 1e4;
}

// Scores a set of selected declarations (no outcomes needed: a selection finds what it inspects).
nlohmann::json score_selection(const std::map<std::string, Case>& cases,
                               const std::set<std::string>& selected) {
  int64_t found = 0;
  double value = 0, mass = 0;
  std::map<std::string, int64_t> by_domain;
  for (const auto& id : selected) {
    auto c = cases.find(id);
    if (c == cases.end()) continue;
    ++found;
    value += c->second.value;
    mass += c->second.mass;
    ++by_domain[c->second.domain];
  }
  return {{"selected", selected.size()},
          {"found", found},
          {"precision", ratio(found, static_cast<int64_t>(selected.size()))},
          {"recall", ratio(found, static_cast<int64_t>(cases.size()))},
          {"false_inspections", static_cast<int64_t>(selected.size()) - found},
          {"found_by_domain", by_domain},
          {"value_usd", std::round(value * 100) / 100},
          {"mass_kg", std::round(mass * 10) / 10}};
}

int64_t seconds_between(const std::string& from, const std::string& to) {
  // both UTC ISO 8601 ("2026-03-02T10:00:00Z" or with milliseconds)
  auto parse = [](const std::string& t) -> std::optional<int64_t> {
    if (t.size() < 19) return std::nullopt;
    auto d = Date::parse(t.substr(0, 10));
    if (!d) return std::nullopt;
    try {
      return static_cast<int64_t>(d->days()) * 86400 + std::stoi(t.substr(11, 2)) * 3600 +
             std::stoi(t.substr(14, 2)) * 60 + std::stoi(t.substr(17, 2));
    } catch (const std::exception&) {
      return std::nullopt;
    }
  };
  auto a = parse(from), b = parse(to);
  if (!a || !b) return 0;
  return std::max<int64_t>(0, *b - *a);
}

}  // namespace

nlohmann::json report(Store& store) {
  Exercise e = require_current(store);
  sql::Session& s = store.sql();
  std::map<std::string, Case> cases;
  for (const sql::Row& r :
       s.query("SELECT declaration_id, domain, value_usd, mass_kg, case_data FROM exercise_truth "
               "WHERE administration = $1 ORDER BY declaration_id",
               {e.administration})) {
    Case c;
    c.id = r.text(0);
    c.domain = r.text(1);
    c.value = r.real(2);
    c.mass = r.real(3);
    c.data = nlohmann::json::parse(r.text(4), nullptr, false);
    if (c.data.is_discarded()) c.data = nlohmann::json::object();
    c.engine_rank = c.data.value("engine_rank", int64_t{0});
    c.random_rank = c.data.value("random_rank", int64_t{0});
    cases.emplace(c.id, std::move(c));
  }
  std::map<std::pair<std::string, int64_t>, std::string> substance;  // (id, item) -> truth
  for (const sql::Row& r :
       s.query("SELECT declaration_id, item_no, substance FROM exercise_sample_truth WHERE "
               "administration = $1",
               {e.administration}))
    substance[{r.text(0), r.integer(1)}] = r.text(2);

  // The engine's and the random selection at the capacity.
  std::set<std::string> engine, random;
  for (const sql::Row& r :
       s.query("SELECT declaration_id, engine_rank, random_rank FROM exercise_findings WHERE "
               "administration = $1",
               {e.administration})) {
    if (r.integer(1) <= e.capacity) engine.insert(r.text(0));
    if (r.integer(2) <= e.capacity) random.insert(r.text(0));
  }

  // Each trainee: inspections, outcomes, identifications.
  struct Play {
    std::set<std::string> inspected;
    std::map<std::string, std::string> outcome;  // last recorded
    int64_t identifications = 0, correct = 0, screenings = 0, samples = 0;
    std::string last_at;
  };
  std::map<std::string, Play> plays;
  for (const auth::User& u : auth::list_users(store))
    if (u.role == auth::Role::trainee) plays[u.username];
  for (const Action& a : actions(store)) {
    Play& p = plays[a.username];
    p.last_at = a.at;
    if (a.kind == "inspect") p.inspected.insert(a.declaration_id);
    if (a.kind == "outcome") p.outcome[a.declaration_id] = a.data.value("result", "");
    if (a.kind == "screen") ++p.screenings;
    if (a.kind == "sample") ++p.samples;
    if (a.kind == "identify") {
      ++p.identifications;
      auto t = substance.find({a.declaration_id, a.data.value("item_no", int64_t{0})});
      if (t != substance.end() && lower(t->second) == lower(a.data.value("substance", ""))) ++p.correct;
    }
  }
  nlohmann::json trainees = nlohmann::json::array();
  std::map<std::string, std::vector<std::string>> found_by;  // case -> trainees
  for (const auto& [username, p] : plays) {
    int64_t found = 0, inspected_missed = 0, false_inspections = 0;
    double value = 0, mass = 0;
    std::map<std::string, int64_t> by_domain;
    for (const std::string& id : p.inspected) {
      auto c = cases.find(id);
      auto o = p.outcome.find(id);
      if (c == cases.end()) {
        ++false_inspections;
        continue;
      }
      if (o != p.outcome.end() && (o->second == "seizure" || o->second == "discrepancy")) {
        ++found;
        value += c->second.value;
        mass += c->second.mass;
        ++by_domain[c->second.domain];
        found_by[id].push_back(username);
      } else {
        ++inspected_missed;
      }
    }
    int64_t wrong_seizures = 0;
    for (const auto& [id, result] : p.outcome)
      if (!cases.count(id) && result != "clean") ++wrong_seizures;
    trainees.push_back(
        {{"username", username},
         {"inspections", p.inspected.size()},
         {"found", found},
         {"precision", ratio(found, static_cast<int64_t>(p.inspected.size()))},
         {"recall", ratio(found, static_cast<int64_t>(cases.size()))},
         {"false_inspections", false_inspections},
         {"inspected_but_cleared", inspected_missed},
         {"wrong_seizures", wrong_seizures},
         {"found_by_domain", by_domain},
         {"value_usd", std::round(value * 100) / 100},
         {"mass_kg", std::round(mass * 10) / 10},
         {"identifications", {{"submitted", p.identifications}, {"correct", p.correct}}},
         {"samples", p.samples},
         {"screenings", p.screenings},
         {"seconds",
          e.started_at.empty() || p.last_at.empty() ? 0 : seconds_between(e.started_at, p.last_at)}});
  }

  nlohmann::json debrief = nlohmann::json::array();
  std::map<std::string, int64_t> cases_by_domain;
  for (const auto& [id, c] : cases) {
    ++cases_by_domain[c.domain];
    nlohmann::json samples = nlohmann::json::array();
    for (const auto& [key, sub] : substance)
      if (key.first == id) samples.push_back({{"item_no", key.second}, {"substance", sub}});
    debrief.push_back({{"declaration_id", id},
                       {"domain", c.domain},
                       {"what", c.data.value("what", "")},
                       {"disguise", c.data.value("disguise", "")},
                       {"indicators", c.data.value("indicators", "")},
                       {"revealed_by", c.data.value("revealed_by", nlohmann::json::object())},
                       {"samples", samples},
                       {"value_usd", c.value},
                       {"mass_kg", c.mass},
                       {"engine_lane", c.data.value("engine_lane", "")},
                       {"engine_rank", c.engine_rank},
                       {"engine_selected", engine.count(id) > 0},
                       {"random_selected", random.count(id) > 0},
                       {"found_by", found_by[id]}});
  }
  return {{"exercise", e.name},
          {"scenario", e.scenario},
          {"state", e.state},
          {"declarations", e.settings.value("declarations", 0)},
          {"capacity", e.capacity},
          {"cases", cases.size()},
          {"cases_by_domain", cases_by_domain},
          {"engine", score_selection(cases, engine)},
          {"random", score_selection(cases, random)},
          {"trainees", trainees},
          {"debrief", debrief}};
}

namespace {

std::string esc(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string text_of(const nlohmann::json& j) { return j.is_string() ? j.get<std::string>() : j.dump(); }

}  // namespace

std::string report_html(const nlohmann::json& r) {
  std::string h =
      "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Exercise " +
      esc(text_of(r["exercise"])) +
      " debrief</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
      "td,th{border:1px solid #999;padding:4px 8px;vertical-align:top}th{background:#eee}</style>"
      "</head><body>\n";
  h += "<h1>Exercise " + esc(text_of(r["exercise"])) + " (" + esc(text_of(r["scenario"])) + ")</h1>\n";
  h += fmt::format("<p>{} declarations, {} hidden cases, capacity {} inspections.</p>\n",
                   r["declarations"].get<int64_t>(), r["cases"].get<int64_t>(), r["capacity"].get<int64_t>());
  h += "<h2>Scores</h2>\n<table><tr><th>who</th><th>inspections</th><th>found</th><th>precision</th>"
       "<th>false inspections</th><th>value caught (USD)</th><th>mass caught (kg)</th></tr>\n";
  auto row = [&](const std::string& who, const nlohmann::json& s, const char* used) {
    h += fmt::format(
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{:.2f}</td><td>{}</td><td>{:.2f}</td><td>{:.1f}</td></"
        "tr>\n",
        esc(who), s[used].get<int64_t>(), s["found"].get<int64_t>(), s["precision"].get<double>(),
        s["false_inspections"].get<int64_t>(), s["value_usd"].get<double>(), s["mass_kg"].get<double>());
  };
  row("the engine's selection", r["engine"], "selected");
  row("a random selection", r["random"], "selected");
  for (const auto& t : r["trainees"]) row(t["username"].get<std::string>(), t, "inspections");
  h += "</table>\n<h2>Every hidden case</h2>\n<table><tr><th>declaration</th><th>what</th><th>how it was "
       "disguised</th><th>what would have revealed it</th><th>engine</th><th>found by</th></tr>\n";
  for (const auto& c : r["debrief"]) {
    std::string revealed;
    const auto& rb = c["revealed_by"];
    for (const char* k : {"profiles", "indicators", "screening"})
      if (rb.contains(k))
        for (const auto& f : rb[k])
          revealed += "<li>" + esc(f.value("id", "")) + ": " + esc(f.value("reason", "")) + "</li>";
    if (rb.contains("listed_party"))
      revealed += "<li>party " + esc(rb["listed_party"].value("party", "")) + " is on list " +
                  esc(rb["listed_party"].value("list", "")) + "</li>";
    if (!rb.value("permit", "").empty()) revealed += "<li>permit: " + esc(rb.value("permit", "")) + "</li>";
    for (const auto& s : c["samples"])
      revealed += "<li>sample of item " + std::to_string(s["item_no"].get<int64_t>()) + ": " +
                  esc(s["substance"].get<std::string>()) + "</li>";
    revealed += "<li>indicators to look for: " + esc(c.value("indicators", "")) + "</li>";
    std::string found;
    for (const auto& u : c["found_by"]) found += esc(u.get<std::string>()) + " ";
    h += "<tr><td>" + esc(c.value("declaration_id", "")) + "</td><td>" + esc(c.value("what", "")) +
         "</td><td>" + esc(c.value("disguise", "")) + "</td><td><ul>" + revealed + "</ul></td><td>" +
         esc(c.value("engine_lane", "")) +
         (c.value("engine_selected", false) ? ", selected" : ", not selected") + "</td><td>" +
         (found.empty() ? "nobody" : found) + "</td></tr>\n";
  }
  h += "</table>\n</body></html>\n";
  return h;
}

}  // namespace custos::exercise
