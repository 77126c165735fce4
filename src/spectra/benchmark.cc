#include "spectra/benchmark.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace custos::spectra {
namespace {

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const std::size_t m = v.size() / 2;
  return v.size() % 2 ? v[m] : 0.5 * (v[m - 1] + v[m]);
}

}  // namespace

std::size_t naive_best_entry(const Library& lib, const Prepared& q) {
  const std::size_t g = lib.grid().count;
  std::vector<double> in(g);
  std::size_t best = 0;
  double best_r = -2;
  for (std::size_t i = 0; i < lib.size(); ++i) {
    const float* row = lib.shapes().data() + i * g;
    double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
    for (std::size_t k = 0; k < g; ++k) {
      const double x = q.shape[k], y = row[k];
      sx += x, sy += y, sxx += x * x, syy += y * y, sxy += x * y;
    }
    const double n = static_cast<double>(g);
    const double den = std::sqrt((sxx - sx * sx / n) * (syy - sy * sy / n));
    const double r = den > 0 ? (sxy - sx * sy / n) / den : 0;
    if (r > best_r) best_r = r, best = i;
  }
  return best;
}

BenchmarkResult run_benchmark(const Library& lib, const std::vector<Prepared>& queries, int repeats) {
  using Clock = std::chrono::steady_clock;
  BenchmarkResult r;
  r.entries = lib.size();
  r.queries = queries.size();
  const Searcher s(lib);
  std::vector<double> rank_t, identify_t, naive_t;
  std::size_t sink = 0;  // keeps the optimiser from dropping the work
  for (const Prepared& q : queries)
    for (int k = 0; k < repeats; ++k) {
      auto t0 = Clock::now();
      sink += s.rank(q, 5).size();
      auto t1 = Clock::now();
      sink += s.identify(q).candidates.size();
      auto t2 = Clock::now();
      sink += naive_best_entry(lib, q);
      auto t3 = Clock::now();
      rank_t.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
      identify_t.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
      naive_t.push_back(std::chrono::duration<double, std::milli>(t3 - t2).count());
    }
  r.rank_ms = median(rank_t);
  r.identify_ms = median(identify_t);
  r.naive_ms = median(naive_t);
  r.speedup = r.rank_ms > 0 ? r.naive_ms / r.rank_ms : 0;
  if (sink == 0xFFFFFFFF) r.queries = 0;
  return r;
}

}  // namespace custos::spectra
