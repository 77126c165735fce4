// Noise-adapted blur, tilt tolerance, the simulated cross-laser tilt and the
// per-class report of the evaluation.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>

#include "spectra/evaluate.hpp"
#include "spectra/library.hpp"
#include "spectra/search.hpp"

namespace custos::spectra {
namespace {

Spectrum bands_spectrum(const std::vector<std::pair<double, double>>& bands, double noise = 0,
                        unsigned seed = 1, double tilt = 0) {
  Spectrum s;
  std::mt19937 rng(seed);
  std::normal_distribution<double> n(0, 1);
  for (double x = 120; x <= 1250; x += 0.5) {
    double y = 0;
    for (const auto& [c, h] : bands) y += h * std::exp(-0.5 * std::pow((x - c) / 4.0, 2));
    y *= 1 + tilt * (x - 120) / 1130;
    s.x.push_back(x);
    s.y.push_back(y + noise * n(rng));
  }
  return s;
}

const std::vector<std::pair<std::string, std::vector<std::pair<double, double>>>> kSet = {
    {"A", {{300, 1.0}, {520, 0.4}, {980, 0.6}}},  {"B", {{310, 1.0}, {530, 0.4}, {975, 0.6}}},
    {"C", {{450, 1.0}, {700, 0.5}, {1100, 0.3}}}, {"D", {{200, 0.5}, {640, 1.0}, {1010, 0.4}}},
    {"E", {{350, 0.6}, {820, 1.0}, {1150, 0.5}}}, {"F", {{260, 1.0}, {760, 0.3}, {1060, 0.8}}},
};

Library set_library() {
  Library lib;
  const ControlTable none;
  int sample = 0;
  for (const auto& [name, bands] : kSet)
    for (int k = 0; k < 2; ++k) {
      LibraryEntry e;
      e.name = name;
      e.source_id = "S" + std::to_string(sample++);
      lib.add(bands_spectrum(bands, 0.002, sample), e, none);
    }
  return lib;
}

TEST(NoiseAdaptedBlur, GrowsWithTheQueryNoiseOnly) {
  const Library lib = set_library();
  const Searcher s(lib);
  EXPECT_EQ(s.extra_blur(0.01), 0);
  EXPECT_DOUBLE_EQ(s.slope_weight(0.01), s.options().slope_weight);
  EXPECT_EQ(s.extra_blur(0.2), static_cast<int>(std::lround(s.options().noise_blur_cm)));
  EXPECT_DOUBLE_EQ(s.slope_weight(0.2), s.options().noisy_slope_weight);
  EXPECT_LE(s.extra_blur(0.05), s.extra_blur(0.2));
  SearchOptions off;
  off.noise_blur_cm = 0;
  EXPECT_EQ(Searcher(lib, off).extra_blur(0.2), 0);
}

TEST(NoiseAdaptedBlur, NoisyQueriesAreIdentifiedAtLeastAsOftenAsWithoutIt) {
  const Library lib = set_library();
  SearchOptions off;
  off.noise_blur_cm = 0;
  off.noisy_slope_weight = off.slope_weight;
  const Searcher adapted(lib), plain(lib, off);
  int right_adapted = 0, right_plain = 0, n = 0;
  for (std::size_t k = 0; k < kSet.size(); ++k)
    for (unsigned seed = 1; seed <= 8; ++seed, ++n) {
      const Prepared q = prepare(bands_spectrum(kSet[k].second, 0.35, 100 + seed), lib.grid(), lib.options());
      ASSERT_GT(q.noise, 0.1);
      right_adapted += lib.entry(adapted.rank(q, 1).front().entry).name == kSet[k].first;
      right_plain += lib.entry(plain.rank(q, 1).front().entry).name == kSet[k].first;
    }
  EXPECT_GE(right_adapted, right_plain);
  EXPECT_GE(right_adapted, n * 3 / 4);
  // Clean queries are untouched: identical ranking scores.
  const Prepared clean = prepare(bands_spectrum(kSet[2].second, 0.002, 7), lib.grid(), lib.options());
  EXPECT_DOUBLE_EQ(adapted.rank(clean, 1).front().hqi, plain.rank(clean, 1).front().hqi);
}

TEST(TiltTolerance, ForgivesASmoothMultiplicativeTiltAndNeverLowersTheScore) {
  const Library lib = set_library();
  SearchOptions tol;
  tol.tilt_max = 0.3;
  const Searcher tolerant(lib, tol), plain(lib);
  const Prepared tilted = prepare(bands_spectrum(kSet[5].second, 0.002, 9, 2.0), lib.grid(), lib.options());
  const Prepared straight = prepare(bands_spectrum(kSet[5].second, 0.002, 9), lib.grid(), lib.options());
  const Candidate t = tolerant.rank(tilted, 1).front(), p = plain.rank(tilted, 1).front();
  EXPECT_EQ(lib.entry(t.entry).name, "F");
  EXPECT_GT(t.hqi, p.hqi + 1);
  EXPECT_GE(tolerant.rank(straight, 1).front().hqi, plain.rank(straight, 1).front().hqi - 1e-9);
}

TEST(CrossLaser, ResponseRatioTiltsTowardsHighShiftsForAGreenLaser) {
  auto ratio = [](double shift, double cutoff) {
    return laser_response(532, shift, cutoff) / laser_response(785, shift, cutoff);
  };
  const double mild = ratio(1200, 1000) / ratio(150, 1000);
  const double strong = ratio(1200, 850) / ratio(150, 850);
  EXPECT_GT(mild, 1.05);  // nu^4 alone is ~1.12 over 150-1200 cm-1
  EXPECT_LT(mild, 1.3);
  EXPECT_GT(strong, mild);  // an earlier detector cut-off tilts more
  // The nu^4 factor alone, far from any detector cut-off.
  const double nu532 = 1e7 / 532, nu785 = 1e7 / 785;
  EXPECT_NEAR(ratio(1000, 5000) / ratio(0, 5000),
              std::pow((nu532 - 1000) / nu532, 4) / std::pow((nu785 - 1000) / nu785, 4), 1e-9);

  // perturb() applies exactly that ratio.
  Spectrum s;
  for (double x = 150; x <= 1200; x += 1) s.x.push_back(x), s.y.push_back(1.0);
  Perturbation p;
  p.tilt_laser_nm = 532;
  std::mt19937_64 rng(1);
  const Spectrum t = perturb(s, p, rng);
  EXPECT_NEAR(t.y.back() / t.y.front(), mild, 1e-9);
}

TEST(Evaluate, ReportsQueriesBySamplesLeftInTheLibrary) {
  const std::string dir = testing::TempDir() + "/spectra_eval_buckets";
  std::filesystem::create_directories(dir);
  int sample = 0;
  // A has 4 samples (3 others for each query), the others 2 (1 other).
  for (std::size_t k = 0; k < kSet.size(); ++k)
    for (int r = 0; r < (k == 0 ? 4 : 2); ++r) {
      const Spectrum s = bands_spectrum(kSet[k].second, 0.005, ++sample);
      std::ofstream out(dir + "/" + kSet[k].first + "__R" + std::to_string(sample) + "__Raman__785__.txt");
      out << "##NAMES=" << kSet[k].first << "\n##RRUFFID=R" << sample << "\n";
      for (std::size_t i = 0; i < s.size(); ++i) out << s.x[i] << ", " << s.y[i] << "\n";
    }
  EvaluationOptions o;
  o.library_dir = dir;
  o.leave_one_sample_out = true;
  const EvaluationResult r = evaluate(o);
  EXPECT_EQ(r.queries, 14u);
  EXPECT_EQ(r.queries_by_others[0], 10u);
  EXPECT_EQ(r.queries_by_others[1], 0u);
  EXPECT_EQ(r.queries_by_others[2], 4u);
  EXPECT_EQ(r.top1_by_others[0] + r.top1_by_others[1] + r.top1_by_others[2], r.top1);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace custos::spectra
