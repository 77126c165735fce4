// Mixture analysis by greedy residual subtraction: take the best match, fit
// it, correlate what is left over against the library, add the component
// that explains most of the rest, refit all components with non-negative
// least squares, and stop when a new component no longer pays for itself.
// With at most max_components columns, NNLS is solved exactly by trying every
// subset of columns and keeping the best fit with non-negative coefficients.
#include <Eigen/Dense>
#include <algorithm>
#include <cmath>

#include "spectra/search.hpp"

namespace custos::spectra {
namespace {

struct Fit {
  Eigen::VectorXd coef;  // one per column (0 for columns left out)
  double residual = std::numeric_limits<double>::infinity();
};

Fit nnls_small(const Eigen::MatrixXd& a, const Eigen::VectorXd& b) {
  const int k = static_cast<int>(a.cols());
  Fit best;
  best.coef = Eigen::VectorXd::Zero(k);
  best.residual = b.norm();
  for (int mask = 1; mask < (1 << k); ++mask) {
    std::vector<int> cols;
    for (int j = 0; j < k; ++j)
      if (mask & (1 << j)) cols.push_back(j);
    Eigen::MatrixXd sub(a.rows(), static_cast<Eigen::Index>(cols.size()));
    for (std::size_t j = 0; j < cols.size(); ++j) sub.col(static_cast<Eigen::Index>(j)) = a.col(cols[j]);
    const Eigen::VectorXd x = sub.colPivHouseholderQr().solve(b);
    if ((x.array() < 0).any()) continue;
    const double r = (sub * x - b).norm();
    if (r < best.residual) {
      best.residual = r;
      best.coef.setZero();
      for (std::size_t j = 0; j < cols.size(); ++j) best.coef[cols[j]] = x[static_cast<Eigen::Index>(j)];
    }
  }
  return best;
}

}  // namespace

Mixture Searcher::unmix(const Prepared& q, const std::vector<char>* excluded) const {
  Mixture mix;
  const std::size_t g = lib_.grid().count;
  if (lib_.size() == 0 || q.intensity.size() != g) return mix;
  const auto first = static_cast<Eigen::Index>(q.first);
  const auto len = static_cast<Eigen::Index>(q.last - q.first + 1);
  const Eigen::VectorXd b =
      Eigen::Map<const Eigen::VectorXd>(q.intensity.data(), static_cast<Eigen::Index>(g)).segment(first, len);
  const double total = b.norm();
  if (total <= 0) return mix;

  std::vector<std::size_t> chosen;
  std::vector<Eigen::VectorXd> columns;
  Eigen::VectorXd coef;
  Eigen::VectorXd residual = b;
  double current = total;
  Prepared rest = q;
  for (int step = 0; step < opt_.max_components; ++step) {
    if (step > 0) {
      std::vector<double> r(g, 0.0);
      for (Eigen::Index i = 0; i < len; ++i) r[static_cast<std::size_t>(first + i)] = residual[i];
      comparison_vectors(r, q.first, q.last, lib_.options().sqrt_intensity, rest.shape, rest.slope);
    }
    // Later steps look for what the residual resembles; a short shift re-ranking suffices there.
    const std::vector<Candidate> pool =
        step == 0 ? rank(q, opt_.mixture_pool, excluded) : rank_with(rest, opt_.mixture_pool, excluded, 16);
    std::size_t best_entry = 0;
    Fit best_fit;
    Eigen::VectorXd best_col;
    for (const Candidate& c : pool) {
      const std::string& name = lib_.entry(c.entry).name;
      if (std::any_of(chosen.begin(), chosen.end(),
                      [&](std::size_t e) { return lib_.entry(e).name == name; }))
        continue;
      const std::vector<double> in = lib_.intensity(c.entry);
      const Eigen::VectorXd col =
          Eigen::Map<const Eigen::VectorXd>(in.data(), static_cast<Eigen::Index>(g)).segment(first, len);
      Eigen::MatrixXd a(len, static_cast<Eigen::Index>(columns.size() + 1));
      for (std::size_t j = 0; j < columns.size(); ++j) a.col(static_cast<Eigen::Index>(j)) = columns[j];
      a.col(static_cast<Eigen::Index>(columns.size())) = col;
      Fit f = nnls_small(a, b);
      if (f.residual < best_fit.residual) {
        best_fit = std::move(f);
        best_entry = c.entry;
        best_col = col;
      }
    }
    if (!std::isfinite(best_fit.residual)) break;
    const double gain = 1 - best_fit.residual / current;
    const Eigen::Index last_col = static_cast<Eigen::Index>(columns.size());
    const double signal = best_fit.coef[last_col] * best_col.cwiseMax(0).sum();
    double all_signal = 0;
    for (std::size_t j = 0; j < columns.size(); ++j)
      all_signal += best_fit.coef[static_cast<Eigen::Index>(j)] * columns[j].cwiseMax(0).sum();
    all_signal += signal;
    if (step > 0 && (gain < opt_.min_gain || signal < opt_.min_fraction * all_signal)) break;
    chosen.push_back(best_entry);
    columns.push_back(best_col);
    coef = best_fit.coef;
    current = best_fit.residual;
    Eigen::VectorXd fit = Eigen::VectorXd::Zero(len);
    for (std::size_t j = 0; j < columns.size(); ++j) fit += coef[static_cast<Eigen::Index>(j)] * columns[j];
    residual = b - fit;
    if (step == 0) mix.single_residual = current / total;
  }
  mix.residual = current / total;
  double all = 0;
  std::vector<double> signal(chosen.size());
  for (std::size_t j = 0; j < chosen.size(); ++j) {
    signal[j] = coef[static_cast<Eigen::Index>(j)] * columns[j].cwiseMax(0).sum();
    all += signal[j];
  }
  for (std::size_t j = 0; j < chosen.size(); ++j)
    if (signal[j] > 0) mix.components.push_back({chosen[j], all > 0 ? signal[j] / all : 0});
  std::sort(mix.components.begin(), mix.components.end(),
            [](const MixtureComponent& a, const MixtureComponent& b) { return a.fraction > b.fraction; });
  return mix;
}

}  // namespace custos::spectra
