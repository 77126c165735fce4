#include "ingest/mapping.hpp"

#include <gtest/gtest.h>

#include "ingest/declaration_reader.hpp"
#include "test_util.hpp"

namespace custos {
namespace {

TEST(Mapping, ShippedKoreaMappingLoads) {
  auto m = Mapping::load("korea", std::string(CUSTOS_SOURCE_DIR) + "/data");
  EXPECT_EQ(m->name(), "korea");
  EXPECT_EQ(m->constants().at(Field::currency), "KRW");
}

TEST(Mapping, ErrorsNameFileLineAndColumn) {
  try {
    Mapping::parse("name = \"x\"\n[columns]\ndeclaration_id = \"ID\"\nnot_a_field = \"Y\"\n", "bad.toml");
    FAIL() << "expected an error";
  } catch (const MappingError& e) {
    EXPECT_NE(std::string(e.what()).find("bad.toml:4:"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("not_a_field"), std::string::npos);
  }
  EXPECT_THROW(Mapping::parse("name = \"x\"\n[columns\n", "broken.toml"), MappingError);
  EXPECT_THROW(Mapping::parse("name = \"x\"\n[columns]\ndeclaration_id = \"ID\"\n", "incomplete.toml"),
               MappingError);
}

TEST(Mapping, TranslatesValuesAndFillsConstants) {
  auto m = Mapping::parse(
      "name = \"t\"\n[columns]\ndeclaration_id = \"Ref\"\ndate = \"When\"\nhs_code = \"Code\"\nflow = "
      "\"Dir\"\n"
      "[values.flow]\nI = \"import\"\nE = \"export\"\n[constants]\ncurrency = \"EUR\"\n",
      "t.toml");
  auto p = test::write_file("foreign.csv", "Ref,When,Code,Dir,Other\nR1,2026-01-05,391510,E,x\n");
  DeclarationReader r(p, ReaderOptions{std::nullopt, m.get(), nullptr});
  ReadRecord rec;
  ASSERT_TRUE(r.next(rec));
  ASSERT_TRUE(rec.ok()) << rec.problems[0].reason;
  EXPECT_EQ(*rec.declaration->flow, Flow::export_);
  EXPECT_EQ(rec.declaration->items[0].currency, "EUR");
  EXPECT_EQ(*rec.declaration->attribute("Other"), "x");
}

}  // namespace
}  // namespace custos
