#include "risk/bench_assess.hpp"

#include <algorithm>
#include <ctime>

#include "risk/naive_evaluator.hpp"
#include "risk/profile_engine.hpp"

namespace custos::risk {
namespace {

// CPU time of this thread: the benchmark measures one core's throughput,
// which wall time on a shared machine would understate by the share of the
// core other processes take. Both evaluators are timed the same way.
struct CpuClock {
  using time_point = double;
  static double now() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
  }
};
using Clock = CpuClock;

double seconds_since(double t) { return Clock::now() - t; }

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

size_t count_items(const std::vector<Declaration>& ds, size_t n) {
  size_t items = 0;
  for (size_t i = 0; i < n; ++i) items += std::max<size_t>(1, ds[i].items.size());
  return items;
}

}  // namespace

BenchAssessResult bench_assess(const std::vector<Profile>& profiles, const std::vector<Declaration>& ds,
                               const BenchAssessOptions& o) {
  BenchAssessResult r;
  r.profiles = profiles.size();
  r.declarations = ds.size();
  r.items = count_items(ds, ds.size());
  auto t0 = Clock::now();
  ProfileEngine engine(profiles);
  r.compile_ms = seconds_since(t0) * 1000;
  r.engine = engine.stats();
  std::vector<ProfileHit> hits;
  size_t hit_count = 0;
  for (int rep = 0; rep < std::max(1, o.repeats); ++rep) {
    hit_count = 0;
    auto t = Clock::now();
    for (const Declaration& d : ds) {
      engine.match(d, hits, true);
      hit_count += hits.size();
    }
    r.runs.push_back(static_cast<double>(r.items) / seconds_since(t));
  }
  r.items_per_s = median(r.runs);
  r.hits_per_item = r.items ? static_cast<double>(hit_count) / static_cast<double>(r.items) : 0;

  NaiveEvaluator naive(profiles);
  // Size the naive prefix from a short trial so a repeat takes about the budget.
  size_t trial = std::min<size_t>(ds.size(), 50);
  auto t = Clock::now();
  for (size_t i = 0; i < trial; ++i) naive.match(ds[i], hits);
  double per_decl = trial ? seconds_since(t) / static_cast<double>(trial) : 0;
  size_t n = per_decl > 0 ? static_cast<size_t>(o.naive_budget_s / per_decl) : ds.size();
  n = std::clamp<size_t>(n, std::min<size_t>(ds.size(), 50), ds.size());
  r.naive_items = count_items(ds, n);
  std::vector<ProfileHit> a;
  for (int rep = 0; rep < std::max(1, std::min(o.repeats, 3)); ++rep) {
    auto ts = Clock::now();
    for (size_t i = 0; i < n; ++i) naive.match(ds[i], hits);
    r.naive_runs.push_back(static_cast<double>(r.naive_items) / seconds_since(ts));
  }
  r.naive_items_per_s = median(r.naive_runs);
  for (size_t i = 0; i < n && r.agree; ++i) {
    engine.match(ds[i], a, false);
    naive.match(ds[i], hits);
    if (a.size() != hits.size()) r.agree = false;
    for (size_t k = 0; r.agree && k < a.size(); ++k)
      if (a[k].profile != hits[k].profile || a[k].items != hits[k].items) r.agree = false;
  }
  return r;
}

}  // namespace custos::risk
