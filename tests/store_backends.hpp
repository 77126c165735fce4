#pragma once
// Runs a test on both stores: the embedded SQLite file and PostgreSQL.
//
//   class MyTest : public test::BackendTest {};
//   TEST_P(MyTest, Something) { auto store = fresh("name"); ... }
//   CUSTOS_ON_BOTH_BACKENDS(MyTest);
//
// Each call to fresh()/location() gives a new, empty store: a file in the
// test temp dir, or a new database created on the server CUSTOS_TEST_PG names
// (scripts/with-postgres.sh starts a throw-away one and sets it) and dropped
// when the test binary exits. Without CUSTOS_TEST_PG the PostgreSQL runs skip
// with a message saying so.
#include <gtest/gtest.h>

#include <unistd.h>

#include <atomic>
#include <cctype>
#include <cstdlib>
#include <mutex>
#include <pqxx/connection>
#include <pqxx/nontransaction>
#include <string>
#include <vector>

#include "store/sqlite/statement.hpp"
#include "store/store.hpp"
#include "test_util.hpp"

namespace custos::test {

enum class Backend { sqlite, postgres };

inline const char* backend_name(Backend b) { return b == Backend::sqlite ? "sqlite" : "postgres"; }

// The server's URL (CUSTOS_TEST_PG), or empty.
inline std::string pg_url() {
  const char* u = std::getenv("CUSTOS_TEST_PG");
  return u ? u : "";
}

// `url` with its database name replaced.
inline std::string with_database(const std::string& url, const std::string& db) {
  const size_t scheme = url.find("://");
  const size_t slash = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  const size_t query = url.find('?');
  std::string head = slash == std::string::npos ? url.substr(0, query) : url.substr(0, slash);
  return head + "/" + db + (query == std::string::npos ? "" : url.substr(query));
}

// Databases this process created, dropped when the tests end (by a test
// environment's TearDown: it runs before any static object is destroyed,
// libpqxx's included, which neither a static destructor nor an atexit
// handler here could be sure of).
class TestDatabases {
 public:
  static TestDatabases& get() {
    static auto* d = new TestDatabases;
    return *d;
  }
  std::string create(const std::string& name) {
    static std::atomic<int> counter{0};
    std::string db = "custos_t" + std::to_string(getpid()) + "_" + std::to_string(++counter) + "_";
    for (char c : name) {
      if (db.size() >= 60) break;
      db.push_back(std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '_');
    }
    pqxx::connection c(pg_url());
    pqxx::nontransaction w(c);
    w.exec("CREATE DATABASE " + db + " TEMPLATE template0 ENCODING 'UTF8'");
    std::lock_guard lock(mu_);
    made_.push_back(db);
    return with_database(pg_url(), db);
  }
  void drop_all() {
    if (made_.empty() || std::getenv("CUSTOS_TEST_PG_KEEP")) return;
    try {
      pqxx::connection c(pg_url());
      pqxx::nontransaction w(c);
      for (const auto& db : made_) w.exec("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
    } catch (...) {  // the server may be gone already; it was throw-away
    }
    made_.clear();
  }

 private:
  std::mutex mu_;
  std::vector<std::string> made_;
};

class DropTestDatabases : public ::testing::Environment {
 public:
  void TearDown() override { TestDatabases::get().drop_all(); }
};
inline const bool kDropTestDatabasesRegistered =
    (::testing::AddGlobalTestEnvironment(new DropTestDatabases), true);

// A fresh store location: a temp file path, or the URL of a new database.
inline std::string fresh_location(Backend b, const std::string& name) {
  if (b == Backend::sqlite) return temp_path(name);
  return TestDatabases::get().create(name);
}

// Runs SQL on the store at `location` from a connection of its own, as an
// insider with database access would (no store, no triggers bypassed).
inline void exec_sql(const std::string& location, const std::string& sql) {
  if (is_postgres_location(location)) {
    pqxx::connection c(location);
    pqxx::nontransaction w(c);
    w.exec(sql);
  } else {
    sqlite::Connection c(location);
    c.exec(sql.c_str());
  }
}

// One integer from a query on the store at `location` (-1 when it fails).
inline int64_t query_int(const std::string& location, const std::string& sql) {
  try {
    if (is_postgres_location(location)) {
      pqxx::connection c(location);
      pqxx::nontransaction w(c);
      auto r = w.exec(sql);
      return r.empty() || r[0][0].is_null() ? -1 : r[0][0].as<int64_t>();
    }
    sqlite::Connection c(location);
    sqlite::Statement s(c, sql.c_str());
    return s.step() ? s.integer(0) : -1;
  } catch (const std::exception&) {
    return -1;
  }
}

// Makes the store refuse to write declaration `id` with `message`, as a
// failing disk or a constraint would, for tests of atomicity.
inline void refuse_declaration(const std::string& location, const std::string& id,
                               const std::string& message) {
  if (is_postgres_location(location)) {
    exec_sql(
        location,
        "CREATE FUNCTION custos_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.id = '" +
            id + "' THEN RAISE EXCEPTION '" + message + "'; END IF; RETURN NEW; END $$");
    exec_sql(location,
             "CREATE TRIGGER custos_test_refuse BEFORE INSERT ON declarations FOR EACH ROW EXECUTE FUNCTION "
             "custos_test_refuse()");
  } else {
    exec_sql(location, "CREATE TRIGGER custos_test_refuse BEFORE INSERT ON declarations WHEN NEW.id = '" +
                           id + "' BEGIN SELECT RAISE(ABORT, '" + message + "'); END");
  }
}

class BackendTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == Backend::postgres && pg_url().empty())
      GTEST_SKIP() << "CUSTOS_TEST_PG is not set: the PostgreSQL runs need a server "
                      "(scripts/with-postgres.sh CMD starts a throw-away one)";
  }
  Backend backend() const { return GetParam(); }
  bool postgres() const { return GetParam() == Backend::postgres; }
  std::string location(const std::string& name) { return fresh_location(GetParam(), name); }
  std::unique_ptr<Store> fresh(const std::string& name) { return open_store(location(name)); }
};

}  // namespace custos::test

#define CUSTOS_ON_BOTH_BACKENDS(Suite)                                                       \
  INSTANTIATE_TEST_SUITE_P(                                                                  \
      Backends, Suite,                                                                       \
      ::testing::Values(::custos::test::Backend::sqlite, ::custos::test::Backend::postgres), \
      [](const ::testing::TestParamInfo<::custos::test::Backend>& i) {                       \
        return std::string(::custos::test::backend_name(i.param));                           \
      })
