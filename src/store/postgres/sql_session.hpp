#pragma once
// sql::Session over the PostgreSQL store's own connection, so that a module's
// statements and the store's declaration writes share one transaction.
// $N parameters are PostgreSQL's own; each statement text is prepared once
// per connection. lock(name) is pg_advisory_xact_lock of a 64-bit hash of
// the name, held until the transaction ends.
#include "store/postgres/connection.hpp"
#include "store/sql.hpp"

namespace custos::postgres {

class PgSession final : public sql::Session {
 public:
  explicit PgSession(PgConnection& conn) : conn_(conn) {}

  sql::Dialect dialect() const override { return sql::Dialect::postgres; }
  int64_t execute(std::string_view sql, const sql::Params& params) override;
  std::vector<sql::Row> query(std::string_view sql, const sql::Params& params) override;
  void lock(std::string_view name) override;
  void begin() override { conn_.begin(); }
  void commit() override { conn_.commit(); }
  void rollback() override { conn_.rollback(); }
  int depth() const override { return conn_.depth(); }

 private:
  pqxx::result run(std::string_view sql, const sql::Params& params);
  PgConnection& conn_;
};

}  // namespace custos::postgres
