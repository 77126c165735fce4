#pragma once
// Replays history week by week to see how a selection strategy holds up
// when only inspected declarations reveal their outcome: train on what has
// been revealed, score the next week, inspect a share of it, reveal those
// labels only, retrain. Pure exploitation inspects the highest scores;
// the mixed strategy keeps part of the capacity for exploration (random, or
// the scores nearest 0.5), which keeps the model learning about traders it
// never selects.
#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <vector>

#include "core/declaration.hpp"
#include "ml/trainer.hpp"

namespace custos::ml {

enum class Exploration : unsigned char { random, uncertain };

struct SimulationOptions {
  double rate = 0.05;         // share of each week's declarations inspected
  double exploration = 0.10;  // share of the inspections spent exploring (mixed strategy)
  Exploration explore_by = Exploration::random;
  int initial_weeks = 4;  // weeks whose outcomes are all known before the replay starts
  int max_weeks = 0;      // 0 = until the data ends
  int rounds = 150;       // boosting rounds per weekly retrain (no early stopping)
  BoosterParams params;   // eta, depth, ...; max_rounds is ignored
  unsigned seed = 1;
};

struct WeekResult {
  int week = 0;
  std::string from, to;
  size_t declarations = 0, inspected = 0, frauds = 0, caught = 0;
  double precision = 0, recall = 0;
  double normalised_precision = 0;  // precision / best precision possible that week
};

struct StrategyResult {
  std::string name;
  double exploration = 0;
  std::vector<WeekResult> weeks;
  WeekResult overall;
  nlohmann::json to_json() const;
};

// `declarations` sorted by date; those without a fraud label are never
// counted as frauds. Returns pure exploitation first, then the mixed strategy.
std::vector<StrategyResult> simulate_selection(std::span<const Declaration> declarations,
                                               const SimulationOptions& options);

}  // namespace custos::ml
