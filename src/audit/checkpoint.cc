#include "audit/checkpoint.hpp"

#include <stdexcept>

#include "core/clock.hpp"

namespace custos::audit {
namespace {

Checkpoint from_row(const sql::Row& r) {
  Checkpoint c;
  c.administration = r.text(0);
  c.seq = r.integer(1);
  c.hash = r.text(2);
  c.at = r.text(3);
  c.key_id = r.text(4);
  c.signature = r.text(5);
  return c;
}

}  // namespace

std::string checkpoint_message(const Checkpoint& c) {
  return "custos audit checkpoint v1\n" + c.administration + "\n" + std::to_string(c.seq) + "\n" + c.hash +
         "\n" + c.at;
}

nlohmann::json to_json(const Checkpoint& c) {
  return {{"administration", c.administration},
          {"seq", c.seq},
          {"hash", c.hash},
          {"at", c.at},
          {"key_id", c.key_id},
          {"public_key", c.public_key},
          {"signature", c.signature},
          {"algorithm", "Ed25519"}};
}

Checkpoint checkpoint_from_json(const nlohmann::json& j) {
  if (!j.is_object()) throw std::invalid_argument("a checkpoint is a JSON object");
  auto text = [&](const char* k) {
    if (!j.contains(k) || !j[k].is_string())
      throw std::invalid_argument(std::string("checkpoint field '") + k + "' is missing or not a string");
    return j[k].get<std::string>();
  };
  Checkpoint c;
  c.administration = text("administration");
  if (!j.contains("seq") || !j["seq"].is_number_integer())
    throw std::invalid_argument("checkpoint field 'seq' is missing or not an integer");
  c.seq = j["seq"].get<int64_t>();
  c.hash = text("hash");
  c.at = text("at");
  c.key_id = text("key_id");
  c.signature = text("signature");
  c.public_key =
      j.contains("public_key") && j["public_key"].is_string() ? j["public_key"].get<std::string>() : "";
  return c;
}

Checkpoint write_checkpoint(Store& store, const Actor& actor, const std::string& master_key_path) {
  sql::Session& db = store.sql();
  sql::Transaction tx(db);
  db.lock("audit:" + store.administration());
  auto h = head(store);
  if (!h)
    throw std::runtime_error("administration " + store.administration() +
                             " has no audit entries to checkpoint");
  Verification v = verify(store);
  if (!v.ok)
    throw std::runtime_error("the audit chain of " + store.administration() + " is broken at entry " +
                             std::to_string(*v.first_bad) + " (" + v.problem + "); not signing it");
  Checkpoint c;
  c.administration = store.administration();
  c.seq = h->seq;
  c.hash = h->hash;
  c.at = utc_now();
  auto [signature, key_id] = sign(store, master_key_path, checkpoint_message(c));
  c.signature = signature;
  c.key_id = key_id;
  c.public_key = find_signing_key(store, key_id)->public_key;
  db.execute(
      "INSERT INTO audit_checkpoints(administration, seq, hash, at, key_id, signature) VALUES ($1, $2, $3, "
      "$4, $5, $6)",
      {sql::text(c.administration), sql::integer(c.seq), sql::text(c.hash), sql::text(c.at),
       sql::text(c.key_id), sql::text(c.signature)});
  record(store, actor, "audit.checkpoint", "audit:" + std::to_string(c.seq),
         {{"seq", c.seq}, {"hash", c.hash}, {"key_id", c.key_id}});
  tx.commit();
  return c;
}

std::vector<Checkpoint> checkpoints(Store& store) {
  std::vector<Checkpoint> out;
  for (const sql::Row& r : store.sql().query("SELECT administration, seq, hash, at, key_id, signature FROM "
                                             "audit_checkpoints WHERE administration = $1 "
                                             "ORDER BY seq",
                                             {sql::text(store.administration())})) {
    out.push_back(from_row(r));
    if (auto k = find_signing_key(store, out.back().key_id)) out.back().public_key = k->public_key;
  }
  return out;
}

CheckpointVerification verify_checkpoints(Store& store, const std::vector<Checkpoint>& witnessed) {
  CheckpointVerification out;
  std::vector<std::pair<Checkpoint, bool>> all;  // (checkpoint, from a witness)
  for (Checkpoint& c : checkpoints(store)) all.emplace_back(std::move(c), false);
  for (const Checkpoint& c : witnessed)
    if (c.administration == store.administration()) all.emplace_back(c, true);
  for (const auto& entry_of_all : all) {
    // Named, not a structured binding: clang 14 cannot capture a binding in the lambda below.
    const Checkpoint& c = entry_of_all.first;
    const bool witness = entry_of_all.second;
    ++out.checked;
    if (!out.ok) continue;
    auto fail = [&](std::string why) {
      out.ok = false;
      out.first_bad = c.seq;
      out.problem = std::move(why);
    };
    const std::string source = witness ? "the witness's checkpoint" : "the checkpoint";
    // A witness's copy carries its public key; a stored one is checked
    // against the key the store holds (a witness also keeps the exported key).
    std::string pk = c.public_key;
    if (!witness || pk.empty())
      if (auto k = find_signing_key(store, c.key_id)) pk = k->public_key;
    auto entry = store.sql().query_one("SELECT hash FROM audit_log WHERE administration = $1 AND seq = $2",
                                       {sql::text(c.administration), sql::integer(c.seq)});
    if (pk.empty())
      fail(source + " at entry " + std::to_string(c.seq) + " names signing key " + c.key_id +
           ", which is not in the store");
    else if (!verify_signature(pk, checkpoint_message(c), c.signature))
      fail(source + " at entry " + std::to_string(c.seq) + " does not carry a valid signature");
    else if (!entry)
      fail("entry " + std::to_string(c.seq) + " was checkpointed but is missing: the log's tail was cut off");
    else if (entry->text(0) != c.hash)
      fail("entry " + std::to_string(c.seq) + " has a different hash from the one " + source + " signed");
  }
  return out;
}

}  // namespace custos::audit
