#pragma once
// The embedded default store: one SQLite file in WAL mode with synchronous
// FULL, so a committed batch survives a crash or power loss and a killed
// process leaves whole batches or nothing.
#include <memory>
#include <string>

#include "store/sqlite/doc_codec.hpp"
#include "store/sqlite/sql_session.hpp"
#include "store/sqlite/statement.hpp"
#include "store/store.hpp"

namespace custos::sqlite {

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(const std::string& path);
  ~SqliteStore() override;

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

  std::string own_administration() override;
  sql::Session& sql() override { return sql_; }

  int schema_version();

 private:
  void migrate();
  // A declaration's canonical text, its digest and its compressed frame.
  void encode_one(const Declaration& d, unsigned encoder, std::string& doc, std::string& digest,
                  std::string& frame);
  // Trains the dictionary if due, then inserts in one transaction.
  std::vector<PutStatus> write_batch(std::span<const Declaration> batch, std::span<const std::string> docs,
                                     std::span<const std::string> digests, std::vector<std::string>& frames,
                                     std::string_view source);
  // Loads every stored document dictionary; the newest compresses.
  void load_dictionaries();
  // Trains and stores a dictionary from sample documents (own transaction);
  // false when the samples could not train one.
  bool train_dictionary(std::span<const std::string> docs);
  // The canonical JSON in column `col` of the current row of `s`.
  std::string document(const Statement& s, int col);
  struct Statements;
  Connection conn_;
  SqlSession sql_;
  std::unique_ptr<Statements> st_;
  DocCodec codec_;
  bool training_failed_ = false;  // not retried in this process
};

}  // namespace custos::sqlite
