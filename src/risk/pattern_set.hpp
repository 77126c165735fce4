#pragma once
// A compiled set of description patterns (description_pattern.hpp): one
// Hyperscan literal database for words, phrases and prefixes, one regular
// expression database for 're:' entries, one for phrases with a prefix
// inside them (run on the word text). Used by the compiled engine (all
// patterns of all profiles) and by the naive evaluator (one set per
// condition). Not copyable; not safe for concurrent scans on one scratch;
// compiling is thread-safe.
#include <hs/hs.h>

#include <string>
#include <utility>
#include <vector>

#include "risk/description_pattern.hpp"

namespace custos::risk {

class PatternSet {
 public:
  PatternSet() = default;
  ~PatternSet();
  PatternSet(const PatternSet&) = delete;
  PatternSet& operator=(const PatternSet&) = delete;

  // Compiles (pattern, id) pairs and grows `scratch` to serve them. Throws
  // std::runtime_error if Hyperscan refuses a pattern.
  void compile(const std::vector<std::pair<DescriptionPattern, unsigned>>& patterns, hs_scratch_t** scratch);
  bool empty() const { return literals_ == nullptr && regexes_ == nullptr && word_regexes_ == nullptr; }

  // Compiled databases are cached for the process by what they were
  // compiled from: a set compiled again from the same patterns (another
  // thread's engine, an engine rebuilt after a permit or list changed) is
  // deserialised, not compiled. A miss is compiled, or read from the
  // directory CUSTOS_PATTERN_CACHE names (then also counted in disk_hits):
  // another process compiled it.
  struct CacheCounts {
    size_t hits = 0, misses = 0, disk_hits = 0;
  };
  static CacheCounts cache_counts();

  // Calls `on_match` (Hyperscan's signature; return non-zero to stop) for
  // each pattern found, at most once per database.
  void scan(const std::string& folded, const std::string& words, hs_scratch_t* scratch,
            match_event_handler on_match, void* context) const;

 private:
  hs_database_t* literals_ = nullptr;
  hs_database_t* regexes_ = nullptr;
  hs_database_t* word_regexes_ = nullptr;
};

}  // namespace custos::risk
