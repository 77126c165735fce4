#include "store/sqlite/statement.hpp"

#include <string>

namespace custos::sqlite {

Connection::Connection(const std::string& path) {
  int rc = sqlite3_open_v2(path.c_str(), &db_,
                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    sqlite3_close(db_);
    db_ = nullptr;
    throw StoreError("cannot open " + path + ": " + msg);
  }
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, 10000);
}

Connection::~Connection() {
  for (auto& [sql, idle] : idle_)
    for (sqlite3_stmt* s : idle) sqlite3_finalize(s);
  sqlite3_close_v2(db_);
}

namespace {
// Enough for every fixed text the store runs; texts built at run time (lists
// of ids) beyond it are prepared and finalized as before.
constexpr size_t kKeptStatements = 256;
}  // namespace

sqlite3_stmt* Connection::acquire(const char* sql, Idle*& idle) {
  auto it = idle_.find(std::string_view(sql));
  if (it != idle_.end() && !it->second.empty()) {
    sqlite3_stmt* s = it->second.back();
    it->second.pop_back();
    --kept_;
    idle = &it->second;
    return s;
  }
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr) != SQLITE_OK)
    fail("cannot prepare statement");
  if (it == idle_.end() && idle_.size() < kKeptStatements) it = idle_.emplace(sql, Idle{}).first;
  idle = it == idle_.end() ? nullptr : &it->second;
  return s;
}

void Connection::release(sqlite3_stmt* stmt, Idle* idle) {
  if (stmt == nullptr) return;
  if (idle == nullptr || kept_ >= kKeptStatements) {
    sqlite3_finalize(stmt);
    return;
  }
  sqlite3_reset(stmt);
  sqlite3_clear_bindings(stmt);
  idle->push_back(stmt);
  ++kept_;
}

void Connection::exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    throw StoreError(msg + " (in: " + std::string(sql).substr(0, 80) + ")");
  }
}

void Connection::fail(const char* what) const {
  throw StoreError(std::string(what) + ": " + sqlite3_errmsg(db_));
}

Statement::Statement(Connection& c, const char* sql) : conn_(c) { stmt_ = c.acquire(sql, idle_); }

Statement::~Statement() { conn_.release(stmt_, idle_); }

Statement& Statement::bind(int i, std::string_view v) {
  // An empty view may have a null data pointer, which SQLite would bind as NULL.
  const char* data = v.data() != nullptr ? v.data() : "";
  if (sqlite3_bind_text(stmt_, i, data, static_cast<int>(v.size()), SQLITE_TRANSIENT) != SQLITE_OK)
    conn_.fail("bind");
  return *this;
}
Statement& Statement::bind(int i, int64_t v) {
  if (sqlite3_bind_int64(stmt_, i, v) != SQLITE_OK) conn_.fail("bind");
  return *this;
}
Statement& Statement::bind_null(int i) {
  if (sqlite3_bind_null(stmt_, i) != SQLITE_OK) conn_.fail("bind");
  return *this;
}
Statement& Statement::bind_blob(int i, std::string_view v) {
  if (sqlite3_bind_blob64(stmt_, i, v.data(), v.size(), SQLITE_TRANSIENT) != SQLITE_OK) conn_.fail("bind");
  return *this;
}

Statement& Statement::bind_ref(int i, std::string_view v) {
  const char* data = v.data() != nullptr ? v.data() : "";
  if (sqlite3_bind_text(stmt_, i, data, static_cast<int>(v.size()), SQLITE_STATIC) != SQLITE_OK)
    conn_.fail("bind");
  return *this;
}
Statement& Statement::bind_blob_ref(int i, std::string_view v) {
  const char* data = v.data() != nullptr ? v.data() : "";
  if (sqlite3_bind_blob64(stmt_, i, data, v.size(), SQLITE_STATIC) != SQLITE_OK) conn_.fail("bind");
  return *this;
}

bool Statement::step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  std::string msg = sqlite3_errmsg(conn_.handle());
  sqlite3_reset(stmt_);
  throw StoreError("statement failed: " + msg);
}

void Statement::run() {
  step();
  reset();
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string Statement::text(int col) const {
  const unsigned char* p = sqlite3_column_text(stmt_, col);
  if (p == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}

std::string Statement::blob(int col) const {
  const void* p = sqlite3_column_blob(stmt_, col);
  if (p == nullptr) return {};
  return std::string(static_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}

void Connection::begin() {
  if (depth_ == 0)
    exec("BEGIN IMMEDIATE");
  else
    exec(("SAVEPOINT s" + std::to_string(depth_)).c_str());
  ++depth_;
}

void Connection::commit() {
  if (depth_ == 0) throw StoreError("commit without a transaction");
  if (depth_ == 1)
    exec("COMMIT");
  else
    exec(("RELEASE SAVEPOINT s" + std::to_string(depth_ - 1)).c_str());
  --depth_;
}

void Connection::rollback() {
  if (depth_ == 0) return;
  --depth_;
  // Errors are ignored: a failed statement may already have ended the
  // transaction (SQLITE_FULL, SQLITE_IOERR), and there is nothing left to undo.
  if (depth_ == 0) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  } else {
    const std::string name = "s" + std::to_string(depth_);
    sqlite3_exec(db_, ("ROLLBACK TO SAVEPOINT " + name + "; RELEASE SAVEPOINT " + name).c_str(), nullptr,
                 nullptr, nullptr);
  }
}

Transaction::Transaction(Connection& c) : conn_(c) { conn_.begin(); }

Transaction::~Transaction() {
  if (!done_) conn_.rollback();
}

void Transaction::commit() {
  conn_.commit();
  done_ = true;
}

}  // namespace custos::sqlite
