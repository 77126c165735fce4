#pragma once
// Logging in and out. login() checks the throttle first (a throttled user or
// address is refused without looking at the password: Throttled, with the
// seconds to wait), verifies the password outside any transaction (argon2id
// is slow), rehashes it when today's limits are stronger, opens a fresh
// session and resets the counters. Every attempt is audited, in the user's
// administration (the store's own for an unknown username): login.succeeded,
// login.failed (with the reason, never the password), login.throttled.
#include <optional>
#include <string>

#include "audit/audit.hpp"
#include "auth/principal.hpp"
#include "auth/throttle.hpp"
#include "store/store.hpp"

namespace custos::auth {

struct LoginPolicy {
  SessionPolicy session;
  ThrottlePolicy throttle;
};

struct LoginResult {
  Principal principal;
  NewSession session;
};

// nullopt for wrong credentials (unknown user, disabled, wrong password: the
// caller cannot tell which); throws Throttled. Leaves `store` on the
// administration it was on.
std::optional<LoginResult> login(Store& store, const std::string& username, const std::string& password,
                                 const std::string& address, const LoginPolicy& policy);

// Revokes a session and audits the logout; false when it was not open.
bool logout(Store& store, const audit::Actor& actor, const std::string& session_id);

}  // namespace custos::auth
