// Identification speed against the RRUFF 785 nm library (2,363 spectra):
// library build time, then per-query medians of the vectorised search, the
// full identification (verdict and mixture analysis) and a naive scalar
// Pearson search measured in the same run, with their ratio; then the search
// and identification without the learned metric, and the metric's fit time.
//
// Usage: bench_spectra [LIBRARY_DIR] [QUERIES]
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include "spectra/benchmark.hpp"
#include "spectra/library.hpp"
#include "spectra/reader.hpp"

int main(int argc, char** argv) {
  namespace sp = custos::spectra;
  const std::string dir = argc > 1 ? argv[1] : std::string(CUSTOS_SHARED_DATA) + "/raman/rruff-785nm";
  const std::size_t nq = argc > 2 ? std::stoul(argv[2]) : 300;
  if (!std::filesystem::is_directory(dir)) {
    std::printf("bench_spectra: skipped, %s is absent (shared data not available)\n", dir.c_str());
    return 0;
  }
  const auto t0 = std::chrono::steady_clock::now();
  sp::Library lib;
  const sp::BuildReport report = sp::add_directory(lib, dir, sp::ControlTable());
  const double build_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

  // Queries: the original files, re-read and preprocessed like a user's measurement.
  std::vector<sp::Prepared> queries;
  std::vector<std::filesystem::path> files;
  for (const auto& de : std::filesystem::directory_iterator(dir)) files.push_back(de.path());
  std::sort(files.begin(), files.end());
  const std::size_t step = std::max<std::size_t>(1, files.size() / nq);
  double prep_s = 0;
  for (std::size_t i = 0; i < files.size() && queries.size() < nq; i += step) {
    const auto a = std::chrono::steady_clock::now();
    queries.push_back(sp::prepare(sp::read_spectrum(files[i].string()), lib.grid(), lib.options()));
    prep_s += std::chrono::duration<double>(std::chrono::steady_clock::now() - a).count();
  }
  const sp::BenchmarkResult r = sp::run_benchmark(lib, queries, 5);
  // The same queries ranked by the hit quality alone (no learned metric), and
  // the cost of fitting the metric (included in the build time above).
  sp::SearchOptions hqi_only;
  hqi_only.learned_weight = 0;
  const sp::BenchmarkResult h = sp::run_benchmark(lib, queries, 5, hqi_only);
  const auto f0 = std::chrono::steady_clock::now();
  lib.fit_metric();
  const double fit_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - f0).count();
  std::printf("library: %zu spectra from %zu files, built in %.2f s (%.2f ms per spectrum)\n", report.added,
              report.files, build_s, 1000 * build_s / std::max<std::size_t>(1, report.added));
  std::printf("queries: %zu, read + preprocessing %.3f ms each (mean)\n", r.queries,
              1000 * prep_s / std::max<std::size_t>(1, queries.size()));
  std::printf("median ms per query: search %.3f | full identify %.3f | naive Pearson baseline %.3f\n",
              r.rank_ms, r.identify_ms, r.naive_ms);
  std::printf("throughput: %.0f searches/s vs %.0f baseline/s; ratio baseline/search = %.1fx\n",
              1000 / r.rank_ms, 1000 / r.naive_ms, r.speedup);
  std::printf("without the learned metric: search %.3f | full identify %.3f; metric fit %.2f s (%zu dims)\n",
              h.rank_ms, h.identify_ms, fit_s, lib.metric() ? lib.metric()->dims() : 0);
  return 0;
}
