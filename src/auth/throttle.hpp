#pragma once
// Login throttling: after `max_failures` failed logins in a row for a user,
// or from a client address, further attempts for it are refused for a delay
// that starts at `base_delay_seconds` and doubles with every further failure
// up to `max_delay_seconds`. A successful login resets both counters. The
// counters live in the store, so every server process on it sees them.
#include <string>

#include "store/store.hpp"

namespace custos::auth {

struct ThrottlePolicy {
  int max_failures = 5;
  long long base_delay_seconds = 30;
  long long max_delay_seconds = 15 * 60;
};

// Seconds until `subject` may try again (0: now). Subjects are
// "user:NAME" and "address:IP", kept under `administration`.
long long throttle_wait(Store& store, const std::string& administration, const std::string& subject);
// Counts one more failure; returns the failures in a row.
int throttle_fail(Store& store, const std::string& administration, const std::string& subject,
                  const ThrottlePolicy& policy);
void throttle_reset(Store& store, const std::string& administration, const std::string& subject);

}  // namespace custos::auth
