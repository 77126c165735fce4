#include "spectra/likelihood.hpp"

#include "spectra/preprocess.hpp"

#include <algorithm>
#include <cmath>

namespace custos::spectra {

BaselineBasis::BaselineBasis(std::size_t first, std::size_t last, double knot_points)
    : first_(first), m_(last >= first ? last - first + 1 : 0) {
  if (m_ == 0) return;
  const double h = std::max(knot_points, 1.0);
  const auto segments =
      static_cast<std::size_t>(std::max(1.0, std::ceil(static_cast<double>(m_ > 1 ? m_ - 1 : 1) / h)));
  const std::size_t functions = std::min(segments + 3, m_);
  // Uniform cubic B-splines: a point in segment s with fraction u is carried
  // by functions s..s+3 with the four classic weights.
  std::vector<double> b(functions * m_, 0.0);
  const double span = static_cast<double>(m_ > 1 ? m_ - 1 : 1) / static_cast<double>(segments);
  for (std::size_t j = 0; j < m_; ++j) {
    const double x = static_cast<double>(j) / span;
    const std::size_t s = std::min(static_cast<std::size_t>(x), segments - 1);
    const double u = x - static_cast<double>(s), v = 1 - u;
    const double w[4] = {v * v * v / 6, (3 * u * u * u - 6 * u * u + 4) / 6,
                         (-3 * u * u * u + 3 * u * u + 3 * u + 1) / 6, u * u * u / 6};
    for (std::size_t k = 0; k < 4; ++k)
      if (s + k < functions) b[(s + k) * m_ + j] += w[k];
  }
  // Modified Gram-Schmidt, twice for accuracy; dependent functions dropped.
  q_.reserve(b.size());
  for (std::size_t f = 0; f < functions; ++f) {
    std::vector<double> row(b.begin() + static_cast<std::ptrdiff_t>(f * m_),
                            b.begin() + static_cast<std::ptrdiff_t>((f + 1) * m_));
    double before = 0;
    for (const double x : row) before += x * x;
    for (int pass = 0; pass < 2; ++pass)
      for (std::size_t r = 0; r < k_; ++r) {
        const double* qr = q_.data() + r * m_;
        double d = 0;
        for (std::size_t j = 0; j < m_; ++j) d += qr[j] * row[j];
        for (std::size_t j = 0; j < m_; ++j) row[j] -= d * qr[j];
      }
    double ss = 0;
    for (const double x : row) ss += x * x;
    if (ss <= 1e-12 * before || ss <= 0) continue;
    const double inv = 1 / std::sqrt(ss);
    for (double& x : row) x *= inv;
    q_.insert(q_.end(), row.begin(), row.end());
    ++k_;
  }
}

void BaselineBasis::project_out(std::vector<double>& v) const {
  for (std::size_t i = 0; i < v.size(); ++i)
    if (i < first_ || i >= first_ + m_) v[i] = 0;
  if (m_ == 0 || v.size() < first_ + m_) return;
  double* x = v.data() + first_;
  for (std::size_t r = 0; r < k_; ++r) {
    const double* qr = q_.data() + r * m_;
    double d = 0;
    for (std::size_t j = 0; j < m_; ++j) d += qr[j] * x[j];
    for (std::size_t j = 0; j < m_; ++j) x[j] -= d * qr[j];
  }
}

double BaselineBasis::captured(const double* v) const {
  double total = 0;
  const double* x = v + first_;
  for (std::size_t r = 0; r < k_; ++r) {
    const double* qr = q_.data() + r * m_;
    double d = 0;
    for (std::size_t j = 0; j < m_; ++j) d += qr[j] * x[j];
    total += d * d;
  }
  return total;
}

LikelihoodQuery::LikelihoodQuery(const std::vector<double>& raw, std::size_t first, std::size_t last,
                                 double knot_points)
    : basis(first, last, knot_points), residual(raw) {
  double before = 0;
  for (std::size_t i = first; i <= last && i < raw.size(); ++i) before += raw[i] * raw[i];
  basis.project_out(residual);
  double ss = 0;
  for (const double x : residual) ss += x * x;
  // A query that is all baseline leaves only rounding: nothing to explain.
  norm = ss > 1e-20 * before ? std::sqrt(ss) : 0.0;
  if (last >= first && last < raw.size())
    sigma = noise_sigma(std::vector<double>(raw.begin() + static_cast<std::ptrdiff_t>(first),
                                            raw.begin() + static_cast<std::ptrdiff_t>(last) + 1));
}

double likelihood_score(const LikelihoodQuery& q, const std::vector<double>& t, int shift_points) {
  const std::size_t n = q.residual.size();
  if (t.size() != n || q.norm <= 0) return 0;
  // The template moved onto the query's axis: query point j meets library
  // point j - shift.
  std::vector<double> moved(n, 0.0);
  const std::size_t lo = q.basis.first(), hi = std::min(n, lo + q.basis.length());
  double dot = 0, tt = 0;
  for (std::size_t j = lo; j < hi; ++j) {
    const long src = static_cast<long>(j) - shift_points;
    if (src < 0 || src >= static_cast<long>(n)) continue;
    const double v = t[static_cast<std::size_t>(src)];
    moved[j] = v;
    dot += v * q.residual[j];  // the residual is already orthogonal to the baseline space
    tt += v * v;
  }
  const double projected = tt - q.basis.captured(moved.data());
  if (projected <= 1e-12 * std::max(tt, 1e-300)) return 0;
  return std::clamp(dot / (std::sqrt(projected) * q.norm), -1.0, 1.0);
}

void gaussian_blur(std::vector<double>& v, std::size_t first, std::size_t last, double sigma) {
  if (sigma <= 0 || v.empty()) return;
  last = std::min(last, v.size() - 1);
  const auto half = static_cast<long>(std::ceil(3 * sigma));
  std::vector<double> kernel(static_cast<std::size_t>(2 * half + 1));
  for (long j = -half; j <= half; ++j)
    kernel[static_cast<std::size_t>(j + half)] =
        std::exp(-0.5 * static_cast<double>(j * j) / (sigma * sigma));
  const std::vector<double> in = v;
  const auto lo = static_cast<long>(first), hi = static_cast<long>(last);
  for (long i = lo; i <= hi; ++i) {
    double acc = 0, sum = 0;
    for (long j = std::max(-half, lo - i); j <= std::min(half, hi - i); ++j) {
      const double k = kernel[static_cast<std::size_t>(j + half)];
      acc += k * in[static_cast<std::size_t>(i + j)];
      sum += k;
    }
    v[static_cast<std::size_t>(i)] = acc / sum;
  }
}

}  // namespace custos::spectra
