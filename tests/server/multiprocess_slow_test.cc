// Two `custos serve` processes on one PostgreSQL database behave as one
// (issue 12): a session made on one is valid on the other, and logging out
// on one ends it on both; a concurrent write load on both leaves one
// unbroken audit chain (`custos audit verify`). Skipped without
// CUSTOS_TEST_PG (scripts/with-postgres.sh sets it).
#include <gtest/gtest.h>
#include <atomic>
#include <nlohmann/json.hpp>
#include <thread>

#include "audit/audit.hpp"
#include "auth/users.hpp"
#include "cli/run.hpp"
#include "server/support/serve_process.hpp"
#include "server/support/test_server.hpp"
#include "store_backends.hpp"

namespace custos::test {
namespace {

class MultiProcess : public ::testing::Test {
 protected:
  void SetUp() override {
    if (pg_url().empty()) GTEST_SKIP() << "CUSTOS_TEST_PG is not set (run under scripts/with-postgres.sh)";
    url_ = TestDatabases::get().create("multiprocess");
    auto store = open_store(url_);
    auth::add_user(*store, audit::command_line_actor(),
                   {"ada", auth::Role::admin, "", TestServer::kPassword});
    token_ = auth::issue_token(*store, audit::command_line_actor(), "ada", "load").token;
  }
  std::string url_, token_;
};

TEST_F(MultiProcess, ASessionMadeOnOneProcessIsValidOnTheOther) {
  ServeProcess a(url_), b(url_);
  ASSERT_NE(a.port, 0);
  ASSERT_NE(b.port, 0);
  HttpClient on_a("127.0.0.1", a.port), on_b("127.0.0.1", b.port);
  HttpResponse login = on_a.login("ada", TestServer::kPassword);
  ASSERT_EQ(login.status, 200u) << login.body;
  on_b.set_session(on_a.session_cookie(), on_a.csrf_token());
  HttpResponse me = on_b.get("/api/v1/me");
  ASSERT_EQ(me.status, 200u) << me.body;
  EXPECT_EQ(me.json()["username"], "ada");
  EXPECT_EQ(me.json()["authenticated_by"], "session");
  // A cookie-authenticated write on B with the CSRF token A gave.
  EXPECT_EQ(on_b.post("/api/v1/administrations", {{"code", "TH"}, {"name", "Thai Customs"}}).status, 201u);
  // Logging out on B ends the session on A too.
  EXPECT_EQ(on_b.request("POST", "/api/v1/logout", "{}").status, 204u);
  EXPECT_EQ(on_a.get("/api/v1/me").status, 401u);
}

TEST_F(MultiProcess, ConcurrentWritesOnBothKeepOneUnbrokenAuditChain) {
  ServeProcess a(url_), b(url_);
  ASSERT_NE(a.port, 0);
  ASSERT_NE(b.port, 0);
  constexpr int kThreads = 4, kEach = 30;
  std::atomic<int> created{0}, failed{0};
  std::vector<std::thread> load;
  for (int t = 0; t < kThreads; ++t)
    load.emplace_back([&, t] {
      HttpClient c("127.0.0.1", t % 2 == 0 ? a.port : b.port);
      c.use_token(token_);
      for (int i = 0; i < kEach; ++i) {
        const std::string code = std::string("Q") + static_cast<char>('A' + t) + std::to_string(100 + i);
        try {
          HttpResponse r = c.post("/api/v1/administrations", {{"code", code}, {"name", "Load " + code}});
          (r.status == 201u ? created : failed)++;
        } catch (const std::exception& e) {  // a dropped connection fails the test, never aborts it
          ADD_FAILURE() << "request " << code << ": " << e.what();
          failed++;
          return;
        }
      }
    });
  for (auto& th : load) th.join();
  EXPECT_EQ(created.load(), kThreads * kEach);
  EXPECT_EQ(failed.load(), 0);
  // Both still answer, then stop cleanly.
  kill(a.pid, SIGTERM);
  kill(b.pid, SIGTERM);
  EXPECT_EQ(a.wait_exit(std::chrono::seconds(20)), 0);
  EXPECT_EQ(b.wait_exit(std::chrono::seconds(20)), 0);
  RunResult v = run_custos("--db '" + url_ + "' audit verify --json");
  ASSERT_EQ(v.exit_code, 0) << v.out;
  nlohmann::json j = nlohmann::json::parse(v.last_line(), nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << v.out;
  EXPECT_EQ(j["ok"], true) << v.out;
  EXPECT_EQ(j["first_bad"], nullptr) << v.out;
  // Every write and its audit entry committed together: at least one entry each.
  EXPECT_GE(query_int(url_, "SELECT count(*) FROM audit_log WHERE action = 'administration.add'"),
            kThreads * kEach);
}

}  // namespace
}  // namespace custos::test
