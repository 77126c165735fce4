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
