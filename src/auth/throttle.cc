#include "auth/throttle.hpp"

#include <algorithm>

#include "auth/secret.hpp"
#include "core/clock.hpp"

namespace custos::auth {

long long throttle_wait(Store& store, const std::string& administration, const std::string& subject) {
  auto r = store.sql().query_one(
      "SELECT blocked_until FROM login_throttle WHERE administration = $1 AND subject = $2",
      {sql::text(administration), sql::text(subject)});
  if (!r) return 0;
  return std::max(0LL, parse_utc(r->text(0)) - unix_now());
}

int throttle_fail(Store& store, const std::string& administration, const std::string& subject,
                  const ThrottlePolicy& policy) {
  sql::Session& db = store.sql();
  sql::Transaction tx(db);
  auto r = db.query_one("SELECT failures FROM login_throttle WHERE administration = $1 AND subject = $2",
                        {sql::text(administration), sql::text(subject)});
  const int failures = static_cast<int>(r ? r->integer(0) + 1 : 1);
  const long long now = unix_now();
  long long blocked = now;
  if (failures >= policy.max_failures) {
    long long delay = policy.base_delay_seconds;
    for (int i = policy.max_failures; i < failures && delay < policy.max_delay_seconds; ++i) delay *= 2;
    blocked = now + std::min(delay, policy.max_delay_seconds);
  }
  db.execute(
      "INSERT INTO login_throttle(administration, subject, failures, last_failure_at, blocked_until) "
      "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (administration, subject) DO UPDATE SET "
      "failures = excluded.failures, last_failure_at = excluded.last_failure_at, "
      "blocked_until = excluded.blocked_until",
      {sql::text(administration), sql::text(subject), sql::integer(failures), sql::text(utc_iso(now)),
       sql::text(utc_iso(blocked))});
  tx.commit();
  return failures;
}

void throttle_reset(Store& store, const std::string& administration, const std::string& subject) {
  store.sql().execute("DELETE FROM login_throttle WHERE administration = $1 AND subject = $2",
                      {sql::text(administration), sql::text(subject)});
}

}  // namespace custos::auth
