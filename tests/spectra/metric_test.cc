#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <random>

#include "spectra/evaluate.hpp"
#include "spectra/library.hpp"
#include "spectra/metric.hpp"
#include "spectra/search.hpp"

namespace custos::spectra {
namespace {

using Bands = std::vector<std::pair<double, double>>;

Spectrum make(const Bands& bands, double noise, unsigned seed) {
  Spectrum s;
  std::mt19937 rng(seed);
  std::normal_distribution<double> n(0, 1);
  for (double x = 120; x <= 1250; x += 0.5) {
    double y = 0;
    for (const auto& [c, h] : bands) y += h * std::exp(-0.5 * std::pow((x - c) / 4.0, 2));
    s.x.push_back(x);
    s.y.push_back(y + noise * n(rng));
  }
  return s;
}

// One sample of a substance: its band positions with relative intensities
// scaled at random over a factor of ~50 (orientation effects).
Bands sample_of(const Bands& substance, std::mt19937& rng) {
  std::uniform_real_distribution<double> factor(-2.0, 2.0);
  Bands b = substance;
  for (auto& [c, h] : b) h *= std::exp(factor(rng));
  return b;
}

struct World {
  std::vector<Bands> substances;  // substance 0 and 1 share all bands but one
  std::vector<Bands> samples;     // the bands of each library entry
  Library lib;
};

// 30 made-up substances with 6 samples each. Substances 0 ("Alpha") and 1
// ("Beta") differ only in the position of one band (5 cm-1 apart); every
// other property of a spectrum is the relative band intensity, which varies
// freely between samples of one substance.
World make_world() {
  World w;
  std::mt19937 rng(11);
  std::uniform_real_distribution<double> centre(170, 1180), height(0.3, 1.0);
  Bands alpha;
  for (const double c : {260.0, 410.0, 655.0, 890.0, 1010.0}) alpha.emplace_back(c, height(rng));
  Bands beta = alpha;
  beta[2].first += 5;
  w.substances = {alpha, beta};
  for (int i = 2; i < 30; ++i) {
    Bands b;
    for (int k = 0; k < 5; ++k) b.emplace_back(centre(rng), height(rng));
    w.substances.push_back(b);
  }
  unsigned seed = 0;
  for (std::size_t i = 0; i < w.substances.size(); ++i)
    for (int k = 0; k < 6; ++k) {
      LibraryEntry e;
      e.name = i == 0 ? "Alpha" : i == 1 ? "Beta" : "Substance " + std::to_string(i);
      e.source_id = "R" + std::to_string(i) + "-" + std::to_string(k);
      w.samples.push_back(sample_of(w.substances[i], rng));
      w.lib.add(make(w.samples.back(), 0.003, ++seed), e, ControlTable());
    }
  return w;
}

TEST(LearnedMetric, IsNotFittedOnATinyLibrary) {
  Library lib;
  std::mt19937 rng(3);
  for (int i = 0; i < 5; ++i)
    for (int k = 0; k < 2; ++k) {
      LibraryEntry e;
      e.name = "S" + std::to_string(i);
      e.source_id = e.name + "-" + std::to_string(k);
      lib.add(make({{200.0 + 150 * i, 1.0}, {900, 0.5}}, 0.003, static_cast<unsigned>(10 * i + k)), e,
              ControlTable());
    }
  lib.fit_metric();
  EXPECT_EQ(lib.metric(), nullptr);  // 5 substances with repeated samples < 20
  const Searcher s(lib);
  EXPECT_EQ(s.learned_weight(0), 0.0);
}

// The learned metric must match a spectrum to its substance although its
// relative band intensities resemble a sample of the near-identical other
// substance more than any sample of its own; the HQI alone is fooled.
TEST(LearnedMetric, DiscountsRelativeIntensityVariationWithinASubstance) {
  World w = make_world();
  w.lib.fit_metric();
  ASSERT_NE(w.lib.metric(), nullptr);
  EXPECT_GT(w.lib.metric()->dims(), 10u);
  const Library& lib = w.lib;
  // Queries: new samples of Alpha whose relative intensities are those of
  // one of Beta's library samples (entries 6-11), with a little noise.
  SearchOptions hqi_only;
  hqi_only.learned_weight = 0;
  SearchOptions learned_only;
  learned_only.learned_weight = 1;
  const Searcher plain(lib, hqi_only), learned(lib, learned_only), product(lib);
  int plain_right = 0, learned_right = 0, product_right = 0;
  std::mt19937 rng(99);
  std::normal_distribution<double> jitter(0, 0.1);
  for (int t = 0; t < 20; ++t) {
    Bands query = w.samples[6 + static_cast<std::size_t>(t % 6)];
    for (auto& [c, h] : query) h *= std::exp(jitter(rng));
    query[2].first = w.substances[0][2].first;  // Alpha's band position, Beta's intensities
    const Prepared q = prepare(make(query, 0.003, 500u + t), lib.grid(), lib.options());
    plain_right += lib.entry(plain.rank(q, 1)[0].entry).name == "Alpha";
    product_right += lib.entry(product.rank(q, 1)[0].entry).name == "Alpha";
    const auto c = learned.rank(q, 2);
    learned_right += lib.entry(c[0].entry).name == "Alpha";
    EXPECT_NE(c[0].learned, 0.0);
    EXPECT_GE(c[0].score, c[1].score);
  }
  // Measured: HQI alone 1 of 20, the learned similarity alone 17, the
  // product's mix (weight 0.3) 7.
  EXPECT_LE(plain_right, 5);
  EXPECT_GE(learned_right, 15) << "HQI alone: " << plain_right;
  EXPECT_GE(product_right, plain_right + 4) << "HQI alone: " << plain_right;
}

TEST(LearnedMetric, IsRefittedOnLoadAndScoresLikeTheBuiltLibrary) {
  World w = make_world();
  w.lib.fit_metric();
  const std::string path = testing::TempDir() + "/spectra_metric_lib.bin";
  w.lib.save(path);
  const Library back = Library::load(path);
  ASSERT_NE(back.metric(), nullptr);
  EXPECT_TRUE(back.metric()->library().isApprox(w.lib.metric()->library(), 1e-4f));
  const Prepared q = prepare(make(w.substances[5], 0.01, 7), back.grid(), back.options());
  const auto a = Searcher(w.lib).rank(q, 3), b = Searcher(back).rank(q, 3);
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].entry, b[i].entry);
    EXPECT_NEAR(a[i].score, b[i].score, 1e-3);
  }
  // Adding an entry drops the stale metric (search falls back to the HQI).
  Library grown = Library::load(path);
  LibraryEntry extra;
  extra.name = "Substance 3";
  grown.add(make(w.substances[3], 0.01, 8), extra, ControlTable());
  EXPECT_EQ(grown.metric(), nullptr);
  std::filesystem::remove(path);
}

TEST(LearnedMetric, HeldOutEntriesAreEmbeddedButNotUsedForTheFit) {
  World w = make_world();
  std::vector<char> held(w.lib.size(), 0);
  for (std::size_t i = 0; i < held.size(); i += 6) held[i] = 1;  // one sample of every substance
  const LearnedMetric all = LearnedMetric::fit(w.lib), part = LearnedMetric::fit(w.lib, {}, &held);
  ASSERT_TRUE(part.fitted());
  EXPECT_EQ(static_cast<std::size_t>(part.library().rows()), w.lib.size());
  // Fitted on fewer spectra, the transform differs: in its number of
  // dimensions (PCA keeps at most one fewer than the rows it saw) or in values.
  const bool same_shape = part.library().cols() == all.library().cols();
  EXPECT_TRUE(!same_shape || !part.library().isApprox(all.library(), 1e-3f));
  EXPECT_NEAR(part.library().row(0).norm(), 1.0f, 1e-4f);
}

TEST(LearnedMetric, NoisyQueriesFallBackToTheHitQuality) {
  World w = make_world();
  w.lib.fit_metric();
  const Searcher s(w.lib);
  const SearchOptions& o = s.options();
  EXPECT_EQ(s.learned_weight(0.001), o.learned_weight);
  EXPECT_NEAR(s.learned_weight(0.5 * (o.learned_noise_full + o.learned_noise_off)), 0.5 * o.learned_weight,
              1e-9);
  EXPECT_EQ(s.learned_weight(o.learned_noise_off), 0.0);
}

TEST(LearnedMetric, SampleFoldsAreStable) {
  EXPECT_EQ(sample_fold("R040070", 5), sample_fold("R040070", 5));
  std::vector<int> count(5, 0);
  for (int i = 0; i < 1000; ++i) ++count[sample_fold("R" + std::to_string(100000 + i), 5)];
  for (const int c : count) EXPECT_GT(c, 150);
}

}  // namespace
}  // namespace custos::spectra
