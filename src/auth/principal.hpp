#pragma once
// Who is asking: the user behind a session cookie or an API token, checked
// against the store on every request (so a disabled user or a revoked
// credential stops working at once, in every server process on the store).
#include <optional>
#include <string>

#include "auth/roles.hpp"
#include "store/store.hpp"

namespace custos::auth {

enum class Method : unsigned char { session, token };

struct Principal {
  std::string username;
  Role role = Role::officer;
  std::string administration;
  std::string office;
  Method method = Method::token;
  std::string credential_hash;  // the session's or token's hash (never the credential)
};

struct SessionPolicy {
  long long idle_seconds = 30 * 60;           // a session unused this long ends
  long long absolute_seconds = 12 * 60 * 60;  // and every session ends this long after login
};

// The user behind an API token, or nullopt (unknown, revoked, user disabled).
std::optional<Principal> token_principal(Store& store, const std::string& token);

// The user behind a session id, or nullopt (unknown, revoked, expired, idle
// too long, user disabled). Records the use at most once a minute.
std::optional<Principal> session_principal(Store& store, const std::string& session_id,
                                           const SessionPolicy& policy);

struct NewSession {
  std::string id;    // for the cookie, never stored
  std::string csrf;  // for the X-CSRF-Token header
};

// A fresh session for a user (a new id at every login).
NewSession open_session(Store& store, const std::string& administration, const std::string& username,
                        const std::string& address, const SessionPolicy& policy);
// Ends a session; false when it was not open.
bool revoke_session(Store& store, const std::string& session_id);
// The CSRF token that goes with a session id: derived from it, so it needs
// no storage and is the same in every process.
std::string csrf_token(const std::string& session_id);

}  // namespace custos::auth
