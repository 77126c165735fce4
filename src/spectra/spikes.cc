// Cosmic-ray spike removal (Whitaker and Hayes, 2018): a spike is a jump far
// larger than the spectrum's usual point-to-point change, so it stands out in
// the first differences even on top of a strong Raman band.
#include <algorithm>
#include <cmath>

#include "spectra/preprocess.hpp"

namespace custos::spectra {
namespace {

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  const auto mid = v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2);
  std::nth_element(v.begin(), mid, v.end());
  return *mid;
}

}  // namespace

std::size_t remove_spikes(std::vector<double>& y, double threshold, int neighbours) {
  const std::size_t n = y.size();
  if (threshold <= 0 || n < 5) return 0;
  std::vector<double> diff(n - 1);
  for (std::size_t i = 0; i + 1 < n; ++i) diff[i] = y[i + 1] - y[i];
  const double med = median(diff);
  std::vector<double> dev(diff.size());
  for (std::size_t i = 0; i < diff.size(); ++i) dev[i] = std::abs(diff[i] - med);
  const double mad = median(dev);
  if (mad <= 0) return 0;
  auto z = [&](std::size_t i) { return 0.6745 * (diff[i] - med) / mad; };
  // A spike is a jump into a point followed within at most 3 points by an
  // equally extreme jump of the opposite sign out of it. A real Raman band
  // keeps rising for more points than that, so its flanks never qualify.
  std::size_t changed = 0;
  std::vector<double> out = y;
  for (std::size_t i = 1; i + 1 < n; ++i) {
    const double in = z(i - 1);
    if (std::abs(in) <= threshold) continue;
    std::size_t j = n;
    for (std::size_t k = i; k < std::min(i + 3, n - 1); ++k) {
      const double o = z(k);
      if (std::abs(o) > threshold && (o > 0) != (in > 0)) {
        j = k;
        break;
      }
    }
    if (j == n) continue;
    double sum = 0;
    int count = 0;
    for (int k = 1; k <= neighbours; ++k) {
      if (i >= static_cast<std::size_t>(k)) sum += y[i - k], ++count;
      if (j + k < n) sum += y[j + k], ++count;
    }
    for (std::size_t k = i; k <= j; ++k, ++changed) out[k] = sum / count;
    i = j;
  }
  y = std::move(out);
  return changed;
}

}  // namespace custos::spectra
