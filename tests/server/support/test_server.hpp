#pragma once
// The real server on a free loopback port over a temporary store, running on
// threads of the test process, for API tests of every resource:
//
//   custos::test::TestServer srv;                      // starts it
//   auto officer = srv.client_as("olga", auth::Role::officer, "PNH");
//   auto r = officer.get("/api/v1/me");                // an API token is used
//   EXPECT_EQ(r.status, 200);
//
// Users made here get an API token (no login needed); login() tests use
// kPassword. Options can be changed before start (limits, timeouts).
#include <functional>
#include <memory>
#include <string>
#include <thread>

#include "auth/roles.hpp"
#include "server/options.hpp"
#include "server/server.hpp"
#include "server/support/http_client.hpp"
#include "store/store.hpp"

namespace custos::test {

class TestServer {
 public:
  static constexpr const char* kPassword = "correct horse battery staple";

  // `name` names the temporary store; `tweak` may change options first.
  explicit TestServer(const std::string& name = "api",
                      const std::function<void(server::ServerOptions&)>& tweak = {});
  ~TestServer();
  TestServer(const TestServer&) = delete;
  TestServer& operator=(const TestServer&) = delete;

  unsigned short port() const { return port_; }
  const std::string& db_path() const { return options_.db; }
  // A store handle of the test's own (not the server's workers').
  Store& store() { return *store_; }
  HttpClient client() const { return HttpClient("127.0.0.1", port_); }

  // Adds a user (password kPassword) to `administration` (the store's own
  // when empty, created when missing) and returns an API token for it.
  std::string add_user(const std::string& username, auth::Role role, const std::string& office = {},
                       const std::string& administration = {});
  // A client that authenticates as a new user with a token.
  HttpClient client_as(const std::string& username, auth::Role role, const std::string& office = {},
                       const std::string& administration = {});

  // Graceful stop (as SIGTERM does), then start again on the same store.
  void stop();
  void restart();

 private:
  void start();
  server::ServerOptions options_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<server::Server> server_;
  std::thread thread_;
  unsigned short port_ = 0;
};

}  // namespace custos::test
