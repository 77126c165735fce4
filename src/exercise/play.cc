// Exercises: finding them, members, the instructor's controls and what
// trainees do. Nothing here reads the truth tables (see exercise.hpp).
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "auth/errors.hpp"
#include "auth/users.hpp"
#include "core/clock.hpp"
#include "core/declaration_json.hpp"
#include "exercise/common.hpp"
#include "exercise/scenario.hpp"
#include "screen/list_versions.hpp"
#include "screen/screen.hpp"

namespace custos::exercise {

std::string scenarios_path(const std::string& data_dir) { return data_dir + "/exercises/scenarios.toml"; }

std::vector<std::string> scenario_kinds(const std::string& data_dir) {
  std::vector<std::string> out;
  for (const auto& [k, s] : ScenarioFile::load(scenarios_path(data_dir)).scenarios) out.push_back(k);
  return out;
}

void check_name(const std::string& name) {
  const bool ok = !name.empty() && name.size() <= 32 && std::isalnum(static_cast<unsigned char>(name[0])) &&
                  std::all_of(name.begin(), name.end(), [](char c) {
                    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
                  });
  if (!ok)
    throw auth::InvalidInput("name", "1 to 32 characters a-z, 0-9 and '-', starting with a letter or digit");
}

Exercise exercise_from_row(const sql::Row& r) {
  Exercise e;
  e.administration = r.text(0);
  e.name = r.text(1);
  e.scenario = r.text(2);
  e.settings = nlohmann::json::parse(r.text(3), nullptr, false);
  if (e.settings.is_discarded()) e.settings = nlohmann::json::object();
  e.day = r.text(4);
  e.capacity = static_cast<int>(r.integer(5));
  e.hide_findings = r.boolean(6);
  e.state = r.text(7);
  e.created_at = r.text(8);
  e.started_at = r.text(9);
  e.ended_at = r.text(10);
  return e;
}

nlohmann::json to_json(const Exercise& e) {
  return {{"name", e.name},
          {"administration", e.administration},
          {"scenario", e.scenario},
          {"title", e.settings.value("title", "")},
          {"teaches", e.settings.value("teaches", "")},
          {"day", e.day},
          {"state", e.state},
          {"capacity", e.capacity},
          {"declarations", e.settings.value("declarations", 0)},
          {"hide_findings", e.hide_findings},
          {"created_at", e.created_at},
          {"started_at", e.started_at},
          {"ended_at", e.ended_at}};
}

std::optional<Exercise> find_by_name(Store& store, const std::string& name) {
  auto r = store.sql().query_one(
      std::string("SELECT ") + kExerciseColumns + " FROM exercises WHERE name = $1", {name});
  if (!r) return std::nullopt;
  return exercise_from_row(*r);
}

std::optional<Exercise> current(Store& store) {
  auto r = store.sql().query_one(
      std::string("SELECT ") + kExerciseColumns + " FROM exercises WHERE administration = $1",
      {store.administration()});
  if (!r) return std::nullopt;
  return exercise_from_row(*r);
}

Exercise require_current(Store& store) {
  auto e = current(store);
  if (!e) throw auth::NotFound("no exercise in administration " + store.administration());
  return *e;
}

std::vector<Exercise> list(Store& store) {
  std::vector<Exercise> out;
  for (const sql::Row& r :
       store.sql().query(std::string("SELECT ") + kExerciseColumns + " FROM exercises ORDER BY name"))
    out.push_back(exercise_from_row(r));
  return out;
}

void add_member(Store& store, const audit::Actor& actor, const std::string& name, const std::string& username,
                auth::Role role, const std::string& password) {
  if (role != auth::Role::trainee && role != auth::Role::instructor)
    throw auth::InvalidInput("role", "an exercise's members are trainees or instructors");
  auto e = find_by_name(store, name);
  if (!e) throw auth::NotFound("no exercise " + name);
  const std::string home = store.administration();
  store.set_administration(e->administration);
  try {
    auth::add_user(store, actor, {username, role, "", password});
  } catch (...) {
    store.set_administration(home);
    throw;
  }
  store.set_administration(home);
}

Exercise change_state(Store& store, const audit::Actor& actor, const std::string& action) {
  sql::Transaction tx(store.sql());
  Exercise e = require_current(store);
  std::string next;
  if (action == "start" && (e.state == "ready" || e.state == "paused"))
    next = "running";
  else if (action == "pause" && e.state == "running")
    next = "paused";
  else if (action == "end" && e.state != "ended")
    next = "ended";
  else if (action != "start" && action != "pause" && action != "end")
    throw auth::InvalidInput("action", "start, pause or end");
  else
    throw StateError("cannot " + action + " an exercise that is " + e.state);
  const std::string now = utc_now();
  store.sql().execute(
      "UPDATE exercises SET state = $2, updated_at = $3, "
      "started_at = CASE WHEN started_at IS NULL AND $2 = 'running' THEN $3 ELSE started_at END, "
      "ended_at = CASE WHEN $2 = 'ended' THEN $3 ELSE ended_at END WHERE administration = $1",
      {e.administration, next, now});
  audit::record(store, actor, "exercise." + action, "exercise:" + e.name, {{"from", e.state}, {"to", next}});
  tx.commit();
  return require_current(store);
}

Exercise set_hide_findings(Store& store, const audit::Actor& actor, bool hide) {
  sql::Transaction tx(store.sql());
  Exercise e = require_current(store);
  store.sql().execute("UPDATE exercises SET hide_findings = $2, updated_at = $3 WHERE administration = $1",
                      {e.administration, sql::boolean(hide), utc_now()});
  audit::record(store, actor, "exercise.findings", "exercise:" + e.name, {{"hide_findings", hide}});
  tx.commit();
  return require_current(store);
}

std::vector<Action> actions(Store& store, const std::string& username, const std::string& kind) {
  std::vector<Action> out;
  for (const sql::Row& r :
       store.sql().query("SELECT username, seq, kind, declaration_id, data, at FROM exercise_actions WHERE "
                         "administration = $1 "
                         "AND ($2 = '' OR username = $2) AND ($3 = '' OR kind = $3) ORDER BY username, seq",
                         {store.administration(), username, kind})) {
    Action a;
    a.username = r.text(0);
    a.seq = r.integer(1);
    a.kind = r.text(2);
    a.declaration_id = r.text(3);
    a.data = nlohmann::json::parse(r.text(4), nullptr, false);
    a.at = r.text(5);
    out.push_back(std::move(a));
  }
  return out;
}

namespace {

// Trainees read only while the exercise runs, is paused or has ended; they act only while it runs.
Exercise readable(Store& store) {
  Exercise e = require_current(store);
  if (e.state == "ready") throw StateError("the exercise has not started yet");
  return e;
}

Exercise running(Store& store) {
  Exercise e = require_current(store);
  if (e.state != "running") throw StateError("the exercise is " + e.state + ", not running");
  return e;
}

int64_t record_action(Store& store, const audit::Actor& actor, const Exercise& e, const std::string& kind,
                      const std::string& id, const nlohmann::json& data) {
  auto r = store.sql().query_one(
      "SELECT coalesce(max(seq), 0) FROM exercise_actions WHERE administration = $1 AND username = $2",
      {e.administration, actor.username});
  const int64_t seq = (r ? r->integer(0) : 0) + 1;
  store.sql().execute(
      "INSERT INTO exercise_actions(administration, username, seq, kind, declaration_id, data, at) "
      "VALUES ($1, $2, CAST($3 AS BIGINT), $4, $5, $6, $7)",
      {e.administration, actor.username, sql::integer(seq), kind, id, data.dump(), utc_now_ms()});
  audit::record(store, actor, "exercise." + kind, id.empty() ? "exercise:" + e.name : "declaration:" + id,
                data);
  return seq;
}

Declaration existing(Store& store, const std::string& id) {
  auto d = store.get(id);
  if (!d) throw auth::NotFound("no declaration " + id + " in this exercise");
  return *d;
}

bool inspected(Store& store, const std::string& username, const std::string& id) {
  return store.sql()
      .query_one(
          "SELECT 1 FROM exercise_actions WHERE administration = $1 AND username = $2 AND kind = 'inspect' "
          "AND declaration_id = $3",
          {store.administration(), username, id})
      .has_value();
}

int64_t inspections(Store& store, const std::string& username) {
  auto r = store.sql().query_one(
      "SELECT count(*) FROM exercise_actions WHERE administration = $1 AND username = $2 AND kind = "
      "'inspect'",
      {store.administration(), username});
  return r ? r->integer(0) : 0;
}

nlohmann::json findings_view(const Exercise& e, const sql::Row& r, size_t first) {
  if (e.hide_findings) return {{"hidden", true}};
  nlohmann::json findings = nlohmann::json::parse(r.text(first + 2), nullptr, false);
  return {{"hidden", false},
          {"score", r.real(first)},
          {"lane", r.text(first + 1)},
          {"findings", findings.is_discarded() ? nlohmann::json::array() : findings}};
}

}  // namespace

nlohmann::json status(Store& store, const std::string& username) {
  Exercise e = require_current(store);
  nlohmann::json out = to_json(e);
  out["inspections_used"] = inspections(store, username);
  out["lists"] = e.settings.value("lists", 0);
  return out;
}

nlohmann::json declarations(Store& store, const std::string& username, int64_t offset, int64_t limit) {
  Exercise e = readable(store);
  std::set<std::string> mine;
  for (const Action& a : actions(store, username, "inspect")) mine.insert(a.declaration_id);
  nlohmann::json out = nlohmann::json::array();
  auto rows = store.sql().query(
      "SELECT declaration_id, score, lane, findings FROM exercise_findings WHERE administration = $1 "
      "ORDER BY declaration_id LIMIT CAST($2 AS BIGINT) OFFSET CAST($3 AS BIGINT)",
      {e.administration, sql::integer(limit), sql::integer(offset)});
  for (const sql::Row& r : rows) {
    auto d = store.get(r.text(0));
    if (!d) continue;
    out.push_back({{"declaration", custos::to_json(*d)},
                   {"assessment", findings_view(e, r, 1)},
                   {"inspected", mine.count(d->id) > 0}});
  }
  auto total = store.sql().query_one("SELECT count(*) FROM exercise_findings WHERE administration = $1",
                                     {e.administration});
  return {{"total", total ? total->integer(0) : 0}, {"offset", offset}, {"declarations", out}};
}

nlohmann::json declaration(Store& store, const std::string& username, const std::string& id) {
  Exercise e = readable(store);
  Declaration d = existing(store, id);
  nlohmann::json out = {{"declaration", custos::to_json(d)}};
  auto r = store.sql().query_one(
      "SELECT score, lane, findings FROM exercise_findings WHERE administration = $1 AND declaration_id = $2",
      {e.administration, id});
  out["assessment"] = r ? findings_view(e, *r, 0) : nlohmann::json{{"hidden", e.hide_findings}};
  nlohmann::json permits = nlohmann::json::array();
  for (const sql::Row& p : store.sql().query(
           "SELECT item_no, type, reference, details FROM exercise_permits WHERE administration = $1 AND "
           "declaration_id = $2 ORDER BY item_no, type",
           {e.administration, id})) {
    nlohmann::json details = nlohmann::json::parse(p.text(3), nullptr, false);
    permits.push_back({{"item_no", p.integer(0)},
                       {"type", p.text(1)},
                       {"reference", p.text(2)},
                       {"details", details.is_discarded() ? nlohmann::json::object() : details}});
  }
  out["permits"] = permits;
  nlohmann::json samplable = nlohmann::json::array();
  for (const sql::Row& s : store.sql().query("SELECT item_no FROM exercise_samples WHERE administration = $1 "
                                             "AND declaration_id = $2 ORDER BY item_no",
                                             {e.administration, id}))
    samplable.push_back(s.integer(0));
  out["samplable_items"] = samplable;
  nlohmann::json mine = nlohmann::json::array();
  for (const Action& a : actions(store, username))
    if (a.declaration_id == id) mine.push_back({{"kind", a.kind}, {"data", a.data}, {"at", a.at}});
  out["actions"] = mine;
  return out;
}

nlohmann::json inspect(Store& store, const audit::Actor& actor, const std::string& id) {
  sql::Transaction tx(store.sql());
  Exercise e = running(store);
  existing(store, id);
  if (inspected(store, actor.username, id)) throw StateError("you have inspected " + id + " already");
  const int64_t used = inspections(store, actor.username);
  if (used >= e.capacity)
    throw StateError(fmt::format("your inspection capacity ({}) is used up", e.capacity));
  record_action(store, actor, e, "inspect", id, nlohmann::json::object());
  tx.commit();
  return {{"declaration_id", id}, {"inspections_used", used + 1}, {"capacity", e.capacity}};
}

nlohmann::json screen_party(Store& store, const audit::Actor& actor, const std::string& name,
                            const std::string& country) {
  if (name.empty() || name.size() > 300) throw auth::InvalidInput("name", "1 to 300 characters");
  std::optional<Country> c;
  if (!country.empty()) {
    c = Country::parse(country);
    if (!c) throw auth::InvalidInput("country", "an ISO 3166 alpha-2 code");
  }
  sql::Transaction tx(store.sql());
  Exercise e = running(store);
  std::vector<screen::ListEntity> entities = screen::load_active_lists(store);
  nlohmann::json results = nlohmann::json::array();
  if (!entities.empty()) {
    screen::Screener screener(std::move(entities));
    screen::ScreenQuery q;
    q.country = c;
    for (const screen::ScreenResult& r : screener.screen(name, q))
      results.push_back({{"list", r.entity->list},
                         {"entry", r.entity->id},
                         {"matched_name", r.matched_name},
                         {"score", r.score},
                         {"alert", r.alert},
                         {"summary", r.summary(name)}});
  }
  record_action(store, actor, e, "screen", "",
                {{"name", name}, {"country", country}, {"hits", results.size()}});
  tx.commit();
  return {{"name", name},
          {"lists_loaded", !results.empty() || e.settings.value("lists", 0) > 0},
          {"results", results}};
}

nlohmann::json sample(Store& store, const audit::Actor& actor, const std::string& id, int item) {
  sql::Transaction tx(store.sql());
  Exercise e = running(store);
  existing(store, id);
  if (!inspected(store, actor.username, id)) throw StateError("inspect " + id + " before sampling its goods");
  auto r = store.sql().query_one(
      "SELECT spectrum FROM exercise_samples WHERE administration = $1 AND declaration_id = $2 AND item_no = "
      "CAST($3 AS BIGINT)",
      {e.administration, id, sql::integer(item)});
  if (!r)
    throw auth::NotFound(
        fmt::format("item {} of {} cannot be sampled with the field spectrometer", item, id));
  record_action(store, actor, e, "sample", id, {{"item_no", item}});
  tx.commit();
  nlohmann::json spectrum = nlohmann::json::parse(r->text(0));
  return {{"declaration_id", id}, {"item_no", item}, {"spectrum", spectrum}};
}

nlohmann::json identify(Store& store, const audit::Actor& actor, const std::string& id, int item,
                        const std::string& substance) {
  if (substance.empty() || substance.size() > 200)
    throw auth::InvalidInput("substance", "1 to 200 characters");
  sql::Transaction tx(store.sql());
  Exercise e = running(store);
  existing(store, id);
  bool sampled = false;
  for (const Action& a : actions(store, actor.username, "sample"))
    if (a.declaration_id == id && a.data.value("item_no", 0) == item) sampled = true;
  if (!sampled) throw StateError(fmt::format("sample item {} of {} before identifying it", item, id));
  record_action(store, actor, e, "identify", id, {{"item_no", item}, {"substance", substance}});
  tx.commit();
  return {{"declaration_id", id}, {"item_no", item}, {"substance", substance}, {"recorded", true}};
}

nlohmann::json record_outcome(Store& store, const audit::Actor& actor, const std::string& id,
                              const std::string& result, const std::string& note) {
  if (result != "clean" && result != "discrepancy" && result != "seizure")
    throw auth::InvalidInput("result", "clean, discrepancy or seizure");
  if (note.size() > 2000) throw auth::InvalidInput("note", "at most 2000 characters");
  sql::Transaction tx(store.sql());
  Exercise e = running(store);
  existing(store, id);
  if (!inspected(store, actor.username, id))
    throw StateError("inspect " + id + " before recording an outcome");
  record_action(store, actor, e, "outcome", id, {{"result", result}, {"note", note}});
  tx.commit();
  return {{"declaration_id", id}, {"result", result}, {"recorded", true}};
}

nlohmann::json references(Store& store) {
  Exercise e = readable(store);
  // The substances of the exercise's scenario file, kept with the exercise's settings.
  nlohmann::json refs = e.settings.value("references", nlohmann::json::array());
  return {{"references", refs}};
}

nlohmann::json progress(Store& store) {
  Exercise e = require_current(store);
  std::map<std::string, nlohmann::json> by;
  for (const auth::User& u : auth::list_users(store))
    if (u.role == auth::Role::trainee)
      by[u.username] = {{"username", u.username}, {"inspections", 0}, {"outcomes", 0},       {"samples", 0},
                        {"identifications", 0},   {"screenings", 0},  {"last_action_at", ""}};
  for (const Action& a : actions(store)) {
    nlohmann::json& t = by[a.username];
    t["username"] = a.username;
    const std::string key = a.kind == "inspect"    ? "inspections"
                            : a.kind == "outcome"  ? "outcomes"
                            : a.kind == "sample"   ? "samples"
                            : a.kind == "identify" ? "identifications"
                                                   : "screenings";
    t[key] = t.value(key, 0) + 1;
    t["last_action_at"] = a.at;
  }
  nlohmann::json trainees = nlohmann::json::array();
  for (auto& [name, t] : by) trainees.push_back(t);
  nlohmann::json out = to_json(e);
  out["trainees"] = trainees;
  return out;
}

}  // namespace custos::exercise
