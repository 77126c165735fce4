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
  Eigen::MatrixXd b =
      Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(m_), static_cast<Eigen::Index>(functions));
  const double span = static_cast<double>(m_ > 1 ? m_ - 1 : 1) / static_cast<double>(segments);
  for (std::size_t j = 0; j < m_; ++j) {
    const double x = static_cast<double>(j) / span;
    const std::size_t s = std::min(static_cast<std::size_t>(x), segments - 1);
    const double u = x - static_cast<double>(s), v = 1 - u;
    const double w[4] = {v * v * v / 6, (3 * u * u * u - 6 * u * u + 4) / 6,
                         (-3 * u * u * u + 3 * u * u + 3 * u + 1) / 6, u * u * u / 6};
    for (std::size_t k = 0; k < 4; ++k)
      if (s + k < functions) b(static_cast<Eigen::Index>(j), static_cast<Eigen::Index>(s + k)) += w[k];
  }
  // An orthonormal basis of their span (rank-revealing QR: dependent
  // functions, on a very short range, are dropped).
  const Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(b);
  const Eigen::Index rank = qr.rank();
  q_ = qr.householderQ() * Eigen::MatrixXd::Identity(static_cast<Eigen::Index>(m_), rank);
  k_ = static_cast<std::size_t>(rank);
}

void BaselineBasis::project_out(std::vector<double>& v) const {
  for (std::size_t i = 0; i < v.size(); ++i)
    if (i < first_ || i >= first_ + m_) v[i] = 0;
  if (m_ == 0 || v.size() < first_ + m_) return;
  Eigen::Map<Eigen::VectorXd> x(v.data() + first_, static_cast<Eigen::Index>(m_));
  x -= q_ * (q_.transpose() * x);
}

double BaselineBasis::captured(const double* v) const {
  if (k_ == 0) return 0;
  const Eigen::Map<const Eigen::VectorXd> x(v + first_, static_cast<Eigen::Index>(m_));
  return (q_.transpose() * x).squaredNorm();
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

}  // namespace custos::spectra
