#pragma once
// A calendar date, stored as days since 1970-01-01 so that windows and
// "before this declaration" tests are integer comparisons.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace custos {

class Date {
 public:
  Date() = default;
  static Date from_days(int32_t days) { return Date(days); }
  static std::optional<Date> from_ymd(int year, int month, int day);

  // "YYYY-MM-DD" (ISO 8601) or "YYYYMMDD"; the date must exist (no 2021-02-30).
  static std::optional<Date> parse(std::string_view text);

  int32_t days() const { return days_; }
  int year() const;
  std::string str() const;  // YYYY-MM-DD

  Date plus_days(int32_t n) const { return Date(days_ + n); }

  friend bool operator==(Date, Date) = default;
  friend auto operator<=>(Date, Date) = default;

 private:
  explicit Date(int32_t days) : days_(days) {}
  int32_t days_ = 0;
};

}  // namespace custos
