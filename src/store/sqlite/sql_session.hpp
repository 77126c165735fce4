#pragma once
// sql::Session over the SQLite store's own connection, so that a module's
// statements and the store's declaration writes share one transaction.
// Statements are prepared once per distinct text and kept.
#include <map>
#include <memory>
#include <string>

#include "store/sql.hpp"
#include "store/sqlite/statement.hpp"

namespace custos::sqlite {

class SqlSession final : public sql::Session {
 public:
  explicit SqlSession(Connection& conn);
  ~SqlSession() override;

  sql::Dialect dialect() const override { return sql::Dialect::sqlite; }
  int64_t execute(std::string_view sql, const sql::Params& params) override;
  std::vector<sql::Row> query(std::string_view sql, const sql::Params& params) override;
  void lock(std::string_view) override {}
  void begin() override { conn_.begin(); }
  void commit() override { conn_.commit(); }
  void rollback() override { conn_.rollback(); }
  int depth() const override { return conn_.depth(); }

 private:
  struct Finalize {
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
  };
  using Stmt = std::unique_ptr<sqlite3_stmt, Finalize>;
  // Prepared and bound, ready to step; reset by the caller.
  sqlite3_stmt* prepare(std::string_view sql, const sql::Params& params);
  [[noreturn]] void fail(std::string_view sql, int rc);
  Connection& conn_;
  std::map<std::string, Stmt, std::less<>> cache_;
};

}  // namespace custos::sqlite
