// Screening throughput: the name index against a full scan of every listed
// name, same queries, same run, one thread. Lists: OFAC SDN, UN, UK and BIS
// loaded together. Also times the import of each list.
// Usage: bench_screen [queries] [scan queries] [sanctions folder]
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "screen/importers.hpp"
#include "screen/screen_benchmark.hpp"

int main(int argc, char** argv) {
  using namespace custos::screen;
  using clock = std::chrono::steady_clock;
  std::size_t queries = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 20000;
  std::size_t scan = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 100;
  std::filesystem::path dir = argc > 3 ? argv[3] : std::string(CUSTOS_SHARED_DATA) + "/sanctions";
  if (!std::filesystem::exists(dir)) {
    std::cerr << "bench_screen: sanctions data absent: " << dir << "\n";
    return 2;
  }
  std::vector<ListEntity> all;
  auto timed = [&](const char* list, auto import) {
    auto t0 = clock::now();
    std::vector<ListEntity> part = import();
    double s = std::chrono::duration<double>(clock::now() - t0).count();
    std::cout << nlohmann::json{{"import", list},
                                {"entries", part.size()},
                                {"names", count_names(part)},
                                {"seconds", s}}
                     .dump()
              << std::endl;
    all.insert(all.end(), part.begin(), part.end());
  };
  timed("ofac", [&] { return import_ofac((dir / "ofac-sdn-2021-07").string()); });
  timed("un", [&] { return import_un((dir / "un-consolidated-2026-02" / "UN_consolidated.xml").string()); });
  timed("uk", [&] { return import_uk((dir / "uk-sanctions-2026-04").string()); });
  timed("bis", [&] { return import_bis((dir / "bis-dpl-2022-09" / "dpl.txt").string()); });
  auto t0 = clock::now();
  Screener screener(std::move(all));
  double index_s = std::chrono::duration<double>(clock::now() - t0).count();
  ScreenBenchOptions o;
  o.queries = queries;
  o.scan_queries = scan;
  ScreenBenchResult r = run_screen_bench(screener, o);
  std::cout << nlohmann::json{{"index_build_s", index_s},
                              {"p50_ms", r.p50_ms},
                              {"p99_ms", r.p99_ms},
                              {"scan_p50_ms", r.scan_p50_ms},
                              {"ratio", r.speedup},
                              {"alert_recall_vs_scan", r.alert_recall_vs_scan},
                              {"scan_alerts", r.scan_alerts},
                              {"queries", r.queries},
                              {"wall_queries_per_s", r.wall_queries_per_s},
                              {"queries_per_s", r.queries_per_s},
                              {"scan_queries_per_s", r.scan_queries_per_s},
                              {"names", r.names}}
                   .dump()
            << std::endl;
  return 0;
}
