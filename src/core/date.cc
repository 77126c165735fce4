#include "core/date.hpp"

#include <chrono>
#include <cstdio>

namespace custos {
namespace {

bool two_digits(std::string_view s, size_t at, int& out) {
  if (s[at] < '0' || s[at] > '9' || s[at + 1] < '0' || s[at + 1] > '9') return false;
  out = (s[at] - '0') * 10 + (s[at + 1] - '0');
  return true;
}

}  // namespace

std::optional<Date> Date::from_ymd(int year, int month, int day) {
  using namespace std::chrono;
  year_month_day ymd{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                     std::chrono::day{static_cast<unsigned>(day)}};
  if (!ymd.ok() || year < 1900 || year > 2199) return std::nullopt;
  return Date(static_cast<int32_t>(sys_days{ymd}.time_since_epoch().count()));
}

std::optional<Date> Date::parse(std::string_view s) {
  int c = 0, y = 0, m = 0, d = 0;
  if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
    if (!two_digits(s, 0, c) || !two_digits(s, 2, y) || !two_digits(s, 5, m) || !two_digits(s, 8, d))
      return std::nullopt;
  } else if (s.size() == 8) {
    if (!two_digits(s, 0, c) || !two_digits(s, 2, y) || !two_digits(s, 4, m) || !two_digits(s, 6, d))
      return std::nullopt;
  } else {
    return std::nullopt;
  }
  return from_ymd(c * 100 + y, m, d);
}

int Date::year() const {
  using namespace std::chrono;
  year_month_day ymd{sys_days{std::chrono::days{days_}}};
  return static_cast<int>(ymd.year());
}

std::string Date::str() const {
  using namespace std::chrono;
  year_month_day ymd{sys_days{std::chrono::days{days_}}};
  // Written digit by digit (snprintf was a tenth of storing a declaration).
  const int y = static_cast<int>(ymd.year());
  if (y < 0 || y > 9999) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return buf;
  }
  const unsigned m = static_cast<unsigned>(ymd.month()), d = static_cast<unsigned>(ymd.day());
  std::string out(10, '-');
  out[0] = static_cast<char>('0' + y / 1000);
  out[1] = static_cast<char>('0' + y / 100 % 10);
  out[2] = static_cast<char>('0' + y / 10 % 10);
  out[3] = static_cast<char>('0' + y % 10);
  out[5] = static_cast<char>('0' + m / 10);
  out[6] = static_cast<char>('0' + m % 10);
  out[8] = static_cast<char>('0' + d / 10);
  out[9] = static_cast<char>('0' + d % 10);
  return out;
}

}  // namespace custos
