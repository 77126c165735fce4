// The single preprocessing path shared by library entries and queries.
#include <algorithm>
#include <cmath>

#include "spectra/preprocess.hpp"

namespace custos::spectra {
namespace {

// Smoothing window for a query whose noise is `relative` times its strongest
// band. Mineral and organic Raman bands are ~5-20 cm-1 wide, so windows stay
// well under the narrowest band at low noise and widen only when noise would
// otherwise dominate the derivative.
int smoothing_window(int base, double relative) {
  if (relative < 0.02) return base;
  if (relative < 0.05) return std::max(base, 11);
  if (relative < 0.10) return std::max(base, 15);
  return std::max(base, 21);
}

// The arPLS smoothness for a spectrum whose noise is `relative` times its
// strongest band (PrepareOptions::noisy_baseline_factor).
double baseline_lambda(double base, double factor, double relative) {
  if (factor <= 1 || relative <= 0.02) return base;
  const double ramp = std::min(1.0, (relative - 0.02) / 0.08);
  return base * std::pow(factor, ramp);
}

}  // namespace

void normalise(std::vector<float>& v, std::size_t first, std::size_t last) {
  if (v.empty()) return;
  last = std::min(last, v.size() - 1);
  double sum = 0;
  for (std::size_t i = first; i <= last; ++i) sum += v[i];
  const double mean = sum / static_cast<double>(last - first + 1);
  double ss = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const double c = (i >= first && i <= last) ? v[i] - mean : 0.0;
    v[i] = static_cast<float>(c);
    ss += c * c;
  }
  const double norm = std::sqrt(ss);
  if (norm > 0)
    for (float& f : v) f = static_cast<float>(f / norm);
}

namespace {

template <typename T>
void blur_range(std::vector<T>& v, std::size_t first, std::size_t last, double sigma) {
  if (sigma <= 0 || v.empty() || first >= v.size()) return;
  last = std::min(last, v.size() - 1);
  const auto half = static_cast<long>(std::ceil(3 * sigma));
  std::vector<double> kernel(static_cast<std::size_t>(2 * half + 1));
  for (long j = -half; j <= half; ++j)
    kernel[static_cast<std::size_t>(j + half)] =
        std::exp(-0.5 * static_cast<double>(j * j) / (sigma * sigma));
  const std::vector<T> in(v.begin() + static_cast<std::ptrdiff_t>(first),
                          v.begin() + static_cast<std::ptrdiff_t>(last) + 1);
  const auto n = static_cast<long>(in.size());
  for (long i = 0; i < n; ++i) {
    double acc = 0, sum = 0;
    for (long j = std::max(-half, -i); j <= std::min(half, n - 1 - i); ++j) {
      const double k = kernel[static_cast<std::size_t>(j + half)];
      acc += k * in[static_cast<std::size_t>(i + j)];
      sum += k;
    }
    v[first + static_cast<std::size_t>(i)] = static_cast<T>(acc / sum);
  }
}

}  // namespace

void gaussian_blur(std::vector<double>& v, std::size_t first, std::size_t last, double sigma) {
  blur_range(v, first, last, sigma);
}
void gaussian_blur(std::vector<float>& v, std::size_t first, std::size_t last, double sigma) {
  blur_range(v, first, last, sigma);
}

void comparison_vectors(const std::vector<double>& intensity, std::size_t first, std::size_t last,
                        bool sqrt_intensity, std::vector<float>& shape, std::vector<float>& slope,
                        double blur, double soft) {
  shape.assign(intensity.size(), 0.0f);
  const double root_soft = std::sqrt(soft);
  for (std::size_t i = first; i <= last; ++i) {
    const double v = intensity[i];
    // A softened square root: compresses strong bands so weak ones count, but
    // stays linear near zero so the noise floor is not blown up into bands.
    shape[i] =
        static_cast<float>(sqrt_intensity ? std::copysign(std::sqrt(std::abs(v) + soft) - root_soft, v) : v);
  }
  gaussian_blur(shape, first, last, blur);
  slope.assign(intensity.size(), 0.0f);
  for (std::size_t i = first + 1; i < last; ++i) slope[i] = 0.5f * (shape[i + 1] - shape[i - 1]);
  normalise(shape, first, last);
  normalise(slope, first + 1, last > first + 1 ? last - 1 : last);
}

void block_sums(const std::vector<float>& shape, const std::vector<float>& slope, std::size_t first,
                std::size_t last, std::size_t block, std::vector<float>& out) {
  block = std::max<std::size_t>(block, 1);
  const std::size_t blocks = (shape.size() + block - 1) / block;
  out.assign(2 * blocks, 0.0f);
  for (std::size_t i = first; i <= last && i < shape.size(); ++i) {
    out[i / block] += shape[i];
    out[blocks + i / block] += slope[i];
  }
  for (std::size_t part = 0; part < 2; ++part) {
    double ss = 0;
    for (std::size_t b = 0; b < blocks; ++b)
      ss += static_cast<double>(out[part * blocks + b]) * out[part * blocks + b];
    if (ss > 0) {
      const float inv = static_cast<float>(1 / std::sqrt(ss));
      for (std::size_t b = 0; b < blocks; ++b) out[part * blocks + b] *= inv;
    }
  }
}

void coarse_vector(const std::vector<float>& shape, const std::vector<float>& slope, std::size_t first,
                   std::size_t last, std::vector<float>& out) {
  block_sums(shape, slope, first, last, kCoarse, out);
}

Prepared prepare(const Spectrum& s, const Grid& grid, const PrepareOptions& opt) {
  std::vector<double> y = s.y;
  remove_spikes(y, opt.spike_threshold);
  const std::vector<double> r = resample(s.x, y, grid);
  std::size_t first = 0;
  while (first < r.size() && std::isnan(r[first])) ++first;
  std::size_t last = r.size();
  while (last > first && std::isnan(r[last - 1])) --last;
  if (last - first < 50)
    throw SpectrumError(s.source, 0,
                        "the spectrum covers too little of the " +
                            std::to_string(static_cast<int>(grid.start)) + "-" +
                            std::to_string(static_cast<int>(grid.end())) + " cm-1 range used for comparison");
  --last;
  std::vector<double> seg(r.begin() + static_cast<std::ptrdiff_t>(first),
                          r.begin() + static_cast<std::ptrdiff_t>(last) + 1);

  Prepared p;
  p.first = first;
  p.last = last;
  std::vector<double> sorted = seg;
  std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2),
                   sorted.end());
  const double floor = sorted[sorted.size() / 2];
  const double top = *std::max_element(seg.begin(), seg.end()) - floor;
  p.noise = top > 0 ? noise_sigma(seg) / top : 0;

  const std::vector<double> unsmoothed = seg;
  if (opt.smooth_window > 0) {
    const int window =
        opt.adaptive_smoothing ? smoothing_window(opt.smooth_window, p.noise) : opt.smooth_window;
    seg = savitzky_golay(seg, window, opt.smooth_order);
  }
  if (opt.baseline) {
    const std::vector<double> b =
        baseline_arpls(seg, baseline_lambda(opt.baseline_lambda, opt.noisy_baseline_factor, p.noise));
    for (std::size_t i = 0; i < seg.size(); ++i) seg[i] -= b[i];
  }
  const double peak = std::max(1e-300, *std::max_element(seg.begin(), seg.end()));
  p.intensity.assign(grid.count, 0.0);
  p.raw.assign(grid.count, 0.0);
  for (std::size_t i = 0; i < seg.size(); ++i) {
    p.intensity[first + i] = seg[i] / peak;
    p.raw[first + i] = unsmoothed[i] / peak;
  }

  comparison_vectors(p.intensity, first, last, opt.sqrt_intensity, p.shape, p.slope, opt.blur_cm / grid.step);
  return p;
}

}  // namespace custos::spectra
