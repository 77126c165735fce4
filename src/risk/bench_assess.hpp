#pragma once
// The assessment benchmark behind `custos bench assess` and bench/risk:
// items per second through the compiled engine and through the naive
// evaluator (every profile against every item), on the same declarations in
// the same run, medians over repeats. Times are the thread's CPU time, so
// the figures are one core's throughput even on a busy machine.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/declaration.hpp"
#include "risk/profile.hpp"
#include "risk/profile_engine.hpp"

namespace custos::risk {

struct BenchAssessOptions {
  int repeats = 5;
  double naive_budget_s = 1.0;  // per naive repeat; the naive run uses a prefix of the declarations
};

struct BenchAssessResult {
  size_t profiles = 0, declarations = 0, items = 0, naive_items = 0;
  double items_per_s = 0, naive_items_per_s = 0;  // medians
  double compile_ms = 0, hits_per_item = 0;
  bool agree = true;                     // both evaluators gave the same hits on the naive prefix
  std::vector<double> runs, naive_runs;  // items/s of every repeat
  EngineStats engine;                    // how the compiled engine indexed the profiles
};

BenchAssessResult bench_assess(const std::vector<Profile>& profiles,
                               const std::vector<Declaration>& declarations,
                               const BenchAssessOptions& options);

}  // namespace custos::risk
