#pragma once
// Small helpers shared by the tests: temporary files and the shared data folder.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

namespace custos::test {

// Every file and folder this test process made under the temp dir (named
// custos_<pid>_...) is removed when the process ends, unless
// CUSTOS_KEEP_TEST_FILES is set (to look at a store after a failure).
class TempFiles {
 public:
  ~TempFiles() {
    if (std::getenv("CUSTOS_KEEP_TEST_FILES") != nullptr) return;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(::testing::TempDir(), ec))
      if (entry.path().filename().string().rfind(prefix(), 0) == 0)
        std::filesystem::remove_all(entry.path(), ec);
  }
  static std::string prefix() { return "custos_" + std::to_string(::getpid()) + "_"; }
};

// A fresh path under the test temp dir; any earlier file of that name is removed.
// The process id is part of it: ctest runs tests side by side (a test's SQLite
// and PostgreSQL runs among them), each in its own process.
inline std::string temp_path(const std::string& name) {
  static TempFiles cleanup;  // destroyed at exit, after the tests
  std::string p = ::testing::TempDir() + "/" + TempFiles::prefix() + name;
  std::filesystem::remove(p);
  std::filesystem::remove(p + "-wal");
  std::filesystem::remove(p + "-shm");
  return p;
}

inline std::string write_file(const std::string& name, const std::string& content) {
  std::string p = temp_path(name);
  std::ofstream(p, std::ios::binary) << content;
  return p;
}

inline std::string fixture(const std::string& name) {
  return std::string(CUSTOS_SOURCE_DIR) + "/tests/data/" + name;
}

// ../shared/data/<rel>, or empty when the shared data folder is absent.
inline std::string shared_data(const std::string& rel) {
  std::string p = std::string(CUSTOS_SHARED_DATA) + "/" + rel;
  return std::filesystem::exists(p) ? p : std::string();
}

}  // namespace custos::test

#define CUSTOS_REQUIRE_SHARED(var, rel)                             \
  const std::string var = ::custos::test::shared_data(rel);         \
  if (var.empty())                                                  \
  GTEST_SKIP() << "shared data not found: ../shared/data/" << (rel) \
               << " (tests that read real public data skip when the folder is absent)"
