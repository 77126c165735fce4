// A kill -9 in the middle of an ingest leaves the store consistent (whole
// batches or nothing), and running the same ingest again completes it
// without duplicates.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <thread>

#include "cli/run.hpp"
#include "test_util.hpp"

namespace custos {
namespace {

int64_t query_int(const std::string& db, const char* sql, std::string* text = nullptr) {
  sqlite3* h = nullptr;
  if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(h);
    return -1;
  }
  sqlite3_busy_timeout(h, 5000);
  sqlite3_stmt* st = nullptr;
  int64_t v = -1;
  if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
    v = sqlite3_column_int64(st, 0);
    if (text) *text = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
  }
  sqlite3_finalize(st);
  sqlite3_close(h);
  return v;
}

TEST(Crash, KillNineMidIngestThenResume) {
  const int64_t total = 120000, batch = 1000;
  auto db = test::temp_path("crash.db");
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
    seen = query_int(db, "SELECT count(*) FROM declarations");
    if (seen >= 5 * batch) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the ingest finished before it could be killed; make the file larger";

  std::string integrity;
  query_int(db, "PRAGMA integrity_check", &integrity);
  EXPECT_EQ(integrity, "ok");
  int64_t after_kill = query_int(db, "SELECT count(*) FROM declarations");
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
  EXPECT_EQ(query_int(db, "SELECT count(*) FROM declarations"), total);
  EXPECT_EQ(query_int(db, "SELECT count(*) FROM declaration_versions"), 0);
}

}  // namespace
}  // namespace custos
