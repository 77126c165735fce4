// The scores fused with the correlation in library search: the derivative
// channel, the peak-table score, class voting and class centroids; their
// tolerance to a linear baseline and to a smooth multiplicative tilt; and a
// short leave-one-sample-out run on real RRUFF spectra.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "spectra/evaluate.hpp"
#include "spectra/library.hpp"
#include "spectra/peak_score.hpp"
#include "spectra/search.hpp"

namespace custos::spectra {
namespace {

using Bands = std::vector<std::pair<double, double>>;

// Gaussian bands (sigma `width` cm-1) on 120-1250 cm-1; `tilt` multiplies the
// spectrum by 1 + tilt x (x - 120) / 1130, `ramp` adds ramp x (x - 120) / 1130.
Spectrum synth(const Bands& bands, double tilt = 0, double ramp = 0, double width = 4) {
  Spectrum s;
  for (double x = 120; x <= 1250; x += 0.5) {
    double y = 0;
    for (const auto& [c, h] : bands) y += h * std::exp(-0.5 * std::pow((x - c) / width, 2));
    const double t = (x - 120) / 1130;
    s.x.push_back(x);
    s.y.push_back(y * (1 + tilt * t) + ramp * t);
  }
  return s;
}

double dot(const std::vector<float>& a, const std::vector<float>& b) {
  double d = 0;
  for (std::size_t i = 0; i < a.size(); ++i) d += static_cast<double>(a[i]) * b[i];
  return d;
}

const Bands kQuery = {{300, 1.0}, {520, 0.4}, {980, 0.6}, {1100, 0.3}};

TEST(DerivativeChannel, IsInvariantToALinearBaseline) {
  std::vector<double> plain(1051, 0.0), ramped(1051, 0.0);
  for (std::size_t i = 0; i < plain.size(); ++i) {
    const double x = 150.0 + static_cast<double>(i);
    for (const auto& [c, h] : kQuery) plain[i] += h * std::exp(-0.5 * std::pow((x - c) / 4.0, 2));
    ramped[i] = plain[i] + 0.5 + 2.0 * static_cast<double>(i) / 1050;  // a steep linear baseline
  }
  std::vector<float> s1, d1, s2, d2;
  comparison_vectors(plain, 0, 1050, false, s1, d1);
  comparison_vectors(ramped, 0, 1050, false, s2, d2);
  EXPECT_GT(dot(d1, d2), 0.99999);  // the derivative ignores it exactly
  EXPECT_LT(dot(s1, s2), 0.9);      // the intensity correlation does not
}

TEST(PeakScore, PairsBandsWithinTheToleranceAfterTheShift) {
  const std::vector<Peak> lib = {{300, 1.0}, {520, 0.4}, {980, 0.6}};
  EXPECT_NEAR(peak_score(lib, lib, 0, 0.03, 150, 1200), 1.0, 1e-12);
  // The query sits 3 cm-1 above the library: forgiven when the shift is given.
  std::vector<Peak> up = lib;
  for (Peak& p : up) p.position += 3;
  EXPECT_NEAR(peak_score(up, lib, 3, 0.03, 150, 1200), 1.0, 1e-12);
  EXPECT_LT(peak_score(up, lib, 0, 0.03, 150, 1200), 0.6);
  // Bands beyond the tolerance do not pair.
  std::vector<Peak> far = lib;
  for (Peak& p : far) p.position += 10;
  EXPECT_EQ(peak_score(far, lib, 0, 0.03, 150, 1200), 0.0);
  // A missing band and an extra one each cost.
  const std::vector<Peak> missing = {{300, 1.0}, {980, 0.6}};
  const std::vector<Peak> extra = {{300, 1.0}, {520, 0.4}, {980, 0.6}, {700, 0.5}};
  EXPECT_LT(peak_score(missing, lib, 0, 0.03, 150, 1200), 0.85);
  EXPECT_LT(peak_score(extra, lib, 0, 0.03, 150, 1200), 0.85);
  // Library bands the query cannot show (outside its range, or below its
  // detection floor) are left out.
  // (Heights are relative to the strongest band each side can show.)
  EXPECT_NEAR(peak_score({{980, 1.0}}, lib, 0, 0.03, 600, 1200), 1.0, 1e-12);
  EXPECT_NEAR(peak_score(missing, lib, 0, 0.5, 150, 1200), 1.0, 1e-12);
}

TEST(PeakScore, ToleratesASmoothMultiplicativeTiltAndABaseline) {
  const Grid grid;
  const PrepareOptions opt;
  const std::vector<Peak> straight = find_peaks(prepare(synth(kQuery), grid, opt), grid);
  ASSERT_EQ(straight.size(), kQuery.size());
  // x3 across the range (far beyond 532 against 785 nm) plus a linear baseline.
  const std::vector<Peak> tilted = find_peaks(prepare(synth(kQuery, 2.0, 0.8), grid, opt), grid);
  ASSERT_EQ(tilted.size(), kQuery.size());
  for (std::size_t i = 0; i < tilted.size(); ++i) EXPECT_NEAR(tilted[i].position, straight[i].position, 0.5);
  EXPECT_GT(peak_score(tilted, straight, 0, 0.03, 150, 1200), 0.8);
}

Library small_library(const std::map<std::string, std::vector<Bands>>& set) {
  Library lib;
  const ControlTable none;
  int sample = 0;
  for (const auto& [name, samples] : set)
    for (const Bands& b : samples) {
      LibraryEntry e;
      e.name = name;
      e.source_id = "S" + std::to_string(++sample);
      lib.add(synth(b), e, none);
    }
  return lib;
}

TEST(FusedSearch, IdentifiesATiltedQueryWithTheRightBands) {
  const Library lib = small_library({{"Q", {kQuery}},
                                     {"R", {{{300, 1.0}, {540, 0.4}, {960, 0.6}, {1120, 0.3}}}},
                                     {"S", {{{310, 0.3}, {520, 1.0}, {700, 0.6}}}}});
  SearchOptions fused;
  fused.peak_weight = 0.3;
  const Searcher s(lib, fused);
  const Prepared q = prepare(synth(kQuery, 2.0, 0.8), lib.grid(), lib.options());
  const std::vector<Candidate> c = s.rank(q, 3);
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(lib.entry(c.front().entry).name, "Q");
  EXPECT_GT(c.front().peak, 0.8);
  EXPECT_NEAR(c.front().score, 0.7 * c.front().hqi + 30 * c.front().peak, 1e-6);
  // Without the fusion no peak score is computed and the score is the HQI.
  const Candidate plain = Searcher(lib).rank(q, 1).front();
  EXPECT_EQ(plain.peak, 0.0);
  EXPECT_DOUBLE_EQ(plain.score, plain.hqi);
}

TEST(ClassVoting, AggregatesASubstanceOverItsSamples) {
  // A: one sample equal to the query and one poor one; B: two samples that
  // both come close (one band 5 cm-1 off).
  const Bands close = {{300, 1.0}, {520, 0.4}, {985, 0.6}, {1100, 0.3}};
  const Library lib = small_library(
      {{"A", {kQuery, {{400, 1.0}, {700, 1.0}, {850, 0.8}}}}, {"B", {close, close}}, {"C", {{{450, 1.0}}}}});
  const Prepared q = prepare(synth(kQuery), lib.grid(), lib.options());
  const std::vector<Candidate> best_entry = Searcher(lib).rank(q, 3);
  ASSERT_GE(best_entry.size(), 2u);
  EXPECT_EQ(lib.entry(best_entry[0].entry).name, "A");
  SearchOptions vote;
  vote.class_top = 2;
  vote.class_vote = 1;  // the mean of the best two samples
  const std::vector<Candidate> voted = Searcher(lib, vote).rank(q, 3);
  ASSERT_GE(voted.size(), 2u);
  EXPECT_EQ(lib.entry(voted[0].entry).name, "B");
  // A substance with a single sample keeps its best entry's score.
  for (const Candidate& c : voted)
    if (lib.entry(c.entry).name == "C") {
      EXPECT_DOUBLE_EQ(c.score, c.hqi);
    }
  // The same through class centroids: B's two samples average to itself, A's do not.
  SearchOptions centroid;
  centroid.centroid_weight = 1;
  const std::vector<Candidate> by_centroid = Searcher(lib, centroid).rank(q, 3);
  EXPECT_EQ(lib.entry(by_centroid[0].entry).name, "B");
  // Hidden entries do not vote.
  std::vector<char> hide(lib.size(), 0);
  for (std::size_t i = 0; i < lib.size(); ++i) hide[i] = lib.entry(i).source_id == "S2";
  const std::vector<Candidate> hidden = Searcher(lib, vote).rank(q, 3, &hide);
  EXPECT_EQ(lib.entry(hidden[0].entry).name, "A");
}

TEST(ResolutionTolerance, ABroadBandedQueryMeetsABlurredLibrary) {
  const Library lib = small_library({{"Q", {kQuery}},
                                     {"R", {{{300, 1.0}, {540, 0.4}, {960, 0.6}, {1120, 0.3}}}},
                                     {"S", {{{310, 0.3}, {520, 1.0}, {700, 0.6}}}}});
  SearchOptions off;
  off.resolution_blur_cm = 0;
  const Searcher tolerant(lib), sharp(lib, off);
  ASSERT_GT(tolerant.options().resolution_blur_cm, 0);  // on by default
  // Bands 2.5 x as wide as the library's.
  const Prepared broad = prepare(synth(kQuery, 0, 0, 10), lib.grid(), lib.options());
  const Candidate t = tolerant.rank(broad, 1).front(), p = sharp.rank(broad, 1).front();
  EXPECT_EQ(lib.entry(t.entry).name, "Q");
  EXPECT_GT(t.score, p.score + 2);
  // A query as sharp as the library keeps its own scores.
  const Prepared same = prepare(synth(kQuery), lib.grid(), lib.options());
  EXPECT_DOUBLE_EQ(tolerant.rank(same, 1).front().score, sharp.rank(same, 1).front().score);
}

TEST(Perturb, BroadeningWidensBandsAndKeepsTheirArea) {
  Spectrum s = synth({{600, 1.0}});
  Perturbation p;
  p.broaden_cm = 3;  // sigma 4 -> 5 cm-1: the height falls to 4/5
  std::mt19937_64 rng(1);
  const Spectrum b = perturb(s, p, rng);
  EXPECT_NEAR(*std::max_element(b.y.begin(), b.y.end()), 0.8, 0.01);
  double a = 0, ab = 0;
  for (std::size_t i = 0; i < s.size(); ++i) a += s.y[i], ab += b.y[i];
  EXPECT_NEAR(ab / a, 1.0, 1e-3);
}

TEST(Evaluate, QueryFoldsSplitTheQueries) {
  // Sample folds partition the queries: folds {0, 1, 2} and {3, 4} add up to all.
  const std::string dir = testing::TempDir() + "/spectra_eval_folds";
  std::filesystem::create_directories(dir);
  const std::vector<Bands> set = {kQuery, {{450, 1.0}, {700, 0.5}}, {{200, 0.5}, {640, 1.0}, {1010, 0.4}}};
  int sample = 0;
  for (std::size_t k = 0; k < set.size(); ++k)
    for (int r = 0; r < 4; ++r) {
      const Spectrum s = synth(set[k], 0.05 * r);
      ++sample;
      std::ofstream out(dir + "/N" + std::to_string(k) + "__R" + std::to_string(sample) +
                        "__Raman__785__.txt");
      out << "##NAMES=N" << k << "\n##RRUFFID=R" << sample << "\n";
      for (std::size_t i = 0; i < s.size(); ++i) out << s.x[i] << ", " << s.y[i] << "\n";
    }
  EvaluationOptions o;
  o.library_dir = dir;
  o.leave_one_sample_out = true;
  const EvaluationResult all = evaluate(o);
  o.query_folds = {0, 1, 2};
  const EvaluationResult a = evaluate(o);
  o.query_folds = {3, 4};
  const EvaluationResult b = evaluate(o);
  EXPECT_EQ(all.queries, 12u);
  EXPECT_EQ(a.queries + b.queries, all.queries);
  EXPECT_EQ(a.top1 + b.top1, all.top1);
  std::filesystem::remove_all(dir);
}

// --- real spectra: a few seconds of the leave-one-sample-out protocol -------
TEST(FusedSearchRruff, LeaveOneSampleOutOnASubsetOfRruff) {
  const std::string rruff = std::string(CUSTOS_SHARED_DATA) + "/raman/rruff-785nm";
  if (!std::filesystem::exists(rruff)) GTEST_SKIP() << "shared RRUFF data absent: " << rruff;
  // The first 40 minerals (by file name) with at least three samples, linked
  // into a folder of their own.
  std::map<std::string, std::set<std::string>> samples;
  std::map<std::string, std::vector<std::filesystem::path>> files;
  for (const auto& de : std::filesystem::directory_iterator(rruff)) {
    const std::string f = de.path().filename().string();
    const auto a = f.find("__"), b = f.find("__", a + 2);
    if (a == std::string::npos || b == std::string::npos) continue;
    samples[f.substr(0, a)].insert(f.substr(a + 2, b - a - 2));
    files[f.substr(0, a)].push_back(de.path());
  }
  const std::string dir = testing::TempDir() + "/spectra_rruff_subset";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  int minerals = 0;
  for (const auto& [name, ids] : samples) {
    if (ids.size() < 3 || name == "unknown") continue;
    for (const auto& p : files[name]) std::filesystem::create_symlink(p, dir + "/" + p.filename().string());
    if (++minerals == 40) break;
  }
  EvaluationOptions o;
  o.library_dir = dir;
  o.leave_one_sample_out = true;
  const EvaluationResult plain = evaluate(o);
  ASSERT_GT(plain.queries, 100u);
  const double top1 = static_cast<double>(plain.top1) / static_cast<double>(plain.queries);
  EXPECT_GT(top1, 0.8) << plain.top1 << " of " << plain.queries;
  // The simulated 532 nm query loses little.
  o.perturbation.tilt_laser_nm = 532;
  const EvaluationResult tilted = evaluate(o);
  EXPECT_GT(static_cast<double>(tilted.top1) / static_cast<double>(tilted.queries), top1 - 0.03);
  // The peak-table fusion stays in the same range.
  o.perturbation.tilt_laser_nm = 0;
  o.search.peak_weight = 0.2;
  const EvaluationResult fused = evaluate(o);
  EXPECT_GT(static_cast<double>(fused.top1) / static_cast<double>(fused.queries), top1 - 0.05);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace custos::spectra
