#pragma once
// A likelihood score for noisy queries: instead of smoothing the query,
// removing its baseline and then correlating, the query's resampled raw
// intensities r are explained directly by the model
//
//   r = a x t + (smooth baseline) + white noise,
//
// t being a library spectrum (baseline-corrected, noise-free by comparison)
// at the axis shift the correlation chose, the baseline any combination of
// cubic B-splines with knots every `knot_cm`. Projecting the baseline space
// out of both (generalised least squares with white noise), the best `a`
// explains the share corr^2 of what remains, corr being the correlation of
// the projected vectors: the matched filter (generalised likelihood ratio)
// for a known band pattern in white noise. Smoothing before comparison only
// throws information away at that point, and an arPLS baseline fitted under
// heavy noise leaves shape errors that the projection does not make.
#include <Eigen/Dense>
#include <cstddef>
#include <vector>

namespace custos::spectra {

// Orthonormal basis of smooth baselines over the grid points [first, last]:
// uniform cubic B-splines with knots every `knot_points` grid points
// (at least 4 functions; the constant is always in the span), orthonormalised.
class BaselineBasis {
 public:
  BaselineBasis(std::size_t first, std::size_t last, double knot_points);
  std::size_t first() const { return first_; }
  std::size_t length() const { return m_; }  // grid points covered
  std::size_t size() const { return k_; }
  // Removes v's component in the baseline space over [first, last] and sets
  // it to zero outside. v has the grid's length.
  void project_out(std::vector<double>& v) const;
  // Squared norm of v's component in the baseline space (over [first, last]).
  double captured(const double* v) const;

 private:
  std::size_t first_ = 0, m_ = 0, k_ = 0;
  Eigen::MatrixXd q_;  // m x k, orthonormal columns
};

// The query side of the likelihood score: its raw intensities with the
// baseline space projected out.
struct LikelihoodQuery {
  LikelihoodQuery(const std::vector<double>& raw, std::size_t first, std::size_t last, double knot_points);
  BaselineBasis basis;
  std::vector<double> residual;  // raw minus its best smooth baseline
  double norm = 0;
  double sigma = 0;  // the query's own noise per grid point (MAD of first differences)
};

// Correlation (-1..1) of the query's projected raw intensities with the
// library spectrum `t` (grid length, zero outside its range) moved by
// `shift_points` (how far the query sits above the library, in grid points),
// after projecting the baseline space out of the template too. 0 when either
// is flat.
double likelihood_score(const LikelihoodQuery& q, const std::vector<double>& t, int shift_points);

}  // namespace custos::spectra
