// The precursor screen: band tables, peak finding, the peak-table score,
// family answers and the controlled-substance alert, on spectra synthesised
// from the tables (noise, baseline, shift) and on real RRUFF nitrates and
// sulphur.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include "spectra/control_table.hpp"
#include "spectra/precursors.hpp"
#include "spectra/reader.hpp"

namespace custos::spectra {
namespace {

const std::string kData = std::string(CUSTOS_SOURCE_DIR) + "/data";
const std::string kRruff = std::string(CUSTOS_SHARED_DATA) + "/raman/rruff-785nm";

const PrecursorReference& reference() {
  static const PrecursorReference ref = PrecursorReference::load_default(kData);
  return ref;
}
const ControlTable& controls() {
  static const ControlTable t = ControlTable::load_default(kData);
  return t;
}
const ReferenceSubstance& substance(const std::string& name) {
  for (const ReferenceSubstance& s : reference().substances())
    if (s.name == name) return s;
  throw std::runtime_error("no " + name);
}
bool covers(const PrecursorResult& r, const std::string& name) {
  for (const std::size_t i : r.indistinct)
    if (reference().substances()[i].name == name) return true;
  return false;
}

TEST(PrecursorReference, ShippedTablesLoadWithSourcesAndCoverTheAnnexISubstances) {
  const auto& subs = reference().substances();
  ASSERT_GE(subs.size(), 20u);
  for (const ReferenceSubstance& s : subs) {
    EXPECT_FALSE(s.source.empty()) << s.name;
    ASSERT_FALSE(s.bands.empty()) << s.name;
    EXPECT_DOUBLE_EQ(s.bands.front().intensity, 1.0) << s.name << ": strongest band first, = 1";
  }
  // Every Annex I substance of Regulation (EU) 2019/1148 has a table and is
  // tagged as controlled through the control table.
  for (const char* n :
       {"Ammonium nitrate", "Potassium chlorate", "Sodium chlorate", "Potassium perchlorate",
        "Sodium perchlorate", "Hydrogen peroxide", "Nitromethane", "Nitric acid", "Sulphuric acid"}) {
    const ReferenceSubstance& s = substance(n);
    const auto c = controls().find(s.name, s.cas);
    ASSERT_TRUE(c.has_value()) << n;
    EXPECT_NE(c->legal_basis.find("Annex I"), std::string::npos) << n;
  }
}

TEST(PrecursorReference, BadTablesAreRefusedWithFileAndLine) {
  const auto path = std::filesystem::temp_directory_path() / "custos_bad_bands.toml";
  {
    std::ofstream f(path);
    f << "[[substance]]\nname = \"X\"\nfamily = \"f\"\nsource = \"s\"\nbands = [[1043, 2.0, 7]]\n";
  }
  try {
    PrecursorReference::load(path.string());
    FAIL() << "accepted an intensity of 2";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(path.string() + ":1"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("out of range"), std::string::npos) << e.what();
  }
  {
    std::ofstream f(path);
    f << "[[substance]]\nname = \"X\"\nfamily = \"f\"\nbands = [[1043, 1.0, 7]]\n";
  }
  EXPECT_THROW(PrecursorReference::load(path.string()), std::runtime_error);  // no source
  std::filesystem::remove(path);
}

TEST(PrecursorScreen, FindsPeaksWhereTheBandsAre) {
  std::mt19937_64 rng(3);
  SynthesisOptions so;
  so.noise = 0.01;
  const Spectrum s = synthesise(substance("Potassium perchlorate"), so, rng);
  PrepareOptions po;
  po.blur_cm = 0;
  const Grid grid{100.0, 1.0, 1701};
  const std::vector<Peak> peaks = find_peaks(prepare(s, grid, po), grid);
  for (const Band& b : substance("Potassium perchlorate").bands) {
    const bool found = std::any_of(peaks.begin(), peaks.end(),
                                   [&](const Peak& p) { return std::abs(p.position - b.position) < 2; });
    EXPECT_TRUE(found) << b.position;
  }
}

TEST(PrecursorScreen, CleanSynthesisOfEveryTableIsCoveredByItsAnswer) {
  SynthesisOptions so;
  so.noise = 0.005;
  for (std::size_t i = 0; i < reference().substances().size(); ++i) {
    const ReferenceSubstance& s = reference().substances()[i];
    std::mt19937_64 rng(i + 1);
    const PrecursorResult r = screen_precursors(synthesise(s, so, rng), reference(), controls());
    EXPECT_NE(r.answer, PrecursorAnswer::no_match) << s.name << ": " << r.explanation;
    EXPECT_TRUE(covers(r, s.name)) << s.name << " answered " << r.label;
  }
}

TEST(PrecursorScreen, SaltsSharingTheNitrateBandGiveAFamilyAnswerAndStillAlert) {
  // Ammonium and potassium nitrate differ by 7 cm-1 in their only strong band:
  // with calibration drift allowed the screen must not pretend to know which.
  std::mt19937_64 rng(5);
  SynthesisOptions so;
  so.noise = 0.05;
  so.shift = 2;
  const PrecursorResult r =
      screen_precursors(synthesise(substance("Ammonium nitrate"), so, rng), reference(), controls());
  EXPECT_EQ(r.answer, PrecursorAnswer::family) << r.explanation;
  EXPECT_EQ(r.label, "nitrate family");
  EXPECT_TRUE(covers(r, "Ammonium nitrate"));
  EXPECT_TRUE(covers(r, "Potassium nitrate"));
  ASSERT_FALSE(r.findings.empty());
  // The alert names the Annex I restriction that the family leaves open.
  bool annex_i = false;
  for (const Finding& f : r.findings) {
    EXPECT_EQ(f.source, "spectrum");
    EXPECT_EQ(f.domain, Domain::precursors);
    EXPECT_FALSE(f.instructions.empty());
    annex_i |= f.evidence.value("substance", "") == "Ammonium nitrate" &&
               f.evidence.value("legal_basis", "").find("Annex I") != std::string::npos;
  }
  EXPECT_TRUE(annex_i);
  EXPECT_NE(r.explanation.find("cannot"), std::string::npos) << r.explanation;
}

// The workbench says a precursor finding's reason from its evidence with
// the templates finding.spectrum.reason.precursor* (web/src/lib/messages/
// en.ts): filled with the English ones, it reads as the server's reason.
std::string english_template(const std::string& id) {
  std::ifstream in(std::string(CUSTOS_SOURCE_DIR) + "/web/src/lib/messages/en.ts");
  std::stringstream text;
  text << in.rdbuf();
  const std::string s = text.str(), key = "'finding.spectrum.reason." + id + "': '";
  const size_t at = s.find(key);
  if (at == std::string::npos) return "<no template " + id + ">";
  std::string t = s.substr(at + key.size(), s.find("',\n", at) - at - key.size());
  for (size_t q = t.find("\\'"); q != std::string::npos; q = t.find("\\'", q + 1)) t.erase(q, 1);
  return t;
}

TEST(PrecursorScreen, TheReasonReadsFromTheEvidence) {
  SynthesisOptions so;
  so.noise = 0.05;
  so.shift = 2;
  std::set<std::string> kinds;
  for (std::size_t i = 0; i < reference().substances().size(); ++i) {
    std::mt19937_64 rng(i + 5);
    const PrecursorResult r =
        screen_precursors(synthesise(reference().substances()[i], so, rng), reference(), controls());
    for (const Finding& f : r.findings) {
      const nlohmann::json& ev = f.evidence;
      const bool controlled = ev.contains("legal_basis");
      const std::string id = ev.at("how").get<std::string>() + (controlled ? ".controlled" : ".hazard");
      kinds.insert(id);
      std::string t = english_template(id);
      const std::map<std::string, std::string> values = {
          {"substance", ev.at("substance")},
          {"score", std::to_string(ev.at("score_points").get<int>())},
          {"label", ev.at("label")},
          {"legal_basis", ev.value("legal_basis", "")},
          {"hazard", ev.value("hazard", "")}};
      for (const auto& [k, v] : values)
        for (size_t at = t.find("{" + k + "}"); at != std::string::npos;
             at = t.find("{" + k + "}", at + v.size()))
          t.replace(at, k.size() + 2, v);
      EXPECT_EQ(t, f.reason);
    }
  }
  EXPECT_TRUE(kinds.count("precursor.controlled")) << kinds.size();
  EXPECT_TRUE(kinds.count("precursor_maybe.controlled")) << kinds.size();
}

TEST(PrecursorScreen, SecondaryBandsSeparateChlorateFromPerchlorate) {
  std::mt19937_64 rng(7);
  SynthesisOptions so;
  so.noise = 0.02;
  so.baseline = 0.5;
  const PrecursorResult r =
      screen_precursors(synthesise(substance("Potassium perchlorate"), so, rng), reference(), controls());
  EXPECT_EQ(r.answer, PrecursorAnswer::substance) << r.explanation;
  EXPECT_EQ(r.label, "Potassium perchlorate");
  EXPECT_FALSE(covers(r, "Potassium chlorate"));
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_NE(r.findings[0].reason.find("2019/1148"), std::string::npos) << r.findings[0].reason;
}

TEST(PrecursorScreen, NoisyAndBaselineSyntheticSpectraMostlyCoveredWithoutFalseAlerts) {
  SynthesisOptions so;
  so.noise = 0.05;
  so.baseline = 1.0;
  so.shift = 3;
  so.jitter = 0.3;
  const SelfTestResult r = self_test(reference(), controls(), 5, so, 11);
  ASSERT_GT(r.spectra, 0u);
  EXPECT_GE(static_cast<double>(r.covered) / static_cast<double>(r.spectra), 0.9);
  EXPECT_GE(static_cast<double>(r.alert_raised) / static_cast<double>(r.alert_expected), 0.9);
  EXPECT_LE(static_cast<double>(r.false_alerts) / static_cast<double>(r.alert_not_expected), 0.1);
}

TEST(PrecursorScreen, PureNoiseAndAFlatLineAreNoMatch) {
  std::mt19937_64 rng(1);
  std::normal_distribution<double> n(0, 1);
  Spectrum s;
  for (double x = 100; x <= 1800; x += 1) s.x.push_back(x), s.y.push_back(100 + n(rng));
  EXPECT_EQ(screen_precursors(s, reference(), controls()).answer, PrecursorAnswer::no_match);
  EXPECT_TRUE(screen_precursors(s, reference(), controls()).findings.empty());
}

// --- real spectra (shared RRUFF data) ---------------------------------------
PrecursorResult screen_rruff(const std::string& prefix) {
  for (const auto& de : std::filesystem::directory_iterator(kRruff))
    if (de.path().filename().string().rfind(prefix, 0) == 0)
      return screen_precursors(read_spectrum(de.path().string()), reference(), controls());
  throw std::runtime_error("no file " + prefix);
}

#define SKIP_WITHOUT_RRUFF() \
  if (!std::filesystem::exists(kRruff)) GTEST_SKIP() << "shared RRUFF data absent: " << kRruff

TEST(PrecursorScreenRruff, NitratineIsSodiumNitrate) {
  SKIP_WITHOUT_RRUFF();
  for (const char* f : {"Nitratine__R050394", "Nitratine__R050658"}) {
    const PrecursorResult r = screen_rruff(f);
    EXPECT_NE(r.answer, PrecursorAnswer::no_match) << f << ": " << r.explanation;
    EXPECT_EQ(r.label, "Sodium nitrate") << f << ": " << r.explanation;
    EXPECT_FALSE(r.findings.empty()) << f;
  }
}

TEST(PrecursorScreenRruff, NiterIsPotassiumNitrateOrTheNitrateFamily) {
  SKIP_WITHOUT_RRUFF();
  const PrecursorResult r = screen_rruff("Niter__R090001");
  EXPECT_TRUE(r.answer == PrecursorAnswer::substance || r.answer == PrecursorAnswer::family) << r.explanation;
  EXPECT_TRUE(covers(r, "Potassium nitrate")) << r.label;
  EXPECT_FALSE(r.findings.empty());
}

TEST(PrecursorScreenRruff, SulphurIsSulphurWithoutAnAlert) {
  SKIP_WITHOUT_RRUFF();
  for (const char* f : {"Sulphur__R040135", "Sulphur__R050006"}) {
    const PrecursorResult r = screen_rruff(f);
    EXPECT_EQ(r.label, "Sulphur") << f << ": " << r.explanation;
    EXPECT_TRUE(r.findings.empty()) << f << ": " << r.explanation;
  }
}

TEST(PrecursorScreenRruff, CalciteAndGypsumRaiseNoAlert) {
  SKIP_WITHOUT_RRUFF();
  for (const char* f : {"Calcite__", "Gypsum__"}) {
    const PrecursorResult r = screen_rruff(f);
    EXPECT_TRUE(r.findings.empty()) << f << ": " << r.label << " / " << r.explanation;
  }
}

}  // namespace
}  // namespace custos::spectra
