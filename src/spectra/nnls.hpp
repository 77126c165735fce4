#pragma once
// Exact non-negative least squares for a few columns, on the normal
// equations (shared by the mixture analysis and the subspace score).
#include <Eigen/Dense>
#include <limits>

namespace custos::spectra {

struct NnlsFit {
  Eigen::VectorXd coef;                                        // one per column (0 for columns left out)
  double residual = std::numeric_limits<double>::infinity();   // |b - A coef|
  double objective = std::numeric_limits<double>::infinity();  // residual^2 + the columns' cost
};

// gram = A'A, ab = A'b, bb = b'b. Columns are few (<= 4 or so): every subset
// is solved and the fit with non-negative coefficients that minimises
// residual^2 + column_cost x (columns used - 1) kept (0 = the plain NNLS
// fit; a positive cost makes each further column pay for itself, an
// information-criterion style penalty). For a subset with G x = A'b the
// residual is sqrt(b'b - x'A'b). With no acceptable subset the fit is empty
// (all coefficients 0, residual |b|).
NnlsFit nnls_small(const Eigen::MatrixXd& gram, const Eigen::VectorXd& ab, double bb, double column_cost = 0);

}  // namespace custos::spectra
