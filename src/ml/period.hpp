#pragma once
// A period of past declarations read from a file (canonical CSV, NDJSON, or
// a foreign layout through a mapping), sorted by date for history features.
// Records the reader rejects are counted and the first few kept with file
// and line, so an analyst can see what was left out.
#include <string>
#include <vector>

#include "core/declaration.hpp"

namespace custos::ml {

struct Period {
  std::string path;
  std::vector<Declaration> declarations;  // sorted by (date, id)
  size_t rejected = 0;
  std::vector<std::string> first_problems;  // "file:line: field: reason"
  std::string describe() const;             // "FILE: N declarations from A to B (R rejected)"
};

// Throws std::runtime_error naming the file when it cannot be opened, the
// mapping cannot be loaded, or no declaration could be read.
Period read_period(const std::string& path, const std::string& mapping, const std::string& data_dir);

// Throws std::invalid_argument, naming both files and their dates, when
// `later` does not start strictly after `earlier` ends.
void require_before(const Period& earlier, const Period& later);

}  // namespace custos::ml
