// A kill -9 in the middle of an ingest leaves the store consistent (whole
// batches or nothing), and running the same ingest again completes it
// without duplicates: on the SQLite file and on PostgreSQL.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <thread>

#include "cli/run.hpp"
#include "store_backends.hpp"

namespace custos {
namespace {

class Crash : public test::BackendTest {};

// The store's own check of itself: SQLite's integrity_check; on PostgreSQL,
// that every declaration's key row and current version are both there.
bool consistent(const std::string& db) {
  if (!is_postgres_location(db)) {
    sqlite3* h = nullptr;
    sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    bool ok = sqlite3_prepare_v2(h, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK &&
              sqlite3_step(st) == SQLITE_ROW &&
              std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))) == "ok";
    sqlite3_finalize(st);
    sqlite3_close(h);
    return ok;
  }
  return test::query_int(db,
                         "SELECT count(*) FROM declaration_ids k FULL JOIN declarations d ON "
                         "d.administration = k.administration AND d.id = k.id AND d.date = k.date "
                         "WHERE k.id IS NULL OR d.id IS NULL") == 0;
}

TEST_P(Crash, KillNineMidIngestThenResume) {
  const int64_t total = 120000, batch = 1000;
  auto db = location("crash.db");
  auto file = test::temp_path("crash.csv");
  ASSERT_EQ(test::run_custos("simulate --declarations " + std::to_string(total) + " --seed 21 --out " + file)
                .exit_code,
            0);
  ASSERT_EQ(test::run_custos("--db " + db + " init").exit_code, 0);

  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    execl(CUSTOS_BINARY, CUSTOS_BINARY, "--db", db.c_str(), "ingest", file.c_str(), "--batch",
          std::to_string(batch).c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  // Wait until some batches are in, then kill without warning.
  int64_t seen = 0;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (std::chrono::steady_clock::now() < deadline) {
    seen = test::query_int(db, "SELECT count(*) FROM declarations");
    if (seen >= 5 * batch) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the ingest finished before it could be killed; make the file larger";

  EXPECT_TRUE(consistent(db));
  // On PostgreSQL the server may still be finishing the killed client's last
  // statement: a transaction without its COMMIT is rolled back, never kept.
  int64_t after_kill = test::query_int(db, "SELECT count(*) FROM declarations");
  EXPECT_GE(after_kill, 5 * batch);
  EXPECT_LT(after_kill, total);
  EXPECT_EQ(after_kill % batch, 0) << "a partial batch survived the kill";

  auto r = test::run_custos("--db " + db + " ingest " + file + " --json");
  ASSERT_EQ(r.exit_code, 0);
  auto j = nlohmann::json::parse(r.last_line());
  EXPECT_EQ(j["read"], total);
  EXPECT_EQ(j["rejected"], 0);
  EXPECT_EQ(j["duplicates"], after_kill);
  EXPECT_EQ(j["stored"], total - after_kill);
  EXPECT_EQ(test::query_int(db, "SELECT count(*) FROM declarations"), total);
  EXPECT_EQ(test::query_int(db, "SELECT count(*) FROM declaration_versions"), 0);
  EXPECT_TRUE(consistent(db));
}

CUSTOS_ON_BOTH_BACKENDS(Crash);

}  // namespace
}  // namespace custos
