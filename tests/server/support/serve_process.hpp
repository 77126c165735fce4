#pragma once
// `custos serve` as a child process of the test, for tests of whole
// processes (SIGTERM, several servers on one database). Its first stdout
// line gives the port; the destructor kills it if it still runs.
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace custos::test {

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
    const size_t colon = line.rfind(':');
    const size_t space = line.find(' ', colon);
    if (colon != std::string::npos)
      port = static_cast<unsigned short>(std::stoi(line.substr(colon + 1, space - colon - 1)));
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
