#pragma once
// Live sync with a partner's `custos serve` (docs/exchange.md, "Live sync"):
// pull the bundle the peer addresses to this administration and import it,
// then export the bundle addressed to the peer and push it. Over HTTP or
// HTTPS (the peer's certificate is verified against the system's CAs, or
// CUSTOS_CA_FILE); the token is the peer's API token for a user of role
// partner whose office is this administration's code.
#include <stdexcept>
#include <string>

#include "exchange/exchange.hpp"

namespace custos::exchange {

class SyncError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct SyncOptions {
  std::string peer;  // http(s)://HOST:PORT
  std::string token;
  Level level = Level::partners;
  std::string operation;
  PersonalData personal = PersonalData::pseudonym;
  std::string master_key_path;
};

struct SyncResult {
  ImportResult pulled;    // what the peer's bundle did here
  nlohmann::json pushed;  // what ours did there ({"records","applied","duplicates","rejected",...})
  std::string peer_administration;
};

// Throws SyncError (network, HTTP errors with the peer's message), BundleError
// (the peer's bundle was refused here: nothing of it applied; nothing pushed).
SyncResult sync_with_peer(Store& store, const audit::Actor& actor, const SyncOptions& o);

}  // namespace custos::exchange
