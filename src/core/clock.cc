#include "core/clock.hpp"

#include <chrono>
#include <ctime>

namespace custos {

std::string utc_iso(int64_t unix_seconds) {
  const auto t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

int64_t unix_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string utc_now() { return utc_iso(unix_now()); }

std::string utc_now_ms() {
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                      std::chrono::system_clock::now().time_since_epoch())
                      .count();
  std::string s = utc_iso(ms / 1000);
  char frac[8];
  std::snprintf(frac, sizeof frac, ".%03dZ", static_cast<int>(ms % 1000));
  s.pop_back();  // the 'Z'
  return s + frac;
}

Date today_utc() { return Date::from_days(static_cast<int32_t>(unix_now() / 86400)); }

}  // namespace custos
