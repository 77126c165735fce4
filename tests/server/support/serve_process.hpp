#pragma once
// `custos serve` as a child process of the test, for tests of whole
// processes (SIGTERM, several servers on one database). Its first stdout
// line gives the port; the destructor kills it if it still runs.
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <cctype>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace custos::test {

// The port in "custos serve: listening on http://HOST:PORT (store ...)"; 0 if
// absent. The store named after it may be a URL with a port of its own.
inline unsigned short listening_port(const std::string& line) {
  const size_t scheme = line.find("://");
  if (scheme == std::string::npos) return 0;
  const size_t end = line.find_first_of(" /", scheme + 3);
  const size_t colon = line.rfind(':', end);
  if (colon == std::string::npos || colon < scheme + 3) return 0;
  unsigned port = 0;
  for (size_t i = colon + 1; i < end && i < line.size() && std::isdigit(static_cast<unsigned char>(line[i]));
       ++i)
    port = port * 10 + static_cast<unsigned>(line[i] - '0');
  return port <= 65535 ? static_cast<unsigned short>(port) : 0;
}

struct ServeProcess {
  pid_t pid = -1;
  unsigned short port = 0;
  explicit ServeProcess(const std::string& db, std::vector<std::string> extra = {}) {
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
    // The read end is closed now: the server must survive writing to it later.
    close(out[0]);
    port = listening_port(line);
    EXPECT_NE(port, 0) << "custos serve said: " << line;
  }
  ServeProcess(const ServeProcess&) = delete;
  ServeProcess& operator=(const ServeProcess&) = delete;
  // The exit code; -1 when killed by a signal; -2 when still running after `limit`.
  int wait_exit(std::chrono::seconds limit) {
    const auto until = std::chrono::steady_clock::now() + limit;
    int status = 0;
    while (std::chrono::steady_clock::now() < until) {
      if (waitpid(pid, &status, WNOHANG) == pid) {
        pid = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return -2;
  }
  ~ServeProcess() {
    if (pid > 0) {
      kill(pid, SIGKILL);
      waitpid(pid, nullptr, 0);
    }
  }
};

}  // namespace custos::test
