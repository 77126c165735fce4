// Screening against the real lists: finds entries across scripts, stays
// quiet on ordinary names, explains itself, agrees with the full scan.
#include <gtest/gtest.h>

#include <filesystem>

#include <set>

#include "screen/importers.hpp"
#include "screen/screen.hpp"
#include "screen/screen_benchmark.hpp"

namespace custos::screen {
namespace {

const std::string kSanctions = std::string(CUSTOS_SHARED_DATA) + "/sanctions";

class RealLists : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!std::filesystem::exists(kSanctions)) return;
    auto all = import_ofac(kSanctions + "/ofac-sdn-2021-07");
    auto un = import_un(kSanctions + "/un-consolidated-2026-02/UN_consolidated.xml");
    all.insert(all.end(), un.begin(), un.end());
    screener_ = new Screener(std::move(all));
  }
  static void TearDownTestSuite() {
    delete screener_;
    screener_ = nullptr;
  }
  void SetUp() override {
    if (screener_ == nullptr) GTEST_SKIP() << "shared sanctions data absent: " << kSanctions;
  }
  static const ScreenResult* top(const std::vector<ScreenResult>& r) {
    return r.empty() ? nullptr : &r.front();
  }
  static Screener* screener_;
};
Screener* RealLists::screener_ = nullptr;

TEST_F(RealLists, FindsAListedBankUnderItsAlias) {
  auto r = screener_->screen("National Bank of Cuba");
  ASSERT_NE(top(r), nullptr);
  EXPECT_EQ(r[0].entity->id, "306");
  EXPECT_TRUE(r[0].alert);
  EXPECT_EQ(r[0].strength, NameStrength::strong_alias);
}

TEST_F(RealLists, ExplanationNamesEntryVariantPairsAndQualifiers) {
  ScreenQuery q;
  q.country = Country::parse("CU");
  auto r = screener_->screen("BANCO NACIONAL DE CUBA", q);
  ASSERT_NE(top(r), nullptr);
  auto j = r[0].explanation("BANCO NACIONAL DE CUBA");
  EXPECT_EQ(j["list"], "ofac");
  EXPECT_EQ(j["entry_id"], "306");
  EXPECT_EQ(j["matched_name"], "BANCO NACIONAL DE CUBA");
  EXPECT_FALSE(j["token_pairs"].empty());
  ASSERT_FALSE(j["qualifiers"].empty());
  EXPECT_EQ(j["qualifiers"][0]["qualifier"], "country");
  EXPECT_NE(j["summary"].get<std::string>().find("306"), std::string::npos);
}

TEST_F(RealLists, CountryMismatchLowersTheScore) {
  // Entry 306's only address is in Zurich.
  ScreenQuery cu, se;
  cu.country = Country::parse("CH");
  se.country = Country::parse("SE");
  auto a = screener_->screen("Banco Nacional de Cuba", cu);
  auto b = screener_->screen("Banco Nacional de Cuba", se);
  ASSERT_FALSE(a.empty());
  ASSERT_FALSE(b.empty());
  EXPECT_GT(a[0].score, b[0].score);
}

TEST_F(RealLists, ArabicAndCyrillicFindLatinEntries) {
  // OFAC's Latin names written in other scripts. (Chinese to pinyin and
  // 习近平 ~ XI Jinping are covered in the normaliser and matcher tests.)
  auto cyr = screener_->screen("Мануэль Антонио Норьега");  // NORIEGA, Manuel Antonio (OFAC 1572)
  ASSERT_NE(top(cyr), nullptr);
  EXPECT_EQ(cyr[0].entity->id, "1572");
  EXPECT_TRUE(cyr[0].alert);
  auto ar = screener_->screen("أسامة بن لادن");  // Usama bin Laden
  ASSERT_NE(top(ar), nullptr);
  EXPECT_NE(ar[0].entity->primary_name().find("LADEN"), std::string::npos) << ar[0].entity->primary_name();
  EXPECT_TRUE(ar[0].alert) << ar[0].summary("أسامة بن لادن");
}

TEST_F(RealLists, OrdinaryMultiScriptNamesDoNotAlert) {
  for (const char* name : {"Иван Сергеевич Кузнецов", "王小明", "Σοφία Παπαδοπούλου", "Anna Lindqvist",
                           "محمد عبد الله الشمري", "Giulia Bianchi", "Acme Trading Company Limited"}) {
    auto r = screener_->screen(name);
    for (const auto& x : r) EXPECT_FALSE(x.alert) << name << ": " << x.summary(name);
  }
}

TEST_F(RealLists, IndexAgreesWithFullScanOnListedNames) {
  for (const char* name :
       {"AEROCARIBBEAN AIRLINES", "Banco Nacional de Cuba", "Manuel Noriega", "ERIC BADEGE"}) {
    auto idx = screener_->screen(name);
    auto scan = screener_->screen_full_scan(name);
    ASSERT_FALSE(scan.empty()) << name;
    ASSERT_FALSE(idx.empty()) << name;
    EXPECT_EQ(idx[0].entity, scan[0].entity) << name;
    EXPECT_DOUBLE_EQ(idx[0].score, scan[0].score) << name;
  }
}

TEST_F(RealLists, KindFilter) {
  ScreenQuery q;
  q.kind = EntityKind::vessel;
  for (const auto& r : screener_->screen("HERMANN", q)) EXPECT_EQ(r.entity->kind, EntityKind::vessel);
}

// Generated list-like queries (as listed, typos, dropped or reordered words,
// words recombined from different entries): the index alerts on what the
// full scan alerts on.
TEST_F(RealLists, IndexAlertsOnWhatTheFullScanAlertsOn) {
  auto queries = make_bench_queries(*screener_, 80, 11);
  std::size_t scan_alerts = 0, found = 0;
  for (const auto& q : queries) {
    std::set<const ListEntity*> indexed;
    for (const auto& r : screener_->screen(q))
      if (r.alert) indexed.insert(r.entity);
    for (const auto& r : screener_->screen_full_scan(q))
      if (r.alert) {
        ++scan_alerts;
        found += indexed.count(r.entity);
      }
  }
  ASSERT_GT(scan_alerts, 20u);
  EXPECT_GE(static_cast<double>(found), 0.95 * static_cast<double>(scan_alerts))
      << found << " of " << scan_alerts;
}

// The candidate keys on a made-up list where a common word ("Hassan",
// "Trading") is shared by hundreds of names: spelling variants, acronyms and
// short listed names are still reached.
TEST(ScreenerIndex, ReachesVariantsBehindCommonWords) {
  std::vector<ListEntity> entities;
  auto add = [&](std::string name, EntityKind kind) {
    ListEntity e;
    e.id = std::to_string(entities.size());
    e.list = "test";
    e.kind = kind;
    e.names.push_back({std::move(name)});
    entities.push_back(std::move(e));
  };
  const char* syllables[] = {"ba", "ko", "ri", "su", "ne", "ta", "mi", "lo", "de", "fa", "gu", "pe"};
  for (int i = 0; i < 432; ++i) {
    std::string word = std::string(syllables[i % 12]) + syllables[(i / 12) % 12] + syllables[(i / 144) % 12];
    add("Hassan " + word, EntityKind::person);
    add(word + " Trading Company", EntityKind::organisation);
  }
  add("Hassan Jamil", EntityKind::person);
  add("Daesong General Trading Corporation", EntityKind::organisation);
  add("OPL", EntityKind::organisation);
  add("Karbala", EntityKind::organisation);
  add("Qasim Rahmatullah", EntityKind::person);
  Screener screener(std::move(entities));
  for (const char* query : {
           "Hassan Jamill",                        // a doubled letter
           "Daeyong General Trading Corporation",  // one letter wrong
           "Orient Pacific Lines",                 // initials of a listed acronym
           "Karbala Holdings",                     // a listed single word
           "Rahmatulah Qasim",                     // reordered, a letter dropped
           "Qasim Rahmatullha",                    // two letters swapped
       }) {
    auto scan = screener.screen_full_scan(query);
    ASSERT_TRUE(!scan.empty() && scan.front().alert) << query;
    std::set<const ListEntity*> indexed;
    for (const auto& r : screener.screen(query))
      if (r.alert) indexed.insert(r.entity);
    for (const auto& r : scan) {
      if (r.alert) {
        EXPECT_EQ(indexed.count(r.entity), 1u) << query << " -> " << r.matched_name;
      }
    }
  }
}

TEST(Screener, DeclarationPartiesBecomeStrategicFindings) {
  ListEntity e;
  e.id = "42";
  e.list = "ofac";
  e.kind = EntityKind::organisation;
  e.names.push_back({"Borealis Petrochemical Trading LLC", NameStrength::primary});
  e.countries.push_back(*Country::parse("IR"));
  e.programmes.push_back("IRAN");
  ListEntity own;
  own.id = "P-7";
  own.list = "offenders";
  own.kind = EntityKind::person;
  own.names.push_back({"Jan Kowalski", NameStrength::primary});
  Screener s({e, own});
  Declaration d;
  d.id = "D1";
  d.importer.name = "BOREALIS PETROCHEMICAL TRADING";
  d.importer.country = Country::parse("IR");
  d.exporter.name = "Kowalski, Jan";
  d.consignee.name = "Nordic Timber AB";
  auto findings = screen_declaration(s, d);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].source, "screening");
  EXPECT_EQ(findings[0].id, "ofac:42");
  EXPECT_EQ(findings[0].domain, Domain::strategic);
  EXPECT_EQ(findings[0].evidence["party_role"], "importer");
  EXPECT_NE(findings[0].reason.find("importer"), std::string::npos);
  EXPECT_FALSE(findings[0].instructions.empty());
  EXPECT_EQ(findings[1].id, "offenders:P-7");
  EXPECT_EQ(findings[1].domain, Domain::general);
}

}  // namespace
}  // namespace custos::screen
