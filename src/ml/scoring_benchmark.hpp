#pragma once
// The speed of the learned model, measured against XGBoost itself in the
// same run: scoring declarations end to end (history lookups, encoding,
// prediction) on one thread, beside XGBoost's own prediction on the very
// same feature matrix; and the time to train on a whole period.
#include <functional>
#include <nlohmann/json.hpp>
#include <span>

#include "core/declaration.hpp"
#include "ml/fit.hpp"

namespace custos::ml {

struct ScoringBenchOptions {
  int repeats = 7;          // timed passes; the median is reported
  int train_threads = 2;    // for the training timing
  FitOptions fit;           // how the benchmarked model is trained (nthread from train_threads)
  int row_at_a_time = 500;  // declarations explained one at a time through XGBoost (the old path)
  // Called with the trained scorer once the figures are taken (the CLI
  // times whole assessments with and without it).
  std::function<void(const class ModelScorer&)> with_scorer;
};

struct ScoringBenchResult {
  size_t training_declarations = 0, scored_declarations = 0;
  double train_seconds = 0;
  int rounds = 0, depth = 0;
  double scoring_per_s = 0;          // history + features + predict (ModelScorer batch path), median pass
  double features_per_s = 0;         // history + features only, median pass
  double forest_predict_per_s = 0;   // compiled-forest predict only, same matrix, median pass
  double xgboost_predict_per_s = 0;  // XGBoost's own in-place predict, one thread, same matrix, median pass
  double ratio = 0;                  // scoring / XGBoost predict-only
  double max_abs_difference = 0;     // compiled forest against XGBoost, over the scored matrix
  // The same two rates per second of this thread's CPU time (robust to a shared machine).
  double scoring_per_cpu_s = 0, xgboost_predict_per_cpu_s = 0;
  int repeats = 0, train_threads = 0;

  // Explanations (ModelScorer::explain on the batch, one thread, median pass):
  double explain_per_s = 0;            // score + exact contributions of every row + words where p >= 0.4
  double explain_all_words_per_s = 0;  // the same with every declaration in words
  double shap_per_s = 0;        // ForestShap contributions alone (Fast TreeSHAP v2 tables), same matrix
  double shap_exact_per_s = 0;  // ForestShap's exact walk (the previous method), same matrix
  double shap_ratio = 0;        // shap_per_s / shap_exact_per_s
  double explain_all_contributions_per_s =
      0;                               // explain() with contributions of every row (figures below 0.4)
  size_t tabled_trees = 0, trees = 0;  // trees explained through tables, of all trees
  // The same per second of this thread's CPU time.
  size_t table_floats = 0;         // size of the tables
  double table_build_seconds = 0;  // reading the forest and building its tables once
  double explain_per_cpu_s = 0, shap_per_cpu_s = 0, shap_exact_per_cpu_s = 0;
  double xgboost_contribs_per_s = 0;  // XGBoost's pred_contribs on a DMatrix of the same matrix
  double row_at_a_time_per_s = 0;     // the old path: one row, XGBoost's pred_contribs, words (first N rows)
  double explain_ratio = 0;           // explain_per_s / row_at_a_time_per_s
  double worded_share = 0;            // share of declarations put into words at the default threshold
  double max_contribution_difference = 0;  // ForestShap against XGBoost over the matrix
  double max_tables_difference = 0;        // ForestShap's tables against its exact walk
  nlohmann::json to_json() const;
};

// Trains on `training` (as `custos model train` does), then scores `scored`
// with a history built from `training`.
ScoringBenchResult run_scoring_bench(std::span<const Declaration> training,
                                     std::span<const Declaration> scored, const ScoringBenchOptions& options);

}  // namespace custos::ml
