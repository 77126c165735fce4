#include "core/date.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>

namespace custos {
namespace {

TEST(Date, ParsesIsoAndCompactForms) {
  EXPECT_EQ(Date::parse("2024-02-29")->str(), "2024-02-29");
  EXPECT_EQ(Date::parse("20240229")->str(), "2024-02-29");
  EXPECT_EQ(Date::parse("1970-01-01")->days(), 0);
}

TEST(Date, WritesEveryDayBackAsItWasRead) {
  // Every day of 1999-2001 and both ends of the four-digit years.
  auto d = *Date::parse("1999-01-01");
  for (int i = 0; i < 3 * 366; ++i, d = d.plus_days(1)) {
    const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{d.days()}}};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    EXPECT_EQ(d.str(), buf);
    EXPECT_EQ(Date::parse(d.str())->days(), d.days());
  }
  for (const char* s : {"0001-01-01", "0999-12-31", "9999-12-31"})
    if (auto e = Date::parse(s)) {
      EXPECT_EQ(e->str(), s);
    }
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
