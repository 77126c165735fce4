#pragma once
// Signed checkpoints of the audit chain. A checkpoint is the chain's head
// (administration, seq, hash) and the time, signed with the administration's
// Ed25519 key (audit/keys.hpp). It is stored (append-only) and printed as
// JSON for a witness outside the system: a partner, write-once media, the
// auditor. Verification then also finds a cut-off tail: a checkpointed seq
// that is missing, or a different hash at that seq. Without a witness's
// copy, an insider holding the store and the master key could rewrite the
// chain and its checkpoints together; with one, they cannot.
//
// Signed text: "custos audit checkpoint v1\n" administration "\n" seq "\n"
// hash "\n" at
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit.hpp"
#include "audit/keys.hpp"

namespace custos::audit {

struct Checkpoint {
  std::string administration;
  int64_t seq = 0;
  std::string hash, at, key_id, signature;
  std::string public_key;  // filled when printed for a witness
};

std::string checkpoint_message(const Checkpoint& c);
nlohmann::json to_json(const Checkpoint& c);
// Reads a checkpoint as to_json() writes it; throws std::invalid_argument
// naming the missing or wrong field.
Checkpoint checkpoint_from_json(const nlohmann::json& j);

// Signs the current administration's head and stores it; then audits
// audit.checkpoint (so the next checkpoint covers this one). KeyError when
// there is no key; std::runtime_error when the chain is empty or broken.
Checkpoint write_checkpoint(Store& store, const Actor& actor, const std::string& master_key_path);
std::vector<Checkpoint> checkpoints(Store& store);  // current administration, by seq

struct CheckpointVerification {
  int checked = 0;
  bool ok = true;
  std::optional<int64_t> first_bad;  // the checkpointed seq that does not hold
  std::string problem;
};

// Checks the current administration's stored checkpoints and `witnessed`
// ones (copies kept outside; those of other administrations are skipped):
// each signature against its key, each checkpointed entry present with the
// same hash.
CheckpointVerification verify_checkpoints(Store& store, const std::vector<Checkpoint>& witnessed = {});

}  // namespace custos::audit
