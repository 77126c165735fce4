#include "core/date.hpp"

#include <gtest/gtest.h>

namespace custos {
namespace {

TEST(Date, ParsesIsoAndCompactForms) {
  EXPECT_EQ(Date::parse("2024-02-29")->str(), "2024-02-29");
  EXPECT_EQ(Date::parse("20240229")->str(), "2024-02-29");
  EXPECT_EQ(Date::parse("1970-01-01")->days(), 0);
}

TEST(Date, RejectsDatesThatDoNotExist) {
  for (const char* bad :
       {"2023-02-29", "2021-02-30", "2021-13-01", "2021-00-10", "2021-1-1", "21-01-01", "2021/01/01", ""})
    EXPECT_FALSE(Date::parse(bad)) << bad;
}

TEST(Date, OrdersAndAdds) {
  auto a = *Date::parse("2020-12-31");
  EXPECT_EQ(a.plus_days(1).str(), "2021-01-01");
  EXPECT_LT(a, a.plus_days(1));
  EXPECT_EQ(a.year(), 2020);
}

}  // namespace
}  // namespace custos
