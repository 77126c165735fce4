#include "spectra/nnls.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace custos::spectra {

NnlsFit nnls_small(const Eigen::MatrixXd& gram, const Eigen::VectorXd& ab, double bb, double column_cost) {
  const int k = static_cast<int>(gram.cols());
  NnlsFit best;
  best.coef = Eigen::VectorXd::Zero(k);
  best.residual = std::sqrt(std::max(bb, 0.0));
  best.objective = std::max(bb, 0.0);
  for (int mask = 1; mask < (1 << k); ++mask) {
    std::vector<int> cols;
    for (int j = 0; j < k; ++j)
      if (mask & (1 << j)) cols.push_back(j);
    const auto m = static_cast<Eigen::Index>(cols.size());
    Eigen::MatrixXd g(m, m);
    Eigen::VectorXd r(m);
    for (Eigen::Index i = 0; i < m; ++i) {
      r[i] = ab[cols[static_cast<std::size_t>(i)]];
      for (Eigen::Index j = 0; j < m; ++j)
        g(i, j) = gram(cols[static_cast<std::size_t>(i)], cols[static_cast<std::size_t>(j)]);
    }
    const Eigen::LDLT<Eigen::MatrixXd> ldlt(g);
    if (ldlt.info() != Eigen::Success) continue;
    const Eigen::VectorXd x = ldlt.solve(r);
    if (!x.allFinite() || (x.array() < 0).any()) continue;
    const double sq = std::max(bb - x.dot(r), 0.0);
    const double objective = sq + column_cost * static_cast<double>(m - 1);
    if (objective < best.objective) {
      best.residual = std::sqrt(sq);
      best.objective = objective;
      best.coef.setZero();
      for (std::size_t j = 0; j < cols.size(); ++j) best.coef[cols[j]] = x[static_cast<Eigen::Index>(j)];
    }
  }
  return best;
}

}  // namespace custos::spectra
