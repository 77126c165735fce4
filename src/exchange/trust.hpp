#pragma once
// The partner keys this administration trusts: the public halves of other
// administrations' Ed25519 signing keys, as `custos keys export` writes them.
// A bundle is accepted only when its issuer is trusted and the key it names
// was trusted and not revoked. Trusting and revoking are audited.
#include <optional>
#include <string>
#include <vector>

#include "audit/audit.hpp"
#include "store/store.hpp"

namespace custos::exchange {

struct TrustedKey {
  std::string partner;
  std::string key_id;
  std::string public_key;  // 64 hex digits
  std::string trusted_at;
  std::optional<std::string> revoked_at;
};

// Trusts every key of a `custos keys export` document for `partner`. The
// document must name the same administration, and each key id must be the
// BLAKE2b digest of its key (a typo or an edited file is refused). The
// partner is added to the administrations when the store does not know it.
// Throws auth::InvalidInput naming the field. Returns the keys newly trusted.
std::vector<TrustedKey> trust_partner(Store& store, const audit::Actor& actor, const std::string& partner,
                                      const std::string& key_file_text);
// Revokes every key of `partner`; returns how many were active (0 when none).
int revoke_partner(Store& store, const audit::Actor& actor, const std::string& partner);
std::vector<TrustedKey> trusted_keys(Store& store);  // every partner, revoked included
// The partner's key `key_id` when it is trusted and not revoked.
std::optional<TrustedKey> usable_key(Store& store, const std::string& partner, const std::string& key_id);
// The partners with at least one usable key.
std::vector<std::string> trusted_partners(Store& store);

// 16 hex digits of BLAKE2b(public key bytes), as audit/keys.hpp names keys.
std::string key_id_of(const std::string& public_key_hex);

}  // namespace custos::exchange
