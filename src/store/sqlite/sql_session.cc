#include "store/sqlite/sql_session.hpp"

#include <string>

namespace custos::sqlite {

SqlSession::SqlSession(Connection& conn) : conn_(conn) {}
SqlSession::~SqlSession() = default;

void SqlSession::fail(std::string_view sql, int rc) {
  std::string msg =
      std::string(sqlite3_errmsg(conn_.handle())) + " (in: " + std::string(sql.substr(0, 100)) + ")";
  if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY) throw ConflictError(msg);
  throw StoreError(msg);
}

sqlite3_stmt* SqlSession::prepare(std::string_view sql, const sql::Params& params) {
  auto it = cache_.find(sql);
  if (it == cache_.end()) {
    sqlite3_stmt* raw = nullptr;
    int rc = sqlite3_prepare_v3(conn_.handle(), sql.data(), static_cast<int>(sql.size()),
                                SQLITE_PREPARE_PERSISTENT, &raw, nullptr);
    if (rc != SQLITE_OK) fail(sql, rc);
    it = cache_.emplace(std::string(sql), Stmt(raw)).first;
  }
  sqlite3_stmt* s = it->second.get();
  sqlite3_reset(s);
  sqlite3_clear_bindings(s);
  const auto& values = params.values();
  for (size_t i = 0; i < values.size(); ++i) {
    // $N is a named parameter to SQLite; find its slot by name.
    const std::string name = "$" + std::to_string(i + 1);
    const int slot = sqlite3_bind_parameter_index(s, name.c_str());
    if (slot == 0) continue;  // a parameter the statement does not use
    const sql::Value& v = values[i];
    int rc = SQLITE_OK;
    if (const auto* n = std::get_if<int64_t>(&v))
      rc = sqlite3_bind_int64(s, slot, *n);
    else if (const auto* d = std::get_if<double>(&v))
      rc = sqlite3_bind_double(s, slot, *d);
    else if (const auto* t = std::get_if<std::string>(&v))
      rc = sqlite3_bind_text64(s, slot, t->data(), t->size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    else if (const auto* b = std::get_if<sql::Blob>(&v))
      rc = sqlite3_bind_blob64(s, slot, b->bytes.data(), b->bytes.size(), SQLITE_TRANSIENT);
    else
      rc = sqlite3_bind_null(s, slot);
    if (rc != SQLITE_OK) fail(sql, rc);
  }
  if (sqlite3_bind_parameter_count(s) > static_cast<int>(values.size())) {
    sqlite3_reset(s);
    throw StoreError("statement expects " + std::to_string(sqlite3_bind_parameter_count(s)) +
                     " parameters, given " + std::to_string(values.size()) +
                     " (in: " + std::string(sql.substr(0, 100)) + ")");
  }
  return s;
}

int64_t SqlSession::execute(std::string_view sql, const sql::Params& params) {
  sqlite3_stmt* s = prepare(sql, params);
  int rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
  }
  if (rc != SQLITE_DONE) {
    const int code = sqlite3_extended_errcode(conn_.handle());
    sqlite3_reset(s);
    fail(sql, code);
  }
  sqlite3_reset(s);
  return sqlite3_changes64(conn_.handle());
}

std::vector<sql::Row> SqlSession::query(std::string_view sql, const sql::Params& params) {
  sqlite3_stmt* s = prepare(sql, params);
  std::vector<sql::Row> rows;
  const int ncol = sqlite3_column_count(s);
  int rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    std::vector<sql::Value> cols;
    cols.reserve(static_cast<size_t>(ncol));
    for (int c = 0; c < ncol; ++c) {
      switch (sqlite3_column_type(s, c)) {
        case SQLITE_INTEGER: cols.emplace_back(static_cast<int64_t>(sqlite3_column_int64(s, c))); break;
        case SQLITE_FLOAT: cols.emplace_back(sqlite3_column_double(s, c)); break;
        case SQLITE_TEXT: {
          const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s, c));
          cols.emplace_back(std::string(p, static_cast<size_t>(sqlite3_column_bytes(s, c))));
          break;
        }
        case SQLITE_BLOB: {
          const auto* p = static_cast<const char*>(sqlite3_column_blob(s, c));
          const auto n = static_cast<size_t>(sqlite3_column_bytes(s, c));
          cols.emplace_back(sql::Blob{p ? std::string(p, n) : std::string()});
          break;
        }
        default: cols.emplace_back(std::monostate{});
      }
    }
    rows.emplace_back(std::move(cols));
  }
  if (rc != SQLITE_DONE) {
    const int code = sqlite3_extended_errcode(conn_.handle());
    sqlite3_reset(s);
    fail(sql, code);
  }
  sqlite3_reset(s);
  return rows;
}

}  // namespace custos::sqlite
