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

// `custos serve` as a child process; its first stdout line gives the port.
struct Child {
  pid_t pid = -1;
  unsigned short port = 0;
  Child(const std::string& db, std::vector<std::string> extra = {}) {
    int out[2];
    EXPECT_EQ(pipe(out), 0);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, out[1], 1);
    posix_spawn_file_actions_addclose(&fa, out[0]);
    std::vector<std::string> args = {CUSTOS_BINARY, "--db",        db,          "serve",
                                     "--listen",    "127.0.0.1:0", "--threads", "2"};
    args.insert(args.end(), extra.begin(), extra.end());
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    EXPECT_EQ(posix_spawn(&pid, CUSTOS_BINARY, &fa, nullptr, argv.data(), environ), 0);
    posix_spawn_file_actions_destroy(&fa);
    close(out[1]);
    std::string line;
    char ch;
    while (read(out[0], &ch, 1) == 1 && ch != '\n') line += ch;
    close(out[0]);
    const size_t colon = line.rfind(':');
    const size_t space = line.find(' ', colon);
    if (colon != std::string::npos)
      port = static_cast<unsigned short>(std::stoi(line.substr(colon + 1, space - colon - 1)));
    EXPECT_NE(port, 0) << "custos serve said: " << line;
  }
  int wait_exit(std::chrono::seconds limit) {
    const auto until = std::chrono::steady_clock::now() + limit;
    int status = 0;
    while (std::chrono::steady_clock::now() < until) {
      if (waitpid(pid, &status, WNOHANG) == pid) {
        pid = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
      }
      std::this_thread::sleep_for(50ms);
    }
    return -2;
  }
  ~Child() {
    if (pid > 0) {
      kill(pid, SIGKILL);
      waitpid(pid, nullptr, 0);
    }
  }
};

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
