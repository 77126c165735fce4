#pragma once
// One PostgreSQL connection through libpqxx, as the store uses it: plain SQL
// scripts (migrations), statements prepared once per connection and run with
// text parameters, COPY, and nested transactions (the outermost is BEGIN,
// inner ones are savepoints). Every failure is a StoreError naming the
// statement; a unique-key violation (SQLSTATE 23505) is a ConflictError.
//
// After a statement fails inside a transaction, PostgreSQL accepts nothing
// more in it until it (or the innermost savepoint) is rolled back:
// sql::Transaction does that when it goes out of scope.
#include <map>
#include <memory>
#include <optional>
#include <pqxx/connection>
#include <pqxx/nontransaction>
#include <pqxx/result>
#include <string>
#include <string_view>
#include <vector>

#include "store/errors.hpp"

namespace custos::postgres {

class PgConnection {
 public:
  // `url`: postgres://USER@HOST:PORT/DBNAME (or postgresql://, or any libpq
  // connection string).
  explicit PgConnection(const std::string& url);
  ~PgConnection();
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  // A script of one or more statements without parameters.
  void exec(const std::string& sql);
  // A statement without parameters, not prepared (e.g. FETCH from a cursor).
  pqxx::result query(const std::string& sql);
  // One statement, prepared on this connection the first time its text is
  // seen; parameters are text (a null pointer is NULL) and PostgreSQL infers
  // their types from the statement.
  pqxx::result run(std::string_view sql, const std::vector<const char*>& params = {});

  void begin();
  void commit();
  void rollback();
  int depth() const { return depth_; }

  // The administration row-level security admits (custos.tenant): set for
  // the session, and again (SET LOCAL) at the start of every transaction, so
  // it holds behind a transaction-pooling pgbouncer too.
  void set_tenant(const std::string& code);

  // For COPY (pqxx::stream_to) within the current transaction.
  pqxx::transaction_base& work() { return *work_; }
  // The URL with any password removed, for messages.
  const std::string& where() const { return where_; }
  // Rethrows the exception in flight as StoreError / ConflictError, naming `sql`.
  [[noreturn]] void fail(std::string_view sql) const;

 private:
  std::string where_;
  std::unique_ptr<pqxx::connection> conn_;
  std::unique_ptr<pqxx::nontransaction> work_;
  std::map<std::string, std::string, std::less<>> prepared_;  // text -> statement name
  std::string tenant_;
  int depth_ = 0;
};

// The URL without its password (postgres://user:secret@host -> postgres://user@host).
std::string without_password(std::string_view url);

// A 64-bit key for pg_advisory_xact_lock: the first 8 bytes of BLAKE2b(name).
int64_t lock_key(std::string_view name);

// Bytes as a bytea parameter or COPY field ("\x" and hex digits).
std::string bytea_hex(std::string_view bytes);

}  // namespace custos::postgres
