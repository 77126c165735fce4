#include <gtest/gtest.h>

#include "risk/concentration.hpp"
#include "risk/naive_evaluator.hpp"
#include "risk/profile_engine.hpp"
#include "risk/text_fold.hpp"
#include "risk_fixtures.hpp"

namespace custos::risk {
namespace {

using testing::header;
using testing::load_text;

std::vector<SubstanceName> names(std::initializer_list<const char*> entries) {
  std::vector<SubstanceName> out;
  for (const char* e : entries) {
    std::string err;
    auto n = substance_name(e, &err);
    EXPECT_TRUE(n) << e << ": " << err;
    if (n) out.push_back(*n);
  }
  return out;
}

// The percentages read for the substances in a description, in text order.
std::vector<double> read(std::string_view description, const std::vector<SubstanceName>& of) {
  ConcentrationText t;
  t.read(fold_text(description));
  std::vector<ConcentrationPair> pairs;
  t.pairs(of, pairs);
  std::vector<double> out;
  for (const auto& p : pairs) out.push_back(p.percent);
  return out;
}

using V = std::vector<double>;

TEST(Concentration, ANumberAfterTheNameWithNoOtherNumberBetween) {
  auto peroxide = names({"hydrogen peroxide", "h2o2", "peroxide", "peroxyde*"});
  EXPECT_EQ(read("hydrogen peroxide 35%", peroxide), (V{35, 35}));  // the phrase and its last word
  EXPECT_EQ(read("Peroxide solution, stabilised, 50 % w/w", peroxide), V{50});
  EXPECT_EQ(read("H2O2: 12,5 %", peroxide), V{12.5});
  EXPECT_EQ(read("Hydrogen Peroxide (35%)", names({"hydrogen peroxide"})), V{35});
  EXPECT_EQ(read("nitric acid (65%)", names({"nitric acid"})), V{65});
  EXPECT_EQ(read("H2O2 content min. 35 percent", peroxide), V{35});
  EXPECT_EQ(read("peroxyde 30 pour cent", peroxide), V{30});
  EXPECT_EQ(read("Wasserstoffperoxid 35 Prozent", names({"wasserstoffperoxid*"})), V{35});
  EXPECT_EQ(read("ácido nítrico 68 por ciento", names({"acido nitrico"})), V{68});
  // too far: more than five words between
  EXPECT_EQ(read("peroxide for the cleaning of old teak garden furniture 35 %", peroxide), V{});
  // a number that is not a percentage comes first
  EXPECT_EQ(read("hydrogen peroxide 35 kg drum 50 %", names({"hydrogen peroxide"})), V{});
  // a CAS number is not a number
  EXPECT_EQ(read("hydrogen peroxide CAS 7722-84-1, 35 %", names({"hydrogen peroxide"})), V{35});
  // ';' and '+' start another component
  EXPECT_EQ(read("hydrogen peroxide; acetic acid 15 %", names({"hydrogen peroxide"})), V{});
  EXPECT_EQ(read("H2O2 + peracetic acid 15 %", peroxide), V{});
}

TEST(Concentration, ANumberBeforeTheNameJoinedByNothingOrJoiningWords) {
  EXPECT_EQ(read("35% hydrogen peroxide", names({"hydrogen peroxide"})), V{35});
  EXPECT_EQ(read("12,5 % de peroxyde d'hydrogène", names({"peroxyde d hydrogene"})), V{12.5});
  EXPECT_EQ(read("12,5 % de peroxyde d’hydrogène", names({"peroxyde*"})), V{12.5});
  EXPECT_EQ(read("68 % w/w nitric acid", names({"nitric acid"})), V{68});
  EXPECT_EQ(read("68 wt.% nitric acid", names({"nitric acid"})), V{68});
  EXPECT_EQ(read("HNO3 68 wt%", names({"hno3"})), V{68});
  EXPECT_EQ(read("68 % wt. nitric acid", names({"nitric acid"})), V{68});
  EXPECT_EQ(read("solution of 30 % of nitromethane", names({"nitromethane"})), V{30});
  EXPECT_EQ(read("35%ige Wasserstoffperoxidlösung", names({"wasserstoffperoxid*"})), V{35});
  EXPECT_EQ(read("soluzione al 40 % di clorato di potassio", names({"clorato di potassio"})), V{40});
  // a comma or another word between: not this substance's percentage
  EXPECT_EQ(read("35 %, hydrogen peroxide", names({"hydrogen peroxide"})), V{});
  EXPECT_EQ(read("35 % stabilised hydrogen peroxide", names({"hydrogen peroxide"})), V{});
}

TEST(Concentration, DecimalCommaPercentWordsAndRanges) {
  auto acid = names({"nitric acid"});
  EXPECT_EQ(read("nitric acid 3.5%", acid), V{3.5});
  EXPECT_EQ(read("nitric acid 3,5 %", acid), V{3.5});
  EXPECT_EQ(read("nitric acid 30-35 %", acid), V{35});
  EXPECT_EQ(read("nitric acid 30 – 35 %", acid), V{35});
  EXPECT_EQ(read("nitric acid 30 to 35 %", acid), V{35});
  EXPECT_EQ(read("nitric acid 30 % - 35 %", acid), V{35});
  EXPECT_EQ(read("30-35 % nitric acid", acid), V{35});
  EXPECT_EQ(read("nitric acid 65 per cent", acid), V{65});
  EXPECT_EQ(read("nitric acid 65 procent", acid), V{65});
  EXPECT_EQ(read("nitric acid 65％", acid), V{65});
  EXPECT_EQ(read("nitric acid 65 ‰", acid), V{});  // per mille
  EXPECT_EQ(read("nitric acid 65", acid), V{});    // no percent sign
}

TEST(Concentration, ANumberOfSomethingElseNeverPairs) {
  auto peroxide = names({"hydrogen peroxide", "peroxide"});
  EXPECT_EQ(read("Hydrogen peroxide 3 %, 500 ml bottle, 12 pcs", names({"hydrogen peroxide"})), V{3});
  EXPECT_EQ(read("Nitric acid 65 % - 2.5 l", names({"nitric acid"})), V{65});
  EXPECT_EQ(read("peroxide 6 % 20 vol", peroxide), V{6});
  EXPECT_EQ(read("peroxide 20vol 6 %", peroxide), V{});
  EXPECT_EQ(read("peroxide 500 ml 6 %", peroxide), V{});
  EXPECT_EQ(read("hydrogen peroxide 1 l bottle", peroxide), V{});
}

TEST(Concentration, SeveralSubstancesOrPercentagesHoldIfAnyPairingIs) {
  ConcentrationTest t;
  t.of = names({"nitric acid", "sulphuric acid"});
  t.bounds.above = 15;
  ConcentrationText text;
  text.read(fold_text("Sulphuric acid 10 %, nitric acid 68 %"));
  auto p = text.first_within(t);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->name, "nitric acid");
  EXPECT_EQ(p->percent, 68);
  text.read(fold_text("Sulphuric acid 10 %, nitric acid 8 %"));
  EXPECT_FALSE(text.first_within(t));
  text.read(fold_text("nitric acid 2 % and 20 % sulphuric acid"));
  EXPECT_EQ(text.first_within(t)->name, "sulphuric acid");
}

TEST(Concentration, BoundsAtTheLimit) {
  ConcentrationTest t;
  t.of = names({"hydrogen peroxide"});
  t.bounds.above = 12;
  ConcentrationText text;
  auto holds = [&](const char* d) {
    text.read(fold_text(d));
    return text.first_within(t).has_value();
  };
  EXPECT_FALSE(holds("hydrogen peroxide 12 %"));
  EXPECT_FALSE(holds("hydrogen peroxide 12.0 %"));
  EXPECT_FALSE(holds("hydrogen peroxide 12,0%"));
  EXPECT_TRUE(holds("hydrogen peroxide 12,5 %"));
  EXPECT_TRUE(holds("hydrogen peroxide 12.01 %"));
  EXPECT_FALSE(holds("hydrogen peroxide 11.9 %"));
  t.bounds = {};
  t.bounds.min = 12;
  EXPECT_TRUE(holds("hydrogen peroxide 12 %"));
  t.bounds = {};
  t.bounds.max = 12;
  EXPECT_TRUE(holds("hydrogen peroxide 12 %"));
  EXPECT_FALSE(holds("hydrogen peroxide 12.5 %"));
  t.bounds = {};
  t.bounds.below = 12;
  EXPECT_FALSE(holds("hydrogen peroxide 12 %"));
  EXPECT_TRUE(holds("hydrogen peroxide 3 %"));
}

TEST(Concentration, EvidenceSaysWhatWasReadAndTheLimit) {
  ConcentrationTest t;
  t.of = names({"hydrogen peroxide", "h2o2"});
  t.bounds.above = 12;
  ConcentrationText text;
  text.read(fold_text("Hydrogen Peroxide 35% technical"));
  EXPECT_EQ(text.evidence(t), "hydrogen peroxide 35 % (above 12 %)");
  text.read(fold_text("H2O2: 12,5 %"));
  EXPECT_EQ(text.evidence(t), "h2o2 12.5 % (above 12 %)");
  text.read(fold_text("H2O2: 3 %"));
  EXPECT_EQ(text.evidence(t), "");
  t.bounds = {};
  t.bounds.min = 3;
  t.bounds.below = 40;
  text.read(fold_text("H2O2 3 %"));
  EXPECT_EQ(text.evidence(t), "h2o2 3 % (at least 3 % and below 40 %)");
}

TEST(Concentration, SubstanceNamesAreDescriptionWordsOnly) {
  std::string err;
  EXPECT_FALSE(substance_name("re:peroxide", &err));
  EXPECT_NE(err.find("regular expression"), std::string::npos);
  EXPECT_FALSE(substance_name("per*oxide", &err));
  EXPECT_NE(err.find("'*'"), std::string::npos);
  EXPECT_FALSE(substance_name("", &err));
  EXPECT_FALSE(substance_name("2 4 dinitro", &err));
  EXPECT_NE(err.find("letter"), std::string::npos);
  auto cas = substance_name("7722-84-1", &err);
  ASSERT_TRUE(cas);
  EXPECT_TRUE(cas->cas);
  EXPECT_EQ(read("CAS 7722-84-1: 35 %", {*cas}), V{35});
  EXPECT_EQ(read("35 % 7722-84-1", {*cas}), V{35});
  EXPECT_EQ(read("7722-84-12 35 %", {*cas}), V{});
  auto n = substance_name("Peroxyde* d'Hydrogène", &err);
  ASSERT_TRUE(n);
  EXPECT_EQ(n->words, (std::vector<std::string>{"peroxyde", "d", "hydrogene"}));
  EXPECT_EQ(n->prefix, (std::vector<bool>{true, false, false}));
}

// ----- in profiles -----

std::vector<Profile> load_ok(const std::string& text) {
  LoadResult r = load_text(text);
  for (const auto& e : r.errors) ADD_FAILURE() << e.str();
  return r.profiles;
}

Declaration item(const std::string& hs, const std::string& description) {
  return testing::one_item(hs, description);
}

TEST(ProfileEngine, ConcentrationHoldsAboveTheLimitAndSaysWhatItRead) {
  auto ps =
      load_ok(header("H2O2") +
              "[profile.when]\nconcentration = { of = [\"hydrogen peroxide\", \"h2o2\"], above = 12 }\n" +
              header("ACIDS") +
              "[profile.when]\nhs = [\"2808\", \"2807\"]\nconcentration = [ { of = [\"nitric acid\"], above "
              "= 3 },\n  { of = [\"sulphuric acid\"], above = 15 } ]\n" +
              header("LOW") +
              "[profile.when]\nhs = [\"2847\"]\nnot = { concentration = { of = [\"hydrogen peroxide\"], "
              "min = 12 } }\n");
  ProfileEngine engine(ps);
  NaiveEvaluator naive(ps);
  auto fired = [&](const Declaration& d) {
    std::vector<ProfileHit> a, b;
    engine.match(d, a);
    naive.match(d, b);
    std::vector<std::string> ids, naive_ids;
    for (const auto& h : a) ids.push_back(ps[h.profile].id);
    for (const auto& h : b) naive_ids.push_back(ps[h.profile].id);
    EXPECT_EQ(ids, naive_ids) << d.items[0].description;
    return ids;
  };
  using S = std::vector<std::string>;
  EXPECT_EQ(fired(item("284700", "hydrogen peroxide 12.5 %")), S{"H2O2"});
  EXPECT_EQ(fired(item("284700", "hydrogen peroxide 12 %")), S{});
  EXPECT_EQ(fired(item("284700", "hydrogen peroxide 3 %, 500 ml")), S{"LOW"});
  EXPECT_EQ(fired(item("284700", "hydrogen peroxide, 1 l")), S{"LOW"});
  EXPECT_EQ(fired(item("280800", "nitric acid 3.5 %")), S{"ACIDS"});
  EXPECT_EQ(fired(item("280800", "nitric acid 3 %")), S{});
  EXPECT_EQ(fired(item("280700", "sulphuric acid 15 %, nitric acid 2 %")), S{});
  EXPECT_EQ(fired(item("280700", "sulphuric acid 96 %")), S{"ACIDS"});
  EXPECT_EQ(fired(item("280700", "")), S{});

  std::vector<ProfileHit> hits;
  engine.match(item("284700", "Hydrogen peroxide 35 % w/w, 25 kg"), hits);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].fields["concentration"], "hydrogen peroxide 35 % (above 12 %)");
  engine.match(item("280700", "98 % sulphuric acid"), hits);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].fields["concentration"], "sulphuric acid 98 % (above 15 %)");
  EXPECT_EQ(hits[0].fields["hs"], "280700");
  EXPECT_EQ(engine.stats().indexed_by_description, 1u);  // H2O2 by its substance names
  EXPECT_EQ(engine.stats().indexed_by_concentration, 1u);
}

TEST(ProfileLoader, ConcentrationErrorsNameTheirPlaceAndReason) {
  auto error_of = [](const std::string& condition) {
    LoadResult r = load_text(header("X") + "[profile.when]\nhs = [\"2847\"]\n" + condition + "\n");
    std::string all;
    for (const auto& e : r.errors) all += e.str() + "\n";
    EXPECT_FALSE(r.errors.empty()) << condition;
    if (!r.errors.empty()) {
      EXPECT_GT(r.errors[0].line, 0);
    }
    return all;
  };
  EXPECT_NE(error_of("concentration = { above = 12 }").find("'of'"), std::string::npos);
  EXPECT_NE(error_of("concentration = { of = [], above = 12 }").find("empty"), std::string::npos);
  EXPECT_NE(error_of("concentration = { of = [\"peroxide\"] }").find("no bound"), std::string::npos);
  EXPECT_NE(error_of("concentration = { of = [\"peroxide\"], min = 20, max = 10 }").find("min is greater"),
            std::string::npos);
  EXPECT_NE(error_of("concentration = { of = [\"peroxide\"], above = 40, below = 12 }").find("'above'"),
            std::string::npos);
  EXPECT_NE(error_of("concentration = { of = [\"peroxide\"], abov = 12 }").find("abov"), std::string::npos);
  EXPECT_NE(error_of("concentration = { of = [\"per*oxide\"], above = 12 }").find("'*'"), std::string::npos);
  EXPECT_NE(error_of("concentration = { of = [\"re:perox\"], above = 12 }").find("regular expression"),
            std::string::npos);
  EXPECT_NE(error_of("concentration = \"peroxide\"").find("table"), std::string::npos);
  EXPECT_NE(error_of("concentration = []").find("table"), std::string::npos);
  EXPECT_NE(error_of("concentration = { of = [\"peroxide\"], above = \"12\" }").find("above"),
            std::string::npos);
}

}  // namespace
}  // namespace custos::risk
