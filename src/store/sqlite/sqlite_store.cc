#include "store/sqlite/sqlite_store.hpp"

#include <chrono>
#include <ctime>
#include <exception>
#include <thread>

#include "core/clock.hpp"
#include "core/declaration_json.hpp"
#include "store/sqlite/schema.hpp"

namespace custos::sqlite {

struct SqliteStore::Statements {
  explicit Statements(Connection& c)
      : insert(
            c,
            "INSERT INTO declarations(id, version, digest, date, flow, importer_id, items, fraud, "
            "illicit_domain, doc, source, stored_at, administration) VALUES (?1, 1, ?2, ?3, ?4, ?5, ?6, ?7, "
            "?8, ?9, ?10, ?11, ?12) "
            "ON CONFLICT(administration, id) DO NOTHING"),
        current(c, "SELECT version, digest FROM declarations WHERE administration = ?2 AND id = ?1"),
        archive(
            c,
            "INSERT INTO declaration_versions(administration, id, version, digest, doc, source, stored_at) "
            "SELECT administration, id, version, digest, doc, source, stored_at FROM declarations "
            "WHERE administration = ?2 AND id = ?1"),
        amend(c,
              "UPDATE declarations SET version = version + 1, digest = ?2, date = ?3, flow = ?4, importer_id "
              "= ?5, "
              "items = ?6, fraud = ?7, illicit_domain = ?8, doc = ?9, source = ?10, stored_at = ?11 "
              "WHERE administration = ?12 AND id = ?1"),
        get(c, "SELECT doc FROM declarations WHERE administration = ?2 AND id = ?1") {}
  Statement insert, current, archive, amend, get;
};

SqliteStore::SqliteStore(const std::string& path) : conn_(path), sql_(conn_) {
  conn_.exec("PRAGMA journal_mode = WAL");
  // FULL: a committed batch survives power loss, not only a process crash.
  conn_.exec("PRAGMA synchronous = FULL");
  conn_.exec("PRAGMA foreign_keys = ON");
  conn_.exec("PRAGMA cache_size = -65536");
  migrate();
  st_ = std::make_unique<Statements>(conn_);
  load_dictionaries();
  administration_ = own_administration();
}

std::string SqliteStore::own_administration() {
  Statement s(conn_, "SELECT code FROM administrations WHERE own = 1");
  if (!s.step()) throw StoreError("the store has no own administration (run 'custos init')");
  return s.text(0);
}

void SqliteStore::load_dictionaries() {
  Statement s(conn_, "SELECT dictionary FROM document_dictionaries ORDER BY seq");
  std::string newest;
  while (s.step()) {
    newest = s.blob(0);
    codec_.add_dictionary(newest);
  }
  if (!newest.empty()) codec_.use_dictionary(newest);
}

bool SqliteStore::train_dictionary(std::span<const std::string> docs) {
  const std::string dict = DocCodec::train(docs);
  if (dict.empty()) return false;
  Transaction tx(conn_);
  Statement put(
      conn_,
      "INSERT INTO document_dictionaries(zstd_id, dictionary, samples, created_at) VALUES (?1, ?2, ?3, "
      "?4) ON CONFLICT(zstd_id) DO NOTHING");
  const auto id = static_cast<int64_t>(DocCodec::dictionary_id(dict));
  put.bind(1, id).bind_blob(2, dict).bind(3, static_cast<int64_t>(docs.size())).bind(4, utc_now()).run();
  if (conn_.changes() == 0) {
    // The id is a hash of the content: the same dictionary, or (rarely) another
    // with the same id, which documents could then not tell apart.
    Statement same(conn_, "SELECT dictionary FROM document_dictionaries WHERE zstd_id = ?1");
    same.bind(1, id);
    if (!same.step() || same.blob(0) != dict) return false;
  }
  tx.commit();
  // Only once it is durable may documents be written with it.
  codec_.use_dictionary(dict);
  return true;
}

std::string SqliteStore::document(const Statement& s, int col) {
  if (!s.is_blob(col)) return s.text(col);  // written as text by schema 1
  const std::string frame = s.blob(col);
  try {
    return codec_.decode(frame);
  } catch (const StoreError&) {
    // Another process may have trained a dictionary since this one opened.
    load_dictionaries();
    return codec_.decode(frame);
  }
}

SqliteStore::~SqliteStore() = default;

int SqliteStore::schema_version() {
  Statement s(conn_, "SELECT coalesce(max(version), 0) FROM schema_migrations");
  s.step();
  return static_cast<int>(s.integer(0));
}

void SqliteStore::migrate() {
  conn_.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
      "applied_at TEXT NOT NULL)");
  // Every migration not yet recorded, in order (not only those above the
  // newest recorded: branches may have landed in another order).
  auto applied = [&](int version) {
    Statement s(conn_, "SELECT 1 FROM schema_migrations WHERE version = ?1");
    s.bind(1, version);
    return s.step();
  };
  for (const Migration& m : migrations()) {
    if (applied(m.version)) continue;
    Transaction tx(conn_);
    // Another process may have migrated between our read and our lock.
    if (applied(m.version)) continue;
    conn_.exec(m.sql);
    Statement rec(conn_,
                  "INSERT INTO schema_migrations(version, description, applied_at) VALUES (?1, ?2, ?3)");
    rec.bind(1, m.version).bind(2, m.description).bind(3, utc_now()).run();
    tx.commit();
  }
  int newest = migrations().empty() ? 0 : migrations().back().version;
  if (schema_version() > newest)
    throw StoreError("the store was written by a newer Custos (schema " + std::to_string(schema_version()) +
                     ", this one knows up to " + std::to_string(newest) + ")");
}

namespace {

// Runs f(i, encoder) for i in [0, n): the first half on this thread with
// encoder 0, the second on another with encoder 1 (prepare() uses encoder 2).
template <class F>
void in_parallel(size_t n, F f) {
  if (n < 512) {
    for (size_t i = 0; i < n; ++i) f(i, 0u);
    return;
  }
  const size_t half = n / 2;
  std::exception_ptr err;
  {
    std::jthread other([&] {
      try {
        for (size_t i = half; i < n; ++i) f(i, 1u);
      } catch (...) {
        err = std::current_exception();
      }
    });
    for (size_t i = 0; i < half; ++i) f(i, 0u);
  }
  if (err) std::rethrow_exception(err);
}

// Binds the long strings without a copy: they outlive the statement's run().
void bind_columns(Statement& s, const Declaration& d, const std::string& digest, const std::string& frame,
                  std::string_view source, const std::string& now) {
  s.bind_ref(2, digest).bind(3, d.date.str());
  if (d.flow)
    s.bind_ref(4, to_string(*d.flow));
  else
    s.bind_null(4);
  if (!d.importer.id.empty())
    s.bind_ref(5, d.importer.id);
  else
    s.bind_null(5);
  s.bind(6, static_cast<int64_t>(d.items.size()));
  if (d.outcome.fraud)
    s.bind(7, *d.outcome.fraud ? 1 : 0);
  else
    s.bind_null(7);
  if (d.outcome.illicit_domain)
    s.bind_ref(8, to_string(*d.outcome.illicit_domain));
  else
    s.bind_null(8);
  s.bind_blob_ref(9, frame).bind_ref(10, source).bind_ref(11, now);
}

}  // namespace

void SqliteStore::encode_one(const Declaration& d, unsigned encoder, std::string& doc, std::string& digest,
                             std::string& frame) {
  doc = to_canonical_json(d);
  digest = digest_of_document(doc);
  frame = codec_.encode(doc, encoder);
}

std::vector<PutStatus> SqliteStore::put_batch(std::span<const Declaration> batch, std::string_view source) {
  // The CPU work (canonical text, digest, compression) is shared between two
  // threads; the writes that follow are one transaction on this one.
  std::vector<std::string> docs(batch.size()), digests(batch.size()), frames(batch.size());
  in_parallel(batch.size(),
              [&](size_t i, unsigned w) { encode_one(batch[i], w, docs[i], digests[i], frames[i]); });
  return write_batch(batch, docs, digests, frames, source);
}

Store::PreparedBatch SqliteStore::prepare(std::vector<Declaration> batch) {
  PreparedBatch p;
  p.declarations = std::move(batch);
  const size_t n = p.declarations.size();
  p.documents.resize(n);
  p.digests.resize(n);
  p.encoded.resize(n);
  for (size_t i = 0; i < n; ++i) encode_one(p.declarations[i], 2, p.documents[i], p.digests[i], p.encoded[i]);
  return p;
}

std::vector<PutStatus> SqliteStore::put_prepared(PreparedBatch& p, std::string_view source) {
  if (p.encoded.size() != p.declarations.size()) return put_batch(p.declarations, source);
  return write_batch(p.declarations, p.documents, p.digests, p.encoded, source);
}

std::vector<PutStatus> SqliteStore::write_batch(std::span<const Declaration> batch,
                                                std::span<const std::string> docs,
                                                std::span<const std::string> digests,
                                                std::vector<std::string>& frames, std::string_view source) {
  if (!codec_.has_dictionary() && !training_failed_) {
    // The store's first 1,000 documents or more train its dictionary; small
    // daily files add up, so the newest stored documents are samples too.
    std::vector<std::string> samples(docs.begin(), docs.end());
    if (samples.size() < DocCodec::kMinSamples) {
      Statement s(conn_, "SELECT doc FROM declarations ORDER BY rowid DESC LIMIT ?1");
      s.bind(1, static_cast<int64_t>(DocCodec::kMinSamples));
      while (s.step()) samples.push_back(document(s, 0));
    }
    if (samples.size() >= DocCodec::kMinSamples) {
      training_failed_ = !train_dictionary(samples);
      // This batch was compressed without one: again, with it.
      if (!training_failed_)
        in_parallel(batch.size(), [&](size_t i, unsigned w) { frames[i] = codec_.encode(docs[i], w); });
    }
  }
  std::vector<PutStatus> out;
  out.reserve(batch.size());
  const std::string now = utc_now();
  Transaction tx(conn_);
  for (size_t i = 0; i < batch.size(); ++i) {
    const Declaration& d = batch[i];
    const std::string& digest = digests[i];
    const std::string& frame = frames[i];
    Statement& ins = st_->insert;
    ins.bind_ref(1, d.id);
    bind_columns(ins, d, digest, frame, source, now);
    ins.bind_ref(12, administration_);
    ins.run();
    if (conn_.changes() == 1) {
      out.push_back(PutStatus::stored);
      continue;
    }
    Statement& cur = st_->current;
    cur.bind(1, d.id).bind_ref(2, administration_);
    if (!cur.step()) throw StoreError("declaration " + d.id + " vanished during its batch");
    const bool same = cur.text(1) == digest;
    cur.reset();
    if (same) {
      out.push_back(PutStatus::duplicate);
      continue;
    }
    st_->archive.bind(1, d.id).bind_ref(2, administration_).run();
    Statement& amend = st_->amend;
    amend.bind(1, d.id);
    bind_columns(amend, d, digest, frame, source, now);
    amend.bind_ref(12, administration_);
    amend.run();
    out.push_back(PutStatus::amended);
  }
  tx.commit();
  return out;
}

std::optional<Declaration> SqliteStore::get(std::string_view id) {
  Statement& s = st_->get;
  s.bind(1, id).bind(2, administration_);
  if (!s.step()) {
    s.reset();
    return std::nullopt;
  }
  std::string doc = document(s, 0);
  s.reset();
  return declaration_from_json(nlohmann::json::parse(doc));
}

std::vector<StoredVersion> SqliteStore::history(std::string_view id) {
  std::vector<StoredVersion> out;
  Statement s(conn_,
              "SELECT version, digest, source, stored_at, doc FROM declaration_versions "
              "WHERE administration = ?2 AND id = ?1 "
              "UNION ALL SELECT version, digest, source, stored_at, doc FROM declarations "
              "WHERE administration = ?2 AND id = ?1 ORDER BY version");
  s.bind(1, id).bind(2, administration_);
  while (s.step()) {
    StoredVersion v;
    v.version = static_cast<int>(s.integer(0));
    v.digest = s.text(1);
    v.source = s.text(2);
    v.stored_at = s.text(3);
    v.declaration = declaration_from_json(nlohmann::json::parse(document(s, 4)));
    out.push_back(std::move(v));
  }
  return out;
}

void SqliteStore::scan(const ScanFilter& filter, const std::function<bool(const Declaration&)>& visit) {
  Statement s(conn_,
              "SELECT doc FROM declarations WHERE administration = ?3 AND date >= ?1 AND date <= ?2 "
              "ORDER BY date, id");
  s.bind(1, filter.from ? filter.from->str() : std::string("0000-00-00"));
  s.bind(2, filter.to ? filter.to->str() : std::string("9999-99-99"));
  s.bind(3, administration_);
  while (s.step()) {
    if (!visit(declaration_from_json(nlohmann::json::parse(document(s, 0))))) break;
  }
}

StoreStats SqliteStore::stats() {
  StoreStats st;
  {
    Statement s(conn_,
                "SELECT count(*), coalesce(sum(items), 0), min(date), max(date), count(fraud), "
                "coalesce(sum(fraud), 0) FROM declarations WHERE administration = ?1");
    s.bind(1, administration_);
    s.step();
    st.declarations = s.integer(0);
    st.items = s.integer(1);
    if (!s.is_null(2)) st.first_date = Date::parse(s.text(2));
    if (!s.is_null(3)) st.last_date = Date::parse(s.text(3));
    st.with_outcome = s.integer(4);
    st.fraud = s.integer(5);
  }
  {
    Statement s(conn_, "SELECT count(*) FROM declaration_versions WHERE administration = ?1");
    s.bind(1, administration_);
    s.step();
    st.versions = st.declarations + s.integer(0);
  }
  {
    Statement s(conn_,
                "SELECT coalesce(flow, 'unknown'), count(*) FROM declarations WHERE administration = ?1 "
                "GROUP BY 1 ORDER BY 2 DESC");
    s.bind(1, administration_);
    while (s.step()) st.by_flow.emplace_back(s.text(0), s.integer(1));
  }
  {
    Statement s(conn_,
                "SELECT illicit_domain, count(*) FROM declarations WHERE administration = ?1 "
                "AND illicit_domain IS NOT NULL GROUP BY 1 ORDER BY 2 DESC");
    s.bind(1, administration_);
    while (s.step()) st.by_illicit_domain.emplace_back(s.text(0), s.integer(1));
  }
  {
    Statement s(conn_, "SELECT edition, count(*) FROM nomenclature GROUP BY edition ORDER BY edition");
    while (s.step()) st.nomenclatures.emplace_back(s.text(0), s.integer(1));
  }
  st.schema_version = std::to_string(schema_version());
  return st;
}

void SqliteStore::replace_nomenclature(std::string_view edition, std::span<const NomenclatureEntry> rows,
                                       std::string_view source) {
  Transaction tx(conn_);
  Statement del(conn_, "DELETE FROM nomenclature WHERE edition = ?1");
  del.bind(1, edition).run();
  Statement ins(conn_,
                "INSERT OR REPLACE INTO nomenclature(edition, code, description, parent, section, level) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  for (const auto& r : rows) {
    ins.bind(1, edition)
        .bind(2, r.code)
        .bind(3, r.description)
        .bind(4, r.parent)
        .bind(5, r.section)
        .bind(6, r.level);
    ins.run();
  }
  Statement ed(
      conn_,
      "INSERT OR REPLACE INTO nomenclature_editions(edition, source, imported_at) VALUES (?1, ?2, ?3)");
  ed.bind(1, edition).bind(2, source).bind(3, utc_now()).run();
  tx.commit();
}

std::vector<NomenclatureEntry> SqliteStore::nomenclature(std::string_view edition) {
  std::vector<NomenclatureEntry> out;
  Statement s(
      conn_,
      "SELECT code, description, parent, section, level FROM nomenclature WHERE edition = ?1 ORDER BY code");
  s.bind(1, edition);
  while (s.step())
    out.push_back({s.text(0), s.text(1), s.text(2), s.text(3), static_cast<int>(s.integer(4))});
  return out;
}

std::vector<std::string> SqliteStore::nomenclature_editions() {
  std::vector<std::string> out;
  Statement s(conn_, "SELECT edition FROM nomenclature_editions ORDER BY edition");
  while (s.step()) out.push_back(s.text(0));
  return out;
}

int SqliteStore::put_artifact(const Artifact& a) {
  Transaction tx(conn_);
  Statement next(
      conn_,
      "SELECT coalesce(max(version), 0) + 1 FROM artifacts WHERE administration = ?3 AND kind = ?1 "
      "AND name = ?2");
  next.bind(1, a.kind).bind(2, a.name).bind(3, administration_);
  next.step();
  int version = static_cast<int>(next.integer(0));
  next.reset();
  Statement ins(conn_,
                "INSERT INTO artifacts(kind, name, version, metadata, payload, created_at, administration) "
                "VALUES (?1,?2,?3,?4,?5,?6,?7)");
  ins.bind(1, a.kind).bind(2, a.name).bind(3, version).bind(4, a.metadata.empty() ? "{}" : a.metadata);
  ins.bind_blob(5, a.payload).bind(6, utc_now()).bind(7, administration_).run();
  Statement act(conn_,
                "INSERT OR REPLACE INTO artifact_active(kind, name, version, administration) "
                "VALUES (?1, ?2, ?3, ?4)");
  act.bind(1, a.kind).bind(2, a.name).bind(3, version).bind(4, administration_).run();
  tx.commit();
  return version;
}

std::optional<Artifact> SqliteStore::get_artifact(std::string_view kind, std::string_view name,
                                                  std::optional<int> version) {
  Statement s(conn_,
              "SELECT a.version, a.metadata, a.payload, a.created_at, "
              "(SELECT version FROM artifact_active WHERE administration = a.administration AND "
              "kind = a.kind AND name = a.name) = a.version "
              "FROM artifacts a WHERE a.administration = ?4 AND a.kind = ?1 AND a.name = ?2 AND "
              "a.version = coalesce(?3, (SELECT version FROM artifact_active WHERE administration = ?4 "
              "AND kind = ?1 AND name = ?2))");
  s.bind(1, kind).bind(2, name).bind(4, administration_);
  if (version)
    s.bind(3, *version);
  else
    s.bind_null(3);
  if (!s.step()) return std::nullopt;
  Artifact a;
  a.kind = std::string(kind);
  a.name = std::string(name);
  a.version = static_cast<int>(s.integer(0));
  a.metadata = s.text(1);
  a.payload = s.blob(2);
  a.created_at = s.text(3);
  a.active = s.integer(4) != 0;
  return a;
}

std::vector<Artifact> SqliteStore::list_artifacts(std::string_view kind) {
  std::vector<Artifact> out;
  Statement s(conn_,
              "SELECT a.name, a.version, a.metadata, a.created_at, coalesce(act.version = a.version, 0) "
              "FROM artifacts a LEFT JOIN artifact_active act ON act.administration = a.administration "
              "AND act.kind = a.kind AND act.name = a.name "
              "WHERE a.administration = ?2 AND a.kind = ?1 ORDER BY a.name, a.version");
  s.bind(1, kind).bind(2, administration_);
  while (s.step()) {
    Artifact a;
    a.kind = std::string(kind);
    a.name = s.text(0);
    a.version = static_cast<int>(s.integer(1));
    a.metadata = s.text(2);
    a.created_at = s.text(3);
    a.active = s.integer(4) != 0;
    out.push_back(std::move(a));
  }
  return out;
}

void SqliteStore::activate_artifact(std::string_view kind, std::string_view name, int version) {
  Transaction tx(conn_);
  Statement chk(
      conn_,
      "SELECT 1 FROM artifacts WHERE administration = ?4 AND kind = ?1 AND name = ?2 AND version = ?3");
  chk.bind(1, kind).bind(2, name).bind(3, version).bind(4, administration_);
  if (!chk.step())
    throw StoreError(std::string(kind) + " '" + std::string(name) + "' has no version " +
                     std::to_string(version));
  chk.reset();
  Statement act(conn_,
                "INSERT OR REPLACE INTO artifact_active(kind, name, version, administration) "
                "VALUES (?1, ?2, ?3, ?4)");
  act.bind(1, kind).bind(2, name).bind(3, version).bind(4, administration_).run();
  tx.commit();
}

int64_t SqliteStore::append_event(const Event& e) {
  Statement s(conn_,
              "INSERT INTO events(kind, declaration_id, actor, at, data, administration) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  s.bind(1, e.kind).bind(2, e.declaration_id).bind(3, e.actor).bind(4, e.at.empty() ? utc_now() : e.at);
  s.bind(5, e.data.empty() ? "{}" : e.data).bind(6, administration_);
  s.run();
  return sqlite3_last_insert_rowid(conn_.handle());
}

std::vector<Event> SqliteStore::events(std::string_view kind, std::string_view declaration_id) {
  std::vector<Event> out;
  // Two texts, so that one declaration's events are found through the index
  // on (administration, kind, declaration_id) instead of among all of a kind.
  Statement s(conn_,
              declaration_id.empty()
                  ? "SELECT id, kind, declaration_id, actor, at, data FROM events WHERE administration = ?3 "
                    "AND kind = ?1 AND ?2 = '' ORDER BY id"
                  : "SELECT id, kind, declaration_id, actor, at, data FROM events WHERE administration = ?3 "
                    "AND kind = ?1 AND declaration_id = ?2 ORDER BY id");
  s.bind(1, kind).bind(2, declaration_id).bind(3, administration_);
  while (s.step()) out.push_back({s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5)});
  return out;
}

}  // namespace custos::sqlite
