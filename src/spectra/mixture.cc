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

// Non-negative least squares on the normal equations: gram = A'A, ab = A'b,
// bb = b'b. Columns are few (<= max_components), so every subset is solved
// and the best fit with non-negative coefficients kept; for a subset with
// G x = A'b the residual is sqrt(b'b - x'A'b).
Fit nnls_small(const Eigen::MatrixXd& gram, const Eigen::VectorXd& ab, double bb) {
  const int k = static_cast<int>(gram.cols());
  Fit best;
  best.coef = Eigen::VectorXd::Zero(k);
  best.residual = std::sqrt(std::max(bb, 0.0));
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
    const double res = std::sqrt(std::max(bb - x.dot(r), 0.0));
    if (res < best.residual) {
      best.residual = res;
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
  Eigen::MatrixXd gram_chosen(0, 0);  // A'A and A'b of the chosen columns
  Eigen::VectorXd ab_chosen(0);
  const double bb = b.squaredNorm();
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
      // The library spectrum on the query's axis, moved by the shift the ranking found.
      const std::vector<double> in = lib_.intensity(c.entry);
      const long lag = std::lround(-c.shift_cm / lib_.grid().step);
      Eigen::VectorXd col = Eigen::VectorXd::Zero(len);
      for (Eigen::Index k = 0; k < len; ++k) {
        const long at = static_cast<long>(first + k) + lag;
        if (at >= 0 && at < static_cast<long>(g)) col[k] = in[static_cast<std::size_t>(at)];
      }
      const auto m = static_cast<Eigen::Index>(columns.size());
      Eigen::MatrixXd gram(m + 1, m + 1);
      Eigen::VectorXd ab(m + 1);
      gram.topLeftCorner(m, m) = gram_chosen;
      ab.head(m) = ab_chosen;
      for (Eigen::Index j = 0; j < m; ++j)
        gram(j, m) = gram(m, j) = columns[static_cast<std::size_t>(j)].dot(col);
      gram(m, m) = col.squaredNorm();
      ab[m] = col.dot(b);
      Fit f = nnls_small(gram, ab, bb);
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
    {
      const auto m = static_cast<Eigen::Index>(columns.size());
      Eigen::MatrixXd grown(m, m);
      grown.topLeftCorner(m - 1, m - 1) = gram_chosen;
      for (Eigen::Index j = 0; j < m; ++j)
        grown(j, m - 1) = grown(m - 1, j) = columns[static_cast<std::size_t>(j)].dot(best_col);
      gram_chosen = grown;
      ab_chosen.conservativeResize(m);
      ab_chosen[m - 1] = best_col.dot(b);
    }
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
