#pragma once
// Portable SQL for the modules above the store (audit, auth, records,
// targeting, exchange, exercise): one connection's worth of statements that
// run unchanged on the embedded SQLite store and on PostgreSQL.
//
// The SQL those modules write keeps to the subset both engines read the same
// way (docs/architecture.md, "Portable SQL"):
//  - parameters are $1, $2, ... (SQLite reads them as named parameters);
//  - a parameter whose type the statement does not fix is cast:
//    CAST($3 AS BIGINT), CAST($4 AS TEXT);
//  - flags are INTEGER 0/1, times are UTC ISO 8601 TEXT passed as parameters,
//    JSON is TEXT, bytes are BLOB (bytea on PostgreSQL);
//  - INSERT ... ON CONFLICT (...) DO NOTHING | DO UPDATE and RETURNING;
//  - every table a module writes carries `administration` (docs/security.md).
// Table definitions live in the store's numbered migrations, one per dialect.
//
// A Session is one connection: not safe for concurrent use; open one store
// (and so one session) per thread. Transactions nest: an inner Transaction is
// a savepoint of the outer one, so a module function that opens its own
// transaction joins its caller's (e.g. a change and its audit entry commit
// together).
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "store/errors.hpp"

namespace custos::sql {

enum class Dialect : unsigned char { sqlite, postgres };

// Bytes, as opposed to text.
struct Blob {
  std::string bytes;
};

// A parameter or a column's value. NULL is the monostate.
using Value = std::variant<std::monostate, int64_t, double, std::string, Blob>;

// A parameter list; optionals bind NULL when empty.
class Params {
 public:
  Params() = default;
  Params(std::initializer_list<Value> values) : values_(values) {}
  Params& add(Value v) {
    values_.push_back(std::move(v));
    return *this;
  }
  const std::vector<Value>& values() const { return values_; }

 private:
  std::vector<Value> values_;
};

// Helpers that turn C++ values into parameters.
inline Value null() { return std::monostate{}; }
inline Value text(std::string_view s) { return std::string(s); }
inline Value integer(int64_t v) { return v; }
inline Value boolean(bool v) { return static_cast<int64_t>(v ? 1 : 0); }
inline Value blob(std::string_view bytes) { return Blob{std::string(bytes)}; }
inline Value opt_text(const std::optional<std::string>& s) { return s ? Value(*s) : null(); }
inline Value text_or_null(std::string_view s) { return s.empty() ? null() : text(s); }

class Row {
 public:
  explicit Row(std::vector<Value> columns) : columns_(std::move(columns)) {}
  size_t size() const { return columns_.size(); }
  bool is_null(size_t i) const { return std::holds_alternative<std::monostate>(at(i)); }
  // Conversions are lenient where the engines differ (PostgreSQL's numeric
  // results, SQLite's dynamic types): an integer reads as text and back.
  int64_t integer(size_t i) const;
  double real(size_t i) const;
  std::string text(size_t i) const;  // NULL reads as ""
  std::string blob(size_t i) const;  // bytes (text reads as its bytes)
  bool boolean(size_t i) const { return integer(i) != 0; }
  std::optional<std::string> opt_text(size_t i) const {
    return is_null(i) ? std::nullopt : std::optional(text(i));
  }
  std::optional<int64_t> opt_integer(size_t i) const {
    return is_null(i) ? std::nullopt : std::optional(integer(i));
  }
  std::optional<double> opt_real(size_t i) const {
    return is_null(i) ? std::nullopt : std::optional(real(i));
  }
  const Value& at(size_t i) const;

 private:
  std::vector<Value> columns_;
};

class Session {
 public:
  virtual ~Session() = default;
  Session() = default;
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  virtual Dialect dialect() const = 0;
  // Runs one statement and returns the number of rows it changed. Throws
  // StoreError (store/store.hpp) on failure; a unique-key violation throws
  // ConflictError so that callers can answer 409.
  virtual int64_t execute(std::string_view sql, const Params& params = {}) = 0;
  virtual std::vector<Row> query(std::string_view sql, const Params& params = {}) = 0;
  std::optional<Row> query_one(std::string_view sql, const Params& params = {}) {
    auto rows = query(sql, params);
    if (rows.empty()) return std::nullopt;
    return std::move(rows.front());
  }

  // Within a transaction: waits for, then holds until the transaction ends,
  // a lock named `name` that every process sharing the store honours
  // (PostgreSQL: an advisory transaction lock; SQLite: writers are already
  // serialised by the write transaction, so this is a no-op there). Use it
  // where two writers must not interleave, e.g. the audit chain's head.
  virtual void lock(std::string_view name) = 0;

  // Transaction control; use Transaction below rather than these.
  virtual void begin() = 0;
  virtual void commit() = 0;
  virtual void rollback() = 0;
  virtual int depth() const = 0;  // open transactions and savepoints
};

// RAII: begins on construction (a savepoint when one is already open), rolls
// back on destruction unless commit() was called.
class Transaction {
 public:
  explicit Transaction(Session& s) : s_(s) { s_.begin(); }
  ~Transaction() {
    if (!done_) {
      try {
        s_.rollback();
      } catch (...) {  // nothing more can be done in a destructor
      }
    }
  }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit() {
    s_.commit();
    done_ = true;
  }

 private:
  Session& s_;
  bool done_ = false;
};

}  // namespace custos::sql
