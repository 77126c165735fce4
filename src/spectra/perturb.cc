// Perturbations model what a field instrument does to a spectrum: detector
// noise, a wavenumber calibration off by a few cm-1, and fluorescence that
// lifts a broad curved background under the bands.
#include <algorithm>
#include <cmath>

#include "spectra/evaluate.hpp"

namespace custos::spectra {

Spectrum perturb(const Spectrum& s, const Perturbation& p, std::mt19937_64& rng) {
  Spectrum out = s;
  if (s.y.empty()) return out;
  const double top = *std::max_element(s.y.begin(), s.y.end());
  if (p.shift > 0) {
    std::uniform_real_distribution<double> u(-p.shift, p.shift);
    const double d = u(rng);
    for (double& x : out.x) x += d;
  }
  if (p.baseline > 0) {
    std::uniform_real_distribution<double> u(0, 1);
    const double power = 0.5 + 1.5 * u(rng), centre = u(rng), width = 0.2 + 0.4 * u(rng);
    const double x0 = s.x.front(), x1 = s.x.back();
    for (std::size_t i = 0; i < out.y.size(); ++i) {
      const double t = (s.x[i] - x0) / std::max(x1 - x0, 1e-9);
      const double b = 0.6 * std::pow(t, power) + 0.4 * std::exp(-std::pow((t - centre) / width, 2));
      out.y[i] += p.baseline * top * b;
    }
  }
  if (p.noise > 0) {
    std::normal_distribution<double> n(0, p.noise * top);
    for (double& y : out.y) y += n(rng);
  }
  return out;
}

}  // namespace custos::spectra
