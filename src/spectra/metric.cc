#include "spectra/metric.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>

#include "spectra/library.hpp"

namespace custos::spectra {

LearnedMetric LearnedMetric::fit(const Library& lib, const MetricOptions& opt,
                                 const std::vector<char>* held_out) {
  LearnedMetric m;
  m.opt_ = opt;
  const std::size_t n = lib.size(), g = lib.grid().count;
  if (n < 3) return m;
  // Features of every entry (the stored vectors are zero outside each entry's range).
  std::vector<float> f, row(g), srow(g);
  block_sums(std::vector<float>(g, 0.0f), std::vector<float>(g, 0.0f), 0, g - 1, opt.block, f);
  const auto p = static_cast<Eigen::Index>(f.size());
  Eigen::MatrixXd x(static_cast<Eigen::Index>(n), p);
  for (std::size_t i = 0; i < n; ++i) {
    std::copy_n(lib.shapes().data() + i * g, g, row.begin());
    std::copy_n(lib.slopes().data() + i * g, g, srow.begin());
    block_sums(row, srow, 0, g - 1, opt.block, f);
    for (Eigen::Index k = 0; k < p; ++k) x(static_cast<Eigen::Index>(i), k) = f[static_cast<std::size_t>(k)];
  }
  std::vector<Eigen::Index> train;
  for (std::size_t i = 0; i < n; ++i)
    if (held_out == nullptr || !(*held_out)[i]) train.push_back(static_cast<Eigen::Index>(i));
  if (train.size() < 3) return m;

  // Substances with repeated samples among the training entries.
  std::map<std::string, std::vector<Eigen::Index>> members;
  std::map<std::string, std::set<std::string>> samples;
  for (const Eigen::Index i : train) {
    const LibraryEntry& e = lib.entry(static_cast<std::size_t>(i));
    members[e.name].push_back(i);
    samples[e.name].insert(e.source_id);
  }
  std::size_t informative = 0;
  for (const auto& [name, ids] : samples)
    informative += ids.size() >= std::max<std::size_t>(opt.min_samples, 2);
  if (informative < std::max<std::size_t>(opt.min_substances, 2)) return m;

  // 1. PCA of the training features.
  const Eigen::VectorXd mean = x(train, Eigen::all).colwise().mean().transpose();
  const Eigen::MatrixXd xc = x(train, Eigen::all).rowwise() - mean.transpose();
  const Eigen::MatrixXd cov = (xc.transpose() * xc) / static_cast<double>(train.size());
  const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> pca(cov);
  const Eigen::Index d = std::min<Eigen::Index>(
      {static_cast<Eigen::Index>(opt.components), p, static_cast<Eigen::Index>(train.size()) - 1});
  if (d < 1) return m;
  const Eigen::MatrixXd v = pca.eigenvectors().rightCols(d);  // p x d, largest variance last

  // 2. Within-substance covariance in PCA space.
  Eigen::MatrixXd sw = Eigen::MatrixXd::Zero(d, d);
  std::size_t deviations = 0;
  for (const auto& [name, idx] : members) {
    if (samples[name].size() < std::max<std::size_t>(opt.min_samples, 2)) continue;
    const Eigen::MatrixXd z = (x(idx, Eigen::all).rowwise() - mean.transpose()) * v;
    const Eigen::MatrixXd dev = z.rowwise() - z.colwise().mean();
    sw += dev.transpose() * dev;
    deviations += idx.size() - 1;
  }
  if (deviations == 0) return m;
  sw /= static_cast<double>(deviations);
  // 3. Shrinkage toward the identity (scaled to the mean variance), whitening.
  const double scale = sw.trace() / static_cast<double>(d);
  const Eigen::MatrixXd s =
      (1 - opt.shrinkage) * sw / scale + opt.shrinkage * Eigen::MatrixXd::Identity(d, d);
  const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> es(s);
  const Eigen::VectorXd inv_sqrt = es.eigenvalues().cwiseMax(1e-9).cwiseSqrt().cwiseInverse();
  const Eigen::MatrixXd whiten = es.eigenvectors() * inv_sqrt.asDiagonal() * es.eigenvectors().transpose();

  Eigen::MatrixXd transform = whiten * v.transpose();  // d x p
  if (opt.discriminants > 0 && static_cast<Eigen::Index>(opt.discriminants) < d) {
    // Between-substance covariance of the whitened substance means (every
    // substance of the training entries, one vote each).
    Eigen::MatrixXd sb = Eigen::MatrixXd::Zero(d, d);
    for (const auto& [name, idx] : members) {
      const Eigen::VectorXd mu = transform * (x(idx, Eigen::all).colwise().mean().transpose() - mean);
      sb += mu * mu.transpose();
    }
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> lda(sb);
    const auto keep = static_cast<Eigen::Index>(opt.discriminants);
    transform = lda.eigenvectors().rightCols(keep).transpose() * transform;
  }
  m.dims_ = static_cast<std::size_t>(transform.rows());
  m.mean_ = mean.cast<float>();
  m.transform_ = transform.cast<float>();
  m.embedded_ = ((x.rowwise() - mean.transpose()) * transform.transpose()).cast<float>();
  m.embedded_.rowwise().normalize();
  return m;
}

Eigen::VectorXf LearnedMetric::embed(const std::vector<float>& shape, const std::vector<float>& slope,
                                     std::size_t first, std::size_t last) const {
  std::vector<float> f;
  block_sums(shape, slope, first, last, opt_.block, f);
  const Eigen::Map<const Eigen::VectorXf> fv(f.data(), static_cast<Eigen::Index>(f.size()));
  Eigen::VectorXf e = transform_ * (fv - mean_);
  const float norm = e.norm();
  if (norm > 0) e /= norm;
  return e;
}

}  // namespace custos::spectra
