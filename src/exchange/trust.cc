#include "exchange/trust.hpp"

#include <sodium.h>

#include <nlohmann/json.hpp>

#include "auth/administrations.hpp"
#include "auth/errors.hpp"
#include "core/clock.hpp"

namespace custos::exchange {
namespace {

TrustedKey from_row(const sql::Row& r) { return {r.text(0), r.text(1), r.text(2), r.text(3), r.opt_text(4)}; }
constexpr const char* kColumns = "partner, key_id, public_key, trusted_at, revoked_at";

}  // namespace

std::string key_id_of(const std::string& public_key_hex) {
  unsigned char pk[crypto_sign_PUBLICKEYBYTES];
  size_t len = 0;
  if (sodium_hex2bin(pk, sizeof pk, public_key_hex.data(), public_key_hex.size(), nullptr, &len, nullptr) !=
          0 ||
      len != sizeof pk)
    return "";
  unsigned char d[8];
  crypto_generichash(d, sizeof d, pk, sizeof pk, nullptr, 0);
  char out[17];
  sodium_bin2hex(out, sizeof out, d, sizeof d);
  return out;
}

std::vector<TrustedKey> trust_partner(Store& store, const audit::Actor& actor, const std::string& partner,
                                      const std::string& key_file_text) {
  auth::check_administration_code(partner);
  if (partner == store.administration())
    throw auth::InvalidInput("administration", "an administration does not trust itself as a partner");
  nlohmann::json doc = nlohmann::json::parse(key_file_text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object())
    throw auth::InvalidInput("file", "the key file is not JSON (expected what 'custos keys export' writes)");
  if (!doc.contains("administration") || !doc["administration"].is_string())
    throw auth::InvalidInput("administration", "the key file names no administration");
  if (doc["administration"].get<std::string>() != partner)
    throw auth::InvalidInput(
        "administration",
        "the key file holds the keys of " + doc["administration"].get<std::string>() + ", not of " + partner);
  if (!doc.contains("keys") || !doc["keys"].is_array() || doc["keys"].empty())
    throw auth::InvalidInput("keys", "the key file holds no keys");
  std::vector<TrustedKey> keys;
  for (size_t i = 0; i < doc["keys"].size(); ++i) {
    const auto& k = doc["keys"][i];
    const std::string where = "keys[" + std::to_string(i) + "]";
    if (!k.is_object() || !k.contains("public_key") || !k["public_key"].is_string() ||
        !k.contains("key_id") || !k["key_id"].is_string())
      throw auth::InvalidInput(where, where + " needs key_id and public_key");
    TrustedKey t{partner, k["key_id"], k["public_key"], utc_now(), std::nullopt};
    if (key_id_of(t.public_key).empty())
      throw auth::InvalidInput(where + ".public_key", where + ".public_key is not 64 hex digits");
    if (key_id_of(t.public_key) != t.key_id)
      throw auth::InvalidInput(where + ".key_id",
                               where + ".key_id does not match its public key (the file was altered?)");
    keys.push_back(t);
  }
  sql::Session& db = store.sql();
  sql::Transaction tx(db);
  if (!auth::find_administration(store, partner)) auth::add_administration(store, actor, partner, partner);
  std::vector<TrustedKey> added;
  for (const TrustedKey& t : keys) {
    auto old = db.query_one(
        "SELECT revoked_at FROM trusted_keys WHERE administration = $1 AND partner = $2 AND key_id = $3",
        {sql::text(store.administration()), sql::text(partner), sql::text(t.key_id)});
    if (old && old->is_null(0)) continue;  // already trusted
    if (old)
      db.execute(
          "UPDATE trusted_keys SET revoked_at = NULL, trusted_at = $4 WHERE administration = $1 AND partner "
          "= "
          "$2 AND key_id = $3",
          {sql::text(store.administration()), sql::text(partner), sql::text(t.key_id),
           sql::text(t.trusted_at)});
    else
      db.execute(
          "INSERT INTO trusted_keys(administration, partner, key_id, public_key, trusted_at) VALUES ($1, $2, "
          "$3, $4, $5)",
          {sql::text(store.administration()), sql::text(partner), sql::text(t.key_id),
           sql::text(t.public_key), sql::text(t.trusted_at)});
    audit::record(store, actor, "keys.trust", "partner:" + partner,
                  {{"partner", partner}, {"key_id", t.key_id}, {"public_key", t.public_key}});
    added.push_back(t);
  }
  tx.commit();
  return added;
}

int revoke_partner(Store& store, const audit::Actor& actor, const std::string& partner) {
  sql::Transaction tx(store.sql());
  const std::string now = utc_now();
  const int64_t n = store.sql().execute(
      "UPDATE trusted_keys SET revoked_at = $3 WHERE administration = $1 AND partner = $2 AND revoked_at IS "
      "NULL",
      {sql::text(store.administration()), sql::text(partner), sql::text(now)});
  if (n > 0)
    audit::record(store, actor, "keys.revoke", "partner:" + partner, {{"partner", partner}, {"keys", n}});
  tx.commit();
  return static_cast<int>(n);
}

std::vector<TrustedKey> trusted_keys(Store& store) {
  std::vector<TrustedKey> out;
  for (const sql::Row& r : store.sql().query(
           std::string("SELECT ") + kColumns +
               " FROM trusted_keys WHERE administration = $1 ORDER BY partner, trusted_at, key_id",
           {sql::text(store.administration())}))
    out.push_back(from_row(r));
  return out;
}

std::optional<TrustedKey> usable_key(Store& store, const std::string& partner, const std::string& key_id) {
  auto r =
      store.sql().query_one(std::string("SELECT ") + kColumns +
                                " FROM trusted_keys WHERE administration = $1 AND partner = $2 AND key_id = "
                                "$3 AND revoked_at IS NULL",
                            {sql::text(store.administration()), sql::text(partner), sql::text(key_id)});
  if (!r) return std::nullopt;
  return from_row(*r);
}

std::vector<std::string> trusted_partners(Store& store) {
  std::vector<std::string> out;
  for (const sql::Row& r : store.sql().query("SELECT DISTINCT partner FROM trusted_keys WHERE administration "
                                             "= $1 AND revoked_at IS NULL ORDER BY "
                                             "partner",
                                             {sql::text(store.administration())}))
    out.push_back(r.text(0));
  return out;
}

}  // namespace custos::exchange
