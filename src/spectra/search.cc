// Ranking is two-stage so it stays within a couple of milliseconds: one dense
// matrix-vector product per comparison form scores every entry at zero shift,
// then only the best `rerank` entries are re-scored over the shift window.
#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <tuple>
#include <unordered_map>

#include "spectra/search.hpp"

#include "spectra/likelihood.hpp"
#include "spectra/nnls.hpp"

namespace custos::spectra {
namespace {

using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// Dot product of q shifted by `lag` grid points against row r (float SIMD
// through Eigen; 1,000 terms of unit-norm vectors keep float accuracy ~1e-6).
float shifted_dot(const float* q, const float* r, std::size_t n, int lag) {
  const std::size_t a = lag > 0 ? static_cast<std::size_t>(lag) : 0;
  const std::size_t b = lag < 0 ? static_cast<std::size_t>(-lag) : 0;
  const auto len = static_cast<Eigen::Index>(n - std::max(a, b));
  // r[k] is compared with q[k - lag]: a positive lag moves the query up the axis.
  return Eigen::Map<const Eigen::VectorXf>(q + b, len).dot(Eigen::Map<const Eigen::VectorXf>(r + a, len));
}

}  // namespace

std::string_view to_string(Verdict v) {
  switch (v) {
    case Verdict::match: return "match";
    case Verdict::tentative: return "tentative";
    case Verdict::no_match: return "no_match";
  }
  return "no_match";
}

Searcher::Searcher(const Library& lib, SearchOptions opt, const LearnedMetric* metric)
    : lib_(lib), opt_(opt), metric_(metric != nullptr ? metric : lib.metric()) {
  if (metric_ != nullptr && static_cast<std::size_t>(metric_->library().rows()) != lib_.size())
    metric_ = nullptr;
  if ((metric_ != nullptr && opt_.learned_weight > 0) || opt_.centroid_weight > 0 ||
      opt_.class_temperature > 0 || opt_.pair_margin > 0 || opt_.subspace_weight > 0)
    for (std::size_t i = 0; i < lib_.size(); ++i) members_[lib_.entry(i).name].push_back(i);
  if (opt_.peak_weight > 0) {
    peaks_.resize(lib_.size());
    Prepared p;
    for (std::size_t i = 0; i < lib_.size(); ++i) {
      p.intensity = lib_.intensity(i);
      std::tie(p.first, p.last) = lib_.range(i);
      peaks_[i] = find_peaks(p, lib_.grid());
    }
  }
}

double Searcher::learned_weight(double noise) const {
  if (metric_ == nullptr || opt_.learned_weight <= 0) return 0;
  if (noise <= opt_.learned_noise_full) return opt_.learned_weight;
  if (noise >= opt_.learned_noise_off) return 0;
  return opt_.learned_weight * (opt_.learned_noise_off - noise) /
         (opt_.learned_noise_off - opt_.learned_noise_full);
}

double Searcher::noise_ramp(double noise) const {
  if (noise <= opt_.noise_blur_start) return 0;
  if (opt_.noise_blur_full <= opt_.noise_blur_start) return 1;
  return std::clamp((noise - opt_.noise_blur_start) / (opt_.noise_blur_full - opt_.noise_blur_start), 0.0,
                    1.0);
}

double Searcher::likelihood_weight(double noise) const {
  return opt_.likelihood_weight > 0 ? opt_.likelihood_weight * noise_ramp(noise) : 0.0;
}

double Searcher::class_temperature(double noise) const {
  return opt_.class_temperature > 0 ? opt_.class_temperature * noise_ramp(noise) : 0.0;
}

double Searcher::subspace_weight(double noise) const {
  if (opt_.subspace_weight <= 0) return 0;
  return opt_.subspace_noisy ? opt_.subspace_weight : opt_.subspace_weight * (1 - noise_ramp(noise));
}

int Searcher::extra_blur(double noise) const {
  if (opt_.noise_blur_cm <= 0 || noise <= opt_.noise_blur_start) return 0;
  const double t =
      std::clamp((noise - opt_.noise_blur_start) / (opt_.noise_blur_full - opt_.noise_blur_start), 0.0, 1.0);
  return static_cast<int>(std::lround(t * opt_.noise_blur_cm));
}

double Searcher::slope_weight(double noise) const {
  const int extra = extra_blur(noise);
  if (extra == 0) return opt_.slope_weight;
  const double t = extra / opt_.noise_blur_cm;
  return opt_.slope_weight + t * (opt_.noisy_slope_weight - opt_.slope_weight);
}

int Searcher::soft_level(double noise) const {
  if (opt_.noisy_soft <= 0 || noise <= opt_.noise_blur_start) return 0;
  const double soft = opt_.noisy_soft * noise;
  if (soft <= kSoftSqrt) return 0;
  return std::min(12, static_cast<int>(std::floor(std::log2(soft / kSoftSqrt))));
}

const Searcher::View& Searcher::view(int extra_blur_sq, int soft_level) const {
  std::lock_guard<std::mutex> lock(views_->mutex);
  auto& slot = views_->views[{extra_blur_sq, soft_level}];
  if (!slot) {
    // The same path as the library's own vectors (comparison_vectors()), with
    // the blurs combined as Gaussians do: sigma^2 adds.
    auto v = std::make_unique<View>();
    const std::size_t n = lib_.size(), g = lib_.grid().count, cw = coarse_width(g);
    const double blur =
        std::sqrt(lib_.options().blur_cm * lib_.options().blur_cm + static_cast<double>(extra_blur_sq)) /
        lib_.grid().step;
    v->shapes.resize(n * g);
    v->slopes.resize(n * g);
    v->coarse.resize(n * cw);
    std::vector<float> shape, slope, coarse;
    for (std::size_t i = 0; i < n; ++i) {
      const auto [first, last] = lib_.range(i);
      comparison_vectors(lib_.intensity(i), first, last, lib_.options().sqrt_intensity, shape, slope, blur,
                         std::ldexp(kSoftSqrt, soft_level));
      coarse_vector(shape, slope, first, last, coarse);
      std::copy(shape.begin(), shape.end(), v->shapes.begin() + static_cast<std::ptrdiff_t>(i * g));
      std::copy(slope.begin(), slope.end(), v->slopes.begin() + static_cast<std::ptrdiff_t>(i * g));
      std::copy(coarse.begin(), coarse.end(), v->coarse.begin() + static_cast<std::ptrdiff_t>(i * cw));
    }
    slot = std::move(v);
  }
  return *slot;
}

std::vector<Candidate> Searcher::rank(const Prepared& q, std::size_t top,
                                      const std::vector<char>* excluded) const {
  return rank_with(q, top, excluded, opt_.rerank);
}

struct Searcher::LikelihoodCache {
  std::optional<LikelihoodQuery> query;
  std::unordered_map<std::uint64_t, double> scores;  // (entry, shift) -> likelihood score
};

std::vector<Candidate> Searcher::rank_with(const Prepared& q, std::size_t top,
                                           const std::vector<char>* excluded, std::size_t rerank,
                                           std::vector<Candidate>* by_hqi) const {
  LikelihoodCache cache;
  std::vector<Candidate> out = rank_once(q, top, excluded, rerank, by_hqi, 0, &cache);
  // (Not for the mixture analysis' residuals, which carry no intensity.)
  if (opt_.resolution_blur_cm <= 0 || q.intensity.size() != lib_.grid().count) return out;
  // Resolution tolerance: the same query against the library blurred further
  // (a broader-banded instrument); each substance keeps its better score.
  std::vector<Candidate> other_by_hqi;
  std::vector<Candidate> other = rank_once(q, top, excluded, rerank, by_hqi ? &other_by_hqi : nullptr,
                                           static_cast<int>(std::lround(opt_.resolution_blur_cm)), &cache);
  for (Candidate& c : other) c.score -= opt_.resolution_penalty;
  auto merge = [&](std::vector<Candidate>& a, const std::vector<Candidate>& b, auto key) {
    std::unordered_map<std::string, std::size_t> at;
    for (std::size_t k = 0; k < a.size(); ++k) at[lib_.entry(a[k].entry).name] = k;
    for (const Candidate& c : b) {
      const auto it = at.find(lib_.entry(c.entry).name);
      if (it == at.end())
        at[lib_.entry(c.entry).name] = a.size(), a.push_back(c);
      else if (key(c) > key(a[it->second]))
        a[it->second] = c;
    }
    std::sort(a.begin(), a.end(), [&](const Candidate& x, const Candidate& y) {
      if (key(x) != key(y)) return key(x) > key(y);
      return x.entry < y.entry;
    });
    if (a.size() > top) a.resize(top);
  };
  merge(out, other, [](const Candidate& c) { return c.score; });
  if (by_hqi != nullptr) merge(*by_hqi, other_by_hqi, [](const Candidate& c) { return c.hqi; });
  second_look(q, out, excluded);
  return out;
}

void Searcher::second_look(const Prepared& q, std::vector<Candidate>& ranked,
                           const std::vector<char>* excluded) const {
  if (opt_.pair_margin <= 0 || ranked.size() < 2 || ranked[0].score - ranked[1].score >= opt_.pair_margin ||
      q.shape.size() != lib_.grid().count)
    return;
  constexpr std::size_t kBlock = 8;
  const std::size_t g = lib_.grid().count;
  std::vector<float> f, shape(g), slope(g);
  auto features = [&](std::size_t i) {
    std::copy_n(lib_.shapes().begin() + static_cast<std::ptrdiff_t>(i * g), g, shape.begin());
    std::copy_n(lib_.slopes().begin() + static_cast<std::ptrdiff_t>(i * g), g, slope.begin());
    block_sums(shape, slope, lib_.range(i).first, lib_.range(i).second, kBlock, f);
    return Eigen::Map<const Eigen::VectorXf>(f.data(), static_cast<Eigen::Index>(f.size()))
        .cast<double>()
        .eval();
  };
  std::vector<Eigen::VectorXd> members[2];
  for (int c = 0; c < 2; ++c) {
    const auto it = members_.find(lib_.entry(ranked[c].entry).name);
    if (it == members_.end()) return;
    for (const std::size_t i : it->second)
      if (excluded == nullptr || !(*excluded)[i]) members[c].push_back(features(i));
    if (members[c].empty() || members[c].size() < opt_.pair_min_entries) return;
  }
  block_sums(q.shape, q.slope, q.first, q.last, kBlock, f);
  const Eigen::VectorXd x =
      Eigen::Map<const Eigen::VectorXf>(f.data(), static_cast<Eigen::Index>(f.size())).cast<double>();
  const auto d = x.size();
  Eigen::VectorXd mean[2];
  for (int c = 0; c < 2; ++c) {
    mean[c] = Eigen::VectorXd::Zero(d);
    for (const auto& v : members[c]) mean[c] += v;
    mean[c] /= static_cast<double>(members[c].size());
  }
  // Within-pair deviations: S = alpha I + beta U U^T, inverted by Woodbury.
  const std::size_t n = members[0].size() + members[1].size();
  const Eigen::VectorXd delta = mean[0] - mean[1];
  Eigen::VectorXd w = delta;
  if (n > 2) {
    Eigen::MatrixXd u(d, static_cast<Eigen::Index>(n));
    Eigen::Index k = 0;
    for (int c = 0; c < 2; ++c)
      for (const auto& v : members[c]) u.col(k++) = v - mean[c];
    const double dof = static_cast<double>(n - 2);
    const double avg_var = u.squaredNorm() / dof / static_cast<double>(d);
    if (avg_var > 0) {
      const double alpha = opt_.pair_shrinkage * avg_var, beta = (1 - opt_.pair_shrinkage) / dof;
      if (beta <= 0) {
        w = delta / alpha;
      } else {
        const Eigen::MatrixXd small =
            (alpha / beta) * Eigen::MatrixXd::Identity(u.cols(), u.cols()) + u.transpose() * u;
        w = (delta - u * small.ldlt().solve(u.transpose() * delta)) / alpha;
      }
    }
  }
  // Log-likelihood ratio of the first substance over the second (equal priors).
  if (w.dot(x - 0.5 * (mean[0] + mean[1])) < 0) std::swap(ranked[0], ranked[1]);
}

std::vector<Candidate> Searcher::rank_once(const Prepared& q, std::size_t top,
                                           const std::vector<char>* excluded, std::size_t rerank,
                                           std::vector<Candidate>* by_hqi, int library_blur_cm,
                                           LikelihoodCache* cache) const {
  const std::size_t n = lib_.size(), g = lib_.grid().count;
  if (n == 0 || q.shape.size() != g) return {};
  const double slope_w = slope_weight(q.noise);
  const float w = static_cast<float>(slope_w);
  // A noisy query is compared, like the library, after a wider blur.
  const int extra = extra_blur(q.noise);
  const float* lib_shapes = lib_.shapes().data();
  const float* lib_slopes = lib_.slopes().data();
  const float* lib_coarse = lib_.coarse().data();
  const float* q_shape = q.shape.data();
  const float* q_slope = q.slope.data();
  std::vector<float> blurred_shape, blurred_slope;
  const int soft = soft_level(q.noise);
  if (extra > 0 || soft > 0 || library_blur_cm > 0) {
    const View& v = view(extra * extra + library_blur_cm * library_blur_cm, soft);
    lib_shapes = v.shapes.data();
    lib_slopes = v.slopes.data();
    lib_coarse = v.coarse.data();
    const double blur =
        std::sqrt(lib_.options().blur_cm * lib_.options().blur_cm + static_cast<double>(extra * extra)) /
        lib_.grid().step;
    comparison_vectors(q.intensity, q.first, q.last, lib_.options().sqrt_intensity, blurred_shape,
                       blurred_slope, blur, std::ldexp(kSoftSqrt, soft));
    q_shape = blurred_shape.data();
    q_slope = blurred_slope.data();
  }
  // Stage 1: the coarse pre-filter, one matrix-vector product over a matrix a
  // quarter the size of the full-grid ones.
  const std::size_t cw = coarse_width(g);
  std::vector<float> qc;
  if (extra > 0 || soft > 0 || library_blur_cm > 0)
    coarse_vector(blurred_shape, blurred_slope, q.first, q.last, qc);
  else
    coarse_vector(q.shape, q.slope, q.first, q.last, qc);
  for (std::size_t k = 0; k < cw / 2; ++k) qc[k] *= 1 - w, qc[cw / 2 + k] *= w;
  const Eigen::Map<const RowMatrix> coarse(lib_coarse, static_cast<Eigen::Index>(n),
                                           static_cast<Eigen::Index>(cw));
  const Eigen::VectorXf c =
      coarse * Eigen::Map<const Eigen::VectorXf>(qc.data(), static_cast<Eigen::Index>(cw));
  std::vector<std::pair<float, std::size_t>> scored;
  scored.reserve(n);
  for (std::size_t i = 0; i < n; ++i)
    if (excluded == nullptr || !(*excluded)[i]) scored.emplace_back(c[static_cast<Eigen::Index>(i)], i);
  auto keep_best = [&](std::size_t keep) {
    keep = std::min(scored.size(), keep);
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(keep), scored.end(),
                      [](const auto& a, const auto& b) { return a.first > b.first; });
    scored.resize(keep);
  };
  // Stage 2: the exact HQI at zero shift on the full grid for the best
  // prefilter_factor x rerank entries.
  keep_best(std::max(opt_.prefilter * rerank, top));
  std::vector<std::pair<float, float>> exact(n);
  // Overlap scoring: where the query's and an entry's measured ranges differ,
  // each correlation is taken over their overlap only (both vectors are
  // zero-mean, unit-norm over their own ranges; sums over the overlap give
  // the Pearson correlation there), so a spectrum that stops earlier is
  // neither rewarded nor punished for what it did not measure. The entry's
  // sums are those at zero shift (a few points' difference at other shifts).
  struct OverlapSums {
    bool used = false;
    double m = 0, sq[2] = {0, 0}, sqq[2] = {0, 0}, sr[2] = {0, 0}, srr[2] = {0, 0};
    double corr(int part, double dot) const {
      const double vq = sqq[part] - sq[part] * sq[part] / m, vr = srr[part] - sr[part] * sr[part] / m;
      return vq > 0 && vr > 0 ? (dot - sq[part] * sr[part] / m) / std::sqrt(vq * vr) : 0.0;
    }
  };
  std::unordered_map<std::size_t, OverlapSums> overlap;
  std::vector<double> qsum[2], qsq[2];
  if (opt_.overlap_scoring)
    for (int part = 0; part < 2; ++part) {
      const float* v = part == 0 ? q_shape : q_slope;
      qsum[part].assign(g + 1, 0.0);
      qsq[part].assign(g + 1, 0.0);
      for (std::size_t k = 0; k < g; ++k) {
        qsum[part][k + 1] = qsum[part][k] + v[k];
        qsq[part][k + 1] = qsq[part][k] + static_cast<double>(v[k]) * v[k];
      }
    }
  for (auto& [score, i] : scored) {
    float sc = shifted_dot(q_shape, lib_shapes + i * g, g, 0);
    float dc = shifted_dot(q_slope, lib_slopes + i * g, g, 0);
    if (opt_.overlap_scoring) {
      const auto [ef, el] = lib_.range(i);
      const std::size_t a = std::max(q.first, ef), b = std::min(q.last, el);
      if (a < b && (a != q.first || b != q.last || a != ef || b != el)) {
        OverlapSums& o = overlap[i];
        o.used = true;
        o.m = static_cast<double>(b - a + 1);
        for (int part = 0; part < 2; ++part) {
          o.sq[part] = qsum[part][b + 1] - qsum[part][a];
          o.sqq[part] = qsq[part][b + 1] - qsq[part][a];
          const float* r = (part == 0 ? lib_shapes : lib_slopes) + i * g;
          for (std::size_t k = a; k <= b; ++k)
            o.sr[part] += r[k], o.srr[part] += static_cast<double>(r[k]) * r[k];
        }
        sc = static_cast<float>(o.corr(0, sc));
        dc = static_cast<float>(o.corr(1, dc));
      }
    }
    exact[i] = {sc, dc};
    score = (1 - w) * sc + w * dc;
  }
  // Stage 3: the shift search for the best `rerank` of those.
  keep_best(std::max(rerank, top));
  std::unordered_map<std::string, std::vector<std::pair<double, Candidate>>> by_name;
  const double pw = peaks_.empty() ? 0.0 : opt_.peak_weight;
  std::vector<Peak> q_peaks;
  double q_floor = 0, q_lo = 0, q_hi = 0;
  if (pw > 0) {
    q_peaks = find_peaks(q, lib_.grid());
    q_floor = std::max(0.03, 1.5 * q.noise);
    q_lo = lib_.grid().at(q.first);
    q_hi = lib_.grid().at(q.last);
  }
  // Tilt tolerance: the library vector r is also compared as r x (1 + b u),
  // u running linearly from -1 to 1 across the grid, for a few slopes b up to
  // tilt_max: a smooth multiplicative tilt (laser and detector response) is
  // forgiven. corr(b) = (q.r + b q.ru) / |r + b ru| needs only two more dot
  // products per shift.
  const bool tilt = opt_.tilt_max > 0;
  std::vector<float> ru_shape, ru_slope;
  std::vector<double> u;
  if (tilt) {
    u.resize(g);
    for (std::size_t k = 0; k < g; ++k)
      u[k] = g > 1 ? 2.0 * static_cast<double>(k) / static_cast<double>(g - 1) - 1 : 0;
    ru_shape.resize(g);
    ru_slope.resize(g);
  }
  constexpr int kTiltSteps = 2;  // b in {-t, -t/2, 0, t/2, t}
  // Likelihood score (noisy queries): the query's raw intensities against
  // each entry's spectrum, a smooth baseline projected out of both.
  const double lkw = q.raw.size() == g ? likelihood_weight(q.noise) : 0.0;
  LikelihoodCache local;
  LikelihoodCache& lc = cache != nullptr ? *cache : local;
  if (lkw > 0 && !lc.query)
    lc.query.emplace(q.raw, q.first, q.last, opt_.likelihood_knot_cm / lib_.grid().step);
  const LikelihoodQuery* lq = lkw > 0 ? &*lc.query : nullptr;
  const double template_blur = opt_.likelihood_blur_cm / lib_.grid().step;
  for (const auto& [score0, i] : scored) {
    Candidate c;
    c.entry = i;
    c.shape_corr = exact[i].first;
    c.slope_corr = exact[i].second;
    double best_score = score0;
    double ab_s = 0, bb_s = 0, ab_d = 0, bb_d = 0;
    if (tilt) {
      const float* rs = lib_shapes + i * g;
      const float* rd = lib_slopes + i * g;
      double ms = 0, md = 0;
      std::size_t m = 0;
      for (std::size_t k = 0; k < g; ++k) {
        ru_shape[k] = static_cast<float>(rs[k] * u[k]);
        ru_slope[k] = static_cast<float>(rd[k] * u[k]);
        ab_s += static_cast<double>(rs[k]) * ru_shape[k];
        bb_s += static_cast<double>(ru_shape[k]) * ru_shape[k];
        ab_d += static_cast<double>(rd[k]) * ru_slope[k];
        bb_d += static_cast<double>(ru_slope[k]) * ru_slope[k];
        ms += ru_shape[k], md += ru_slope[k];
        m += rs[k] != 0;
      }
      if (m > 0) bb_s -= ms * ms / static_cast<double>(m), bb_d -= md * md / static_cast<double>(m);
    }
    for (int lag = -opt_.max_lag; lag <= opt_.max_lag; ++lag) {
      if (lag == 0 && !tilt) continue;
      double sc = shifted_dot(q_shape, lib_shapes + i * g, g, lag);
      double dc = shifted_dot(q_slope, lib_slopes + i * g, g, lag);
      if (const auto it = overlap.find(i); it != overlap.end()) {
        sc = it->second.corr(0, sc);
        dc = it->second.corr(1, dc);
      }
      if (tilt) {
        const double qs = shifted_dot(q_shape, ru_shape.data(), g, lag);
        const double qd = shifted_dot(q_slope, ru_slope.data(), g, lag);
        double bs = sc, bd = dc;
        for (int step = -kTiltSteps; step <= kTiltSteps; ++step) {
          if (step == 0) continue;
          const double b = opt_.tilt_max * step / kTiltSteps;
          const double ns = 1 + 2 * b * ab_s + b * b * bb_s, nd = 1 + 2 * b * ab_d + b * b * bb_d;
          if (ns > 0) bs = std::max(bs, (sc + b * qs) / std::sqrt(ns));
          if (nd > 0) bd = std::max(bd, (dc + b * qd) / std::sqrt(nd));
        }
        sc = bs, dc = bd;
      }
      const double v = (1 - slope_w) * sc + slope_w * dc;
      if (v > best_score) {
        best_score = v;
        c.shape_corr = sc;
        c.slope_corr = dc;
        c.shift_cm = -lag * lib_.grid().step;  // how far the query sits above the library
      }
    }
    c.hqi = std::clamp(100.0 * best_score, 0.0, 100.0);
    double entry_score = c.hqi;
    if (pw > 0) {
      c.peak = peak_score(q_peaks, peaks_[i], c.shift_cm, q_floor, q_lo, q_hi, opt_.peaks);
      entry_score = (1 - pw) * c.hqi + pw * 100 * c.peak;
    }
    if (lq != nullptr) {
      const int shift = static_cast<int>(std::lround(c.shift_cm / lib_.grid().step));
      const std::uint64_t key = (static_cast<std::uint64_t>(i) << 16) | static_cast<std::uint16_t>(shift);
      if (const auto it = lc.scores.find(key); it != lc.scores.end()) {
        c.likelihood = it->second;
      } else {
        std::vector<double> t = lib_.intensity(i);
        if (template_blur > 0) gaussian_blur(t, lib_.range(i).first, lib_.range(i).second, template_blur);
        c.likelihood = lc.scores[key] = likelihood_score(*lq, t, shift);
      }
      entry_score = (1 - lkw) * entry_score + lkw * 100 * c.likelihood;
    }
    by_name[lib_.entry(i).name].emplace_back(entry_score, c);
  }
  std::vector<Candidate> out;
  out.reserve(by_name.size());
  const double temperature = class_temperature(q.noise);
  double lowest = std::numeric_limits<double>::infinity();
  if (temperature > 0)
    for (const auto& [name, entries] : by_name)
      for (const auto& [s, ec] : entries) lowest = std::min(lowest, s);
  std::vector<float> cen_shape(opt_.centroid_weight > 0 ? g : 0), cen_slope(cen_shape.size());
  const double lw = learned_weight(q.noise);
  Eigen::VectorXf e;
  if (lw > 0) e = metric_->embed(q.shape, q.slope, q.first, q.last);
  for (auto& [name, entries] : by_name) {
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
      if (a.first != b.first) return a.first > b.first;
      return a.second.entry < b.second.entry;
    });
    Candidate c = entries.front().second;
    c.score = entries.front().first;
    if (opt_.class_top > 1 && opt_.class_vote > 0) {
      // Class voting over the best entry of each different sample.
      std::vector<const std::string*> seen;
      double sum = 0;
      std::size_t k = 0;
      for (const auto& [s, ec] : entries) {
        const std::string& sid = lib_.entry(ec.entry).source_id;
        if (std::any_of(seen.begin(), seen.end(), [&](const std::string* p) { return *p == sid; })) continue;
        seen.push_back(&sid);
        sum += s;
        if (++k == opt_.class_top) break;
      }
      c.score -= opt_.class_vote * (c.score - sum / static_cast<double>(k));
    }
    if (temperature > 0) {
      // Evidence: the mean of the entries' likelihoods, relative to the best.
      std::size_t visible = 0;
      for (const std::size_t i : members_.at(name)) visible += excluded == nullptr || !(*excluded)[i];
      visible = std::max(visible, entries.size());
      const double best = c.score;
      double sum = 0;
      for (const auto& [s, ec] : entries) sum += std::exp((s - best) / temperature);
      sum += static_cast<double>(visible - entries.size()) * std::exp((lowest - best) / temperature);
      c.score = best + temperature * std::log(sum / static_cast<double>(visible));
    }
    if (opt_.centroid_weight > 0) {
      // Normalised sum of the visible entries' vectors (at zero shift).
      std::fill(cen_shape.begin(), cen_shape.end(), 0.0f);
      std::fill(cen_slope.begin(), cen_slope.end(), 0.0f);
      std::vector<const std::string*> samples;
      for (const std::size_t i : members_.at(name)) {
        if (excluded != nullptr && (*excluded)[i]) continue;
        const std::string& sid = lib_.entry(i).source_id;
        if (std::none_of(samples.begin(), samples.end(), [&](const std::string* p) { return *p == sid; }))
          samples.push_back(&sid);
        Eigen::Map<Eigen::VectorXf>(cen_shape.data(), static_cast<Eigen::Index>(g)) +=
            Eigen::Map<const Eigen::VectorXf>(lib_shapes + i * g, static_cast<Eigen::Index>(g));
        Eigen::Map<Eigen::VectorXf>(cen_slope.data(), static_cast<Eigen::Index>(g)) +=
            Eigen::Map<const Eigen::VectorXf>(lib_slopes + i * g, static_cast<Eigen::Index>(g));
      }
      if (samples.size() >= 2) {
        const float ns = Eigen::Map<Eigen::VectorXf>(cen_shape.data(), static_cast<Eigen::Index>(g)).norm();
        const float nd = Eigen::Map<Eigen::VectorXf>(cen_slope.data(), static_cast<Eigen::Index>(g)).norm();
        double best_c = -1;
        for (int lag = -opt_.max_lag; lag <= opt_.max_lag; ++lag) {
          const double sc = ns > 0 ? shifted_dot(q_shape, cen_shape.data(), g, lag) / ns : 0.0;
          const double dc = nd > 0 ? shifted_dot(q_slope, cen_slope.data(), g, lag) / nd : 0.0;
          best_c = std::max(best_c, (1 - slope_w) * sc + slope_w * dc);
        }
        c.score = (1 - opt_.centroid_weight) * c.score +
                  opt_.centroid_weight * std::clamp(100.0 * best_c, 0.0, 100.0);
      }
    }
    if (lw > 0) {
      // Nearest visible entry and centroid of the substance in the learned space.
      float nearest = -1;
      Eigen::VectorXf centroid = Eigen::VectorXf::Zero(e.size());
      for (const std::size_t i : members_.at(name)) {
        if (excluded != nullptr && (*excluded)[i]) continue;
        const auto row = metric_->library().row(static_cast<Eigen::Index>(i));
        nearest = std::max(nearest, row.dot(e));
        centroid += row.transpose();
      }
      const float cn = centroid.norm();
      const double to_centroid = cn > 0 ? centroid.dot(e) / cn : nearest;
      c.learned = (1 - opt_.learned_centroid) * nearest + opt_.learned_centroid * to_centroid;
      c.score = (1 - lw) * c.score + lw * 100 * c.learned;
    }
    out.push_back(c);
  }
  auto by_score = [](const Candidate& a, const Candidate& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.entry < b.entry;
  };
  std::sort(out.begin(), out.end(), by_score);
  // A substance's samples as a subspace (not for the mixture analysis'
  // residuals, which carry no intensity).
  if (const double sw = subspace_weight(q.noise); sw > 0 && q.intensity.size() == g) {
    add_subspace_scores(out, {q_shape, q_slope, lib_shapes, lib_slopes, g, slope_w}, sw, excluded);
    std::sort(out.begin(), out.end(), by_score);
  }
  if (by_hqi != nullptr) {
    *by_hqi = out;
    std::sort(by_hqi->begin(), by_hqi->end(), [&](const Candidate& a, const Candidate& b) {
      if (a.hqi != b.hqi) return a.hqi > b.hqi;
      return a.entry < b.entry;
    });
    if (by_hqi->size() > top) by_hqi->resize(top);
  }
  if (out.size() > top) out.resize(top);
  return out;
}

// The best non-negative combination of each top substance's best visible
// entries (SearchOptions::subspace_weight), as an HQI-like score mixed into
// the candidates' scores.
void Searcher::add_subspace_scores(std::vector<Candidate>& out, const Vectors& v, double sw,
                                   const std::vector<char>* excluded) const {
  const auto [q_shape, q_slope, lib_shapes, lib_slopes, g, slope_w] = v;
  const std::size_t k = std::clamp<std::size_t>(opt_.subspace_entries, 1, 4);  // 2^k NNLS subsets
  std::vector<std::tuple<double, int, std::size_t>> fits;  // (entry's HQI, its best lag, entry)
  std::vector<Eigen::VectorXd> col_shape, col_slope;
  const Eigen::Map<const Eigen::VectorXf> qs(q_shape, static_cast<Eigen::Index>(g));
  const Eigen::Map<const Eigen::VectorXf> qd(q_slope, static_cast<Eigen::Index>(g));
  const Eigen::VectorXd qsd = qs.cast<double>(), qdd = qd.cast<double>();
  const double bb = (1 - slope_w) * qsd.squaredNorm() + slope_w * qdd.squaredNorm();
  const std::size_t n_top = std::min(out.size(), opt_.subspace_top);
  for (std::size_t r = 0; r < n_top && bb > 0; ++r) {
    Candidate& c = out[r];
    // Every visible entry of the substance at its best axis shift; the best k kept.
    fits.clear();
    for (const std::size_t i : members_.at(lib_.entry(c.entry).name)) {
      if (excluded != nullptr && (*excluded)[i]) continue;
      double best = -std::numeric_limits<double>::infinity();
      int best_lag = 0;
      for (int lag = -opt_.max_lag; lag <= opt_.max_lag; ++lag) {
        const double v = (1 - slope_w) * shifted_dot(q_shape, lib_shapes + i * g, g, lag) +
                         slope_w * shifted_dot(q_slope, lib_slopes + i * g, g, lag);
        if (v > best) best = v, best_lag = lag;
      }
      fits.emplace_back(best, best_lag, i);
    }
    if (fits.empty()) continue;
    const std::size_t m = std::min(k, fits.size());
    std::partial_sort(fits.begin(), fits.begin() + static_cast<std::ptrdiff_t>(m), fits.end(),
                      [](const auto& a, const auto& b) {
                        if (std::get<0>(a) != std::get<0>(b)) return std::get<0>(a) > std::get<0>(b);
                        return std::get<2>(a) < std::get<2>(b);
                      });
    // The entries moved onto the query's axis: column[t] = entry[t + lag].
    col_shape.assign(m, Eigen::VectorXd::Zero(static_cast<Eigen::Index>(g)));
    col_slope.assign(m, Eigen::VectorXd::Zero(static_cast<Eigen::Index>(g)));
    for (std::size_t j = 0; j < m; ++j) {
      const auto [v, lag, i] = fits[j];
      for (std::size_t t = 0; t < g; ++t) {
        const long at = static_cast<long>(t) + lag;
        if (at < 0 || at >= static_cast<long>(g)) continue;
        col_shape[j][static_cast<Eigen::Index>(t)] = lib_shapes[i * g + static_cast<std::size_t>(at)];
        col_slope[j][static_cast<Eigen::Index>(t)] = lib_slopes[i * g + static_cast<std::size_t>(at)];
      }
    }
    const auto mm = static_cast<Eigen::Index>(m);
    Eigen::MatrixXd gram(mm, mm);
    Eigen::VectorXd ab(mm);
    for (Eigen::Index i = 0; i < mm; ++i) {
      const auto iu = static_cast<std::size_t>(i);
      ab[i] = (1 - slope_w) * qsd.dot(col_shape[iu]) + slope_w * qdd.dot(col_slope[iu]);
      for (Eigen::Index j = 0; j <= i; ++j) {
        const auto ju = static_cast<std::size_t>(j);
        gram(i, j) = gram(j, i) =
            (1 - slope_w) * col_shape[iu].dot(col_shape[ju]) + slope_w * col_slope[iu].dot(col_slope[ju]);
      }
    }
    const NnlsFit f = nnls_small(gram, ab, bb, opt_.subspace_cost * bb);
    c.subspace = std::clamp(100.0 * std::sqrt(std::max(0.0, 1 - f.objective / bb)), 0.0, 100.0);
    if (opt_.subspace_lift) {
      // Only what the combination adds over the best single entry (its HQI here).
      const double single = std::clamp(100.0 * std::get<0>(fits.front()), 0.0, 100.0);
      c.score += sw * (c.subspace - single);
    } else {
      c.score = (1 - sw) * c.score + sw * c.subspace;
    }
  }
}

Identification Searcher::identify(const Prepared& q, const std::vector<char>* excluded) const {
  Identification id;
  id.noise = q.noise;
  // One ranking serves the candidates and the mixture analysis.
  const std::size_t want = std::max<std::size_t>(opt_.top, 2);
  // The mixture analysis takes its pool in HQI order: the learned metric was
  // fitted on spectra of single substances, not on mixtures.
  std::vector<Candidate> ranked;
  id.candidates = rank_with(q, opt_.mixtures ? std::max(want, opt_.mixture_pool) : want, excluded,
                            opt_.rerank, opt_.mixtures ? &ranked : nullptr);
  if (id.candidates.size() > want) id.candidates.resize(want);
  if (id.candidates.empty()) {
    id.explanation = "The library is empty: nothing to compare with.";
    id.explanation_parts.push_back({{"id", "empty"}, {"params", nlohmann::json::object()}});
    return id;
  }
  const Candidate& top = id.candidates.front();
  const LibraryEntry& e = lib_.entry(top.entry);
  // The lead is measured on the ranking score (the HQI itself when the
  // learned metric is not used), so the verdict agrees with the order shown.
  const double margin = id.candidates.size() > 1 ? top.score - id.candidates[1].score : top.score;
  const bool learned = learned_weight(q.noise) > 0;
  // The likelihood score entered the ranking (a noisy query with its raw intensities).
  const bool likely = likelihood_weight(q.noise) > 0 && q.raw.size() == lib_.grid().count;
  const bool ranked_by_score = learned || likely;
  const std::string runner_up = id.candidates.size() > 1 ? lib_.entry(id.candidates[1].entry).name : "";
  char buf[512];
  auto part = [&](const char* part_id, nlohmann::json params) {
    id.explanation_parts.push_back({{"id", part_id}, {"params", std::move(params)}});
  };
  auto number = [](double x, const char* as) { return nlohmann::json{{"number", x}, {"as", as}}; };
  if (top.hqi >= opt_.match_hqi && margin >= opt_.match_margin) {
    id.verdict = Verdict::match;
    std::snprintf(buf, sizeof buf,
                  "The spectrum matches %s (hit quality %.0f/100, %.0f points ahead of %s%s). Band positions "
                  "agree (derivative correlation %.2f).",
                  e.name.c_str(), top.hqi, margin, runner_up.c_str(),
                  ranked_by_score ? " on the ranking score" : "", top.slope_corr);
    part(ranked_by_score ? "match.ranked" : "match", {{"name", e.name},
                                                      {"hqi", number(top.hqi, "int")},
                                                      {"margin", number(margin, "int")},
                                                      {"runner_up", runner_up},
                                                      {"correlation", number(top.slope_corr, "fixed2")}});
  } else if (top.hqi >= opt_.tentative_hqi) {
    id.verdict = Verdict::tentative;
    std::snprintf(
        buf, sizeof buf,
        "Possibly %s (hit quality %.0f/100), but %s. Confirm with a laboratory analysis before acting "
        "on it.",
        e.name.c_str(), top.hqi,
        margin < opt_.match_margin ? ("it is hardly better than " + runner_up).c_str()
                                   : "the agreement is too weak for a firm identification");
    if (margin < opt_.match_margin)
      part("tentative.close", {{"name", e.name}, {"hqi", number(top.hqi, "int")}, {"runner_up", runner_up}});
    else
      part("tentative.weak", {{"name", e.name}, {"hqi", number(top.hqi, "int")}});
  } else {
    id.verdict = Verdict::no_match;
    std::snprintf(
        buf, sizeof buf,
        "No reliable match: the best library spectrum (%s) reaches only %.0f/100. The substance may "
        "be absent from the library, a mixture, or the measurement too poor.",
        e.name.c_str(), top.hqi);
    part("no_match", {{"name", e.name}, {"hqi", number(top.hqi, "int")}});
  }
  id.explanation = buf;
  if (learned) {
    std::snprintf(buf, sizeof buf,
                  " Ranking score %.0f/100: the hit quality combined with a similarity learned from the "
                  "library's repeated samples of each substance (%.2f), which discounts orientation and "
                  "intensity effects.",
                  top.score, top.learned);
    id.explanation += buf;
    part("learned", {{"score", number(top.score, "int")}, {"learned", number(top.learned, "fixed2")}});
  }
  if (likely) {
    std::snprintf(buf, sizeof buf,
                  " For this noisy spectrum the ranking score (%.0f/100) also weighs how well the library "
                  "spectrum explains the raw measurement above a smooth baseline (%.2f, 1 = fully).",
                  top.score, top.likelihood);
    id.explanation += buf;
    part("likelihood",
         {{"score", number(top.score, "int")}, {"likelihood", number(top.likelihood, "fixed2")}});
  }
  if (top.shift_cm != 0) {
    std::snprintf(buf, sizeof buf, " The best agreement needed a %+.0f cm-1 axis shift (calibration drift?).",
                  top.shift_cm);
    id.explanation += buf;
    part("shift", {{"shift", number(top.shift_cm, "signed")}});
  }
  if (q.noise > 0.05) {
    std::snprintf(buf, sizeof buf, " The spectrum is noisy (noise about %.0f%% of the strongest band).",
                  100 * q.noise);
    id.explanation += buf;
    part("noisy", {{"noise", number(q.noise, "pct")}});
  }
  // Confidence grows with hit quality and with the lead over the next substance.
  const double quality = std::clamp((top.hqi - opt_.tentative_hqi) / (100 - opt_.tentative_hqi), 0.0, 1.0);
  const double lead = std::clamp(margin / (2 * opt_.match_margin), 0.0, 1.0);
  id.confidence = id.verdict == Verdict::no_match ? 0.0 : quality * (0.5 + 0.5 * lead);

  if (opt_.mixtures) id.mixture = unmix_ranked(q, excluded, ranked);

  auto add_finding = [&](const LibraryEntry& le, double hqi, const std::string& how) {
    const ControlEntry& c = *le.control;
    Finding f;
    f.source = "spectrum";
    f.id = "spectrum:" + c.category + ":" + c.substance;
    f.domain = c.domain;
    f.weight = id.verdict == Verdict::match ? 1.0 : 0.5;
    f.reason = "Raman spectrum " + how + " " + le.name +
               (le.name != c.substance ? " (" + c.substance + ")" : std::string()) +
               ", a controlled substance: " + c.legal_basis + ".";
    f.instructions = "Hold the goods; check the declared description, HS code and any licence against " +
                     c.substance + "; send a sample for laboratory confirmation before seizure.";
    f.evidence = {{"substance", c.substance},
                  {"how", how == "matches"               ? "match"
                          : how == "tentatively matches" ? "tentative"
                                                         : "mixture"},
                  {"library_name", le.name},
                  {"cas", c.cas},
                  {"category", c.category},
                  {"legal_basis", c.legal_basis},
                  {"hqi", std::round(hqi * 10) / 10},
                  {"verdict", std::string(to_string(id.verdict))},
                  {"library_source", le.source_id}};
    id.findings.push_back(std::move(f));
  };
  if (id.verdict != Verdict::no_match && e.control)
    add_finding(e, top.hqi, id.verdict == Verdict::match ? "matches" : "tentatively matches");
  if (id.verdict != Verdict::no_match && id.mixture.components.size() > 1)
    for (const MixtureComponent& mc : id.mixture.components) {
      const LibraryEntry& le = lib_.entry(mc.entry);
      if (le.control && mc.entry != top.entry && !(e.control && le.name == e.name))
        add_finding(le, top.hqi, "shows a mixture component matching");
    }
  return id;
}

}  // namespace custos::spectra
