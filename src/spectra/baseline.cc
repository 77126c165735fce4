// arPLS baseline: the second-difference penalty makes the system banded
// (pentadiagonal), so a sparse LDL' factorisation solves it in O(n) per
// iteration, with the symbolic analysis done once.
#include <Eigen/Sparse>
#include <Eigen/SparseCholesky>
#include <cmath>

#include "spectra/preprocess.hpp"

namespace custos::spectra {

std::vector<double> baseline_arpls(const std::vector<double>& y, double lambda, int max_iterations) {
  const int n = static_cast<int>(y.size());
  if (n < 4) return std::vector<double>(y.size(), 0.0);
  using Sparse = Eigen::SparseMatrix<double>;
  Sparse d(n - 2, n);
  std::vector<Eigen::Triplet<double>> t;
  t.reserve(3 * (n - 2));
  for (int i = 0; i < n - 2; ++i) {
    t.emplace_back(i, i, 1.0);
    t.emplace_back(i, i + 1, -2.0);
    t.emplace_back(i, i + 2, 1.0);
  }
  d.setFromTriplets(t.begin(), t.end());
  // A = lambda D'D + W. The pattern never changes, so it is assembled and
  // analysed once; each iteration only rewrites the diagonal and refactorises.
  Sparse identity(n, n);
  identity.setIdentity();
  const Sparse h = lambda * Sparse(d.transpose() * d);
  Sparse a = h + identity;
  a.makeCompressed();
  std::vector<double*> diagonal(n);
  std::vector<double> h_diagonal(n);
  for (int j = 0; j < n; ++j)
    for (Sparse::InnerIterator it(a, j); it; ++it)
      if (it.row() == j) diagonal[j] = &it.valueRef(), h_diagonal[j] = it.value() - 1.0;
  Eigen::Map<const Eigen::VectorXd> yv(y.data(), n);
  Eigen::VectorXd w = Eigen::VectorXd::Ones(n), z = Eigen::VectorXd::Zero(n);
  Eigen::SimplicialLDLT<Sparse, Eigen::Lower, Eigen::NaturalOrdering<int>> solver;
  solver.analyzePattern(a);
  for (int it = 0; it < max_iterations; ++it) {
    for (int i = 0; i < n; ++i) *diagonal[i] = h_diagonal[i] + w[i];
    solver.factorize(a);
    if (solver.info() != Eigen::Success) break;
    z = solver.solve(w.cwiseProduct(yv));
    const Eigen::VectorXd r = yv - z;
    double sum = 0, sum2 = 0;
    int neg = 0;
    for (int i = 0; i < n; ++i)
      if (r[i] < 0) sum += r[i], sum2 += r[i] * r[i], ++neg;
    if (neg < 2) break;
    const double m = sum / neg;
    const double s = std::sqrt(std::max(sum2 / neg - m * m, 1e-300));
    Eigen::VectorXd wt(n);
    for (int i = 0; i < n; ++i) {
      const double e = std::clamp(2.0 * (r[i] - (2.0 * s - m)) / s, -700.0, 700.0);
      wt[i] = 1.0 / (1.0 + std::exp(e));
    }
    const double change = (w - wt).norm() / std::max(w.norm(), 1e-300);
    w = wt;
    if (change < 1e-3) break;
  }
  return std::vector<double>(z.data(), z.data() + n);
}

}  // namespace custos::spectra
