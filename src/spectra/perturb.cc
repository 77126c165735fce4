// Perturbations model what a field instrument does to a spectrum: detector
// noise, a wavenumber calibration off by a few cm-1, and fluorescence that
// lifts a broad curved background under the bands.
#include <algorithm>
#include <cmath>

#include "spectra/evaluate.hpp"

namespace custos::spectra {

double laser_response(double laser_nm, double shift_cm, double cutoff_nm) {
  const double nu_laser = 1e7 / laser_nm;
  const double nu = nu_laser - shift_cm;
  if (nu <= 0) return 0;
  const double lambda = 1e7 / nu;  // scattered wavelength, nm
  const double qe = 1 / (1 + std::exp((lambda - cutoff_nm) / 40));
  return std::pow(nu / nu_laser, 4) * qe;
}

Spectrum perturb(const Spectrum& s, const Perturbation& p, std::mt19937_64& rng) {
  Spectrum out = s;
  if (s.y.empty()) return out;
  if (p.tilt_laser_nm > 0 && p.library_laser_nm > 0)
    for (std::size_t i = 0; i < out.y.size(); ++i) {
      const double lib = laser_response(p.library_laser_nm, s.x[i], p.detector_cutoff_nm);
      if (lib > 0) out.y[i] *= laser_response(p.tilt_laser_nm, s.x[i], p.detector_cutoff_nm) / lib;
    }
  if (p.broaden_cm > 0) {
    // Gaussian broadening on the (possibly uneven) axis, weights renormalised.
    std::vector<double> y(out.y.size());
    std::size_t lo = 0, hi = 0;
    for (std::size_t i = 0; i < out.y.size(); ++i) {
      while (s.x[lo] < s.x[i] - 3 * p.broaden_cm) ++lo;
      while (hi + 1 < s.x.size() && s.x[hi + 1] <= s.x[i] + 3 * p.broaden_cm) ++hi;
      double acc = 0, sum = 0;
      for (std::size_t j = lo; j <= std::max(hi, i); ++j) {
        const double w = std::exp(-0.5 * std::pow((s.x[j] - s.x[i]) / p.broaden_cm, 2));
        acc += w * out.y[j];
        sum += w;
      }
      y[i] = acc / sum;
    }
    out.y = std::move(y);
  }
  const double top = *std::max_element(out.y.begin(), out.y.end());
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
