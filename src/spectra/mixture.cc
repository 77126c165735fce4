// Mixture analysis: the best single library spectrum by non-negative least
// squares (NNLS), then the best pair (first member among the best single fits,
// second among the query's matches and the matches of the single fit's
// residual: a small joint NNLS search instead of pure greedy subtraction, so a
// wrong first pick can be corrected), then further components by greedy
// residual subtraction; a component must pay for itself (min_gain,
// min_fraction). Library columns are moved by the axis shift their ranking
// found.
// With at most max_components columns, NNLS is solved exactly by trying every
// subset of columns and keeping the best fit with non-negative coefficients
// (nnls_small(), nnls.hpp).
#include <Eigen/Dense>
#include <algorithm>
#include <cmath>

#include "spectra/nnls.hpp"
#include "spectra/search.hpp"

namespace custos::spectra {
using Fit = NnlsFit;

Mixture Searcher::unmix(const Prepared& q, const std::vector<char>* excluded) const {
  std::vector<Candidate> by_hqi;
  rank_with(q, opt_.mixture_pool, excluded, opt_.rerank, &by_hqi);
  return unmix_ranked(q, excluded, by_hqi);
}

Mixture Searcher::unmix_ranked(const Prepared& q, const std::vector<char>* excluded,
                               const std::vector<Candidate>& ranked) const {
  Mixture mix;
  const std::size_t g = lib_.grid().count;
  if (lib_.size() == 0 || q.intensity.size() != g) return mix;
  const auto first = static_cast<Eigen::Index>(q.first);
  const auto len = static_cast<Eigen::Index>(q.last - q.first + 1);
  const Eigen::VectorXd b =
      Eigen::Map<const Eigen::VectorXd>(q.intensity.data(), static_cast<Eigen::Index>(g)).segment(first, len);
  const double total = b.norm();
  if (total <= 0) return mix;
  const double bb = b.squaredNorm();

  // Candidate columns: library spectra on the query's axis, each moved by the
  // axis shift its ranking found, with their products needed by NNLS.
  std::vector<std::size_t> entry_of;
  std::vector<Eigen::VectorXd> cols;
  std::vector<double> col_b, col_signal;
  auto column = [&](const Candidate& c) {
    for (std::size_t k = 0; k < entry_of.size(); ++k)
      if (entry_of[k] == c.entry) return k;
    const std::vector<double> in = lib_.intensity(c.entry);
    const long lag = std::lround(-c.shift_cm / lib_.grid().step);
    Eigen::VectorXd col = Eigen::VectorXd::Zero(len);
    for (Eigen::Index k = 0; k < len; ++k) {
      const long at = static_cast<long>(first + k) + lag;
      if (at >= 0 && at < static_cast<long>(g)) col[k] = in[static_cast<std::size_t>(at)];
    }
    entry_of.push_back(c.entry);
    col_b.push_back(col.dot(b));
    col_signal.push_back(col.cwiseMax(0).sum());
    cols.push_back(std::move(col));
    return entry_of.size() - 1;
  };
  auto fit = [&](const std::vector<std::size_t>& idx) {
    const auto m = static_cast<Eigen::Index>(idx.size());
    Eigen::MatrixXd gram(m, m);
    Eigen::VectorXd ab(m);
    for (Eigen::Index i = 0; i < m; ++i) {
      ab[i] = col_b[idx[static_cast<std::size_t>(i)]];
      for (Eigen::Index j = 0; j <= i; ++j)
        gram(i, j) = gram(j, i) =
            cols[idx[static_cast<std::size_t>(i)]].dot(cols[idx[static_cast<std::size_t>(j)]]);
    }
    return nnls_small(gram, ab, bb);
  };
  auto same_name = [&](std::size_t a, std::size_t c) {
    return lib_.entry(entry_of[a]).name == lib_.entry(entry_of[c]).name;
  };
  // A component pays for itself when it cuts the residual by min_gain and
  // carries at least min_fraction of the fitted signal.
  auto share = [&](const std::vector<std::size_t>& idx, const Fit& f, std::size_t j) {
    double all = 0;
    for (std::size_t k = 0; k < idx.size(); ++k)
      all += f.coef[static_cast<Eigen::Index>(k)] * col_signal[idx[k]];
    return all > 0 ? f.coef[static_cast<Eigen::Index>(j)] * col_signal[idx[j]] / all : 0.0;
  };
  auto residual_of = [&](const std::vector<std::size_t>& idx, const Fit& f) {
    Eigen::VectorXd r = b;
    for (std::size_t k = 0; k < idx.size(); ++k) r -= f.coef[static_cast<Eigen::Index>(k)] * cols[idx[k]];
    Prepared rest;
    rest.first = q.first;
    rest.last = q.last;
    std::vector<double> full(g, 0.0);
    for (Eigen::Index i = 0; i < len; ++i) full[static_cast<std::size_t>(first + i)] = r[i];
    comparison_vectors(full, q.first, q.last, lib_.options().sqrt_intensity, rest.shape, rest.slope,
                       lib_.options().blur_cm / lib_.grid().step);
    return rest;
  };

  // 1. The best single component among the query's best matches.
  std::vector<std::pair<double, std::size_t>> singles;  // (residual, column)
  for (std::size_t r = 0; r < ranked.size() && r < opt_.mixture_pool; ++r) {
    const std::size_t k = column(ranked[r]);
    singles.emplace_back(fit({k}).residual, k);
  }
  if (singles.empty()) return mix;
  std::sort(singles.begin(), singles.end());
  std::vector<std::size_t> chosen = {singles.front().second};
  Fit current = fit(chosen);
  mix.single_residual = current.residual / total;

  // 2. The best pair: its first member among the best single fits, its second
  // among the query's matches and what the residual of the best single
  // component resembles (one NNLS fit per pair).
  if (opt_.max_components >= 2) {
    const std::vector<Candidate> pool =
        rank_with(residual_of(chosen, current), opt_.mixture_pool, excluded, 16);
    for (const Candidate& c : pool) column(c);
    std::vector<std::size_t> best_pair;
    Fit best_fit;
    const std::size_t firsts = std::min<std::size_t>(singles.size(), opt_.mixture_first);
    for (std::size_t a = 0; a < firsts; ++a)
      for (std::size_t k = 0; k < cols.size(); ++k) {
        const std::size_t i = singles[a].second;
        if (k == i || same_name(i, k)) continue;
        const std::vector<std::size_t> pair = {i, k};
        Fit f = fit(pair);
        if (f.residual < best_fit.residual && share(pair, f, 0) >= opt_.min_fraction &&
            share(pair, f, 1) >= opt_.min_fraction) {
          best_fit = std::move(f);
          best_pair = pair;
        }
      }
    if (!best_pair.empty() && 1 - best_fit.residual / current.residual >= opt_.min_gain) {
      chosen = best_pair;
      current = std::move(best_fit);
    }
  }

  // 3. Further components by greedy residual subtraction.
  for (int step = static_cast<int>(chosen.size()); chosen.size() == 2 && step < opt_.max_components; ++step) {
    const std::vector<Candidate> pool =
        rank_with(residual_of(chosen, current), opt_.mixture_pool, excluded, 16);
    std::vector<std::size_t> best_set;
    Fit best_fit;
    for (const Candidate& c : pool) {
      const std::size_t k = column(c);
      if (std::any_of(chosen.begin(), chosen.end(), [&](std::size_t j) { return j == k || same_name(j, k); }))
        continue;
      std::vector<std::size_t> set = chosen;
      set.push_back(k);
      Fit f = fit(set);
      if (f.residual < best_fit.residual) {
        best_fit = std::move(f);
        best_set = std::move(set);
      }
    }
    if (best_set.empty() || 1 - best_fit.residual / current.residual < opt_.min_gain ||
        share(best_set, best_fit, best_set.size() - 1) < opt_.min_fraction)
      break;
    chosen = std::move(best_set);
    current = std::move(best_fit);
  }

  mix.residual = current.residual / total;
  for (std::size_t j = 0; j < chosen.size(); ++j) {
    const double f = share(chosen, current, j);
    if (f > 0) mix.components.push_back({entry_of[chosen[j]], f});
  }
  std::sort(mix.components.begin(), mix.components.end(),
            [](const MixtureComponent& a, const MixtureComponent& c) { return a.fraction > c.fraction; });
  return mix;
}

}  // namespace custos::spectra
