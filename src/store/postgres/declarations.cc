// PgStore: declarations (COPY into staging, set-based merge), their
// compressed documents, history and scans.
#include <exception>
#include <pqxx/binarystring>
#include <pqxx/stream_to>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "core/clock.hpp"
#include "core/declaration_json.hpp"
#include "store/postgres/pg_store.hpp"
#include "store/postgres/schema.hpp"

namespace custos::postgres {
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

// The batch's rows go here first (COPY), then into the tables in one
// statement each. Temporary: never WAL-logged, one per connection.
constexpr const char* kStaging =
    "CREATE TEMP TABLE IF NOT EXISTS custos_staging (ord INTEGER NOT NULL, id TEXT COLLATE \"C\" NOT NULL, "
    "digest TEXT NOT NULL, date DATE NOT NULL, flow TEXT, importer_id TEXT, items INTEGER NOT NULL, "
    "fraud INTEGER, illicit_domain TEXT, doc BYTEA NOT NULL) ON COMMIT DELETE ROWS; "
    "DELETE FROM custos_staging";

// New ids: claimed in declaration_ids (the unique key arbitrates between
// concurrent writers), then stored.
constexpr const char* kInsertNew = R"sql(
WITH fresh AS (
  INSERT INTO declaration_ids(administration, id, date)
  SELECT $1, id, date FROM custos_staging ORDER BY ord
  ON CONFLICT (administration, id) DO NOTHING
  RETURNING id)
INSERT INTO declarations(administration, id, version, digest, date, flow, importer_id, items, fraud,
                         illicit_domain, doc, source, stored_at)
SELECT $1, s.id, 1, s.digest, s.date, s.flow, s.importer_id, s.items, s.fraud, s.illicit_domain, s.doc, $2, $3
FROM custos_staging s JOIN fresh f ON f.id = s.id
RETURNING id)sql";

// Known ids with another digest: the current version (locked) moves to
// declaration_versions and the new one takes its place, in its month's
// partition.
constexpr const char* kAmend = R"sql(
WITH old AS (
  SELECT d.administration, d.id, d.version, d.digest, d.date, d.doc, d.source, d.stored_at,
         s.digest AS new_digest, s.date AS new_date, s.flow, s.importer_id, s.items, s.fraud,
         s.illicit_domain, s.doc AS new_doc
  FROM custos_staging s
  JOIN declaration_ids k ON k.administration = $1 AND k.id = s.id
  JOIN declarations d ON d.administration = k.administration AND d.date = k.date AND d.id = k.id
  WHERE d.digest <> s.digest
  FOR UPDATE OF k),
kept AS (
  INSERT INTO declaration_versions(administration, id, version, digest, doc, source, stored_at)
  SELECT administration, id, version, digest, doc, source, stored_at FROM old),
moved AS (
  UPDATE declaration_ids k SET date = o.new_date FROM old o
  WHERE k.administration = o.administration AND k.id = o.id AND k.date <> o.new_date)
UPDATE declarations d SET version = o.version + 1, digest = o.new_digest, date = o.new_date, flow = o.flow,
  importer_id = o.importer_id, items = o.items, fraud = o.fraud, illicit_domain = o.illicit_domain,
  doc = o.new_doc, source = $2, stored_at = $3
FROM old o
WHERE d.administration = o.administration AND d.date = o.date AND d.id = o.id
RETURNING d.id)sql";

constexpr const char* kGet =
    "SELECT d.doc FROM declaration_ids k JOIN declarations d ON d.administration = k.administration "
    "AND d.date = k.date AND d.id = k.id WHERE k.administration = $1 AND k.id = $2";

// Scans read a page at a time, after the last (date, id) seen: no cursor
// stays open while the caller works, and memory stays bounded.
constexpr int kScanPage = 2000;

}  // namespace

std::string PgStore::document(const pqxx::field& f) {
  const std::string frame = pqxx::binarystring(f).str();
  try {
    return codec_.decode(frame);
  } catch (const StoreError&) {
    // Another process may have trained a dictionary since this one opened.
    load_dictionaries();
    return codec_.decode(frame);
  }
}

void PgStore::load_dictionaries() {
  std::string newest;
  for (const auto& row : conn_.run("SELECT dictionary FROM document_dictionaries ORDER BY seq")) {
    newest = pqxx::binarystring(row[0]).str();
    codec_.add_dictionary(newest);
  }
  if (!newest.empty()) codec_.use_dictionary(newest);
}

bool PgStore::train_dictionary(std::span<const std::string> docs) {
  const std::string dict = sqlite::DocCodec::train(docs);
  if (dict.empty()) return false;
  const std::string id = std::to_string(sqlite::DocCodec::dictionary_id(dict));
  const std::string hex = bytea_hex(dict), samples = std::to_string(docs.size()), now = utc_now();
  sql::Transaction tx(sql_);
  auto r = conn_.run(
      "INSERT INTO document_dictionaries(zstd_id, dictionary, samples, created_at) VALUES ($1, $2, $3, $4) "
      "ON CONFLICT (zstd_id) DO NOTHING RETURNING seq",
      {id.c_str(), hex.c_str(), samples.c_str(), now.c_str()});
  if (r.empty()) {
    // The id is a hash of the content: the same dictionary, or (rarely)
    // another with the same id, which documents could then not tell apart.
    auto same = conn_.run("SELECT dictionary FROM document_dictionaries WHERE zstd_id = $1", {id.c_str()});
    if (same.empty() || pqxx::binarystring(same[0][0]).str() != dict) return false;
  }
  tx.commit();
  // Only once it is durable may documents be written with it (when the
  // caller's transaction holds it, a rollback leaves frames naming a
  // dictionary that is gone: train only outside one).
  codec_.use_dictionary(dict);
  return true;
}

void PgStore::encode_one(const Declaration& d, unsigned encoder, std::string& doc, std::string& digest,
                         std::string& frame) {
  doc = to_canonical_json(d);
  digest = digest_of_document(doc);
  frame = codec_.encode(doc, encoder);
}

std::vector<PutStatus> PgStore::put_batch(std::span<const Declaration> batch, std::string_view source) {
  std::vector<std::string> docs(batch.size()), digests(batch.size()), frames(batch.size());
  in_parallel(batch.size(),
              [&](size_t i, unsigned w) { encode_one(batch[i], w, docs[i], digests[i], frames[i]); });
  return write_batch(batch, docs, digests, frames, source);
}

Store::PreparedBatch PgStore::prepare(std::vector<Declaration> batch) {
  PreparedBatch p;
  p.declarations = std::move(batch);
  const size_t n = p.declarations.size();
  p.documents.resize(n);
  p.digests.resize(n);
  p.encoded.resize(n);
  for (size_t i = 0; i < n; ++i) encode_one(p.declarations[i], 2, p.documents[i], p.digests[i], p.encoded[i]);
  return p;
}

std::vector<PutStatus> PgStore::put_prepared(PreparedBatch& p, std::string_view source) {
  if (p.encoded.size() != p.declarations.size()) return put_batch(p.declarations, source);
  return write_batch(p.declarations, p.documents, p.digests, p.encoded, source);
}

void PgStore::ensure_partitions(std::span<const Declaration> batch) {
  if (partitions_.empty()) {
    for (const auto& row :
         conn_.run("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                   "WHERE i.inhparent = 'declarations'::regclass"))
      partitions_.insert(row[0].c_str());
  }
  std::set<std::string> missing;
  for (const Declaration& d : batch) {
    const std::string date = d.date.str();
    if (!partitions_.contains(partition_name(date))) missing.insert(date.substr(0, 7) + "-01");
  }
  if (missing.empty()) return;
  // Its own short transaction when the caller has none: creating a
  // partition locks the whole table for a moment, not for a batch.
  const bool own = conn_.depth() == 0;
  sql::Transaction tx(sql_);
  sql_.lock("custos:partitions");
  for (const std::string& month : missing) conn_.exec(create_partition_sql(month));
  tx.commit();
  // Inside the caller's transaction they may yet be rolled back: then they
  // are created again next time.
  if (own)
    for (const std::string& month : missing) partitions_.insert(partition_name(month));
}

std::vector<PutStatus> PgStore::write_batch(std::span<const Declaration> batch,
                                            std::span<const std::string> docs,
                                            std::span<const std::string> digests,
                                            std::vector<std::string>& frames, std::string_view source) {
  if (!codec_.has_dictionary() && !training_failed_ && conn_.depth() == 0) {
    // The store's first 1,000 documents or more train its dictionary; small
    // daily files add up, so stored documents are samples too.
    std::vector<std::string> samples(docs.begin(), docs.end());
    if (samples.size() < sqlite::DocCodec::kMinSamples) {
      const std::string n = std::to_string(sqlite::DocCodec::kMinSamples);
      for (const auto& row : conn_.run("SELECT doc FROM declarations LIMIT CAST($1 AS INTEGER)", {n.c_str()}))
        samples.push_back(document(row[0]));
    }
    if (samples.size() >= sqlite::DocCodec::kMinSamples) {
      training_failed_ = !train_dictionary(samples);
      // This batch was compressed without one: again, with it.
      if (!training_failed_)
        in_parallel(batch.size(), [&](size_t i, unsigned w) { frames[i] = codec_.encode(docs[i], w); });
    }
  }
  ensure_partitions(batch);
  std::vector<PutStatus> out(batch.size(), PutStatus::duplicate);
  const std::string now = utc_now();
  sql::Transaction tx(sql_);
  // A run of distinct ids is merged in one go; an id met again in the same
  // batch starts a new run, so that it is compared with its first occurrence
  // as the SQLite store does, one declaration after another.
  std::unordered_set<std::string_view> seen;
  size_t first = 0;
  for (size_t i = 0; i < batch.size(); ++i) {
    if (seen.insert(batch[i].id).second) continue;
    write_run(batch, digests, frames, first, i, source, now, out);
    seen = {batch[i].id};
    first = i;
  }
  if (first < batch.size()) write_run(batch, digests, frames, first, batch.size(), source, now, out);
  tx.commit();
  return out;
}

void PgStore::write_run(std::span<const Declaration> batch, std::span<const std::string> digests,
                        std::span<const std::string> frames, size_t first, size_t end,
                        std::string_view source, const std::string& now, std::vector<PutStatus>& out) {
  conn_.exec(kStaging);
  try {
    pqxx::stream_to copy(conn_.work(), "custos_staging",
                         std::vector<std::string>{"ord", "id", "digest", "date", "flow", "importer_id",
                                                  "items", "fraud", "illicit_domain", "doc"});
    for (size_t i = first; i < end; ++i) {
      const Declaration& d = batch[i];
      const std::string flow = d.flow ? std::string(to_string(*d.flow)) : std::string();
      const std::string domain =
          d.outcome.illicit_domain ? std::string(to_string(*d.outcome.illicit_domain)) : std::string();
      const char* fraud = d.outcome.fraud ? (*d.outcome.fraud ? "1" : "0") : nullptr;
      copy << std::make_tuple(
          std::to_string(i), d.id, digests[i], d.date.str(), d.flow ? flow.c_str() : nullptr,
          d.importer.id.empty() ? nullptr : d.importer.id.c_str(), std::to_string(d.items.size()), fraud,
          d.outcome.illicit_domain ? domain.c_str() : nullptr, bytea_hex(frames[i]));
    }
    copy.complete();
  } catch (...) {
    conn_.fail("COPY custos_staging");
  }
  std::unordered_map<std::string_view, size_t> index;
  for (size_t i = first; i < end; ++i) index.emplace(batch[i].id, i);
  const std::string src(source);
  const char* adm = administration_.c_str();
  const pqxx::result fresh = conn_.run(kInsertNew, {adm, src.c_str(), now.c_str()});
  for (const auto& row : fresh)
    out[index.at(std::string_view(row[0].c_str(), row[0].size()))] = PutStatus::stored;
  if (fresh.size() == end - first) return;  // all new (a first ingest): nothing to compare
  for (const auto& row : conn_.run(kAmend, {adm, src.c_str(), now.c_str()}))
    out[index.at(std::string_view(row[0].c_str(), row[0].size()))] = PutStatus::amended;
}

std::optional<Declaration> PgStore::get(std::string_view id) {
  const std::string key(id);
  auto r = conn_.run(kGet, {administration_.c_str(), key.c_str()});
  if (r.empty()) return std::nullopt;
  return declaration_from_json(nlohmann::json::parse(document(r[0][0])));
}

std::vector<StoredVersion> PgStore::history(std::string_view id) {
  const std::string key(id);
  std::vector<StoredVersion> out;
  for (const auto& row : conn_.run(
           "SELECT version, digest, source, stored_at, doc FROM declaration_versions "
           "WHERE administration = $1 AND id = $2 "
           "UNION ALL SELECT d.version, d.digest, d.source, d.stored_at, d.doc FROM declaration_ids k "
           "JOIN declarations d ON d.administration = k.administration AND d.date = k.date AND d.id = k.id "
           "WHERE k.administration = $1 AND k.id = $2 ORDER BY 1",
           {administration_.c_str(), key.c_str()})) {
    StoredVersion v;
    v.version = row[0].as<int>();
    v.digest = row[1].c_str();
    v.source = row[2].c_str();
    v.stored_at = row[3].c_str();
    v.declaration = declaration_from_json(nlohmann::json::parse(document(row[4])));
    out.push_back(std::move(v));
  }
  return out;
}

void PgStore::scan(const ScanFilter& filter, const std::function<bool(const Declaration&)>& visit) {
  const std::string from = filter.from ? filter.from->str() : std::string("0001-01-01");
  const std::string to = filter.to ? filter.to->str() : std::string("9999-12-31");
  const std::string page = std::to_string(kScanPage);
  std::string last_date, last_id;
  for (;;) {
    pqxx::result r =
        last_date.empty()
            ? conn_.run(
                  "SELECT date::text AS day, id, doc FROM declarations WHERE administration = $1 "
                  "AND date >= CAST($2 AS DATE) AND date <= CAST($3 AS DATE) ORDER BY date, id "
                  "LIMIT CAST($4 AS INTEGER)",
                  {administration_.c_str(), from.c_str(), to.c_str(), page.c_str()})
            : conn_.run(
                  "SELECT date::text AS day, id, doc FROM declarations WHERE administration = $1 "
                  "AND (date, id) > (CAST($5 AS DATE), $6) AND date >= CAST($2 AS DATE) AND "
                  "date <= CAST($3 AS DATE) "
                  "ORDER BY date, id LIMIT CAST($4 AS INTEGER)",
                  {administration_.c_str(), from.c_str(), to.c_str(), page.c_str(), last_date.c_str(),
                   last_id.c_str()});
    for (const auto& row : r)
      if (!visit(declaration_from_json(nlohmann::json::parse(document(row[2]))))) return;
    if (r.size() < static_cast<size_t>(kScanPage)) return;
    last_date = r[r.size() - 1][0].c_str();
    last_id = r[r.size() - 1][1].c_str();
  }
}

}  // namespace custos::postgres
