// Each importer on the real list files, with the counts the data README
// documents, and on malformed input.
#include <gtest/gtest.h>

#include <filesystem>

#include "screen/importers.hpp"

namespace custos::screen {
namespace {

const std::string kSanctions = std::string(CUSTOS_SHARED_DATA) + "/sanctions";

#define REQUIRE_SANCTIONS_DATA() \
  if (!std::filesystem::exists(kSanctions)) GTEST_SKIP() << "shared sanctions data absent: " << kSanctions

std::size_t count(const std::vector<ListEntity>& es, NameStrength s) {
  std::size_t n = 0;
  for (const auto& e : es)
    for (const auto& name : e.names) n += name.strength == s ? 1 : 0;
  return n;
}

TEST(OfacImport, SdnCountsMatchTheDataReadme) {
  REQUIRE_SANCTIONS_DATA();
  auto es = import_ofac(kSanctions + "/ofac-sdn-2021-07");
  EXPECT_EQ(es.size(), 8976u);
  EXPECT_EQ(count(es, NameStrength::primary), 8976u);
  EXPECT_EQ(count(es, NameStrength::strong_alias), 11910u);
  // Weak aliases live in the remarks; the table alone has 2,414 a.k.a. quotes
  // and the comments table continues some remarks.
  EXPECT_GE(count(es, NameStrength::weak_alias), 2414u);
  auto bnc = std::find_if(es.begin(), es.end(), [](const ListEntity& e) { return e.id == "306"; });
  ASSERT_NE(bnc, es.end());
  EXPECT_EQ(bnc->primary_name(), "BANCO NACIONAL DE CUBA");
  EXPECT_EQ(bnc->list, "ofac");
  bool weak_bnc = std::any_of(bnc->names.begin(), bnc->names.end(), [](const EntityName& n) {
    return n.text == "BNC" && n.strength == NameStrength::weak_alias;
  });
  EXPECT_TRUE(weak_bnc);
  EXPECT_FALSE(bnc->countries.empty());
  auto noriega = std::find_if(es.begin(), es.end(), [](const ListEntity& e) { return e.id == "1572"; });
  ASSERT_NE(noriega, es.end());
  EXPECT_EQ(noriega->kind, EntityKind::person);
}

TEST(OfacImport, ConsolidatedCountsMatchTheDataReadme) {
  REQUIRE_SANCTIONS_DATA();
  auto es = import_ofac(kSanctions + "/ofac-consolidated-2025-12", "ofac-cons");
  EXPECT_EQ(es.size(), 442u);
  EXPECT_EQ(count(es, NameStrength::strong_alias), 1073u);
  auto haniya = std::find_if(es.begin(), es.end(), [](const ListEntity& e) { return e.id == "9639"; });
  ASSERT_NE(haniya, es.end());
  EXPECT_EQ(haniya->birth_years, std::vector<int>{1962});
}

TEST(UnImport, CountsMatchTheDataReadme) {
  REQUIRE_SANCTIONS_DATA();
  auto es = import_un(kSanctions + "/un-consolidated-2026-02/UN_consolidated.xml");
  std::size_t persons = 0, organisations = 0;
  for (const auto& e : es) (e.kind == EntityKind::person ? persons : organisations)++;
  EXPECT_EQ(persons, 730u);
  EXPECT_EQ(organisations, 273u);
  // Aliases (Good and Low quality) plus the 378 names in original script.
  EXPECT_EQ(count(es, NameStrength::strong_alias) + count(es, NameStrength::weak_alias), 2752u + 378u);
  EXPECT_GT(count(es, NameStrength::weak_alias), 0u);
  auto badege = std::find_if(es.begin(), es.end(), [](const ListEntity& e) { return e.id == "CDi.001"; });
  ASSERT_NE(badege, es.end());
  EXPECT_EQ(badege->primary_name(), "ERIC BADEGE");
  EXPECT_EQ(badege->birth_years, std::vector<int>{1971});
}

TEST(UkImport, CountsMatchTheDataReadme) {
  REQUIRE_SANCTIONS_DATA();
  auto es = import_uk(kSanctions + "/uk-sanctions-2026-04");
  EXPECT_EQ(es.size(), 6046u);
  EXPECT_EQ(count_names(es), 15050u);
  std::size_t ships = 0;
  for (const auto& e : es) ships += e.kind == EntityKind::vessel ? 1 : 0;
  EXPECT_EQ(ships, 632u);
  for (const auto& e : es) ASSERT_EQ(e.names.front().strength, NameStrength::primary) << e.id;
}

TEST(BisImport, EveryRowIsKept) {
  REQUIRE_SANCTIONS_DATA();
  auto es = import_bis(kSanctions + "/bis-dpl-2022-09/dpl.txt");
  std::size_t addresses = 0;
  for (const auto& e : es) addresses += e.addresses.size();
  EXPECT_EQ(addresses, 581u);  // one row per (party, address)
  // A party denied at several addresses is one entry: 459 distinct names
  // (checked independently with Python's csv module).
  EXPECT_EQ(es.size(), 459u);
}

TEST(OfacImport, ShortRecordNamesFileAndLine) {
  OfacTables t;
  std::string text =
      "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n"
      "37,\"BROKEN\"\n";
  t.primary = text;
  try {
    import_ofac_text(t, "ofac");
    FAIL() << "expected ImportError";
  } catch (const ImportError& e) {
    EXPECT_EQ(e.line(), 2u);
    EXPECT_NE(std::string(e.what()).find("sdn.csv:2"), std::string::npos) << e.what();
  }
}

TEST(OfacImport, UnterminatedQuoteIsAnError) {
  OfacTables t;
  std::string text = "36,\"AEROCARIBBEAN AIRLINES,-0- ,\"CUBA\"\n";
  t.primary = text;
  EXPECT_THROW(import_ofac_text(t, "ofac"), ImportError);
}

TEST(OfacImport, AliasForUnknownEntryIsAnError) {
  OfacTables t;
  std::string primary =
      "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n";
  std::string alt = "99,12,\"aka\",\"AERO-CARIBBEAN\",-0- \n";
  t.primary = primary;
  t.aliases = alt;
  try {
    import_ofac_text(t, "ofac");
    FAIL() << "expected ImportError";
  } catch (const ImportError& e) {
    EXPECT_EQ(e.line(), 1u);
    EXPECT_NE(std::string(e.what()).find("unknown entry number 99"), std::string::npos);
  }
}

TEST(UnImport, MalformedXmlNamesTheLine) {
  std::string xml =
      "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL>\n</INDIVIDUALS>\n";
  try {
    import_un_text(xml, "un.xml");
    FAIL() << "expected ImportError";
  } catch (const ImportError& e) {
    EXPECT_GE(e.line(), 4u);
    EXPECT_NE(std::string(e.what()).find("un.xml:"), std::string::npos);
  }
}

TEST(UnImport, WrongRootIsRefused) { EXPECT_THROW(import_un_text("<a/>", "x.xml"), ImportError); }

TEST(BisImport, MissingColumnIsRefused) {
  EXPECT_THROW(import_bis_text("\"Street\"\t\"City\"\n\"x\"\t\"y\"\n", "dpl.txt"), ImportError);
}

TEST(OwnCsvImport, ReadsOptionalColumns) {
  auto es = import_own_csv_text(
      "id,name,kind,country,aliases,birth_year\n"
      "P1,Ivan Petrov,person,RU,Ivan Petroff;I. Petrov,1970\n"
      "C1,Acme Trading LLC,organisation,Iran,,\n",
      "own.csv", "offenders");
  ASSERT_EQ(es.size(), 2u);
  EXPECT_EQ(es[0].names.size(), 3u);
  EXPECT_EQ(es[0].birth_years, std::vector<int>{1970});
  EXPECT_EQ(es[1].countries.front().str(), "IR");
  EXPECT_EQ(es[1].list, "offenders");
}

TEST(OwnCsvImport, BadValuesNameTheLine) {
  try {
    import_own_csv_text("name,country\nAcme,Atlantis\n", "own.csv", "offenders");
    FAIL() << "expected ImportError";
  } catch (const ImportError& e) {
    EXPECT_EQ(e.line(), 2u);
  }
  EXPECT_THROW(import_own_csv_text("id,alias\n1,x\n", "own.csv", "offenders"), ImportError);
}

}  // namespace
}  // namespace custos::screen
