// PgStore: opening, migrations, tenancy, reference data, artifacts, events
// and statistics. Declarations and their documents are in declarations.cc.
#include <pqxx/binarystring>
#include <pqxx/stream_to>

#include "core/clock.hpp"
#include "store/postgres/pg_store.hpp"
#include "store/postgres/schema.hpp"

namespace custos::postgres {
namespace {

constexpr const char* kMigrationLock = "custos:migrate";

std::string text_of(const pqxx::field& f) {
  return f.is_null() ? std::string() : std::string(f.c_str(), f.size());
}

}  // namespace

PgStore::PgStore(const std::string& url) : conn_(url), sql_(conn_) {
  // Notices (e.g. "already exists, skipping") are not for the user.
  conn_.exec("SET client_min_messages = warning");
  migrate();
  load_dictionaries();
  PgStore::set_administration(own_administration());
}

PgStore::~PgStore() = default;

void PgStore::set_administration(std::string_view code) {
  Store::set_administration(code);
  conn_.set_tenant(administration_);
}

std::string PgStore::own_administration() {
  auto r = conn_.run("SELECT code FROM administrations WHERE own = 1");
  if (r.empty()) throw StoreError("the store has no own administration (run 'custos init')");
  return text_of(r[0][0]);
}

int PgStore::schema_version() {
  auto r = conn_.run("SELECT coalesce(max(version), 0) FROM schema_migrations");
  return r[0][0].as<int>();
}

void PgStore::migrate() {
  // A role that may not create tables can still open a migrated store.
  if (conn_.run("SELECT to_regclass('schema_migrations') IS NULL")[0][0].as<bool>()) {
    const std::string key = std::to_string(lock_key(kMigrationLock));
    conn_.run("SELECT pg_advisory_lock(CAST($1 AS BIGINT))", {key.c_str()});
    conn_.exec(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT "
        "NULL, applied_at TEXT NOT NULL)");
    conn_.run("SELECT pg_advisory_unlock(CAST($1 AS BIGINT))", {key.c_str()});
  }
  auto applied = [&](int version) {
    const std::string v = std::to_string(version);
    return !conn_.run("SELECT 1 FROM schema_migrations WHERE version = CAST($1 AS INTEGER)", {v.c_str()})
                .empty();
  };
  // Every migration not yet recorded, in order (not only those above the
  // newest recorded: branches may have landed in another order).
  for (const Migration& m : migrations()) {
    if (applied(m.version)) continue;
    sql::Transaction tx(sql_);
    sql_.lock(kMigrationLock);  // another process may be migrating
    if (applied(m.version)) continue;
    conn_.exec(m.sql);
    const std::string v = std::to_string(m.version), now = utc_now();
    conn_.run("INSERT INTO schema_migrations(version, description, applied_at) VALUES ($1, $2, $3)",
              {v.c_str(), m.description, now.c_str()});
    tx.commit();
  }
  const int newest = migrations().empty() ? 0 : migrations().back().version;
  if (schema_version() > newest)
    throw StoreError("the store was written by a newer Custos (schema " + std::to_string(schema_version()) +
                     ", this one knows up to " + std::to_string(newest) + ")");
}

StoreStats PgStore::stats() {
  StoreStats st;
  const char* adm = administration_.c_str();
  {
    auto r = conn_.run(
        "SELECT count(*), coalesce(sum(items), 0), min(date)::text, max(date)::text, count(fraud), "
        "coalesce(sum(fraud), 0) FROM declarations WHERE administration = $1",
        {adm});
    st.declarations = r[0][0].as<int64_t>();
    st.items = r[0][1].as<int64_t>();
    if (!r[0][2].is_null()) st.first_date = Date::parse(r[0][2].c_str());
    if (!r[0][3].is_null()) st.last_date = Date::parse(r[0][3].c_str());
    st.with_outcome = r[0][4].as<int64_t>();
    st.fraud = r[0][5].as<int64_t>();
  }
  st.versions = st.declarations +
                conn_.run("SELECT count(*) FROM declaration_versions WHERE administration = $1", {adm})[0][0]
                    .as<int64_t>();
  for (const auto& row : conn_.run("SELECT coalesce(flow, 'unknown'), count(*) FROM declarations "
                                   "WHERE administration = $1 GROUP BY 1 ORDER BY 2 DESC, 1",
                                   {adm}))
    st.by_flow.emplace_back(text_of(row[0]), row[1].as<int64_t>());
  for (const auto& row :
       conn_.run("SELECT illicit_domain, count(*) FROM declarations WHERE administration = $1 "
                 "AND illicit_domain IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1",
                 {adm}))
    st.by_illicit_domain.emplace_back(text_of(row[0]), row[1].as<int64_t>());
  for (const auto& row :
       conn_.run("SELECT edition, count(*) FROM nomenclature GROUP BY edition ORDER BY edition"))
    st.nomenclatures.emplace_back(text_of(row[0]), row[1].as<int64_t>());
  st.schema_version = std::to_string(schema_version());
  return st;
}

void PgStore::replace_nomenclature(std::string_view edition, std::span<const NomenclatureEntry> rows,
                                   std::string_view source) {
  const std::string ed(edition), src(source), now = utc_now();
  sql::Transaction tx(sql_);
  sql_.lock("nomenclature:" + ed);
  conn_.run("DELETE FROM nomenclature WHERE edition = $1", {ed.c_str()});
  try {
    pqxx::stream_to copy(
        conn_.work(), "nomenclature",
        std::vector<std::string>{"edition", "code", "description", "parent", "section", "level"});
    for (const auto& r : rows)
      copy << std::make_tuple(ed, r.code, r.description, r.parent, r.section, std::to_string(r.level));
    copy.complete();
  } catch (...) {
    conn_.fail("COPY nomenclature");
  }
  conn_.run(
      "INSERT INTO nomenclature_editions(edition, source, imported_at) VALUES ($1, $2, $3) "
      "ON CONFLICT (edition) DO UPDATE SET source = excluded.source, imported_at = excluded.imported_at",
      {ed.c_str(), src.c_str(), now.c_str()});
  tx.commit();
}

std::vector<NomenclatureEntry> PgStore::nomenclature(std::string_view edition) {
  const std::string ed(edition);
  std::vector<NomenclatureEntry> out;
  for (const auto& row : conn_.run("SELECT code, description, parent, section, level FROM nomenclature "
                                   "WHERE edition = $1 ORDER BY code COLLATE \"C\"",
                                   {ed.c_str()}))
    out.push_back({text_of(row[0]), text_of(row[1]), text_of(row[2]), text_of(row[3]), row[4].as<int>()});
  return out;
}

std::vector<std::string> PgStore::nomenclature_editions() {
  std::vector<std::string> out;
  for (const auto& row :
       conn_.run("SELECT edition FROM nomenclature_editions ORDER BY edition COLLATE \"C\""))
    out.push_back(text_of(row[0]));
  return out;
}

int PgStore::put_artifact(const Artifact& a) {
  const char* adm = administration_.c_str();
  sql::Transaction tx(sql_);
  // Two processes adding a version of the same artifact take turns.
  sql_.lock("artifact:" + administration_ + ":" + a.kind + ":" + a.name);
  const int version = conn_
                          .run(
                              "SELECT coalesce(max(version), 0) + 1 FROM artifacts WHERE administration = $1 "
                              "AND kind = $2 AND name = $3",
                              {adm, a.kind.c_str(), a.name.c_str()})[0][0]
                          .as<int>();
  const std::string v = std::to_string(version), payload = bytea_hex(a.payload), now = utc_now();
  const std::string metadata = a.metadata.empty() ? "{}" : a.metadata;
  conn_.run(
      "INSERT INTO artifacts(administration, kind, name, version, metadata, payload, created_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7)",
      {adm, a.kind.c_str(), a.name.c_str(), v.c_str(), metadata.c_str(), payload.c_str(), now.c_str()});
  conn_.run(
      "INSERT INTO artifact_active(administration, kind, name, version) VALUES ($1, $2, $3, $4) "
      "ON CONFLICT (administration, kind, name) DO UPDATE SET version = excluded.version",
      {adm, a.kind.c_str(), a.name.c_str(), v.c_str()});
  tx.commit();
  return version;
}

std::optional<Artifact> PgStore::get_artifact(std::string_view kind, std::string_view name,
                                              std::optional<int> version) {
  const std::string k(kind), n(name), v = version ? std::to_string(*version) : std::string();
  auto r = conn_.run(
      "SELECT a.version, a.metadata, a.payload, a.created_at, "
      "coalesce((SELECT version FROM artifact_active WHERE administration = a.administration AND "
      "kind = a.kind AND name = a.name) = a.version, false) "
      "FROM artifacts a WHERE a.administration = $1 AND a.kind = $2 AND a.name = $3 AND "
      "a.version = coalesce(CAST($4 AS INTEGER), (SELECT version FROM artifact_active WHERE administration = "
      "$1 "
      "AND kind = $2 AND name = $3))",
      {administration_.c_str(), k.c_str(), n.c_str(), version ? v.c_str() : nullptr});
  if (r.empty()) return std::nullopt;
  Artifact a;
  a.kind = k;
  a.name = n;
  a.version = r[0][0].as<int>();
  a.metadata = text_of(r[0][1]);
  a.payload = pqxx::binarystring(r[0][2]).str();
  a.created_at = text_of(r[0][3]);
  a.active = r[0][4].as<bool>();
  return a;
}

std::vector<Artifact> PgStore::list_artifacts(std::string_view kind) {
  const std::string k(kind);
  std::vector<Artifact> out;
  for (const auto& row : conn_.run(
           "SELECT a.name, a.version, a.metadata, a.created_at, coalesce(act.version = a.version, false) "
           "FROM artifacts a LEFT JOIN artifact_active act ON act.administration = a.administration "
           "AND act.kind = a.kind AND act.name = a.name "
           "WHERE a.administration = $1 AND a.kind = $2 ORDER BY a.name COLLATE \"C\", a.version",
           {administration_.c_str(), k.c_str()})) {
    Artifact a;
    a.kind = k;
    a.name = text_of(row[0]);
    a.version = row[1].as<int>();
    a.metadata = text_of(row[2]);
    a.created_at = text_of(row[3]);
    a.active = row[4].as<bool>();
    out.push_back(std::move(a));
  }
  return out;
}

void PgStore::activate_artifact(std::string_view kind, std::string_view name, int version) {
  const std::string k(kind), n(name), v = std::to_string(version);
  const char* adm = administration_.c_str();
  sql::Transaction tx(sql_);
  if (conn_
          .run("SELECT 1 FROM artifacts WHERE administration = $1 AND kind = $2 AND name = $3 AND "
               "version = CAST($4 AS INTEGER)",
               {adm, k.c_str(), n.c_str(), v.c_str()})
          .empty())
    throw StoreError(k + " '" + n + "' has no version " + v);
  conn_.run(
      "INSERT INTO artifact_active(administration, kind, name, version) VALUES ($1, $2, $3, $4) "
      "ON CONFLICT (administration, kind, name) DO UPDATE SET version = excluded.version",
      {adm, k.c_str(), n.c_str(), v.c_str()});
  tx.commit();
}

int64_t PgStore::append_event(const Event& e) {
  const std::string at = e.at.empty() ? utc_now() : e.at;
  const std::string data = e.data.empty() ? "{}" : e.data;
  return conn_
      .run(
          "INSERT INTO events(administration, kind, declaration_id, actor, at, data) "
          "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
          {administration_.c_str(), e.kind.c_str(), e.declaration_id.c_str(), e.actor.c_str(), at.c_str(),
           data.c_str()})[0][0]
      .as<int64_t>();
}

std::vector<Event> PgStore::events(std::string_view kind, std::string_view declaration_id) {
  const std::string k(kind), id(declaration_id);
  std::vector<Event> out;
  for (const auto& row :
       // Two texts, so that one declaration's events are found through the
       // index on (administration, kind, declaration_id).
       conn_.run(id.empty() ? "SELECT id, kind, declaration_id, actor, at, data FROM events "
                              "WHERE administration = $1 AND kind = $2 AND $3 = '' ORDER BY id"
                            : "SELECT id, kind, declaration_id, actor, at, data FROM events "
                              "WHERE administration = $1 AND kind = $2 AND declaration_id = $3 ORDER BY id",
                 {administration_.c_str(), k.c_str(), id.c_str()}))
    out.push_back({row[0].as<int64_t>(), text_of(row[1]), text_of(row[2]), text_of(row[3]), text_of(row[4]),
                   text_of(row[5])});
  return out;
}

}  // namespace custos::postgres
