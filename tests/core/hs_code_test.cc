#include "core/hs_code.hpp"

#include <gtest/gtest.h>

namespace custos {
namespace {

TEST(HsCode, KeepsLeadingZerosAndLength) {
  auto c = HsCode::parse("010620");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->length(), 6);
  EXPECT_EQ(c->str(), "010620");
  EXPECT_EQ(c->chapter().str(), "01");
  EXPECT_EQ(c->heading().str(), "0106");
}

TEST(HsCode, AcceptsDotsAndSpacesBetweenDigits) {
  EXPECT_EQ(HsCode::parse("3915.10")->str(), "391510");
  EXPECT_EQ(HsCode::parse("8471 30 00 00")->str(), "8471300000");
}

TEST(HsCode, RejectsWhatIsNotACode) {
  for (const char* bad : {"", "1", "39A510", "3915.", ".3915", "12345678901", "39..15", "-391510"})
    EXPECT_FALSE(HsCode::parse(bad)) << bad;
}

TEST(HsCode, PrefixTestIsByDigitsNotByValue) {
  auto code = *HsCode::parse("0106201000");
  EXPECT_TRUE(code.starts_with(*HsCode::parse("01")));
  EXPECT_TRUE(code.starts_with(*HsCode::parse("010620")));
  EXPECT_FALSE(code.starts_with(*HsCode::parse("10")));
  // "0106" and "106" differ only by the leading zero; length keeps them apart
  EXPECT_FALSE(HsCode::parse("1062")->starts_with(*HsCode::parse("0106")));
  EXPECT_FALSE(HsCode::parse("01")->starts_with(*HsCode::parse("0106")));
}

}  // namespace
}  // namespace custos
