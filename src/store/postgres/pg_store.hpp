#pragma once
// The store on a PostgreSQL server (open_store("postgres://USER@HOST:PORT/DB")):
// the same Store as the embedded SQLite one, for administrations that run
// several Custos processes on one database server (docs/scale-out.md).
//
// Declarations are written with COPY into a temporary staging table and
// merged in set-based SQL, one transaction per batch (or the caller's): new
// ids are stored, a known id with the same content digest is a duplicate,
// with another digest an amendment (the old version moves to
// declaration_versions). Documents are kept as the SQLite store keeps them:
// each one's canonical JSON compressed with Zstandard and a dictionary
// trained on the store's first 1,000 or more declarations (why: measured in
// docs/scale-out.md). A committed batch is durable once PostgreSQL says so;
// a killed client leaves whole batches or nothing.
//
// Several processes may share one database: unique keys and row locks
// arbitrate concurrent writers of the same declaration, advisory locks
// serialise what must not interleave (partitions, artifact versions, the
// audit chain). Not safe for concurrent use from several threads; open one
// per thread.
#include <memory>
#include <set>
#include <string>

#include "store/postgres/connection.hpp"
#include "store/postgres/sql_session.hpp"
#include "store/sqlite/doc_codec.hpp"
#include "store/store.hpp"

namespace custos::postgres {

class PgStore final : public Store {
 public:
  explicit PgStore(const std::string& url);
  ~PgStore() override;

  std::vector<PutStatus> put_batch(std::span<const Declaration> batch, std::string_view source) override;
  PreparedBatch prepare(std::vector<Declaration> batch) override;
  std::vector<PutStatus> put_prepared(PreparedBatch& batch, std::string_view source) override;
  std::optional<Declaration> get(std::string_view id) override;
  std::vector<StoredVersion> history(std::string_view id) override;
  void scan(const ScanFilter& filter, const std::function<bool(const Declaration&)>& visit) override;
  StoreStats stats() override;

  void replace_nomenclature(std::string_view edition, std::span<const NomenclatureEntry> rows,
                            std::string_view source) override;
  std::vector<NomenclatureEntry> nomenclature(std::string_view edition) override;
  std::vector<std::string> nomenclature_editions() override;

  int put_artifact(const Artifact& a) override;
  std::optional<Artifact> get_artifact(std::string_view kind, std::string_view name,
                                       std::optional<int> version) override;
  std::vector<Artifact> list_artifacts(std::string_view kind) override;
  void activate_artifact(std::string_view kind, std::string_view name, int version) override;

  int64_t append_event(const Event& e) override;
  std::vector<Event> events(std::string_view kind, std::string_view declaration_id) override;

  void set_administration(std::string_view code) override;
  std::string own_administration() override;
  sql::Session& sql() override { return sql_; }

  int schema_version();

 private:
  void migrate();
  void encode_one(const Declaration& d, unsigned encoder, std::string& doc, std::string& digest,
                  std::string& frame);
  std::vector<PutStatus> write_batch(std::span<const Declaration> batch, std::span<const std::string> docs,
                                     std::span<const std::string> digests, std::vector<std::string>& frames,
                                     std::string_view source);
  // One run of distinct ids: COPY to staging, then merge.
  void write_run(std::span<const Declaration> batch, std::span<const std::string> digests,
                 std::span<const std::string> frames, size_t first, size_t end, std::string_view source,
                 const std::string& now, std::vector<PutStatus>& out);
  // Creates the month partitions the batch needs that this process has not
  // seen yet.
  void ensure_partitions(std::span<const Declaration> batch);
  void load_dictionaries();
  bool train_dictionary(std::span<const std::string> docs);
  // The canonical JSON of a stored document (a bytea column).
  std::string document(const pqxx::field& f);

  PgConnection conn_;
  PgSession sql_;
  sqlite::DocCodec codec_;
  std::set<std::string> partitions_;  // months known to exist, "YYYY-MM"
  bool staging_ready_ = false;
  bool training_failed_ = false;
};

}  // namespace custos::postgres
