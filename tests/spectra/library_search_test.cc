#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>
#include <regex>
#include <set>
#include <sstream>

#include "spectra/evaluate.hpp"
#include "spectra/library.hpp"
#include "spectra/search.hpp"

namespace custos::spectra {
namespace {

double gauss(double x, double centre, double width) {
  return std::exp(-0.5 * std::pow((x - centre) / width, 2));
}

// Five made-up substances, each a set of (band centre, height).
const std::vector<std::pair<std::string, std::vector<std::pair<double, double>>>> kSubstances = {
    {"Nitratine", {{1068, 1.0}, {725, 0.15}, {185, 0.2}}},
    {"Calcite", {{1086, 1.0}, {712, 0.2}, {281, 0.35}, {155, 0.2}}},
    {"Gypsum", {{1008, 1.0}, {414, 0.3}, {493, 0.25}, {618, 0.15}}},
    {"Quartz", {{465, 1.0}, {206, 0.35}, {355, 0.15}, {128, 0.3}}},
    {"Baryte", {{988, 1.0}, {462, 0.3}, {617, 0.2}, {453, 0.2}}},
};

Spectrum make(const std::vector<std::pair<double, double>>& bands, double shift = 0, double noise = 0,
              unsigned seed = 1) {
  Spectrum s;
  std::mt19937 rng(seed);
  std::normal_distribution<double> n(0, 1);
  for (double x = 120; x <= 1250; x += 0.5) {
    double y = 0;
    for (const auto& [c, h] : bands) y += h * gauss(x, c + shift, 3.5);
    s.x.push_back(x);
    s.y.push_back(y + noise * n(rng));
  }
  return s;
}

ControlTable project_controls() {
  return ControlTable::load(std::string(CUSTOS_SOURCE_DIR) + "/data/spectra/control_categories.toml");
}

Library small_library() {
  Library lib;
  const ControlTable controls = project_controls();
  int sample = 0;
  for (const auto& [name, bands] : kSubstances)
    for (int k = 0; k < 2; ++k) {
      LibraryEntry e;
      e.name = name;
      e.source_id = "S" + std::to_string(sample++);
      lib.add(make(bands, k * 0.7, 0.005, sample), e, controls);
    }
  return lib;
}

TEST(ControlTable, ProjectTableLoadsAndFindsByNameSynonymAndCas) {
  const ControlTable t = project_controls();
  EXPECT_GE(t.entries().size(), 30u);
  const auto nitratine = t.find("nitratine");
  ASSERT_TRUE(nitratine);
  EXPECT_EQ(nitratine->cas, "7631-99-4");
  EXPECT_EQ(nitratine->domain, Domain::precursors);
  EXPECT_NE(nitratine->legal_basis.find("2019/1148"), std::string::npos);
  EXPECT_EQ(t.find("", "75-45-6")->category, "ods_refrigerant");
  EXPECT_FALSE(t.find("Calcite"));
}

TEST(Library, TagsControlledEntriesAndSurvivesSaveAndLoad) {
  const Library lib = small_library();
  ASSERT_EQ(lib.size(), 10u);
  EXPECT_TRUE(lib.entry(0).control);
  EXPECT_EQ(lib.entry(0).cas, "7631-99-4");
  EXPECT_FALSE(lib.entry(2).control);
  const std::string path = testing::TempDir() + "/spectra_lib.bin";
  lib.save(path);
  const Library back = Library::load(path);
  ASSERT_EQ(back.size(), lib.size());
  EXPECT_EQ(back.entry(3).name, lib.entry(3).name);
  EXPECT_EQ(back.entry(0).control->legal_basis, lib.entry(0).control->legal_basis);
  EXPECT_EQ(back.shapes(), lib.shapes());
  EXPECT_LT(std::filesystem::file_size(path), 10 * 2500u + 2000u);
  std::filesystem::remove(path);
}

TEST(Library, CorruptFileIsRefusedWithItsName) {
  const std::string path = testing::TempDir() + "/not_a_library.bin";
  std::ofstream(path) << "hello";
  try {
    Library::load(path);
    FAIL();
  } catch (const SpectrumError& e) {
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos);
  }
  // Truncated real library.
  const Library lib = small_library();
  lib.save(path);
  std::filesystem::resize_file(path, std::filesystem::file_size(path) - 100);
  EXPECT_THROW(Library::load(path), SpectrumError);
  std::filesystem::remove(path);
}

TEST(Search, IdentifiesEachSubstanceEvenWhenShiftedAndNoisy) {
  const Library lib = small_library();
  const Searcher s(lib);
  for (const auto& [name, bands] : kSubstances) {
    const Identification id = s.identify(prepare(make(bands, 2.0, 0.05, 99), lib.grid(), lib.options()));
    ASSERT_FALSE(id.candidates.empty());
    EXPECT_EQ(lib.entry(id.candidates[0].entry).name, name);
    EXPECT_NE(id.verdict, Verdict::no_match) << name << ": " << id.explanation;
    EXPECT_GT(id.candidates[0].hqi, id.candidates[1].hqi);
    EXPECT_FALSE(id.explanation.empty());
  }
}

TEST(Search, ShiftSearchRecoversCalibrationDrift) {
  const Library lib = small_library();
  const Searcher s(lib);
  const auto cands = s.rank(prepare(make(kSubstances[3].second, 3.0), lib.grid(), lib.options()), 3);
  EXPECT_EQ(lib.entry(cands[0].entry).name, "Quartz");
  EXPECT_NEAR(cands[0].shift_cm, 3.0, 1.01);
}

TEST(Search, ControlledMatchProducesAFindingWithLegalBasis) {
  const Library lib = small_library();
  const Searcher s(lib);
  const Identification id = s.identify(prepare(make(kSubstances[0].second), lib.grid(), lib.options()));
  EXPECT_EQ(id.verdict, Verdict::match)
      << id.explanation << " " << id.candidates[0].shape_corr << " " << id.candidates[0].slope_corr;
  ASSERT_EQ(id.findings.size(), 1u);
  const Finding& f = id.findings[0];
  EXPECT_EQ(f.source, "spectrum");
  EXPECT_EQ(f.domain, Domain::precursors);
  EXPECT_NE(f.reason.find("Regulation (EU) 2019/1148"), std::string::npos);
  EXPECT_NE(f.reason.find("Nitratine"), std::string::npos);
  const auto j = to_json(id, lib);
  EXPECT_EQ(j["verdict"], "match");
  EXPECT_EQ(j["findings"][0]["evidence"]["cas"], "7631-99-4");
}

TEST(Search, UnknownSubstanceGetsNoReliableMatch) {
  const Library lib = small_library();
  const Searcher s(lib);
  const Identification id =
      s.identify(prepare(make({{333, 1.0}, {777, 0.8}, {1150, 0.5}, {250, 0.6}}), lib.grid(), lib.options()));
  EXPECT_EQ(id.verdict, Verdict::no_match) << id.explanation;
  EXPECT_TRUE(id.findings.empty());
}

TEST(Search, ExcludedEntriesAreNeverReturned) {
  const Library lib = small_library();
  const Searcher s(lib);
  std::vector<char> ex(lib.size(), 0);
  ex[6] = ex[7] = 1;  // both Quartz samples
  const auto cands = s.rank(prepare(make(kSubstances[3].second), lib.grid(), lib.options()), 5, &ex);
  for (const Candidate& c : cands) EXPECT_NE(lib.entry(c.entry).name, "Quartz");
}

// Many random band spectra: the coarse pre-filter must not lose the entry an
// exhaustive exact correlation (full grid, zero shift) ranks first.
TEST(Search, CoarsePrefilterKeepsTheExhaustiveBest) {
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> centre(160, 1190), height(0.1, 1.0);
  Library lib;
  std::vector<std::vector<std::pair<double, double>>> all;
  for (int i = 0; i < 400; ++i) {
    std::vector<std::pair<double, double>> bands;
    for (int k = 0; k < 6; ++k) bands.emplace_back(centre(rng), height(rng));
    all.push_back(bands);
    LibraryEntry e;
    e.name = "substance " + std::to_string(i);
    lib.add(make(bands, 0, 0.002, static_cast<unsigned>(i)), e, ControlTable());
  }
  SearchOptions o;
  o.max_lag = 0;
  o.rerank = 4;         // the pre-filter keeps only 2 x 4 = 8 of the 400 entries
  o.noise_blur_cm = 0;  // compare on the library's own vectors (the noise-adapted view is tested apart)
  const Searcher s(lib, o);
  const std::size_t g = lib.grid().count;
  for (int i = 0; i < 40; ++i) {
    // A noisy, slightly different query of entry i (bands moved by 1 cm-1).
    const Prepared q =
        prepare(make(all[static_cast<std::size_t>(i)], 1.0, 0.05, 1000u + i), lib.grid(), lib.options());
    std::size_t best = 0;
    double best_score = -2;
    for (std::size_t e = 0; e < lib.size(); ++e) {
      double sc = 0, dc = 0;
      for (std::size_t k = 0; k < g; ++k) {
        sc += static_cast<double>(q.shape[k]) * lib.shapes()[e * g + k];
        dc += static_cast<double>(q.slope[k]) * lib.slopes()[e * g + k];
      }
      const double v = (1 - o.slope_weight) * sc + o.slope_weight * dc;
      if (v > best_score) best_score = v, best = e;
    }
    const auto cands = s.rank(q, 1);
    ASSERT_EQ(cands.size(), 1u);
    EXPECT_EQ(cands[0].entry, best);
    EXPECT_NEAR(cands[0].hqi, 100 * best_score, 1e-3);
  }
}

TEST(Mixture, TwoComponentsAreNamedWithPlausibleShares) {
  const Library lib = small_library();
  const Searcher s(lib);
  Spectrum a = make(kSubstances[2].second), b = make(kSubstances[3].second);
  for (std::size_t i = 0; i < a.size(); ++i) a.y[i] = 0.6 * a.y[i] + 0.4 * b.y[i];
  const Mixture m = s.unmix(prepare(a, lib.grid(), lib.options()));
  ASSERT_EQ(m.components.size(), 2u);
  EXPECT_EQ(lib.entry(m.components[0].entry).name, "Gypsum");
  EXPECT_EQ(lib.entry(m.components[1].entry).name, "Quartz");
  EXPECT_NEAR(m.components[0].fraction, 0.6, 0.1);
  EXPECT_LT(m.residual, 0.1);
  EXPECT_LT(m.residual, m.single_residual);
  // A pure spectrum stays one component.
  EXPECT_EQ(s.unmix(prepare(make(kSubstances[1].second), lib.grid(), lib.options())).components.size(), 1u);
}

TEST(Evaluate, LeaveOneSampleOutOnASyntheticFolder) {
  const std::string dir = testing::TempDir() + "/spectra_eval";
  std::filesystem::create_directories(dir);
  int sample = 0;
  for (const auto& [name, bands] : kSubstances)
    for (int k = 0; k < 2; ++k) {
      const Spectrum s = make(bands, k * 0.5, 0.01, ++sample);
      std::ofstream out(dir + "/" + name + "__R" + std::to_string(sample) + "__Raman__785__.txt");
      out << "##NAMES=" << name << "\n##RRUFFID=R" << sample << "\n";
      for (std::size_t i = 0; i < s.size(); ++i) out << s.x[i] << ", " << s.y[i] << "\r\n";
    }
  // A substance with a single sample: never counted as a query.
  {
    std::ofstream out(dir + "/Lonely__R99__Raman__785__.txt");
    out << "##NAMES=Lonely\n##RRUFFID=R99\n";
    const Spectrum s = make({{640, 1}});
    for (std::size_t i = 0; i < s.size(); ++i) out << s.x[i] << ", " << s.y[i] << "\n";
  }
  EvaluationOptions o;
  o.library_dir = dir;
  o.leave_one_sample_out = true;
  o.mixtures = 10;
  const EvaluationResult r = evaluate(o);
  EXPECT_EQ(r.queries, 10u);
  EXPECT_EQ(r.no_reference, 1u);
  EXPECT_EQ(r.top1, 10u);
  EXPECT_EQ(r.mixtures, 10u);
  EXPECT_GE(r.mixtures_both, 8u);
  o.perturbation = {0.2, 3, 0.5};
  const EvaluationResult noisy = evaluate(o);
  EXPECT_GE(noisy.top1, 8u);
  std::filesystem::remove_all(dir);
}

// The explanation and the findings also come as messages the workbench
// translates; filled with the English templates of web/src/lib/messages/en.ts
// they read word for word as the server's English.
std::map<std::string, std::string> english_templates(const std::string& prefix) {
  std::ifstream in(std::string(CUSTOS_SOURCE_DIR) + "/web/src/lib/messages/en.ts");
  std::stringstream text;
  text << in.rdbuf();
  const std::string s = text.str();
  const std::regex line("'" + std::regex_replace(prefix, std::regex(R"(\.)"), R"(\.)") +
                        R"(([\w.]+)':\s*'((?:[^'\\]|\\.)*)')");
  std::map<std::string, std::string> out;
  for (auto it = std::sregex_iterator(s.begin(), s.end(), line); it != std::sregex_iterator(); ++it)
    out[(*it)[1]] = std::regex_replace((*it)[2].str(), std::regex(R"(\\')"), "'");
  return out;
}

std::string fill(std::string tpl, const nlohmann::json& params) {
  for (const auto& [k, v] : params.items()) {
    std::string value = v.get<std::string>();
    const std::string key = "{" + k + "}";
    for (size_t at = tpl.find(key); at != std::string::npos; at = tpl.find(key, at + value.size()))
      tpl.replace(at, key.size(), value);
  }
  return tpl;
}

std::string english_part(const std::map<std::string, std::string>& templates, const nlohmann::json& part) {
  auto t = templates.find(part.at("id").get<std::string>());
  if (t == templates.end()) return "<no template " + part.at("id").get<std::string>() + ">";
  nlohmann::json params = nlohmann::json::object();
  for (const auto& [k, v] : part.at("params").items()) {
    if (v.is_string()) {
      params[k] = v;
      continue;
    }
    const double x = v.at("number");
    const std::string as = v.at("as");
    char buf[64];
    std::snprintf(buf, sizeof buf,
                  as == "fixed2"   ? "%.2f"
                  : as == "signed" ? "%+.0f"
                                   : "%.0f",
                  as == "pct" ? 100 * x : x);
    params[k] = std::string(buf) + (as == "pct" ? "%" : "");
  }
  return fill(t->second, params);
}

TEST(Search, TheExplanationsMessagesReadAsItsEnglish) {
  const auto templates = english_templates("spectrum.explain.");
  const auto findings = english_templates("finding.spectrum.");
  ASSERT_GE(templates.size(), 9u);
  const Library lib = small_library();
  const Searcher s(lib);
  std::vector<Spectrum> queries;
  for (const auto& [name, bands] : kSubstances) {
    queries.push_back(make(bands));
    queries.push_back(make(bands, 4.0, 0.08, 7));
  }
  queries.push_back(make({{333, 1.0}, {777, 0.8}, {1150, 0.5}, {250, 0.6}}));
  auto blend = kSubstances[0].second;  // Nitratine and Calcite together
  for (auto [c, h] : kSubstances[1].second) blend.emplace_back(c, 0.9 * h);
  queries.push_back(make(blend, 0, 0.01, 3));
  std::set<std::string> seen;
  for (const Spectrum& q : queries) {
    const Identification id = s.identify(prepare(q, lib.grid(), lib.options()));
    const nlohmann::json j = to_json(id, lib);
    std::string english;
    for (const auto& part : j.at("explanation_parts")) {
      english += (english.empty() ? "" : " ") + english_part(templates, part);
      seen.insert(part.at("id"));
    }
    EXPECT_EQ(english, id.explanation);
    for (const Finding& f : id.findings) {
      const auto& ev = f.evidence;
      const bool named = ev.at("library_name") != ev.at("substance");
      const std::string key = "reason." + ev.at("how").get<std::string>() + (named ? ".substance" : "");
      ASSERT_TRUE(findings.count(key)) << key;
      EXPECT_EQ(fill(findings.at(key), {{"name", ev.at("library_name")},
                                        {"substance", ev.at("substance")},
                                        {"legal_basis", ev.at("legal_basis")}}),
                f.reason);
      EXPECT_EQ(fill(findings.at("instructions"), {{"substance", ev.at("substance")}}), f.instructions);
    }
  }
  EXPECT_TRUE(seen.count("match") || seen.count("match.ranked"));
  EXPECT_TRUE(seen.count("no_match"));
  EXPECT_TRUE(seen.count("likelihood"))
      << "the noisy queries are ranked with the likelihood score, and say so";
}

}  // namespace
}  // namespace custos::spectra
