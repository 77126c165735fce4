// custos store backup --to FILE: an online copy of a SQLite store, taken
// while another process keeps writing, whole and checked; never overwrites;
// refuses a PostgreSQL store.
#include <sys/stat.h>

#include <gtest/gtest.h>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "cli/run.hpp"
#include "test_util.hpp"

namespace custos {
namespace {

nlohmann::json last_json(const test::RunResult& r) {
  return nlohmann::json::parse(r.last_line(), nullptr, false);
}

TEST(StoreBackup, CopiesAStoreInUseWholeAndChecked) {
  const std::string db = test::temp_path("backup_src.db");
  const std::string copy = test::temp_path("backup_copy.db");
  ASSERT_EQ(test::run_custos("--db " + db + " init").exit_code, 0);
  ASSERT_EQ(test::run_custos("--db " + db + " administrations add TH --name Thailand").exit_code, 0);
  // Another process writes (audited changes) all through the backup.
  std::atomic<bool> stop{false};
  std::atomic<int> written{0};
  std::thread writer([&] {
    for (int i = 0; !stop && i < 200; ++i)
      if (test::run_custos("--db " + db + " administrations add W" + std::to_string(100 + i) + " --name W")
              .exit_code == 0)
        ++written;
  });
  while (written < 3) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  test::RunResult r = test::run_custos("--db " + db + " store backup --to " + copy + " --json");
  stop = true;
  writer.join();
  ASSERT_EQ(r.exit_code, 0) << r.out;
  nlohmann::json j = last_json(r);
  EXPECT_EQ(j["integrity_ok"], true) << r.out;
  EXPECT_EQ(j["to"], copy);
  EXPECT_GT(j["bytes"].get<int64_t>(), 0);
  EXPECT_FALSE(std::filesystem::exists(copy + ".partial"));
  struct stat st {};
  ASSERT_EQ(stat(copy.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  // The copy is a store of its own: its audit chain is whole, and it holds
  // what was committed before the backup began.
  test::RunResult v = test::run_custos("--db " + copy + " audit verify --json");
  EXPECT_EQ(v.exit_code, 0) << v.out;
  EXPECT_EQ(last_json(v)["ok"], true) << v.out;
  test::RunResult list = test::run_custos("--db " + copy + " administrations list");
  EXPECT_NE(list.out.find("TH"), std::string::npos) << list.out;
  EXPECT_NE(list.out.find("W100"), std::string::npos) << list.out;
}

TEST(StoreBackup, NeverOverwritesAndRefusesPostgres) {
  const std::string db = test::temp_path("backup_src2.db");
  const std::string copy = test::temp_path("backup_exists.db");
  ASSERT_EQ(test::run_custos("--db " + db + " init").exit_code, 0);
  { std::ofstream(copy) << "keep me"; }
  test::RunResult r = test::run_custos("--db " + db + " store backup --to " + copy, true);
  EXPECT_EQ(r.exit_code, 4) << r.out;
  EXPECT_NE(r.out.find("will not overwrite"), std::string::npos) << r.out;
  std::ifstream in(copy);
  std::string kept;
  std::getline(in, kept);
  EXPECT_EQ(kept, "keep me");
  r = test::run_custos("--db postgres://nobody@127.0.0.1:1/none store backup --to " + copy + ".x", true);
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_NE(r.out.find("pg_dump"), std::string::npos) << r.out;
  r = test::run_custos("--db " + test::temp_path("no_such_store.db") + " store backup --to " + copy + ".y",
                       true);
  EXPECT_EQ(r.exit_code, 4) << r.out;
}

}  // namespace
}  // namespace custos
