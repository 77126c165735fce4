#pragma once
// The source tree a test reads its packs, case sets and documents from:
// $CUSTOS_TEST_SOURCE_DIR when set (so one build can check the data of
// another checkout, e.g. a profile writer's work tree), else the tree the
// test was built from.
#include <cstdlib>
#include <string>

namespace custos::test {

inline std::string source_dir() {
  const char* dir = std::getenv("CUSTOS_TEST_SOURCE_DIR");
  return dir != nullptr && *dir != '\0' ? std::string(dir) : std::string(CUSTOS_SOURCE_DIR);
}

}  // namespace custos::test
