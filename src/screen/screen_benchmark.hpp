#pragma once
// The screening benchmark shared by bench/screen and `custos bench screen`:
// queries drawn from the loaded lists (as listed, with a typo, a word
// dropped, words reordered, a legal form added) and as many names that are
// on no list (words recombined from different entries), screened once with
// the index and, for a subset, with the full-scan scorer in the same run.
#include <cstdint>
#include <string>
#include <vector>

#include "screen/screen.hpp"

namespace custos::screen {

struct ScreenBenchOptions {
  std::size_t queries = 20000;
  std::size_t scan_queries = 100;  // the full scan is slow: a prefix of the same queries
  std::uint64_t seed = 7;
  int repeats = 3;  // indexed passes; the median is reported
};

struct ScreenBenchResult {
  std::size_t names = 0, entities = 0, queries = 0, scan_queries = 0;
  // Throughput and latency are measured in this thread's CPU time (one
  // core), so that other processes on a shared machine do not count;
  // wall-clock throughput is reported beside it.
  double queries_per_s = 0;       // median over repeats
  double wall_queries_per_s = 0;  // median over repeats
  double p50_ms = 0, p99_ms = 0;  // per query, indexed
  double scan_queries_per_s = 0;
  double scan_p50_ms = 0;
  double speedup = 0;
  // Of the entries the full scan alerts on (scan subset), the share the
  // index also alerts on: what the index costs in recall.
  double alert_recall_vs_scan = 0;
  std::size_t scan_alerts = 0;
};

std::vector<std::string> make_bench_queries(const Screener& screener, std::size_t n, std::uint64_t seed);
ScreenBenchResult run_screen_bench(const Screener& screener, const ScreenBenchOptions& options);

}  // namespace custos::screen
