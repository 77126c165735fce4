// Resampling by cell averaging rather than point interpolation: when the
// instrument samples more finely than the grid (RRUFF: ~0.48 cm-1 against
// 1 cm-1) every measured point contributes, which also averages noise down.
#include <algorithm>
#include <cmath>
#include <limits>

#include "spectra/preprocess.hpp"

namespace custos::spectra {

std::vector<double> resample(const std::vector<double>& x, const std::vector<double>& y, const Grid& grid) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  std::vector<double> out(grid.count, nan);
  const std::size_t n = std::min(x.size(), y.size());
  if (n < 2) return out;
  std::size_t lo = 0;
  for (std::size_t g = 0; g < grid.count; ++g) {
    const double c = grid.at(g);
    if (c < x.front() || c > x[n - 1]) continue;
    const double a = c - grid.step / 2, b = c + grid.step / 2;
    while (lo < n && x[lo] < a) ++lo;
    double sum = 0;
    std::size_t count = 0;
    for (std::size_t i = lo; i < n && x[i] < b; ++i) sum += y[i], ++count;
    if (count > 0) {
      out[g] = sum / static_cast<double>(count);
      continue;
    }
    // No point in the cell: interpolate between the neighbours around c.
    const auto it = std::upper_bound(x.begin(), x.begin() + static_cast<std::ptrdiff_t>(n), c);
    const std::size_t j = static_cast<std::size_t>(it - x.begin());
    if (j == 0 || j >= n) {
      out[g] = j == 0 ? y[0] : y[n - 1];
      continue;
    }
    const double t = (c - x[j - 1]) / (x[j] - x[j - 1]);
    out[g] = y[j - 1] + t * (y[j] - y[j - 1]);
  }
  return out;
}

double noise_sigma(const std::vector<double>& y) {
  std::vector<double> d;
  d.reserve(y.size());
  for (std::size_t i = 1; i < y.size(); ++i)
    if (!std::isnan(y[i]) && !std::isnan(y[i - 1])) d.push_back(std::abs(y[i] - y[i - 1]));
  if (d.empty()) return 0;
  const auto mid = d.begin() + static_cast<std::ptrdiff_t>(d.size() / 2);
  std::nth_element(d.begin(), mid, d.end());
  // For Gaussian noise, median |difference| = 0.6745 * sqrt(2) * sigma.
  return *mid / (0.6745 * std::sqrt(2.0));
}

}  // namespace custos::spectra
