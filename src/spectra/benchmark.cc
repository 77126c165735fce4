#include "spectra/benchmark.hpp"

#include <algorithm>
#include <cmath>
#include <ctime>

namespace custos::spectra {
namespace {

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const std::size_t m = v.size() / 2;
  return v.size() % 2 ? v[m] : 0.5 * (v[m - 1] + v[m]);
}

// CPU time of the calling thread: on a shared, oversubscribed machine wall
// time measures the neighbours, not the search.
double thread_ms() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return 1e3 * static_cast<double>(t.tv_sec) + 1e-6 * static_cast<double>(t.tv_nsec);
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

BenchmarkResult run_benchmark(const Library& lib, const std::vector<Prepared>& queries, int repeats,
                              const SearchOptions& opt) {
  BenchmarkResult r;
  r.entries = lib.size();
  r.queries = queries.size();
  const Searcher s(lib, opt);
  std::vector<double> rank_t, identify_t, naive_t;
  std::size_t sink = 0;  // keeps the optimiser from dropping the work
  for (const Prepared& q : queries)
    for (int k = 0; k < repeats; ++k) {
      const double t0 = thread_ms();
      sink += s.rank(q, 5).size();
      const double t1 = thread_ms();
      sink += s.identify(q).candidates.size();
      const double t2 = thread_ms();
      sink += naive_best_entry(lib, q);
      const double t3 = thread_ms();
      rank_t.push_back(t1 - t0);
      identify_t.push_back(t2 - t1);
      naive_t.push_back(t3 - t2);
    }
  r.rank_ms = median(rank_t);
  r.identify_ms = median(identify_t);
  r.naive_ms = median(naive_t);
  r.speedup = r.rank_ms > 0 ? r.naive_ms / r.rank_ms : 0;
  if (sink == 0xFFFFFFFF) r.queries = 0;
  return r;
}

}  // namespace custos::spectra
