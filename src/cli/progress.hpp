#pragma once
// A progress bar on stderr for long work, shown only when stderr is a
// terminal, so scripts and logs stay clean.
#include <chrono>
#include <cstdint>
#include <string>

namespace custos::cli {

class ProgressBar {
 public:
  explicit ProgressBar(std::string label);
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  void update(int64_t done, int64_t total);

 private:
  std::string label_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace custos::cli
