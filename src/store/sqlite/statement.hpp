#pragma once
// Thin RAII wrappers over the SQLite C API: a connection and a prepared
// statement that bind and read by position and throw StoreError on failure.
#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

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

 private:
  sqlite3* db_ = nullptr;
  int depth_ = 0;
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
