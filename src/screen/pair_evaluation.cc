#include "screen/pair_evaluation.hpp"

#include <algorithm>

#include "screen/csv_records.hpp"
#include "screen/header_table.hpp"
#include "screen/name_frequency.hpp"

namespace custos::screen {

std::vector<PairCase> read_pair_cases(const std::string& path) {
  HeaderTable table(read_list_file(path), ',', path);
  auto c1 = table.require("name1"), c2 = table.require("name2"), cm = table.require("is_match");
  auto cs = table.find("schema");
  std::vector<PairCase> out;
  for (const auto& r : table.rows()) {
    PairCase pc;
    pc.line = r.line;
    pc.schema = table.get(r, cs);
    pc.name1 = table.get(r, c1);
    pc.name2 = table.get(r, c2);
    std::string m = table.get(r, cm);
    if (m == "true" || m == "True" || m == "1") {
      pc.is_match = true;
    } else if (m == "false" || m == "False" || m == "0") {
      pc.is_match = false;
    } else {
      throw ImportError(path, r.line, "is_match must be true or false, found '" + m + "'");
    }
    out.push_back(std::move(pc));
  }
  return out;
}

std::vector<float> score_pairs(const std::vector<PairCase>& cases, const MatchParameters& p) {
  std::vector<float> scores;
  scores.reserve(cases.size());
  const NameFrequency& frequency = NameFrequency::shipped();
  for (const auto& c : cases) {
    PreparedName a = prepare_name(c.name1), b = prepare_name(c.name2);
    frequency.apply(a);
    frequency.apply(b);
    scores.push_back(compare_names(a, b, c.person(), p).score);
  }
  return scores;
}

namespace {
void fill(PairEvaluation& e) {
  e.precision = e.true_pos + e.false_pos == 0 ? 0 : double(e.true_pos) / double(e.true_pos + e.false_pos);
  e.recall = e.true_pos + e.false_neg == 0 ? 0 : double(e.true_pos) / double(e.true_pos + e.false_neg);
  e.f1 = e.precision + e.recall == 0 ? 0 : 2 * e.precision * e.recall / (e.precision + e.recall);
}
}  // namespace

PairEvaluation evaluate_scores(const std::vector<PairCase>& cases, const std::vector<float>& scores,
                               double threshold) {
  auto at = [&](double t) {
    PairEvaluation e;
    e.threshold = t;
    e.cases = cases.size();
    for (std::size_t i = 0; i < cases.size(); ++i) {
      bool alert = scores[i] >= t;
      if (alert && cases[i].is_match) ++e.true_pos;
      if (alert && !cases[i].is_match) ++e.false_pos;
      if (!alert && cases[i].is_match) ++e.false_neg;
      if (!alert && !cases[i].is_match) ++e.true_neg;
    }
    fill(e);
    return e;
  };
  PairEvaluation result = at(threshold);
  for (int step = 1; step < 100; ++step) {
    PairEvaluation e = at(step / 100.0);
    if (e.f1 > result.best_f1) {
      result.best_f1 = e.f1;
      result.best_threshold = step / 100.0;
    }
  }
  return result;
}

}  // namespace custos::screen
