#include "auth/principal.hpp"

#include "auth/secret.hpp"
#include "core/clock.hpp"

namespace custos::auth {
namespace {

Principal from_row(const sql::Row& r, Method m, std::string hash) {
  Principal p;
  p.username = r.text(0);
  p.role = parse_role(r.text(1)).value_or(Role::trainee);
  p.administration = r.text(2);
  p.office = r.text(3);
  p.method = m;
  p.credential_hash = std::move(hash);
  return p;
}

}  // namespace

std::optional<Principal> token_principal(Store& store, const std::string& token) {
  if (token.size() < 8 || token.size() > 200) return std::nullopt;
  std::string hash = credential_hash(token);
  auto r = store.sql().query_one(
      "SELECT u.username, u.role, u.administration, u.office FROM api_tokens t JOIN users u "
      "ON u.administration = t.administration AND u.username = t.username "
      "WHERE t.token_hash = $1 AND t.revoked = 0 AND u.disabled = 0",
      {sql::text(hash)});
  if (!r) return std::nullopt;
  return from_row(*r, Method::token, std::move(hash));
}

std::optional<Principal> session_principal(Store& store, const std::string& session_id,
                                           const SessionPolicy& policy) {
  if (session_id.size() < 16 || session_id.size() > 200) return std::nullopt;
  std::string hash = credential_hash(session_id);
  const long long now = unix_now();
  auto r = store.sql().query_one(
      "SELECT u.username, u.role, u.administration, u.office, s.last_seen_at, s.expires_at FROM sessions s "
      "JOIN users u ON u.administration = s.administration AND u.username = s.username "
      "WHERE s.session_hash = $1 AND s.revoked = 0 AND u.disabled = 0",
      {sql::text(hash)});
  if (!r) return std::nullopt;
  const long long last_seen = parse_utc(r->text(4));
  const long long expires = parse_utc(r->text(5));
  if (now >= expires || now - last_seen >= policy.idle_seconds) return std::nullopt;
  if (now - last_seen >= 60)
    store.sql().execute("UPDATE sessions SET last_seen_at = $1 WHERE session_hash = $2",
                        {sql::text(utc_iso(now)), sql::text(hash)});
  return from_row(*r, Method::session, std::move(hash));
}

NewSession open_session(Store& store, const std::string& administration, const std::string& username,
                        const std::string& address, const SessionPolicy& policy) {
  NewSession s;
  s.id = random_token(32);
  s.csrf = csrf_token(s.id);
  const long long now = unix_now();
  store.sql().execute(
      "INSERT INTO sessions(administration, session_hash, username, created_at, last_seen_at, expires_at, "
      "address, revoked) VALUES ($1, $2, $3, $4, $4, $5, $6, 0)",
      {sql::text(administration), sql::text(credential_hash(s.id)), sql::text(username),
       sql::text(utc_iso(now)), sql::text(utc_iso(now + policy.absolute_seconds)), sql::text(address)});
  return s;
}

bool revoke_session(Store& store, const std::string& session_id) {
  return store.sql().execute("UPDATE sessions SET revoked = 1 WHERE session_hash = $1 AND revoked = 0",
                             {sql::text(credential_hash(session_id))}) > 0;
}

std::string csrf_token(const std::string& session_id) { return keyed_hash(session_id, "custos csrf token"); }

}  // namespace custos::auth
