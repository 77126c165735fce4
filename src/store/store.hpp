#pragma once
// The storage interface every caller uses. The embedded default is SQLite
// (store/sqlite); the PostgreSQL backend (store/postgres) implements the same
// interface without touching the callers.
//
// A Store is not safe for concurrent use from several threads; open one per
// thread. Every write method is one transaction: it happens whole or not at
// all, even if the process is killed in the middle. When the caller has a
// transaction open on sql() (sql::Transaction), the write joins it.
//
// Tenancy: every record belongs to one administration. Declarations,
// artifacts and events are read and written for the store's current
// administration only, which starts as the store's own; nomenclatures are
// shared reference data.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/declaration.hpp"
#include "store/errors.hpp"
#include "store/sql.hpp"

namespace custos {

// What happened to one declaration offered to put_batch().
enum class PutStatus : unsigned char {
  stored,     // a declaration id never seen before
  amended,    // a known id with changed content: stored as a new version, history kept
  duplicate,  // a known id with the same content: nothing written
};

struct StoredVersion {
  int version = 0;
  std::string digest;
  std::string source;     // the file (or other source) it came from
  std::string stored_at;  // UTC, ISO 8601
  Declaration declaration;
};

struct StoreStats {
  int64_t declarations = 0;
  int64_t items = 0;
  int64_t versions = 0;  // all stored versions, amendments included
  std::optional<Date> first_date, last_date;
  int64_t with_outcome = 0;
  int64_t fraud = 0;
  std::vector<std::pair<std::string, int64_t>> by_flow;
  std::vector<std::pair<std::string, int64_t>> by_illicit_domain;
  std::vector<std::pair<std::string, int64_t>> nomenclatures;  // edition -> codes
  std::string schema_version;
};

struct ScanFilter {
  std::optional<Date> from;  // inclusive
  std::optional<Date> to;    // inclusive
};

// One row of a tariff nomenclature (HS 2022, HS 2017, or a national tariff).
struct NomenclatureEntry {
  std::string code;  // 2, 4 or 6+ digits
  std::string description;
  std::string parent;
  std::string section;
  int level = 0;
};

// A versioned artifact other modules keep in the store: trained models,
// imported lists, spectral libraries. The newest version is active unless
// one is activated explicitly.
struct Artifact {
  std::string kind;  // "model", "list", ...
  std::string name;
  int version = 0;
  std::string metadata;  // JSON
  std::string created_at;
  bool active = false;
  std::string payload;  // bytes
};

// An append-only record about a declaration: an inspection outcome, a lane
// override, a declined alert. Who, when and why are kept.
struct Event {
  int64_t id = 0;
  std::string kind;  // "outcome", "override", ...
  std::string declaration_id;
  std::string actor;
  std::string at;    // UTC, ISO 8601
  std::string data;  // JSON
};

class Store {
 public:
  virtual ~Store() = default;
  Store() = default;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // --- declarations ---
  // Stores a batch in one transaction and says, per declaration, whether it
  // was new, an amendment or a duplicate. `source` names where it came from.
  virtual std::vector<PutStatus> put_batch(std::span<const Declaration> batch, std::string_view source) = 0;
  // put_batch in two steps, for a pipeline: prepare() does the CPU work that
  // needs no transaction (canonical text, digest, on-disk encoding) and may
  // run on another thread while put_prepared() writes an earlier batch; calls
  // to prepare() must not overlap each other. The defaults do everything in
  // put_prepared().
  struct PreparedBatch {
    std::vector<Declaration> declarations;
    std::vector<std::string> documents, digests, encoded;  // empty when not prepared
  };
  virtual PreparedBatch prepare(std::vector<Declaration> batch) { return {std::move(batch), {}, {}, {}}; }
  virtual std::vector<PutStatus> put_prepared(PreparedBatch& batch, std::string_view source) {
    return put_batch(batch.declarations, source);
  }
  virtual std::optional<Declaration> get(std::string_view id) = 0;
  // Every stored version of a declaration, oldest first.
  virtual std::vector<StoredVersion> history(std::string_view id) = 0;
  // Current versions in (date, id) order; stop early by returning false.
  virtual void scan(const ScanFilter& filter, const std::function<bool(const Declaration&)>& visit) = 0;
  virtual StoreStats stats() = 0;

  // --- reference data ---
  // Replaces an edition's nomenclature atomically.
  virtual void replace_nomenclature(std::string_view edition, std::span<const NomenclatureEntry> rows,
                                    std::string_view source) = 0;
  virtual std::vector<NomenclatureEntry> nomenclature(std::string_view edition) = 0;
  virtual std::vector<std::string> nomenclature_editions() = 0;

  // --- artifacts and events, for the modules above ---
  // Stores a new version of (kind, name) and returns its number.
  virtual int put_artifact(const Artifact& a) = 0;
  // The active version, or a given one.
  virtual std::optional<Artifact> get_artifact(std::string_view kind, std::string_view name,
                                               std::optional<int> version = std::nullopt) = 0;
  // All versions of a kind, without payloads.
  virtual std::vector<Artifact> list_artifacts(std::string_view kind) = 0;
  virtual void activate_artifact(std::string_view kind, std::string_view name, int version) = 0;

  virtual int64_t append_event(const Event& e) = 0;
  // Events of a kind, for one declaration or (empty id) for all, oldest first.
  virtual std::vector<Event> events(std::string_view kind, std::string_view declaration_id = {}) = 0;

  // --- tenancy ---
  // The administration whose records this handle reads and writes from now
  // on. The code is not checked here: an unknown one simply holds nothing.
  virtual void set_administration(std::string_view code) { administration_ = std::string(code); }
  const std::string& administration() const { return administration_; }
  // The store's own administration (the one `custos init` names).
  virtual std::string own_administration() = 0;

  // --- portable SQL for the modules above the store (store/sql.hpp) ---
  virtual sql::Session& sql() = 0;

 protected:
  std::string administration_;
};

// Opens (creating if needed, and migrating to the current schema) the store
// at `path`, on the store's own administration: a SQLite file, or a
// PostgreSQL database named by URL ("postgres://USER@HOST:PORT/DBNAME" or
// "postgresql://..."), which must exist (its tables are created).
std::unique_ptr<Store> open_store(const std::string& path);
// True when `location` names a PostgreSQL database rather than a file.
bool is_postgres_location(std::string_view location);

}  // namespace custos
