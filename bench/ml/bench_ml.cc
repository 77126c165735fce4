// Learned-model speed on the Korea customs declarations: train on 2020 (as
// `custos model train` does, two threads), then score 2021-Q1 end to end
// (history lookups, encoding, prediction; one thread) beside XGBoost's own
// prediction on the same matrix in the same run. Medians of 7 passes.
// Usage: bench_ml [train.csv test.csv [mapping [training threads [repeats]]]]
//        bench_ml --evaluate [train.csv test.csv [mapping]]: what `custos model
//        evaluate` computes (both rankings), as JSON, without the CLI.
#include <filesystem>
#include <iostream>
#include <string>

#include "ml/evaluation.hpp"
#include "ml/period.hpp"
#include "ml/scoring_benchmark.hpp"

int main(int argc, char** argv) {
  using namespace custos::ml;
  const bool evaluate = argc > 1 && std::string(argv[1]) == "--evaluate";
  if (evaluate) --argc, ++argv;
  std::string dir = std::string(CUSTOS_SHARED_DATA) + "/customs-declarations";
  std::string train = argc > 2 ? argv[1] : dir + "/df_syn_train_eng.csv";
  std::string test = argc > 2 ? argv[2] : dir + "/df_syn_valid_eng.csv";
  std::string mapping = argc > 3 ? argv[3] : "korea";
  if (!std::filesystem::exists(train) || !std::filesystem::exists(test)) {
    std::cerr << "bench_ml: customs declarations absent: " << train << "\n";
    return 2;
  }
  try {
    Period a = read_period(train, mapping, CUSTOS_DATA_DIR);
    Period b = read_period(test, mapping, CUSTOS_DATA_DIR);
    if (evaluate) {
      EvaluationResult r = evaluate_periods(a, nullptr, b, FitOptions{});
      nlohmann::json j = r.to_json();
      j.erase("model");
      std::cout << j.dump() << std::endl;
      return 0;
    }
    ScoringBenchOptions o;
    if (argc > 4) o.train_threads = std::stoi(argv[4]);
    if (argc > 5) o.repeats = std::stoi(argv[5]);
    ScoringBenchResult r = run_scoring_bench(a.declarations, b.declarations, o);
    std::cout << r.to_json().dump() << std::endl;
  } catch (const std::exception& e) {
    std::cerr << "bench_ml: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
