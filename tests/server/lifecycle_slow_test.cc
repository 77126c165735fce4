// The server under conditions that take seconds: slow clients do not hold
// back others and are cut off at the header deadline; SIGTERM lets the
// request in flight finish, answers it, and exits 0 with it committed.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <chrono>
#include <thread>

#include "auth/administrations.hpp"
#include "auth/users.hpp"
#include "server/support/serve_process.hpp"
#include "server/support/test_server.hpp"
#include "test_util.hpp"

extern char** environ;

namespace custos::test {
namespace {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using namespace std::chrono_literals;

tcp::socket connect_to(asio::io_context& ioc, unsigned short port) {
  tcp::socket s(ioc);
  s.connect({asio::ip::make_address("127.0.0.1"), port});
  return s;
}

TEST(Lifecycle, SlowClientsDoNotHoldBackOthers) {
  TestServer srv("slow", [](server::ServerOptions& o) {
    o.header_timeout = 3;
    o.threads = 1;
  });
  asio::io_context ioc;
  std::vector<tcp::socket> slow;
  for (int i = 0; i < 50; ++i) {
    slow.push_back(connect_to(ioc, srv.port()));
    asio::write(slow.back(), asio::buffer(std::string("GET /api/v1/health HTTP/1.1\r\n")));
  }
  HttpClient c = srv.client();
  double worst_ms = 0;
  for (int round = 0; round < 5; ++round) {
    for (auto& s : slow) {
      boost::system::error_code ec;
      asio::write(s, asio::buffer(std::string("X-Slow: 1\r\n")), ec);
    }
    const auto t0 = std::chrono::steady_clock::now();
    HttpResponse r = c.get("/api/v1/health");
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_EQ(r.status, 200u);
    worst_ms = std::max(worst_ms, ms);
    std::this_thread::sleep_for(300ms);
  }
  EXPECT_LT(worst_ms, 250.0) << "a normal request waited behind 50 slow connections";
  // Past the header deadline the slow connections are closed.
  std::this_thread::sleep_for(2500ms);
  int closed = 0;
  for (auto& s : slow) {
    boost::system::error_code ec;
    char buf[256];
    s.non_blocking(true);
    size_t n = s.read_some(asio::buffer(buf), ec);
    (void)n;
    if (ec == asio::error::eof || ec == asio::error::connection_reset || n > 0) ++closed;
  }
  EXPECT_EQ(closed, 50);
}

// A client that stops in the middle of its body holds no worker: bodies are
// read by the I/O threads, and a request reaches a worker only whole. With a
// single worker and a few such clients, other requests are answered at once;
// the stalled ones are cut off at the request deadline (Beast closes the
// socket when a deadline passes, so no answer can follow).
TEST(Lifecycle, AClientStalledMidBodyCannotHoldAWorker) {
  TestServer srv("slowbody", [](server::ServerOptions& o) {
    o.workers = 1;
    o.request_timeout = 2;
  });
  asio::io_context ioc;
  std::vector<tcp::socket> stalled;
  for (int i = 0; i < 8; ++i) {
    stalled.push_back(connect_to(ioc, srv.port()));
    asio::write(stalled.back(),
                asio::buffer(std::string("POST /api/v1/login HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                         "application/json\r\nContent-Length: 100\r\n\r\n{\"user")));
  }
  std::this_thread::sleep_for(200ms);
  HttpClient c = srv.client();
  const auto t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < 5; ++i) EXPECT_EQ(c.get("/api/v1/health").status, 200u);
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_LT(ms, 1000.0) << "requests waited behind clients stalled mid-body";
  // The stalled clients are closed once the request deadline passes, and
  // are never answered as if their request had been whole.
  const auto t1 = std::chrono::steady_clock::now();
  for (auto& s : stalled) {
    std::string got;
    char buf[1024];
    boost::system::error_code ec;
    while (!ec) {
      size_t n = s.read_some(asio::buffer(buf), ec);
      got.append(buf, n);
    }
    EXPECT_TRUE(ec == asio::error::eof || ec == asio::error::connection_reset) << ec.message();
    EXPECT_TRUE(got.empty() || got.rfind("HTTP/1.1 408", 0) == 0) << got;
  }
  const double waited = std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();
  EXPECT_LT(waited, 6.0);
  EXPECT_EQ(c.get("/api/v1/health").status, 200u);
}

TEST(Lifecycle, AnIdleKeptAliveConnectionIsClosedAfterTheIdleTimeout) {
  TestServer srv("idle", [](server::ServerOptions& o) { o.idle_timeout = 1; });
  asio::io_context ioc;
  tcp::socket s = connect_to(ioc, srv.port());
  asio::write(s, asio::buffer(std::string("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n")));
  std::string got;
  char buf[4096];
  boost::system::error_code ec;
  const auto t0 = std::chrono::steady_clock::now();
  while (!ec) {
    size_t n = s.read_some(asio::buffer(buf), ec);
    got.append(buf, n);
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_EQ(got.rfind("HTTP/1.1 200", 0), 0u);
  EXPECT_EQ(ec, asio::error::eof);
  EXPECT_GE(seconds, 0.9);
  EXPECT_LT(seconds, 5.0);
}

// `custos serve` as a child process (its stdout's reader goes away after
// the first line, as a supervisor's may).
using Child = ServeProcess;

TEST(Lifecycle, SigtermFinishesTheRequestInFlightAndExitsZero) {
  const std::string db = temp_path("server_sigterm.db");
  std::string token;
  {
    auto store = open_store(db);
    auth::add_user(*store, audit::command_line_actor(),
                   {"ada", auth::Role::admin, "", TestServer::kPassword});
    token = auth::issue_token(*store, audit::command_line_actor(), "ada", "test").token;
  }
  Child child(db);
  ASSERT_NE(child.port, 0);
  asio::io_context ioc;
  tcp::socket s = connect_to(ioc, child.port);
  const std::string body = R"({"code":"TH","name":"Thai Customs Department"})";
  const std::string head =
      "POST /api/v1/administrations HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token +
      "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  asio::write(s, asio::buffer(head + body.substr(0, 10)));
  std::this_thread::sleep_for(300ms);
  ASSERT_EQ(kill(child.pid, SIGTERM), 0);
  std::this_thread::sleep_for(300ms);
  // No new connections are accepted now ...
  boost::system::error_code refused;
  tcp::socket late(ioc);
  late.connect({asio::ip::make_address("127.0.0.1"), child.port}, refused);
  EXPECT_TRUE(refused) << "a new connection was accepted after SIGTERM";
  // ... but the request in flight is completed and answered.
  asio::write(s, asio::buffer(body.substr(10)));
  std::string got;
  char buf[4096];
  boost::system::error_code ec;
  while (!ec) {
    size_t n = s.read_some(asio::buffer(buf), ec);
    got.append(buf, n);
  }
  EXPECT_EQ(got.rfind("HTTP/1.1 201", 0), 0u) << got;
  EXPECT_NE(got.find("Connection: close"), std::string::npos) << got;
  EXPECT_EQ(child.wait_exit(10s), 0);
  auto store = open_store(db);
  EXPECT_TRUE(auth::find_administration(*store, "TH")) << "an acknowledged change was lost";
}

TEST(Lifecycle, SigtermClosesIdleConnectionsAtOnce) {
  const std::string db = temp_path("server_sigterm_idle.db");
  Child child(db);
  ASSERT_NE(child.port, 0);
  asio::io_context ioc;
  std::vector<tcp::socket> idle;
  for (int i = 0; i < 5; ++i) idle.push_back(connect_to(ioc, child.port));
  std::this_thread::sleep_for(200ms);
  const auto t0 = std::chrono::steady_clock::now();
  kill(child.pid, SIGTERM);
  EXPECT_EQ(child.wait_exit(10s), 0);
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(), 3.0);
}

}  // namespace
}  // namespace custos::test
