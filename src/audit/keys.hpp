#pragma once
// The administration's Ed25519 signing key (libsodium), for signed audit
// checkpoints and, later, exchange bundles. The secret key is stored only
// sealed (crypto_secretbox) under a master key that lives OUTSIDE the store:
// a file of its own (64 hex digits, mode 0600), by default beside the store
// (`custos.db` -> `custos.db.master-key`), created by `custos init`. Whoever
// has the store alone cannot sign; whoever has both can, so keep them apart
// in backups (docs/security.md).
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit.hpp"
#include "store/store.hpp"

namespace custos::audit {

class KeyError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct SigningKey {
  std::string administration;
  std::string key_id;      // 16 hex digits of BLAKE2b(public key)
  std::string public_key;  // 64 hex digits
  std::string created_at;
  bool active = false;
};

// `$CUSTOS_MASTER_KEY`, else the store's path + ".master-key".
std::string default_master_key_path(const std::string& store_path);
// Creates the master key file (mode 0600) when it does not exist; true when created.
bool ensure_master_key(const std::string& path);
// The master key's 32 bytes; KeyError when the file is missing, malformed,
// or readable by others than its owner.
std::string read_master_key(const std::string& path);

// A new signing key for the current administration, sealed under the master
// key; it becomes the active one (older keys stay, to verify what they
// signed). Audited as keys.generate.
SigningKey generate_signing_key(Store& store, const Actor& actor, const std::string& master_key_path);
std::vector<SigningKey> signing_keys(Store& store);  // current administration, oldest first
std::optional<SigningKey> active_signing_key(Store& store);
std::optional<SigningKey> find_signing_key(Store& store, const std::string& key_id);

// Signs with the active key (KeyError when there is none or the master key
// does not open it); returns the signature (128 hex digits) and the key id.
std::pair<std::string, std::string> sign(Store& store, const std::string& master_key_path,
                                         std::string_view message);
bool verify_signature(const std::string& public_key_hex, std::string_view message,
                      const std::string& signature_hex);

}  // namespace custos::audit
