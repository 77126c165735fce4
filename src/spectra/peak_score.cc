#include "spectra/peak_score.hpp"

#include <algorithm>
#include <cmath>

namespace custos::spectra {

double peak_score(const std::vector<Peak>& query, const std::vector<Peak>& library, double shift_cm,
                  double floor, double lo, double hi, const PeakScoreOptions& opt) {
  const double tol = std::max(opt.tolerance_cm, 1e-6);
  auto weight = [&](double h) { return std::pow(std::max(h, 0.0), opt.power); };
  // Library bands the query could show, on the query's axis.
  struct Item {
    double position, weight;
  };
  std::vector<Item> lib;
  lib.reserve(library.size());
  double lib_top = 0;
  for (const Peak& p : library)
    if (p.position + shift_cm >= lo && p.position + shift_cm <= hi) lib_top = std::max(lib_top, p.height);
  if (lib_top <= 0) return 0;
  for (const Peak& p : library) {
    const double pos = p.position + shift_cm;
    // Heights relative to the strongest library band inside the query's range.
    const double h = p.height / lib_top;
    if (pos < lo || pos > hi || h < floor) continue;
    lib.push_back({pos, weight(h)});
  }
  double q_mass = 0, l_mass = 0;
  for (const Peak& p : query) q_mass += weight(p.height);
  for (const Item& it : lib) l_mass += it.weight;
  if (q_mass <= 0 || l_mass <= 0) return 0;
  // Candidate pairs within the tolerance, nearest first; each band used once.
  struct Pair {
    double d;
    std::size_t q, l;
  };
  std::vector<Pair> pairs;
  for (std::size_t i = 0; i < query.size(); ++i) {
    // Library items are sorted by position (find_peaks() scans upwards).
    const auto it = std::lower_bound(lib.begin(), lib.end(), query[i].position - tol,
                                     [](const Item& a, double x) { return a.position < x; });
    for (auto j = it; j != lib.end() && j->position <= query[i].position + tol; ++j)
      pairs.push_back(
          {std::abs(j->position - query[i].position), i, static_cast<std::size_t>(j - lib.begin())});
  }
  std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) {
    if (a.d != b.d) return a.d < b.d;
    return a.q != b.q ? a.q < b.q : a.l < b.l;
  });
  std::vector<char> q_used(query.size(), 0), l_used(lib.size(), 0);
  double matched = 0;
  for (const Pair& p : pairs) {
    if (q_used[p.q] || l_used[p.l]) continue;
    q_used[p.q] = l_used[p.l] = 1;
    const double closeness = 1 - (p.d / tol) * (p.d / tol);
    matched += std::min(weight(query[p.q].height), lib[p.l].weight) * closeness;
  }
  return std::clamp(matched / (q_mass + l_mass - matched), 0.0, 1.0);
}

}  // namespace custos::spectra
