#pragma once
// Measures the name matcher on labelled pairs (the layout of OpenSanctions'
// name-bench cases.csv: name1, name2, is_match, optional schema): precision,
// recall and F1 at a threshold, and the threshold that would give the best
// F1 on the same pairs (reported, never silently adopted).
#include <cstddef>
#include <string>
#include <vector>

#include "screen/name_compare.hpp"

namespace custos::screen {

struct PairCase {
  std::size_t line = 0;
  std::string schema;  // Person, Company, Organization, Vessel, ...
  std::string name1, name2;
  bool is_match = false;
  bool person() const { return schema == "Person"; }
};

// Throws ImportError naming file and line on a malformed file.
std::vector<PairCase> read_pair_cases(const std::string& path);

struct PairEvaluation {
  double threshold = 0;
  std::size_t cases = 0, true_pos = 0, false_pos = 0, false_neg = 0, true_neg = 0;
  double precision = 0, recall = 0, f1 = 0;
  double best_f1 = 0, best_threshold = 0;
};

// Scores every pair (name1 as the query, name2 as the list name), words
// weighed by the shipped name-frequency table (there are no lists here).
std::vector<float> score_pairs(const std::vector<PairCase>& cases, const MatchParameters& p = {});
PairEvaluation evaluate_scores(const std::vector<PairCase>& cases, const std::vector<float>& scores,
                               double threshold);

}  // namespace custos::screen
