#pragma once
// The audit log: every change to a store is one append-only entry (who, when,
// which administration, what action on which object, and the change itself),
// chained per administration so that an edited, deleted or reordered entry
// is found and named:
//
//   digest_n = BLAKE2b-256(change_n)            (hex)
//   hash_n   = BLAKE2b-256(hash_{n-1} || "\n" || administration || "\n" || seq
//              || "\n" || at || "\n" || username || "\n" || address || "\n"
//              || action || "\n" || object || "\n" || digest_n)
//   hash_0   = 64 zeros
//
// record() joins the caller's transaction when one is open (sql::Transaction),
// so a change and its entry commit together, or neither does. Entries of one
// administration are serialised by a store-wide lock: the chain stays one
// unbroken chain under concurrent writers, across processes too.
//
// Never put a secret (password, token, key) into `change`.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "store/store.hpp"

namespace custos::audit {

// Who acts: a user of the server, a machine's token, or the command line
// ("cli:" and the operating-system user). `address` is the client's address
// for requests, empty otherwise.
struct Actor {
  std::string username;
  std::string address;
};

// The actor of a command run at this terminal: "cli:" + $USER.
Actor command_line_actor();

struct Entry {
  std::string administration;
  int64_t seq = 0;
  std::string at;  // UTC ISO 8601
  std::string username, address;
  std::string action;  // e.g. "login.failed", "declarations.lodge", "profile.update"
  std::string object;  // what it acted on, e.g. "declaration:D-1", "user:ana"
  nlohmann::json change = nlohmann::json::object();
  std::string digest, prev_hash, hash;
};

nlohmann::json to_json(const Entry& e);

// Appends an entry for the store's current administration and returns its
// sequence number.
int64_t record(Store& store, const Actor& actor, std::string_view action, std::string_view object,
               const nlohmann::json& change = nlohmann::json::object());

// The current administration's entries with seq > after, oldest first.
std::vector<Entry> entries(Store& store, int64_t after = 0, int limit = 1000);

// The newest entry of the current administration, if any.
std::optional<Entry> head(Store& store);

struct Verification {
  std::string administration;
  int64_t entries = 0;
  bool ok = true;
  std::optional<int64_t> first_bad;  // the first entry that does not hold
  std::string problem;               // what is wrong with it, in words
};

// Walks one administration's chain (the current one), or every chain in the
// store; never stops at the first administration with a problem.
Verification verify(Store& store);
std::vector<Verification> verify_all(Store& store);

// The hash an entry must have after `prev_hash` (exposed for checkpoints).
std::string entry_hash(const Entry& e);

}  // namespace custos::audit
