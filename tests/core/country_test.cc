#include "core/country.hpp"

#include <gtest/gtest.h>

#include "core/currency.hpp"

namespace custos {
namespace {

TEST(Country, AcceptsAssignedCodesInEitherCase) {
  EXPECT_EQ(Country::parse("nl")->str(), "NL");
  EXPECT_TRUE(Country::parse("CN"));
  EXPECT_FALSE(Country::parse("NL")->is_unknown());
}

TEST(Country, AcceptsUserAssignedUnknownCodes) {
  auto zz = Country::parse("ZZ");
  ASSERT_TRUE(zz);
  EXPECT_TRUE(zz->is_unknown());
  EXPECT_TRUE(Country::parse("XK"));  // Kosovo, user-assigned but in daily use
  EXPECT_TRUE(Country::parse("QZ")->is_user_assigned());
}

TEST(Country, RejectsUnassignedAndMalformed) {
  for (const char* bad : {"", "N", "NLD", "1A", "ZY", "QA1", "UK"}) EXPECT_FALSE(Country::parse(bad)) << bad;
}

TEST(Currency, KnowsCurrentIsoCodes) {
  EXPECT_TRUE(is_iso4217_currency("USD"));
  EXPECT_TRUE(is_iso4217_currency("EUR"));
  EXPECT_TRUE(is_iso4217_currency("KRW"));
  EXPECT_FALSE(is_iso4217_currency("usd"));
  EXPECT_FALSE(is_iso4217_currency("XYZ"));
  EXPECT_FALSE(is_iso4217_currency("DEM"));  // deprecated since the euro
}

}  // namespace
}  // namespace custos
