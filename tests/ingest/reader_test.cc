#include "ingest/declaration_reader.hpp"

#include <gtest/gtest.h>

#include <map>

#include "test_util.hpp"

namespace custos {
namespace {

std::vector<ReadRecord> read_all(const std::string& path, ReaderOptions o = {}) {
  DeclarationReader r(path, o);
  std::vector<ReadRecord> out;
  ReadRecord rec;
  while (r.next(rec)) out.push_back(rec);
  return out;
}

TEST(DeclarationReader, MalformedFixtureIsRejectedWithTheRightLines) {
  auto recs = read_all(test::fixture("malformed.csv"));
  ASSERT_EQ(recs.size(), 14u);
  std::map<std::string, const ReadRecord*> by_id;
  for (const auto& r : recs) by_id[r.declaration_id] = &r;

  for (const char* ok : {"D1", "D7", "D14"}) EXPECT_TRUE(by_id.at(ok)->ok()) << ok;
  struct Expect {
    const char* id;
    int64_t line;
    const char* field;
  };
  for (const Expect& e :
       {Expect{"D2", 3, "hs_code"}, Expect{"D3", 4, "origin_country"}, Expect{"D4", 5, "net_mass_kg"},
        Expect{"D5", 6, "date"}, Expect{"D6", 7, "(row)"}, Expect{"D8", 10, "currency"},
        Expect{"D9", 11, "currency"}, Expect{"D10", 12, "flow"}, Expect{"D11", 13, "documents"},
        Expect{"D12", 14, "containers"}, Expect{"D13", 16, "hs_code"}}) {
    const ReadRecord& r = *by_id.at(e.id);
    ASSERT_FALSE(r.ok()) << e.id;
    ASSERT_FALSE(r.problems.empty()) << e.id;
    EXPECT_EQ(r.problems[0].line, e.line) << e.id;
    EXPECT_EQ(r.problems[0].field, e.field) << e.id << ": " << r.problems[0].reason;
    EXPECT_FALSE(r.problems[0].text.empty());
  }
  // The record after a two-line quoted field starts where it should.
  EXPECT_EQ(by_id.at("D7")->line, 8);
  EXPECT_EQ(by_id.at("D7")->declaration->items[0].description, "cashew nuts,\nW320 grade \"premium\"");
  EXPECT_EQ(by_id.at("D8")->line, 10);
}

TEST(DeclarationReader, UnknownIsAcceptedAndListsSplit) {
  auto recs = read_all(test::fixture("malformed.csv"));
  const Declaration* d14 = nullptr;
  for (const auto& r : recs)
    if (r.declaration_id == "D14") d14 = &*r.declaration;
  ASSERT_NE(d14, nullptr);
  EXPECT_TRUE(d14->items[0].origin->is_unknown());
  ASSERT_EQ(d14->transit_countries.size(), 2u);
  EXPECT_EQ(d14->transit_countries[1].str(), "TR");
  ASSERT_EQ(d14->items[0].documents.size(), 2u);
  EXPECT_EQ(d14->items[0].documents[0].type, "CITES_PERMIT");
  EXPECT_EQ(d14->items[0].documents[0].reference, "AB-1");
}

TEST(DeclarationReader, MissingRequiredColumnIsAFileError) {
  auto p = test::write_file("noflow.csv", "declaration_id,date,hs_code\nD1,2026-01-01,391510\n");
  EXPECT_THROW(DeclarationReader(p, {}), std::runtime_error);
}

TEST(DeclarationReader, UnknownColumnsAreKeptAsAttributes) {
  auto p = test::write_file(
      "extra.csv", "declaration_id,date,flow,hs_code,broker_ref\nD1,2026-01-01,import,391510,BR-9\n");
  DeclarationReader r(p, {});
  ASSERT_EQ(r.extra_columns(), std::vector<std::string>{"broker_ref"});
  ReadRecord rec;
  ASSERT_TRUE(r.next(rec));
  ASSERT_TRUE(rec.ok());
  ASSERT_NE(rec.declaration->attribute("broker_ref"), nullptr);
  EXPECT_EQ(*rec.declaration->attribute("broker_ref"), "BR-9");
  // missing numbers stay missing
  EXPECT_FALSE(rec.declaration->items[0].net_mass_kg);
}

TEST(DeclarationReader, HeaderFieldsMustAgreeAcrossItems) {
  auto p = test::write_file("disagree.csv",
                            "declaration_id,item_no,date,flow,hs_code\nD1,1,2026-01-01,import,391510\n"
                            "D1,2,2026-01-02,import,391520\n");
  auto recs = read_all(p);
  ASSERT_EQ(recs.size(), 1u);
  ASSERT_FALSE(recs[0].ok());
  EXPECT_EQ(recs[0].problems[0].field, "date");
  EXPECT_EQ(recs[0].problems[0].line, 3);
}

TEST(DeclarationReader, NdjsonReadsTheSameModel) {
  auto p = test::write_file(
      "one.ndjson",
      "{\"declaration_id\":\"N1\",\"date\":\"2026-03-02\",\"flow\":\"import\",\"transit_countries\":[\"AE\"],"
      "\"containers\":[\"MSCU1234566\"],\"items\":[{\"item_no\":1,\"hs_code\":\"080132\",\"net_mass_kg\":10."
      "5,"
      "\"value\":20,\"currency\":\"USD\",\"documents\":[{\"type\":\"CITES_PERMIT\",\"reference\":\"P-1\"}]},"
      "{\"item_no\":2,\"hs_code\":\"391510\"}],\"fraud\":1}\n"
      "\n"
      "{\"declaration_id\":\"N2\",\"date\":\"2026-03-02\",\"flow\":\"import\",\"items\":[{\"hs_code\":\"39\"}"
      "]}\n"
      "{not json\n"
      "{\"declaration_id\":\"N4\",\"date\":\"2026-03-02\",\"flow\":\"import\",\"items\":[]}\n");
  auto recs = read_all(p);
  ASSERT_EQ(recs.size(), 4u);
  ASSERT_TRUE(recs[0].ok());
  const Declaration& d = *recs[0].declaration;
  EXPECT_EQ(d.items.size(), 2u);
  EXPECT_EQ(*d.items[0].net_mass_kg, 10.5);
  EXPECT_EQ(d.items[0].documents[0].reference, "P-1");
  EXPECT_EQ(d.transit_countries[0].str(), "AE");
  EXPECT_TRUE(*d.outcome.fraud);
  EXPECT_FALSE(recs[1].ok());
  EXPECT_EQ(recs[1].line, 3);
  EXPECT_EQ(recs[1].problems[0].field, "hs_code");
  EXPECT_FALSE(recs[2].ok());
  EXPECT_EQ(recs[2].line, 4);
  EXPECT_FALSE(recs[3].ok());
  EXPECT_EQ(recs[3].declaration_id, "N4");
}

}  // namespace
}  // namespace custos
