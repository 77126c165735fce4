#pragma once
// The wall clock, in the forms records keep: UTC ISO 8601 text and today's
// date. One place, so tests and exercises can reason about time.
#include <cstdint>
#include <string>

#include "core/date.hpp"

namespace custos {

// "2026-11-27T19:05:41Z"
std::string utc_now();
// "2026-11-27T19:05:41.123Z", for records that may follow each other within a second.
std::string utc_now_ms();
// Seconds since 1970-01-01 UTC.
int64_t unix_now();
// "2026-11-27T19:05:41Z" for a given number of seconds since 1970-01-01 UTC.
std::string utc_iso(int64_t unix_seconds);
Date today_utc();

}  // namespace custos
