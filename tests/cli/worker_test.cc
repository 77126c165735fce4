// custos worker: lodged declarations (custos ingest --lodge) are assessed
// and stored by workers that claim batches from the queue; on PostgreSQL
// several worker processes share it, each declaration assessed exactly once,
// and a worker killed mid-batch leaves its batch to the others.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "cli/run.hpp"
#include "server/support/serve_process.hpp"
#include "store_backends.hpp"

namespace custos {
namespace {

class Worker : public test::BackendTest {};

// A temporary file of this process alone: ctest runs a test's two store
// variants in parallel processes, which must not share (or remove) a file.
std::string own_path(const std::string& name) {
  return test::temp_path(std::to_string(getpid()) + "-" + name);
}

std::string simulate(int64_t n, int seed) {
  auto file = own_path("worker-" + std::to_string(n) + "-" + std::to_string(seed) + ".csv");
  EXPECT_EQ(test::run_custos("simulate --declarations " + std::to_string(n) + " --seed " +
                             std::to_string(seed) + " --out " + file)
                .exit_code,
            0);
  return file;
}

// Starts `custos --db DB worker ARGS... --json` with its standard output in
// `out`; returns the child's pid.
pid_t start_worker(const std::string& db, const std::vector<std::string>& args, const std::string& out) {
  pid_t pid = fork();
  if (pid == 0) {
    FILE* f = std::freopen(out.c_str(), "w", stdout);
    (void)f;
    std::vector<const char*> argv{CUSTOS_BINARY, "--db", db.c_str(), "worker"};
    for (const auto& a : args) argv.push_back(a.c_str());
    argv.push_back("--json");
    argv.push_back(nullptr);
    execv(CUSTOS_BINARY, const_cast<char* const*>(argv.data()));
    _exit(127);
  }
  return pid;
}

int wait_exit(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

nlohmann::json last_json(const std::string& path) {
  std::ifstream in(path);
  std::string line, last;
  while (std::getline(in, line))
    if (!line.empty()) last = line;
  return nlohmann::json::parse(last, nullptr, false);
}

int64_t count(const std::string& db, const std::string& table) {
  return test::query_int(db, "SELECT count(*) FROM " + table);
}

// Waits until `table` has at least `n` rows; false after two minutes.
bool wait_for_rows(const std::string& db, const std::string& table, int64_t n) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (std::chrono::steady_clock::now() < deadline) {
    if (count(db, table) >= n) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return false;
}

TEST_P(Worker, IngestLodgeQueuesAndOneWorkerDrainsTheQueue) {
  const int64_t total = 3000;
  auto db = location("worker-one.db");
  auto file = simulate(total, 31);
  ASSERT_EQ(test::run_custos("--db " + db + " init").exit_code, 0);

  // Plain ingest stores without lodging: nothing queued.
  ASSERT_EQ(test::run_custos("--db " + db + " ingest " + file + " --json").exit_code, 0);
  EXPECT_EQ(count(db, "assessment_queue"), 0);
  // --lodge queues what it stores; duplicates are not queued again.
  auto r = test::run_custos("--db " + db + " ingest " + file + " --lodge --json");
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_EQ(nlohmann::json::parse(r.last_line())["duplicates"], total);
  EXPECT_EQ(count(db, "assessment_queue"), 0);

  auto db2 = location("worker-one-lodged.db");
  ASSERT_EQ(test::run_custos("--db " + db2 + " init").exit_code, 0);
  r = test::run_custos("--db " + db2 + " ingest " + file + " --lodge --batch 1000 --json");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(nlohmann::json::parse(r.last_line())["stored"], total);
  EXPECT_EQ(count(db2, "assessment_queue"), total);
  // The lodging is audited with its batch.
  EXPECT_GE(test::query_int(db2, "SELECT count(*) FROM audit_log WHERE action = 'declarations.lodge'"), 3);

  r = test::run_custos("--db " + db2 + " worker --once --batch 700 --json");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  auto j = nlohmann::json::parse(r.last_line());
  EXPECT_EQ(j["assessed"], total);
  EXPECT_EQ(j["batches"], (total + 699) / 700);
  int64_t by_lane = 0;
  for (const auto& [lane, n] : j["lanes"].items()) by_lane += n.get<int64_t>();
  EXPECT_EQ(by_lane, total);
  EXPECT_EQ(count(db2, "assessment_queue"), 0);
  EXPECT_EQ(count(db2, "assessments"), total);
  EXPECT_EQ(test::query_int(db2, "SELECT count(*) FROM assessments WHERE version <> 1"), 0);

  // An empty queue: --once exits at once with nothing done.
  r = test::run_custos("--db " + db2 + " worker --once --json");
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_EQ(nlohmann::json::parse(r.last_line())["assessed"], 0);
}

TEST_P(Worker, BadOptionsAreUsageErrors) {
  auto db = location("worker-bad.db");
  EXPECT_EQ(test::run_custos("--db " + db + " worker --once --capacity red=lots").exit_code, 2);
  EXPECT_EQ(test::run_custos("--db " + db + " worker --once --batch 0").exit_code, 2);
  EXPECT_EQ(test::run_custos("--db " + db + " worker --once --administration NOPE").exit_code, 2);
}

TEST_P(Worker, SigtermFinishesTheBatchUnderWayAndExitsZero) {
  const int64_t total = 8000, batch = 1000;
  auto db = location("worker-term.db");
  auto file = simulate(total, 32);
  ASSERT_EQ(test::run_custos("--db " + db + " init").exit_code, 0);
  ASSERT_EQ(test::run_custos("--db " + db + " ingest " + file + " --lodge").exit_code, 0);
  auto out = own_path("worker-term.out");
  pid_t pid = start_worker(db, {"--batch", std::to_string(batch), "--poll-ms", "50"}, out);
  ASSERT_TRUE(wait_for_rows(db, "assessments", 1));
  kill(pid, SIGTERM);
  ASSERT_EQ(wait_exit(pid), 0);
  auto j = last_json(out);
  const int64_t done = count(db, "assessments");
  EXPECT_EQ(j["assessed"], done);
  EXPECT_EQ(done % batch, 0) << "a batch was left half stored";
  EXPECT_EQ(count(db, "assessment_queue"), total - done);
}

// custos bench serve --connect loads a server already running on --db (one
// worker thread: its engine is built during the warm-up).
TEST_P(Worker, BenchServeConnectLoadsARunningServer) {
  auto db = location("worker-bench.db");
  ASSERT_EQ(test::run_custos("--db " + db + " init").exit_code, 0);
  EXPECT_EQ(test::run_custos("--db " + db + " bench serve --connect nonsense").exit_code, 2);
  test::ServeProcess srv(db, {"--web-root", "/nonexistent", "--workers", "1"});
  ASSERT_NE(srv.port, 0) << "the server did not start";
  const std::string port = std::to_string(srv.port);
  auto r = test::run_custos("--db " + db + " bench serve --connect 127.0.0.1:" + port +
                            " --runs 1 --seconds 2 --warmup 3 --declarations 50 --clients 2 --json");
  kill(srv.pid, SIGTERM);
  EXPECT_EQ(srv.wait_exit(std::chrono::seconds(60)), 0);
  ASSERT_EQ(r.exit_code, 0) << r.out;
  auto j = nlohmann::json::parse(r.last_line());
  EXPECT_EQ(j["servers"], 1);
  EXPECT_EQ(j["errors"], 0);
  EXPECT_GT(j["requests_per_s"].get<double>(), 0) << r.out;
}

CUSTOS_ON_BOTH_BACKENDS(Worker);

class WorkerPg : public test::BackendTest {};

// Two worker processes on one PostgreSQL store with 100,000 lodged
// declarations: every declaration assessed exactly once (the workers'
// counts add up to the lodged total, one stored assessment each, the queue
// empty), both did a share, and no lane's capacity was over-allocated.
TEST_P(WorkerPg, TwoWorkersAssessEachLodgedDeclarationExactlyOnce) {
  const int64_t total = 100000;
  auto db = location("worker-two.db");
  auto file = simulate(total, 33);
  ASSERT_EQ(test::run_custos("--db " + db + " init").exit_code, 0);
  ASSERT_EQ(test::run_custos("--db " + db + " ingest " + file + " --lodge --batch 10000").exit_code, 0);
  ASSERT_EQ(count(db, "assessment_queue"), total);

  auto out1 = own_path("worker-two-1.out"), out2 = own_path("worker-two-2.out");
  // With a red capacity, so the two also contend for each office's and day's
  // lanes (no random floor: its draws are sent red beyond capacity, by design).
  const std::vector<std::string> args{"--once", "--batch",        "500", "--capacity",
                                      "red=20", "--random-share", "0"};
  pid_t a = start_worker(db, args, out1);
  pid_t b = start_worker(db, args, out2);
  ASSERT_EQ(wait_exit(a), 0);
  ASSERT_EQ(wait_exit(b), 0);
  auto ja = last_json(out1), jb = last_json(out2);
  ASSERT_TRUE(ja.is_object() && jb.is_object());
  const int64_t na = ja["assessed"], nb = jb["assessed"];
  EXPECT_GT(na, 0);
  EXPECT_GT(nb, 0);
  EXPECT_EQ(na + nb, total) << "a declaration was assessed twice, or one was missed";
  EXPECT_EQ(count(db, "assessments"), total);
  EXPECT_EQ(test::query_int(db,
                            "SELECT count(*) FROM (SELECT declaration_id, version FROM assessments GROUP BY "
                            "declaration_id, version HAVING count(*) <> 1) x"),
            0);
  EXPECT_EQ(test::query_int(db,
                            "SELECT count(*) FROM declaration_ids k WHERE NOT EXISTS (SELECT 1 FROM "
                            "assessments a WHERE a.administration = k.administration AND "
                            "a.declaration_id = k.id)"),
            0);
  EXPECT_EQ(count(db, "assessment_queue"), 0);
  // No office had more than 20 red on a day, though both workers chose lanes at once.
  EXPECT_EQ(test::query_int(db,
                            "SELECT count(*) FROM (SELECT office, day FROM assessments WHERE lane = 'red' "
                            "GROUP BY office, day HAVING count(*) > 20) x"),
            0);
  EXPECT_GT(test::query_int(db, "SELECT count(*) FROM assessments WHERE lane = 'red'"), 0);
}

// A worker killed without warning mid-batch: its transaction rolls back, the
// batch goes back to the queue, and another worker assesses it.
TEST_P(WorkerPg, AWorkerKilledMidBatchLeavesItsBatchToAnother) {
  const int64_t total = 20000, batch = 2000;
  auto db = location("worker-kill.db");
  auto file = simulate(total, 34);
  ASSERT_EQ(test::run_custos("--db " + db + " init").exit_code, 0);
  ASSERT_EQ(test::run_custos("--db " + db + " ingest " + file + " --lodge --batch 5000").exit_code, 0);

  auto out = own_path("worker-kill.out");
  pid_t a = start_worker(db, {"--batch", std::to_string(batch), "--poll-ms", "50"}, out);
  ASSERT_TRUE(wait_for_rows(db, "assessments", batch));
  // Its next batch is now claimed and being assessed.
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  kill(a, SIGKILL);
  int status = 0;
  waitpid(a, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status));
  const int64_t after_kill = count(db, "assessments");
  EXPECT_LT(after_kill, total) << "the worker finished before it could be killed; lodge more";
  EXPECT_EQ(after_kill % batch, 0) << "a part of the killed batch was kept";

  // Another worker takes the rest; the killed one's rows are free as soon
  // as the server has rolled its transaction back.
  int64_t by_others = 0;
  for (int i = 0; i < 50 && count(db, "assessment_queue") > 0; ++i) {
    auto r = test::run_custos("--db " + db + " worker --once --batch 3000 --json");
    ASSERT_EQ(r.exit_code, 0);
    by_others += nlohmann::json::parse(r.last_line())["assessed"].get<int64_t>();
    if (count(db, "assessment_queue") > 0) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_EQ(after_kill + by_others, total);
  EXPECT_EQ(count(db, "assessments"), total);
  EXPECT_EQ(count(db, "assessment_queue"), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, WorkerPg, ::testing::Values(::custos::test::Backend::postgres),
                         [](const ::testing::TestParamInfo<::custos::test::Backend>& i) {
                           return std::string(::custos::test::backend_name(i.param));
                         });

}  // namespace
}  // namespace custos
