// Users, passwords, tokens, sessions, throttling and administrations, on a
// real store.
#include <gtest/gtest.h>

#include <sodium.h>

#include <thread>

#include "auth/administrations.hpp"
#include "auth/errors.hpp"
#include "auth/login.hpp"
#include "auth/password.hpp"
#include "auth/secret.hpp"
#include "auth/users.hpp"
#include "test_util.hpp"

namespace custos::auth {
namespace {

const audit::Actor kCli{"cli:test", ""};
const std::string kPass = "a long enough password";

bool audited(Store& s, const std::string& action) {
  for (const auto& e : audit::entries(s, 0, 10000))
    if (e.action == action) return true;
  return false;
}

TEST(Password, Argon2idHashesVerifyAndAreSalted) {
  const std::string h = hash_password(kPass);
  EXPECT_EQ(h.rfind("$argon2id$", 0), 0u) << h;
  EXPECT_TRUE(verify_password(h, kPass));
  EXPECT_FALSE(verify_password(h, kPass + "!"));
  EXPECT_FALSE(verify_password("", kPass));
  EXPECT_FALSE(verify_password("garbage", kPass));
  EXPECT_NE(hash_password(kPass), h);
  EXPECT_FALSE(password_needs_rehash(h));
  EXPECT_THROW(check_password_policy("short"), InvalidInput);
  EXPECT_THROW(check_password_policy("\xC3\x28 invalid utf-8 here"), InvalidInput);
  EXPECT_NO_THROW(check_password_policy("ééééééééééé é"));
}

TEST(Password, AWeakerHashIsRehashedAtLogin) {
  auto store = open_store(test::temp_path("auth_rehash.db"));
  add_user(*store, kCli, {"ana", Role::analyst, "", kPass});
  // A hash made with the minimum limits, as an older Custos might have.
  char weak[crypto_pwhash_STRBYTES];
  ASSERT_EQ(crypto_pwhash_str(weak, kPass.data(), kPass.size(), crypto_pwhash_OPSLIMIT_MIN, 8192), 0);
  store->sql().execute("UPDATE users SET password_hash = $1 WHERE username = 'ana'", {sql::text(weak)});
  ASSERT_TRUE(password_needs_rehash(weak));
  ASSERT_TRUE(login(*store, "ana", kPass, "10.0.0.1", {}));
  const std::string now = password_hash_of(*store, "ana");
  EXPECT_NE(now, weak);
  EXPECT_FALSE(password_needs_rehash(now));
}

TEST(Users, AddListDisableAndAudit) {
  auto store = open_store(test::temp_path("auth_users.db"));
  User u = add_user(*store, kCli, {"olga", Role::officer, "PNH", kPass});
  EXPECT_EQ(u.administration, "XX");
  EXPECT_THROW(add_user(*store, kCli, {"olga", Role::admin, "", kPass}), ConflictError);
  EXPECT_THROW(add_user(*store, kCli, {"Olga!", Role::admin, "", kPass}), InvalidInput);
  EXPECT_THROW(add_user(*store, kCli, {"bob", Role::admin, "bad office!", kPass}), InvalidInput);
  ASSERT_EQ(list_users(*store).size(), 1u);
  EXPECT_EQ(list_users(*store)[0].office, "PNH");
  EXPECT_TRUE(set_disabled(*store, kCli, "olga", true));
  EXPECT_FALSE(set_disabled(*store, kCli, "olga", true));
  EXPECT_TRUE(find_user(*store, "olga")->disabled);
  EXPECT_THROW(set_disabled(*store, kCli, "nobody", true), NotFound);
  EXPECT_TRUE(audited(*store, "user.add"));
  EXPECT_TRUE(audited(*store, "user.disable"));
  // The password never reaches the audit log.
  for (const auto& e : audit::entries(*store, 0, 100))
    EXPECT_EQ(e.change.dump().find(kPass), std::string::npos);
}

TEST(Users, AUsernameIsUniqueAcrossAdministrations) {
  auto store = open_store(test::temp_path("auth_unique.db"));
  add_user(*store, kCli, {"olga", Role::officer, "", kPass});
  add_administration(*store, kCli, "KH", "Cambodia");
  store->set_administration("KH");
  EXPECT_THROW(add_user(*store, kCli, {"olga", Role::officer, "", kPass}), ConflictError);
  EXPECT_FALSE(find_user(*store, "olga"));  // not in KH
  EXPECT_TRUE(find_user_anywhere(*store, "olga"));
}

TEST(Tokens, AreShownOnceStoredHashedAndDieWithTheUser) {
  auto store = open_store(test::temp_path("auth_tokens.db"));
  add_user(*store, kCli, {"bot", Role::analyst, "", kPass});
  IssuedToken t = issue_token(*store, kCli, "bot", "nightly");
  EXPECT_EQ(t.token.rfind("cst_", 0), 0u);
  EXPECT_GE(t.token.size(), 40u);
  auto stored = store->sql().query_one("SELECT token_hash FROM api_tokens");
  EXPECT_EQ(stored->text(0), credential_hash(t.token));
  EXPECT_EQ(store->sql()
                .query_one("SELECT count(*) FROM api_tokens WHERE token_hash = $1", {sql::text(t.token)})
                ->integer(0),
            0);
  auto p = token_principal(*store, t.token);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->username, "bot");
  EXPECT_EQ(p->role, Role::analyst);
  EXPECT_FALSE(token_principal(*store, t.token + "x"));
  set_disabled(*store, kCli, "bot", true);
  EXPECT_FALSE(token_principal(*store, t.token));
  set_disabled(*store, kCli, "bot", false);
  EXPECT_FALSE(token_principal(*store, t.token)) << "disabling revoked the token for good";
  EXPECT_TRUE(audited(*store, "token.issue"));
}

TEST(Sessions, LoginGivesAFreshSessionThatExpires) {
  const std::string path = test::temp_path("auth_sessions.db");
  auto store = open_store(path);
  add_user(*store, kCli, {"ana", Role::supervisor, "PNH", kPass});
  LoginPolicy policy;
  auto a = login(*store, "ana", kPass, "10.0.0.1", policy);
  auto b = login(*store, "ana", kPass, "10.0.0.1", policy);
  ASSERT_TRUE(a && b);
  EXPECT_NE(a->session.id, b->session.id);
  EXPECT_EQ(a->session.csrf, csrf_token(a->session.id));
  // Another process (another handle) sees the session.
  auto other = open_store(path);
  auto p = session_principal(*other, a->session.id, policy.session);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->office, "PNH");
  // The store holds only the hash.
  EXPECT_EQ(
      store->sql()
          .query_one("SELECT count(*) FROM sessions WHERE session_hash = $1", {sql::text(a->session.id)})
          ->integer(0),
      0);
  // Idle and absolute timeouts.
  store->sql().execute("UPDATE sessions SET last_seen_at = '2000-01-01T00:00:00Z' WHERE session_hash = $1",
                       {sql::text(credential_hash(b->session.id))});
  EXPECT_FALSE(session_principal(*store, b->session.id, policy.session));
  store->sql().execute("UPDATE sessions SET expires_at = '2000-01-01T00:00:00Z' WHERE session_hash = $1",
                       {sql::text(credential_hash(a->session.id))});
  EXPECT_FALSE(session_principal(*store, a->session.id, policy.session));
  // Logout revokes.
  auto c = login(*store, "ana", kPass, "10.0.0.1", policy);
  EXPECT_TRUE(logout(*store, {"ana", "10.0.0.1"}, c->session.id));
  EXPECT_FALSE(session_principal(*store, c->session.id, policy.session));
  EXPECT_FALSE(logout(*store, {"ana", "10.0.0.1"}, c->session.id));
}

TEST(Login, WrongPasswordUnknownUserAndDisabledAllFailTheSameWay) {
  auto store = open_store(test::temp_path("auth_login.db"));
  add_user(*store, kCli, {"ana", Role::analyst, "", kPass});
  add_user(*store, kCli, {"old", Role::analyst, "", kPass});
  set_disabled(*store, kCli, "old", true);
  EXPECT_FALSE(login(*store, "ana", "wrong", "10.0.0.1", {}));
  EXPECT_FALSE(login(*store, "nobody", kPass, "10.0.0.2", {}));
  EXPECT_FALSE(login(*store, "old", kPass, "10.0.0.3", {}));
  std::vector<std::string> reasons;
  for (const auto& e : audit::entries(*store, 0, 100))
    if (e.action == "login.failed") reasons.push_back(e.change["reason"]);
  EXPECT_EQ(reasons, (std::vector<std::string>{"wrong password", "unknown user", "account disabled"}));
  EXPECT_EQ(store->administration(), "XX");
}

TEST(Login, IsThrottledAfterFiveFailuresInARow) {
  auto store = open_store(test::temp_path("auth_throttle.db"));
  add_user(*store, kCli, {"ana", Role::analyst, "", kPass});
  LoginPolicy policy;
  policy.throttle.base_delay_seconds = 60;
  for (int i = 0; i < 4; ++i)
    EXPECT_FALSE(login(*store, "ana", "wrong", "10.0.0." + std::to_string(i), policy));
  EXPECT_TRUE(login(*store, "ana", kPass, "10.0.0.9", policy))
      << "four failures do not throttle; success resets";
  for (int i = 0; i < 5; ++i)
    EXPECT_FALSE(login(*store, "ana", "wrong", "10.0.1." + std::to_string(i), policy));
  try {
    login(*store, "ana", kPass, "10.0.2.1", policy);
    ADD_FAILURE() << "not throttled";
  } catch (const Throttled& t) {
    EXPECT_GT(t.retry_after(), 50);
    EXPECT_LE(t.retry_after(), 60);
  }
  EXPECT_TRUE(audited(*store, "login.throttled"));
  // Further failures double the delay, up to the maximum.
  ThrottlePolicy tp{5, 30, 100};
  for (int i = 0; i < 8; ++i) throttle_fail(*store, "XX", "address:1.2.3.4", tp);
  EXPECT_GT(throttle_wait(*store, "XX", "address:1.2.3.4"), 90);
  EXPECT_LE(throttle_wait(*store, "XX", "address:1.2.3.4"), 100);
}

TEST(Administrations, TheOwnIsNamedOnceWhileTheStoreIsEmpty) {
  auto store = open_store(test::temp_path("auth_admins.db"));
  EXPECT_THROW(name_own_administration(*store, kCli, "kh", "Cambodia"), InvalidInput);
  EXPECT_TRUE(name_own_administration(*store, kCli, "KH", "General Department of Customs and Excise"));
  EXPECT_EQ(store->own_administration(), "KH");
  EXPECT_EQ(store->administration(), "KH");
  EXPECT_FALSE(name_own_administration(*store, kCli, "KH", "General Department of Customs and Excise"));
  EXPECT_TRUE(name_own_administration(*store, kCli, "KH", "GDCE"));
  EXPECT_EQ(find_administration(*store, "KH")->name, "GDCE");
  EXPECT_THROW(name_own_administration(*store, kCli, "TH", "Thailand"), InvalidInput);
  add_administration(*store, kCli, "TH", "Thai Customs");
  EXPECT_THROW(add_administration(*store, kCli, "TH", "Again"), ConflictError);
  EXPECT_EQ(list_administrations(*store).size(), 2u);
  EXPECT_TRUE(audited(*store, "administration.name_own"));
  EXPECT_TRUE(audited(*store, "administration.add"));
}

TEST(Administrations, XXCannotBeRenamedOnceItHoldsRecords) {
  auto store = open_store(test::temp_path("auth_admins_full.db"));
  add_user(*store, kCli, {"ana", Role::analyst, "", kPass});
  EXPECT_THROW(name_own_administration(*store, kCli, "KH", "Cambodia"), InvalidInput);
  EXPECT_EQ(store->own_administration(), "XX");
}

}  // namespace
}  // namespace custos::auth
