#include "auth/users.hpp"

#include "auth/errors.hpp"
#include "auth/password.hpp"
#include "auth/secret.hpp"
#include "core/clock.hpp"

namespace custos::auth {
namespace {

constexpr const char* kColumns = "administration, username, role, office, disabled, created_at, updated_at";

User from_row(const sql::Row& r) {
  User u;
  u.administration = r.text(0);
  u.username = r.text(1);
  u.role = parse_role(r.text(2)).value_or(Role::trainee);
  u.office = r.text(3);
  u.disabled = r.boolean(4);
  u.created_at = r.text(5);
  u.updated_at = r.text(6);
  return u;
}

User require_user(Store& store, const std::string& username) {
  auto u = find_user(store, username);
  if (!u) throw NotFound("no user " + username + " in administration " + store.administration());
  return *u;
}

void revoke_credentials(sql::Session& db, const std::string& administration, const std::string& username) {
  db.execute("UPDATE sessions SET revoked = 1 WHERE administration = $1 AND username = $2 AND revoked = 0",
             {sql::text(administration), sql::text(username)});
  db.execute("UPDATE api_tokens SET revoked = 1 WHERE administration = $1 AND username = $2 AND revoked = 0",
             {sql::text(administration), sql::text(username)});
}

}  // namespace

void check_username(const std::string& username) {
  bool ok = !username.empty() && username.size() <= 64 &&
            ((username[0] >= 'a' && username[0] <= 'z') || (username[0] >= '0' && username[0] <= '9'));
  for (char c : username)
    ok = ok &&
         ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-' || c == '@');
  if (!ok)
    throw InvalidInput("username",
                       "a username has 1 to 64 characters a-z, 0-9, '.', '_', '-' or '@' and starts with a "
                       "letter or digit");
}

void check_office(const std::string& office) {
  bool ok = office.size() <= 32;
  for (char c : office)
    ok = ok &&
         ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_');
  if (!ok) throw InvalidInput("office", "an office code has at most 32 characters A-Z, a-z, 0-9, '-' or '_'");
}

User add_user(Store& store, const audit::Actor& actor, const NewUser& n) {
  check_username(n.username);
  check_office(n.office);
  check_password_policy(n.password);
  if (find_user_anywhere(store, n.username)) throw ConflictError("user " + n.username + " already exists");
  const std::string hash = hash_password(n.password);
  sql::Transaction tx(store.sql());
  User u;
  u.administration = store.administration();
  u.username = n.username;
  u.role = n.role;
  u.office = n.office;
  u.created_at = u.updated_at = utc_now();
  store.sql().execute(
      "INSERT INTO users(administration, username, role, office, password_hash, disabled, created_at, "
      "updated_at) "
      "VALUES ($1, $2, $3, $4, $5, 0, $6, $6)",
      {sql::text(u.administration), sql::text(u.username), sql::text(role_name(u.role)),
       sql::text_or_null(u.office), sql::text(hash), sql::text(u.created_at)});
  audit::record(store, actor, "user.add", "user:" + u.username,
                {{"username", u.username}, {"role", role_name(u.role)}, {"office", u.office}});
  tx.commit();
  return u;
}

std::vector<User> list_users(Store& store) {
  std::vector<User> out;
  for (const sql::Row& r : store.sql().query(
           std::string("SELECT ") + kColumns + " FROM users WHERE administration = $1 ORDER BY username",
           {sql::text(store.administration())}))
    out.push_back(from_row(r));
  return out;
}

std::optional<User> find_user(Store& store, const std::string& username) {
  auto r = store.sql().query_one(
      std::string("SELECT ") + kColumns + " FROM users WHERE administration = $1 AND username = $2",
      {sql::text(store.administration()), sql::text(username)});
  if (!r) return std::nullopt;
  return from_row(*r);
}

std::optional<User> find_user_anywhere(Store& store, const std::string& username) {
  auto r = store.sql().query_one(std::string("SELECT ") + kColumns + " FROM users WHERE username = $1",
                                 {sql::text(username)});
  if (!r) return std::nullopt;
  return from_row(*r);
}

std::string password_hash_of(Store& store, const std::string& username) {
  auto r =
      store.sql().query_one("SELECT password_hash FROM users WHERE username = $1", {sql::text(username)});
  return r ? r->text(0) : std::string();
}

bool set_disabled(Store& store, const audit::Actor& actor, const std::string& username, bool disabled) {
  sql::Session& db = store.sql();
  sql::Transaction tx(db);
  User u = require_user(store, username);
  if (u.disabled == disabled) return false;
  db.execute(
      "UPDATE users SET disabled = $1, updated_at = $2 WHERE administration = $3 AND username = $4",
      {sql::boolean(disabled), sql::text(utc_now()), sql::text(u.administration), sql::text(username)});
  if (disabled) revoke_credentials(db, u.administration, username);
  audit::record(store, actor, disabled ? "user.disable" : "user.enable", "user:" + username,
                {{"username", username}});
  tx.commit();
  return true;
}

void set_password(Store& store, const audit::Actor& actor, const std::string& username,
                  const std::string& password) {
  check_password_policy(password);
  require_user(store, username);
  const std::string hash = hash_password(password);
  sql::Session& db = store.sql();
  sql::Transaction tx(db);
  User u = require_user(store, username);
  db.execute(
      "UPDATE users SET password_hash = $1, updated_at = $2 WHERE administration = $3 AND username = $4",
      {sql::text(hash), sql::text(utc_now()), sql::text(u.administration), sql::text(username)});
  db.execute("UPDATE sessions SET revoked = 1 WHERE administration = $1 AND username = $2 AND revoked = 0",
             {sql::text(u.administration), sql::text(username)});
  audit::record(store, actor, "user.password", "user:" + username, {{"username", username}});
  tx.commit();
}

IssuedToken issue_token(Store& store, const audit::Actor& actor, const std::string& username,
                        const std::string& label) {
  if (label.size() > 100) throw InvalidInput("label", "a token's label has at most 100 characters");
  sql::Session& db = store.sql();
  sql::Transaction tx(db);
  User u = require_user(store, username);
  if (u.disabled) throw InvalidInput("username", "user " + username + " is disabled");
  IssuedToken t;
  t.token = "cst_" + random_token(32);
  t.prefix = t.token.substr(0, 10);
  t.label = label;
  db.execute(
      "INSERT INTO api_tokens(administration, token_hash, username, label, prefix, created_at, revoked) "
      "VALUES ($1, $2, $3, $4, $5, $6, 0)",
      {sql::text(u.administration), sql::text(credential_hash(t.token)), sql::text(username),
       sql::text(label), sql::text(t.prefix), sql::text(utc_now())});
  audit::record(store, actor, "token.issue", "user:" + username,
                {{"username", username}, {"label", label}, {"prefix", t.prefix}});
  tx.commit();
  return t;
}

}  // namespace custos::auth
