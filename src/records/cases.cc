#include "records/cases.hpp"

#include <algorithm>

#include "core/clock.hpp"

namespace custos::records {
namespace {

template <size_t N>
bool one_of(const std::string_view (&list)[N], std::string_view v) {
  return std::find(std::begin(list), std::end(list), v) != std::end(list);
}

template <size_t N>
std::string listed(const std::string_view (&list)[N]) {
  std::string s;
  for (std::string_view x : list) s += (s.empty() ? "" : ", ") + std::string(x);
  return s;
}

int64_t next_seq(sql::Session& db, const char* table, const std::string& admin, std::string_view id) {
  return db
      .query_one(std::string("SELECT coalesce(max(seq), 0) + 1 FROM ") + table +
                     " WHERE administration = $1 AND case_id = $2",
                 {sql::text(admin), sql::text(id)})
      ->integer(0);
}

// The case's current row; throws NotFound.
sql::Row current(Store& store, std::string_view id) {
  auto r = store.sql().query_one(
      "SELECT id, title, status, created_by, created_at, updated_at FROM cases WHERE administration = $1 AND "
      "id = $2",
      {sql::text(store.administration()), sql::text(id)});
  if (!r) throw NotFound("no case '" + std::string(id) + "'");
  return *r;
}

void timeline(Store& store, std::string_view id, const audit::Actor& actor, std::string_view what,
              std::string_view old_value, std::string_view new_value, const std::string& now) {
  sql::Session& db = store.sql();
  const std::string admin = store.administration();
  db.execute(
      "INSERT INTO case_timeline(administration, case_id, seq, at, actor, what, old_value, new_value) VALUES "
      "($1, "
      "$2, CAST($3 AS BIGINT), $4, $5, $6, $7, $8)",
      {sql::text(admin), sql::text(id), sql::integer(next_seq(db, "case_timeline", admin, id)),
       sql::text(now), sql::text(actor.username), sql::text(what), sql::text(old_value),
       sql::text(new_value)});
  db.execute("UPDATE cases SET updated_at = $3 WHERE administration = $1 AND id = $2",
             {sql::text(admin), sql::text(id), sql::text(now)});
  audit::record(store, actor, "case." + std::string(what), "case:" + std::string(id),
                {{"old", std::string(old_value)}, {"new", std::string(new_value)}});
}

Case from_row(const sql::Row& r) {
  Case c;
  c.id = r.text(0);
  c.title = r.text(1);
  c.status = r.text(2);
  c.created_by = r.text(3);
  c.created_at = r.text(4);
  c.updated_at = r.text(5);
  return c;
}

}  // namespace

nlohmann::json to_json(const Case& c) {
  nlohmann::json links = nlohmann::json::array(), notes = nlohmann::json::array(),
                 tasks = nlohmann::json::array(), tl = nlohmann::json::array();
  for (const CaseLink& l : c.links)
    links.push_back({{"kind", l.kind}, {"ref", l.ref}, {"added_by", l.added_by}, {"added_at", l.added_at}});
  for (const CaseNote& n : c.notes)
    notes.push_back({{"seq", n.seq}, {"author", n.author}, {"at", n.at}, {"text", n.text}});
  for (const CaseTask& t : c.tasks)
    tasks.push_back({{"seq", t.seq},
                     {"title", t.title},
                     {"assignee", t.assignee},
                     {"status", t.status},
                     {"created_by", t.created_by},
                     {"created_at", t.created_at}});
  for (const TimelineEntry& e : c.timeline)
    tl.push_back({{"seq", e.seq},
                  {"at", e.at},
                  {"actor", e.actor},
                  {"what", e.what},
                  {"old", e.old_value},
                  {"new", e.new_value}});
  return {{"id", c.id},
          {"title", c.title},
          {"status", c.status},
          {"created_by", c.created_by},
          {"created_at", c.created_at},
          {"updated_at", c.updated_at},
          {"links", links},
          {"notes", notes},
          {"tasks", tasks},
          {"timeline", tl}};
}

Case create_case(Store& store, std::string_view title, const audit::Actor& actor) {
  if (title.empty()) throw BadValue("title", "a case needs a title");
  sql::Session& db = store.sql();
  const std::string admin = store.administration();
  sql::Transaction tx(db);
  db.lock("cases");
  int64_t n =
      db.query_one("SELECT count(*) FROM cases WHERE administration = $1", {sql::text(admin)})->integer(0);
  std::string id;
  do {
    id = "CASE-" + std::to_string(++n);
  } while (db.query_one("SELECT 1 FROM cases WHERE administration = $1 AND id = $2",
                        {sql::text(admin), sql::text(id)}));
  const std::string now = utc_now();
  db.execute(
      "INSERT INTO cases(administration, id, title, status, created_by, created_at, updated_at) VALUES ($1, "
      "$2, $3, "
      "'open', $4, $5, $5)",
      {sql::text(admin), sql::text(id), sql::text(title), sql::text(actor.username), sql::text(now)});
  timeline(store, id, actor, "create", "", std::string(title), now);
  tx.commit();
  return *get_case(store, id);
}

std::optional<Case> get_case(Store& store, std::string_view id) {
  sql::Session& db = store.sql();
  const std::string admin = store.administration();
  auto r = db.query_one(
      "SELECT id, title, status, created_by, created_at, updated_at FROM cases WHERE administration = $1 AND "
      "id = $2",
      {sql::text(admin), sql::text(id)});
  if (!r) return std::nullopt;
  Case c = from_row(*r);
  sql::Params p{sql::text(admin), sql::text(id)};
  for (const sql::Row& x :
       db.query("SELECT kind, ref, added_by, added_at FROM case_links WHERE administration = $1 "
                "AND case_id = $2 ORDER BY added_at, kind, ref",
                p))
    c.links.push_back({x.text(0), x.text(1), x.text(2), x.text(3)});
  for (const sql::Row& x : db.query("SELECT seq, author, at, text FROM case_notes WHERE administration = $1 "
                                    "AND case_id = $2 ORDER BY seq",
                                    p))
    c.notes.push_back({x.integer(0), x.text(1), x.text(2), x.text(3)});
  for (const sql::Row& x :
       db.query("SELECT seq, title, assignee, status, created_by, created_at FROM case_tasks "
                "WHERE administration = $1 AND case_id = $2 ORDER BY seq",
                p))
    c.tasks.push_back({x.integer(0), x.text(1), x.text(2), x.text(3), x.text(4), x.text(5)});
  for (const sql::Row& x :
       db.query("SELECT seq, at, actor, what, old_value, new_value FROM case_timeline WHERE "
                "administration = $1 AND case_id = $2 ORDER BY seq",
                p))
    c.timeline.push_back({x.integer(0), x.text(1), x.text(2), x.text(3), x.text(4), x.text(5)});
  return c;
}

std::vector<Case> list_cases(Store& store) {
  std::vector<Case> out;
  for (const sql::Row& r : store.sql().query("SELECT id, title, status, created_by, created_at, updated_at "
                                             "FROM cases WHERE administration = $1 ORDER "
                                             "BY created_at, id",
                                             {sql::text(store.administration())}))
    out.push_back(from_row(r));
  return out;
}

void link_case(Store& store, std::string_view id, std::string_view kind, std::string_view ref,
               const audit::Actor& actor) {
  if (!one_of(kCaseLinkKinds, kind))
    throw BadValue("kind", "'" + std::string(kind) + "' is not one of " + listed(kCaseLinkKinds));
  if (ref.empty()) throw BadValue("ref", "empty reference");
  sql::Session& db = store.sql();
  sql::Transaction tx(db);
  current(store, id);
  if (kind == "seizure" && !get_seizure(store, ref)) throw NotFound("no seizure '" + std::string(ref) + "'");
  if (kind == "declaration" && !store.get(ref)) throw NotFound("no declaration '" + std::string(ref) + "'");
  const std::string now = utc_now();
  int64_t n = db.execute(
      "INSERT INTO case_links(administration, case_id, kind, ref, added_by, added_at) VALUES ($1, $2, $3, "
      "$4, $5, "
      "$6) ON CONFLICT (administration, case_id, kind, ref) DO NOTHING",
      {sql::text(store.administration()), sql::text(id), sql::text(kind), sql::text(ref),
       sql::text(actor.username), sql::text(now)});
  if (n > 0) timeline(store, id, actor, "link", "", std::string(kind) + ":" + std::string(ref), now);
  tx.commit();
}

void set_case_status(Store& store, std::string_view id, std::string_view status, const audit::Actor& actor) {
  if (!one_of(kCaseStatuses, status))
    throw BadValue("status", "'" + std::string(status) + "' is not one of " + listed(kCaseStatuses));
  sql::Session& db = store.sql();
  sql::Transaction tx(db);
  std::string old = current(store, id).text(2);
  if (old != status) {
    const std::string now = utc_now();
    db.execute("UPDATE cases SET status = $3 WHERE administration = $1 AND id = $2",
               {sql::text(store.administration()), sql::text(id), sql::text(status)});
    timeline(store, id, actor, "status", old, status, now);
  }
  tx.commit();
}

void set_case_title(Store& store, std::string_view id, std::string_view title, const audit::Actor& actor) {
  if (title.empty()) throw BadValue("title", "a case needs a title");
  sql::Session& db = store.sql();
  sql::Transaction tx(db);
  std::string old = current(store, id).text(1);
  if (old != title) {
    db.execute("UPDATE cases SET title = $3 WHERE administration = $1 AND id = $2",
               {sql::text(store.administration()), sql::text(id), sql::text(title)});
    timeline(store, id, actor, "title", old, title, utc_now());
  }
  tx.commit();
}

CaseNote add_case_note(Store& store, std::string_view id, std::string_view text, const audit::Actor& actor) {
  if (text.empty()) throw BadValue("text", "an empty note");
  sql::Session& db = store.sql();
  sql::Transaction tx(db);
  db.lock("cases");
  current(store, id);
  CaseNote n{next_seq(db, "case_notes", store.administration(), id), actor.username, utc_now(),
             std::string(text)};
  db.execute(
      "INSERT INTO case_notes(administration, case_id, seq, author, at, text) VALUES ($1, $2, CAST($3 AS "
      "BIGINT), "
      "$4, $5, $6)",
      {sql::text(store.administration()), sql::text(id), sql::integer(n.seq), sql::text(n.author),
       sql::text(n.at), sql::text(n.text)});
  timeline(store, id, actor, "note", "", n.text, n.at);
  tx.commit();
  return n;
}

CaseTask add_case_task(Store& store, std::string_view id, std::string_view title, std::string_view assignee,
                       const audit::Actor& actor) {
  if (title.empty()) throw BadValue("title", "a task needs a title");
  sql::Session& db = store.sql();
  sql::Transaction tx(db);
  db.lock("cases");
  current(store, id);
  CaseTask t{next_seq(db, "case_tasks", store.administration(), id),
             std::string(title),
             std::string(assignee),
             "open",
             actor.username,
             utc_now()};
  db.execute(
      "INSERT INTO case_tasks(administration, case_id, seq, title, assignee, status, created_by, created_at) "
      "VALUES "
      "($1, $2, CAST($3 AS BIGINT), $4, $5, 'open', $6, $7)",
      {sql::text(store.administration()), sql::text(id), sql::integer(t.seq), sql::text(t.title),
       sql::text(t.assignee), sql::text(t.created_by), sql::text(t.created_at)});
  timeline(store, id, actor, "task", "", "task " + std::to_string(t.seq) + ": " + t.title, t.created_at);
  tx.commit();
  return t;
}

void set_task_status(Store& store, std::string_view id, int64_t task, std::string_view status,
                     const audit::Actor& actor) {
  if (!one_of(kTaskStatuses, status))
    throw BadValue("status", "'" + std::string(status) + "' is not one of " + listed(kTaskStatuses));
  sql::Session& db = store.sql();
  sql::Transaction tx(db);
  current(store, id);
  auto r = db.query_one(
      "SELECT status FROM case_tasks WHERE administration = $1 AND case_id = $2 AND seq = "
      "CAST($3 AS BIGINT)",
      {sql::text(store.administration()), sql::text(id), sql::integer(task)});
  if (!r) throw NotFound("case " + std::string(id) + " has no task " + std::to_string(task));
  if (r->text(0) != status) {
    db.execute(
        "UPDATE case_tasks SET status = $4 WHERE administration = $1 AND case_id = $2 AND seq = CAST($3 AS "
        "BIGINT)",
        {sql::text(store.administration()), sql::text(id), sql::integer(task), sql::text(status)});
    timeline(store, id, actor, "task_status", "task " + std::to_string(task) + ": " + r->text(0),
             "task " + std::to_string(task) + ": " + std::string(status), utc_now());
  }
  tx.commit();
}

}  // namespace custos::records
