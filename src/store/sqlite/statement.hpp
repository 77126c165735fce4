#pragma once
// Thin RAII wrappers over the SQLite C API: a connection and a prepared
// statement that bind and read by position and throw StoreError on failure.
// The connection keeps the statements it prepared, by text, for the next
// Statement of the same text: the server runs the same few queries for every
// request, and preparing them again cost more than running them.
#include <sqlite3.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/store.hpp"

namespace custos::sqlite {

class Connection {
 public:
  explicit Connection(const std::string& path);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  void exec(const char* sql);
  sqlite3* handle() const { return db_; }
  // Transactions nest: the outermost is BEGIN IMMEDIATE (it takes the write
  // lock at once, so two writers never deadlock upgrading a read), inner ones
  // are savepoints.
  void begin();
  void commit();
  void rollback();
  int depth() const { return depth_; }
  int64_t changes() const { return sqlite3_changes64(db_); }
  [[noreturn]] void fail(const char* what) const;

  // Idle prepared statements of one text.
  using Idle = std::vector<sqlite3_stmt*>;
  // A statement of this text, from those kept or newly prepared; `idle` is
  // where release() puts it back.
  sqlite3_stmt* acquire(const char* sql, Idle*& idle);
  // Reset, unbound, and kept for the next acquire() (or finalized when the
  // connection already keeps as many as it should).
  void release(sqlite3_stmt* stmt, Idle* idle);

 private:
  sqlite3* db_ = nullptr;
  int depth_ = 0;
  std::map<std::string, Idle, std::less<>> idle_;
  size_t kept_ = 0;
};

class Statement {
 public:
  Statement(Connection& c, const char* sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int i, std::string_view v);
  Statement& bind(int i, int64_t v);
  Statement& bind(int i, int v) { return bind(i, static_cast<int64_t>(v)); }
  Statement& bind_null(int i);
  Statement& bind_blob(int i, std::string_view v);
  // Without a copy: `v` must stay alive and unchanged until reset() or run().
  Statement& bind_ref(int i, std::string_view v);
  Statement& bind_blob_ref(int i, std::string_view v);
  Statement& bind_opt(int i, const std::optional<std::string>& v) { return v ? bind(i, *v) : bind_null(i); }

  // True when a row is available; false when done. Throws on error.
  bool step();
  // step() expecting no row; then resets for reuse.
  void run();
  void reset();

  std::string text(int col) const;
  std::string blob(int col) const;
  int64_t integer(int col) const { return sqlite3_column_int64(stmt_, col); }
  bool is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  bool is_blob(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_BLOB; }

 private:
  Connection& conn_;
  sqlite3_stmt* stmt_ = nullptr;
  Connection::Idle* idle_ = nullptr;
};

// Connection::begin() on construction, rollback unless commit() was called.
class Transaction {
 public:
  explicit Transaction(Connection& c);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Connection& conn_;
  bool done_ = false;
};

}  // namespace custos::sqlite
