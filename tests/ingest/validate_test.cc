#include "ingest/validate.hpp"

#include <gtest/gtest.h>

#include "refdata/hs_nomenclature.hpp"

namespace custos {
namespace {

RawRow minimal() {
  RawRow r;
  r.line = 2;
  r.set(Field::declaration_id, "D1");
  r.set(Field::date, "2026-03-02");
  r.set(Field::flow, "export");
  r.set(Field::hs_code, "391510");
  return r;
}

ReadRecord check(std::vector<RawRow> rows, const HsNomenclatureSet* set = nullptr) {
  return validate_declaration(rows, set);
}

TEST(Validate, MinimalRecordIsEnough) {
  auto rec = check({minimal()});
  ASSERT_TRUE(rec.ok());
  EXPECT_EQ(*rec.declaration->flow, Flow::export_);
  EXPECT_EQ(rec.declaration->items[0].item_no, 1);
}

TEST(Validate, NomenclatureChecksExistence) {
  HsNomenclatureSet set;
  set.add("2022", {{"391510", "Of polymers of ethylene", "3915", "VII", 6}});
  EXPECT_TRUE(check({minimal()}, &set).ok());
  RawRow r = minimal();
  r.set(Field::hs_code, "391599");
  auto rec = check({r}, &set);
  ASSERT_FALSE(rec.ok());
  EXPECT_NE(rec.problems[0].reason.find("not a subheading"), std::string::npos);
}

TEST(Validate, ContainerCheckDigit) {
  EXPECT_TRUE(is_valid_container_number("CSQU3054383"));  // ISO 6346's own example
  EXPECT_FALSE(is_valid_container_number("CSQU3054384"));
  EXPECT_FALSE(is_valid_container_number("CSQX3054383"));  // category must be U, J or Z
  EXPECT_FALSE(is_valid_container_number("CSQU305438"));
}

TEST(Validate, EveryProblemIsReported) {
  RawRow r = minimal();
  r.set(Field::net_mass_kg, "abc");
  r.set(Field::value, "-1");
  r.set(Field::fraud, "maybe");
  auto rec = check({r});
  ASSERT_FALSE(rec.ok());
  EXPECT_EQ(rec.problems.size(), 3u);
}

TEST(Validate, DuplicateItemNumbers) {
  RawRow a = minimal(), b = minimal();
  a.set(Field::item_no, "1");
  b.set(Field::item_no, "1");
  b.line = 3;
  auto rec = check({a, b});
  ASSERT_FALSE(rec.ok());
  EXPECT_EQ(rec.problems[0].field, "item_no");
  EXPECT_EQ(rec.problems[0].line, 3);
}

}  // namespace
}  // namespace custos
