#pragma once
// Runs the built `custos` binary and captures what it prints.
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

namespace custos::test {

struct RunResult {
  int exit_code = -1;
  std::string out;  // stdout and stderr together
  std::string last_line() const {
    size_t end = out.find_last_not_of('\n');
    if (end == std::string::npos) return {};
    size_t start = out.rfind('\n', end);
    return out.substr(start == std::string::npos ? 0 : start + 1,
                      end - (start == std::string::npos ? 0 : start + 1) + 1);
  }
};

// `args` is appended to the binary's path as shell words (the caller quotes).
inline RunResult run_custos(const std::string& args, bool merge_stderr = false) {
  std::string cmd = std::string(CUSTOS_BINARY) + " " + args + (merge_stderr ? " 2>&1" : " 2>/dev/null");
  RunResult r;
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return r;
  std::array<char, 4096> buf{};
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

}  // namespace custos::test
