// Assessment throughput: the compiled profile engine against the naive
// evaluator, same declarations, same run. Prints one JSON line per setting.
// Usage: bench_risk [declarations] [synthetic profile count]
#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>

#include "risk/bench_assess.hpp"
#include "risk/profile_set.hpp"
#include "risk/synthetic.hpp"

int main(int argc, char** argv) {
  using namespace custos::risk;
  int n = argc > 1 ? std::atoi(argv[1]) : 100000;
  int k = argc > 2 ? std::atoi(argv[2]) : 5000;
  std::string data = std::string(CUSTOS_SOURCE_DIR) + "/data";
  auto ds = synthetic_declarations(n, 1);
  auto report = [&](const std::string& name, const LoadResult& r) {
    if (!r.ok()) {
      for (const auto& e : r.errors) std::cerr << e.str() << "\n";
      return false;
    }
    BenchAssessResult b = bench_assess(r.profiles, ds, {});
    std::cout << nlohmann::json{{"profiles", name},
                                {"count", b.profiles},
                                {"items_per_s", b.items_per_s},
                                {"naive_items_per_s", b.naive_items_per_s},
                                {"ratio", b.naive_items_per_s > 0 ? b.items_per_s / b.naive_items_per_s : 0},
                                {"agree", b.agree},
                                {"hits_per_item", b.hits_per_item}}
                     .dump()
              << std::endl;
    return b.agree;
  };
  bool ok = report("builtin", load_profile_set(default_profiles_path(data), default_groups_path(data)));
  ok = report("synthetic:" + std::to_string(k),
              load_profiles({{"synthetic", synthetic_profiles_toml(k, 1)}},
                            CountryGroups::load(default_groups_path(data)))) &&
       ok;
  return ok ? 0 : 1;
}
