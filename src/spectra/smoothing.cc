// Savitzky-Golay coefficients come from a small least-squares fit (Eigen),
// so any window, order and derivative use one code path. Edges are handled by
// fitting the polynomial to the first/last window and evaluating it there.
#include <Eigen/Dense>
#include <cmath>

#include "spectra/preprocess.hpp"

namespace custos::spectra {
namespace {

// Rows: for each evaluation offset in the window, the weights over the window.
Eigen::MatrixXd sg_weights(int window, int order, int derivative) {
  const int half = window / 2;
  Eigen::MatrixXd v(window, order + 1);
  for (int i = 0; i < window; ++i)
    for (int p = 0; p <= order; ++p) v(i, p) = std::pow(static_cast<double>(i - half), p);
  // Coefficients of the fitted polynomial: (V'V)^-1 V' y.
  const Eigen::MatrixXd pinv = (v.transpose() * v).ldlt().solve(v.transpose());
  Eigen::MatrixXd out(window, window);
  for (int e = 0; e < window; ++e) {
    const double t = e - half;
    Eigen::RowVectorXd basis = Eigen::RowVectorXd::Zero(order + 1);
    for (int p = derivative; p <= order; ++p) {
      double f = 1;
      for (int k = 0; k < derivative; ++k) f *= (p - k);
      basis[p] = f * std::pow(t, p - derivative);
    }
    out.row(e) = basis * pinv;
  }
  return out;
}

}  // namespace

std::vector<double> savitzky_golay(const std::vector<double>& y, int window, int order, int derivative) {
  const int n = static_cast<int>(y.size());
  if (window % 2 == 0) ++window;
  if (window < 3 || n < window || order >= window || derivative > order) {
    if (derivative == 0) return y;
    std::vector<double> d(y.size(), 0.0);
    for (int i = 1; i + 1 < n; ++i) d[i] = 0.5 * (y[i + 1] - y[i - 1]);
    return d;
  }
  const Eigen::MatrixXd w = sg_weights(window, order, derivative);
  const int half = window / 2;
  std::vector<double> out(y.size());
  for (int i = 0; i < n; ++i) {
    int start = i - half, row = half;
    if (start < 0) row += start, start = 0;
    if (start + window > n) row += start + window - n, start = n - window;
    double acc = 0;
    for (int k = 0; k < window; ++k) acc += w(row, k) * y[start + k];
    out[i] = acc;
  }
  return out;
}

}  // namespace custos::spectra
