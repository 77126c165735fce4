#include "auth/login.hpp"

#include <algorithm>

#include "auth/errors.hpp"
#include "auth/password.hpp"
#include "auth/users.hpp"

namespace custos::auth {
namespace {

// Puts the store back on its administration whatever happens.
class AdministrationScope {
 public:
  explicit AdministrationScope(Store& s) : store_(s), saved_(s.administration()) {}
  ~AdministrationScope() { store_.set_administration(saved_); }
  AdministrationScope(const AdministrationScope&) = delete;
  AdministrationScope& operator=(const AdministrationScope&) = delete;

 private:
  Store& store_;
  std::string saved_;
};

std::string printable_username(const std::string& name) {
  std::string out;
  for (char c : name.substr(0, 64)) out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? '?' : c;
  return out;
}

}  // namespace

std::optional<LoginResult> login(Store& store, const std::string& username, const std::string& password,
                                 const std::string& address, const LoginPolicy& policy) {
  AdministrationScope scope(store);
  const std::string who = printable_username(username);
  const audit::Actor actor{who, address};
  const std::optional<User> user = find_user_anywhere(store, username);
  const std::string administration = user ? user->administration : store.own_administration();
  store.set_administration(administration);
  const std::string user_subject = "user:" + who;
  const std::string address_subject = "address:" + address;

  const long long wait = std::max(throttle_wait(store, administration, user_subject),
                                  throttle_wait(store, store.own_administration(), address_subject));
  if (wait > 0) {
    audit::record(store, actor, "login.throttled", "user:" + who, {{"retry_after", wait}});
    throw Throttled(static_cast<int>(wait),
                    "too many failed logins in a row; try again in " + std::to_string(wait) + " seconds");
  }

  bool ok = false;
  std::string reason;
  std::string hash;
  if (!user) {
    spend_verification_time(password);
    reason = "unknown user";
  } else {
    hash = password_hash_of(store, username);
    ok = verify_password(hash, password);
    if (!ok)
      reason = "wrong password";
    else if (user->disabled) {
      ok = false;
      reason = "account disabled";
    }
  }

  if (!ok) {
    sql::Transaction tx(store.sql());
    const int user_failures = throttle_fail(store, administration, user_subject, policy.throttle);
    const int address_failures =
        throttle_fail(store, store.own_administration(), address_subject, policy.throttle);
    audit::record(store, actor, "login.failed", "user:" + who,
                  {{"reason", reason},
                   {"failures_in_a_row", user_failures},
                   {"failures_from_address", address_failures}});
    tx.commit();
    return std::nullopt;
  }

  const bool rehash = password_needs_rehash(hash);
  const std::string new_hash = rehash ? hash_password(password) : std::string();
  sql::Transaction tx(store.sql());
  if (rehash)
    store.sql().execute("UPDATE users SET password_hash = $1 WHERE administration = $2 AND username = $3",
                        {sql::text(new_hash), sql::text(administration), sql::text(username)});
  throttle_reset(store, administration, user_subject);
  throttle_reset(store, store.own_administration(), address_subject);
  LoginResult result;
  result.session = open_session(store, administration, username, address, policy.session);
  result.principal.username = user->username;
  result.principal.role = user->role;
  result.principal.administration = administration;
  result.principal.office = user->office;
  result.principal.method = Method::session;
  audit::record(store, actor, "login.succeeded", "user:" + who,
                {{"role", role_name(user->role)}, {"password_rehashed", rehash}});
  tx.commit();
  return result;
}

bool logout(Store& store, const audit::Actor& actor, const std::string& session_id) {
  sql::Transaction tx(store.sql());
  if (!revoke_session(store, session_id)) return false;
  audit::record(store, actor, "logout", "user:" + actor.username);
  tx.commit();
  return true;
}

}  // namespace custos::auth
