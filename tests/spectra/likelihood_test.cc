// The likelihood score for noisy queries (raw intensities against a library
// spectrum, a smooth baseline projected out) and the class evidence.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "spectra/library.hpp"
#include "spectra/likelihood.hpp"
#include "spectra/search.hpp"

namespace custos::spectra {
namespace {

double norm2(const std::vector<double>& v) {
  double s = 0;
  for (const double x : v) s += x * x;
  return s;
}

std::vector<double> band(std::size_t n, double centre, double width, double height) {
  std::vector<double> v(n);
  for (std::size_t i = 0; i < n; ++i)
    v[i] = height * std::exp(-0.5 * std::pow((static_cast<double>(i) - centre) / width, 2));
  return v;
}

TEST(BaselineBasis, RemovesSmoothCurvesAndKeepsBands) {
  const std::size_t n = 1051, first = 20, last = 1000;
  const BaselineBasis basis(first, last, 100);
  EXPECT_GE(basis.size(), 10u);
  // A cubic is in the span of cubic B-splines: removed exactly.
  std::vector<double> cubic(n, 0.0);
  for (std::size_t i = first; i <= last; ++i) {
    const double t = (static_cast<double>(i) - 500) / 500;
    cubic[i] = 3 + 2 * t - 4 * t * t + t * t * t;
  }
  const double before = norm2(cubic);
  basis.project_out(cubic);
  EXPECT_LT(norm2(cubic), 1e-18 * before + 1e-18);
  // A slow wave (period 600 points, knots every 100) almost entirely.
  std::vector<double> wave(n, 0.0);
  for (std::size_t i = first; i <= last; ++i) wave[i] = std::sin(static_cast<double>(i) / 600 * 2 * M_PI);
  const double wave_before = norm2(wave);
  basis.project_out(wave);
  EXPECT_LT(norm2(wave), 1e-3 * wave_before);
  // A band 8 points wide keeps most of its energy; outside the range is zeroed.
  std::vector<double> b = band(n, 400, 4, 1);
  b[5] = 7;
  const double band_before = norm2(b) - 49;
  basis.project_out(b);
  EXPECT_EQ(b[5], 0);
  EXPECT_GT(norm2(b), 0.8 * band_before);
}

TEST(LikelihoodScore, IgnoresASmoothBaselineAndFindsTheShift) {
  const std::size_t n = 1051;
  std::vector<double> t = band(n, 300, 4, 1), other = band(n, 310, 4, 1);
  for (const auto& [c, h] : {std::pair{520.0, 0.4}, {800.0, 0.7}}) {
    const std::vector<double> b = band(n, c, 5, h);
    for (std::size_t i = 0; i < n; ++i) t[i] += b[i], other[i] += b[i];
  }
  // The query: the template moved up the axis by 2 points, on a curved
  // baseline stronger than its bands, with white noise.
  std::mt19937 rng(3);
  std::normal_distribution<double> noise(0, 0.05);
  std::vector<double> raw(n, 0.0), raw_flat(n, 0.0);
  for (std::size_t i = 10; i < n - 10; ++i) {
    const double x = static_cast<double>(i) / n;
    const double e = noise(rng);
    raw_flat[i] = t[i - 2] + e;
    raw[i] = raw_flat[i] + 2.5 + 3 * x - 2 * x * x * x;
  }
  const LikelihoodQuery q(raw, 10, n - 11, 100), flat(raw_flat, 10, n - 11, 100);
  EXPECT_NEAR(likelihood_score(q, t, 2), likelihood_score(flat, t, 2), 1e-9);
  EXPECT_GT(likelihood_score(q, t, 2), 0.85);
  for (const int s : {-3, -1, 0, 1, 3}) EXPECT_GT(likelihood_score(q, t, 2), likelihood_score(q, t, s));
  EXPECT_GT(likelihood_score(q, t, 2), likelihood_score(q, other, 2));
  // A flat template or query scores 0.
  EXPECT_EQ(likelihood_score(q, std::vector<double>(n, 0.0), 0), 0);
  EXPECT_EQ(likelihood_score(LikelihoodQuery(std::vector<double>(n, 1.0), 10, n - 11, 100), t, 0), 0);
}

// Twelve substances of three to four bands, several pairs close in position.
Spectrum substance(unsigned k, double noise, unsigned seed, bool baseline) {
  std::mt19937 design(1000 + k), rng(seed);
  std::uniform_real_distribution<double> pos(200, 1150), height(0.3, 1), width(4, 9);
  std::vector<std::tuple<double, double, double>> bands;
  const int count = 3 + static_cast<int>(k % 2);
  for (int b = 0; b < count; ++b)
    bands.emplace_back(pos(design), b == 0 ? 1.0 : height(design), width(design));
  if (k % 3 == 1) std::get<0>(bands[1]) = std::get<0>(bands[0]) + 25;  // close bands
  std::normal_distribution<double> n(0, 1);
  Spectrum s;
  for (double x = 120; x <= 1250; x += 0.5) {
    double y = 0;
    for (const auto& [c, h, w] : bands) y += h * std::exp(-0.5 * std::pow((x - c) / w, 2));
    if (baseline) y += 0.8 * std::exp(-std::pow((x - 700) / 500, 2));
    s.x.push_back(x);
    s.y.push_back(y + noise * n(rng));
  }
  return s;
}

TEST(LikelihoodScore, LiftsNoisySyntheticQueriesOverTheHqiAlone) {
  // Noise 1.5 x the strongest band on the raw 0.5 cm-1 axis (about 1 x on the grid).
  const double kNoise = 1.5;
  Library lib;
  const ControlTable none;
  for (unsigned k = 0; k < 12; ++k) {
    LibraryEntry e;
    e.name = "S" + std::to_string(k);
    e.source_id = e.name;
    lib.add(substance(k, 0.002, k + 1, false), e, none);
  }
  SearchOptions with, without;
  with.likelihood_weight = 1;
  without.likelihood_weight = 0;
  const Searcher hqi(lib, without), likely(lib, with);
  EXPECT_GT(Searcher(lib).likelihood_weight(0.3), 0);  // on by default for noisy queries
  EXPECT_EQ(hqi.likelihood_weight(0.3), 0);
  EXPECT_EQ(likely.likelihood_weight(0.01), 0);  // a clean query is untouched
  EXPECT_DOUBLE_EQ(likely.likelihood_weight(0.3), 1);
  int right_hqi = 0, right_likely = 0, n = 0;
  for (unsigned k = 0; k < 12; ++k)
    for (unsigned seed = 1; seed <= 10; ++seed, ++n) {
      const Prepared q = prepare(substance(k, kNoise, 500 + 37 * k + seed, true), lib.grid(), lib.options());
      ASSERT_GT(q.noise, 0.1);
      ASSERT_EQ(q.raw.size(), lib.grid().count);
      right_hqi += lib.entry(hqi.rank(q, 1).front().entry).name == lib.entry(k).name;
      const std::vector<Candidate> r = likely.rank(q, 1);
      right_likely += lib.entry(r.front().entry).name == lib.entry(k).name;
      EXPECT_NE(r.front().likelihood, 0);
    }
  EXPECT_GT(right_likely, right_hqi);
  EXPECT_GE(right_likely, n * 4 / 5);  // measured 112 of 120 against 96 for the HQI alone
  // Clean queries rank exactly as without the score.
  for (unsigned k = 0; k < 12; ++k) {
    const Prepared q = prepare(substance(k, 0.002, 77 + k, false), lib.grid(), lib.options());
    const auto a = hqi.rank(q, 3), b = likely.rank(q, 3);
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(a[i].entry, b[i].entry);
      EXPECT_DOUBLE_EQ(a[i].score, b[i].score);
      EXPECT_EQ(b[i].likelihood, 0);
    }
  }
}

TEST(ClassEvidence, DiscountsTheLuckiestOfManyEntriesUnderNoiseOnly) {
  // Substance "Many" has one entry equal to the query's pattern and five far
  // from it; "One" a single entry a little worse than Many's best.
  Library lib;
  const ControlTable none;
  auto add = [&](const std::string& name, const std::string& id,
                 std::vector<std::pair<double, double>> bands) {
    Spectrum s;
    for (double x = 120; x <= 1250; x += 0.5) {
      double y = 0;
      for (const auto& [c, h] : bands) y += h * std::exp(-0.5 * std::pow((x - c) / 5, 2));
      s.x.push_back(x);
      s.y.push_back(y);
    }
    LibraryEntry e;
    e.name = name;
    e.source_id = id;
    lib.add(s, e, none);
  };
  add("Many", "M0", {{400, 1}, {700, 0.6}, {1000, 0.5}});
  for (int k = 1; k <= 5; ++k) add("Many", "M" + std::to_string(k), {{400, 1}, {500 + 20.0 * k, 0.9}});
  add("One", "O", {{400, 1}, {700, 0.6}, {1000, 0.35}, {880, 0.1}});
  for (int k = 0; k < 20; ++k)
    add("Other" + std::to_string(k), "X" + std::to_string(k), {{160 + 50.0 * k, 1}});
  SearchOptions warm;
  warm.class_temperature = 5;
  warm.resolution_blur_cm = 0;
  SearchOptions cold = warm;
  cold.class_temperature = 0;
  const Searcher evidence(lib, warm), best(lib, cold);
  EXPECT_EQ(evidence.class_temperature(0.01), 0);
  EXPECT_DOUBLE_EQ(evidence.class_temperature(0.5), 5);
  std::mt19937 rng(9);
  std::normal_distribution<double> n(0, 0.25);
  Spectrum query;
  for (double x = 120; x <= 1250; x += 0.5) {
    double y = 0;
    for (const auto& [c, h] : {std::pair{400.0, 1.0}, {700.0, 0.6}, {1000.0, 0.45}})
      y += h * std::exp(-0.5 * std::pow((x - c) / 5, 2));
    query.x.push_back(x);
    query.y.push_back(y + n(rng));
  }
  const Prepared q = prepare(query, lib.grid(), lib.options());
  ASSERT_GT(q.noise, 0.1);
  const auto by_best = best.rank(q, 2), by_evidence = evidence.rank(q, 2);
  ASSERT_EQ(by_best.size(), 2u);
  ASSERT_EQ(by_evidence.size(), 2u);
  EXPECT_EQ(lib.entry(by_best[0].entry).name, "Many");
  EXPECT_EQ(lib.entry(by_evidence[0].entry).name, "One");
  // A single-entry substance keeps its score; evidence never exceeds the best entry.
  for (const Candidate& c : by_evidence)
    for (const Candidate& d : by_best)
      if (lib.entry(c.entry).name == lib.entry(d.entry).name) {
        if (lib.entry(c.entry).name == "One") {
          EXPECT_NEAR(c.score, d.score, 1e-9);
        }
        EXPECT_LE(c.score, d.score + 1e-9);
      }
}

}  // namespace
}  // namespace custos::spectra

namespace custos::spectra {
namespace {

Spectrum bands_from(const std::vector<std::pair<double, double>>& bands, double from = 120,
                    double to = 1250) {
  Spectrum s;
  for (double x = from; x <= to; x += 0.5) {
    double y = 0;
    for (const auto& [c, h] : bands) y += h * std::exp(-0.5 * std::pow((x - c) / 5, 2));
    s.x.push_back(x);
    s.y.push_back(y);
  }
  return s;
}

TEST(OverlapScoring, JudgesOnlyTheRangeBothMeasured) {
  Library lib;
  const ControlTable none;
  LibraryEntry e;
  e.name = "Long";
  e.source_id = "L";
  lib.add(bands_from({{300, 1}, {600, 0.5}, {1100, 0.9}}), e, none);  // a strong band past the query's end
  e.name = "Other";
  e.source_id = "O";
  lib.add(bands_from({{320, 1}, {640, 0.5}, {1150, 0.9}}), e, none);
  const Prepared q = prepare(bands_from({{300, 1}, {600, 0.5}}, 120, 1000), lib.grid(), lib.options());
  SearchOptions on;
  on.overlap_scoring = true;
  const auto plain = Searcher(lib).rank(q, 2), overlap = Searcher(lib, on).rank(q, 2);
  ASSERT_EQ(lib.entry(plain.front().entry).name, "Long");
  ASSERT_EQ(lib.entry(overlap.front().entry).name, "Long");
  EXPECT_LT(plain.front().hqi, 95);
  EXPECT_GT(overlap.front().hqi, 98);
  // Equal ranges: the same scores as without it.
  const Prepared full = prepare(bands_from({{300, 1}, {600, 0.5}, {1100, 0.8}}), lib.grid(), lib.options());
  EXPECT_NEAR(Searcher(lib).rank(full, 1).front().hqi, Searcher(lib, on).rank(full, 1).front().hqi, 1e-6);
}

TEST(SecondLook, APairsDiscriminantOrdersACloseCall) {
  // P's samples differ in the height of the 500 cm-1 band (orientation); Q's
  // carry a weak band at 700 cm-1 that P never has, and taller 500 bands.
  Library lib;
  const ControlTable none;
  int id = 0;
  for (const double h : {0.3, 0.6, 0.9}) {
    LibraryEntry e;
    e.name = "P";
    e.source_id = "P" + std::to_string(id++);
    lib.add(bands_from({{300, 1}, {500, h}, {900, 0.5}}), e, none);
  }
  for (const double h : {1.3, 1.6, 1.9}) {
    LibraryEntry e;
    e.name = "Q";
    e.source_id = "Q" + std::to_string(id++);
    lib.add(bands_from({{300, 1}, {500, h}, {900, 0.5}, {700, 0.08}}), e, none);
  }
  for (int k = 0; k < 10; ++k) {
    LibraryEntry e;
    e.name = "X" + std::to_string(k);
    e.source_id = e.name;
    lib.add(bands_from({{180 + 100.0 * k, 1}, {230 + 100.0 * k, 0.5}}), e, none);
  }
  // A P sample whose 500 band is taller than any P in the library.
  const Prepared q = prepare(bands_from({{300, 1}, {500, 1.8}, {900, 0.5}}), lib.grid(), lib.options());
  SearchOptions look;
  look.pair_margin = 50;
  const auto plain = Searcher(lib).rank(q, 2), second = Searcher(lib, look).rank(q, 2);
  ASSERT_EQ(plain.size(), 2u);
  EXPECT_EQ(lib.entry(plain[0].entry).name, "Q");
  EXPECT_EQ(lib.entry(second[0].entry).name, "P");
  EXPECT_EQ(lib.entry(second[1].entry).name, "Q");
  // Outside the margin, or with too few visible entries, the order stays.
  look.pair_margin = 1e-9;
  EXPECT_EQ(lib.entry(Searcher(lib, look).rank(q, 2)[0].entry).name, "Q");
  look.pair_margin = 50;
  std::vector<char> hidden(lib.size(), 0);
  hidden[0] = hidden[1] = 1;  // one P sample left
  EXPECT_EQ(lib.entry(Searcher(lib, look).rank(q, 2, &hidden)[0].entry).name, "Q");
}

}  // namespace
}  // namespace custos::spectra
