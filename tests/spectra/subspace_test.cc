// A substance's samples as a non-negative subspace (SearchOptions::
// subspace_weight): a query between two orientations of one substance is
// fitted by their combination better than by another substance's single
// entry; hidden entries never enter the fit; the shared small NNLS.
#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "spectra/library.hpp"
#include "spectra/nnls.hpp"
#include "spectra/search.hpp"

namespace custos::spectra {
namespace {

using Bands = std::vector<std::pair<double, double>>;

Spectrum bands_spectrum(const Bands& bands) {
  Spectrum s;
  for (double x = 120; x <= 1250; x += 0.5) {
    double y = 0;
    for (const auto& [c, h] : bands) y += h * std::exp(-0.5 * std::pow((x - c) / 4, 2));
    s.x.push_back(x);
    s.y.push_back(y);
  }
  return s;
}

// Two orientations of A (same bands, opposite relative intensities), B a
// single sample close to the query's intensities with one band 6 cm-1 off.
const Bands kA1 = {{300, 1.0}, {520, 0.02}, {700, 1.0}, {980, 0.3}};
const Bands kA2 = {{300, 0.02}, {520, 1.0}, {700, 0.02}, {980, 0.8}};
const Bands kB = {{300, 0.5}, {520, 0.5}, {700, 0.5}, {986, 0.55}};
const Bands kQuery = {{300, 0.5}, {520, 0.5}, {700, 0.5}, {980, 0.55}};

Library library() {
  Library lib;
  const ControlTable none;
  const std::vector<std::pair<std::string, Bands>> entries = {{"A", kA1}, {"A", kA2}, {"B", kB}};
  int sample = 0;
  for (const auto& [name, b] : entries) {
    LibraryEntry e;
    e.name = name;
    e.source_id = "S" + std::to_string(++sample);
    lib.add(bands_spectrum(b), e, none);
  }
  return lib;
}

const Candidate& find(const std::vector<Candidate>& c, const Library& lib, const std::string& name) {
  for (const Candidate& x : c)
    if (lib.entry(x.entry).name == name) return x;
  throw std::runtime_error("no candidate " + name);
}

TEST(Subspace, AMixOfTwoOrientationsIsFittedByItsSubstance) {
  const Library lib = library();
  const Prepared q = prepare(bands_spectrum(kQuery), lib.grid(), lib.options());
  SearchOptions off;
  off.learned_weight = 0;
  const std::vector<Candidate> plain = Searcher(lib, off).rank(q, 3);
  ASSERT_EQ(plain.size(), 2u);
  EXPECT_EQ(lib.entry(plain[0].entry).name, "B");  // B's single entry is the closest
  EXPECT_EQ(plain[0].subspace, 0.0);               // not computed when off
  SearchOptions on = off;
  on.subspace_weight = 0.5;
  on.subspace_entries = 2;
  const std::vector<Candidate> fused = Searcher(lib, on).rank(q, 3);
  ASSERT_EQ(fused.size(), 2u);
  EXPECT_EQ(lib.entry(fused[0].entry).name, "A");
  const Candidate& a = find(fused, lib, "A");
  const Candidate& b = find(fused, lib, "B");
  EXPECT_GT(a.subspace, a.hqi + 5);  // the pair fits far better than either entry
  EXPECT_GT(a.subspace, b.subspace);
  EXPECT_NEAR(b.subspace, b.hqi, 0.5);  // a single entry: its own HQI
  EXPECT_NEAR(a.score, 0.5 * find(plain, lib, "A").score + 0.5 * a.subspace, 1e-9);
  // A cost per further entry larger than the pair's gain leaves A its best entry.
  on.subspace_cost = 1;
  const std::vector<Candidate> with_cost = Searcher(lib, on).rank(q, 3);
  const Candidate& costly = find(with_cost, lib, "A");
  EXPECT_NEAR(costly.subspace, costly.hqi, 0.5);
}

TEST(Subspace, HiddenEntriesNeverEnterTheFit) {
  const Library lib = library();
  const Prepared q = prepare(bands_spectrum(kQuery), lib.grid(), lib.options());
  SearchOptions on;
  on.learned_weight = 0;
  on.subspace_weight = 0.5;
  on.subspace_entries = 4;
  std::vector<char> hide(lib.size(), 0);
  for (std::size_t i = 0; i < lib.size(); ++i) hide[i] = lib.entry(i).source_id == "S2";  // A's second sample
  const std::vector<Candidate> c = Searcher(lib, on).rank(q, 3, &hide);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(lib.entry(c[0].entry).name, "B");
  const Candidate& a = find(c, lib, "A");
  EXPECT_NE(a.entry, 1u);
  EXPECT_NEAR(a.subspace, a.hqi, 0.5);  // A1 alone
}

TEST(Nnls, ExactSmallFitAndAColumnCost) {
  // b = 2 a0 + 1 a1 with a2 pointing away: a0 and a1 carry it, a2 gets 0.
  Eigen::MatrixXd a(3, 3);
  a << 1, 0, -1, 0, 1, 0, 0, 0, 0.1;
  const Eigen::Vector3d b(2, 1, 0);
  const NnlsFit f = nnls_small(a.transpose() * a, a.transpose() * b, b.squaredNorm());
  EXPECT_NEAR(f.coef[0], 2, 1e-9);
  EXPECT_NEAR(f.coef[1], 1, 1e-9);
  EXPECT_EQ(f.coef[2], 0);
  EXPECT_NEAR(f.residual, 0, 1e-6);
  // A second column that explains 1 of b's 5 units of energy is dropped at cost 2.
  const NnlsFit g = nnls_small(a.transpose() * a, a.transpose() * b, b.squaredNorm(), 2);
  EXPECT_NEAR(g.coef[0], 2, 1e-9);
  EXPECT_EQ(g.coef[1], 0);
  EXPECT_NEAR(g.residual, 1, 1e-9);
  EXPECT_NEAR(g.objective, 1, 1e-9);
}

}  // namespace
}  // namespace custos::spectra
