#include "audit/audit.hpp"

#include <sodium.h>
#include <unistd.h>

#include <cstdlib>

#include "core/clock.hpp"

namespace custos::audit {
namespace {

const std::string kGenesis(64, '0');

std::string blake2b_hex(std::string_view data) {
  unsigned char out[32];
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(data.data()), data.size(),
                     nullptr, 0);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, out, sizeof out);
  return std::string(hex, 64);
}

// The change as hashed: compact JSON with keys sorted (nlohmann's default
// object order), so the same change always has the same digest.
std::string canonical(const nlohmann::json& change) {
  return change.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

constexpr const char* kColumns =
    "administration, seq, at, username, address, action, object, change, digest, prev_hash, hash";

Entry from_row(const sql::Row& r) {
  Entry e;
  e.administration = r.text(0);
  e.seq = r.integer(1);
  e.at = r.text(2);
  e.username = r.text(3);
  e.address = r.text(4);
  e.action = r.text(5);
  e.object = r.text(6);
  e.change = nlohmann::json::parse(r.text(7), nullptr, false);
  e.digest = r.text(8);
  e.prev_hash = r.text(9);
  e.hash = r.text(10);
  return e;
}

// Checks one administration's rows, read in seq order with the change text
// as stored (not re-serialised, so that an edit is seen even when it parses).
Verification check_chain(sql::Session& db, const std::string& administration) {
  Verification v;
  v.administration = administration;
  auto rows =
      db.query(std::string("SELECT ") + kColumns + " FROM audit_log WHERE administration = $1 ORDER BY seq",
               {sql::text(administration)});
  std::string prev = kGenesis;
  int64_t expected_seq = 1;
  for (const sql::Row& r : rows) {
    ++v.entries;
    if (!v.ok) continue;
    Entry e = from_row(r);
    const std::string stored_change = r.text(7);
    auto fail = [&](std::string why) {
      v.ok = false;
      v.first_bad = e.seq;
      v.problem = std::move(why);
    };
    if (e.seq != expected_seq)
      fail("entry " + std::to_string(expected_seq) + " is missing or out of order (found " +
           std::to_string(e.seq) + " in its place)");
    else if (blake2b_hex(stored_change) != e.digest)
      fail("the change recorded in entry " + std::to_string(e.seq) + " no longer matches its digest");
    else if (e.prev_hash != prev)
      fail("entry " + std::to_string(e.seq) + " does not follow the entry before it");
    else if (entry_hash(e) != e.hash)
      fail("entry " + std::to_string(e.seq) + " was altered after it was written");
    prev = e.hash;
    ++expected_seq;
  }
  return v;
}

}  // namespace

Actor command_line_actor() {
  const char* user = std::getenv("USER");
  return {std::string("cli:") + (user && *user ? user : std::to_string(getuid())), ""};
}

std::string entry_hash(const Entry& e) {
  std::string text;
  text.reserve(256);
  for (const std::string* part : {&e.prev_hash, &e.administration}) text.append(*part).push_back('\n');
  text.append(std::to_string(e.seq)).push_back('\n');
  for (const std::string* part : {&e.at, &e.username, &e.address, &e.action, &e.object})
    text.append(*part).push_back('\n');
  text.append(e.digest);
  return blake2b_hex(text);
}

nlohmann::json to_json(const Entry& e) {
  return {{"seq", e.seq},
          {"at", e.at},
          {"administration", e.administration},
          {"username", e.username},
          {"address", e.address},
          {"action", e.action},
          {"object", e.object},
          {"change", e.change},
          {"digest", e.digest},
          {"prev_hash", e.prev_hash},
          {"hash", e.hash}};
}

int64_t record(Store& store, const Actor& actor, std::string_view action, std::string_view object,
               const nlohmann::json& change) {
  sql::Session& db = store.sql();
  sql::Transaction tx(db);
  Entry e;
  e.administration = store.administration();
  db.lock("audit:" + e.administration);
  auto last =
      db.query_one("SELECT seq, hash FROM audit_log WHERE administration = $1 ORDER BY seq DESC LIMIT 1",
                   {sql::text(e.administration)});
  e.seq = last ? last->integer(0) + 1 : 1;
  e.prev_hash = last ? last->text(1) : kGenesis;
  e.at = utc_now_ms();
  e.username = actor.username;
  e.address = actor.address;
  e.action = std::string(action);
  e.object = std::string(object);
  const std::string text = canonical(change);
  e.digest = blake2b_hex(text);
  e.hash = entry_hash(e);
  db.execute(
      std::string("INSERT INTO audit_log(") + kColumns + ") VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)",
      {sql::text(e.administration), sql::integer(e.seq), sql::text(e.at), sql::text(e.username),
       sql::text(e.address), sql::text(e.action), sql::text(e.object), sql::text(text), sql::text(e.digest),
       sql::text(e.prev_hash), sql::text(e.hash)});
  tx.commit();
  return e.seq;
}

std::vector<Entry> entries(Store& store, int64_t after, int limit) {
  std::vector<Entry> out;
  for (const sql::Row& r :
       store.sql().query(std::string("SELECT ") + kColumns +
                             " FROM audit_log WHERE administration = $1 AND seq > $2 ORDER BY seq LIMIT $3",
                         {sql::text(store.administration()), sql::integer(after), sql::integer(limit)}))
    out.push_back(from_row(r));
  return out;
}

std::optional<Entry> head(Store& store) {
  auto r = store.sql().query_one(std::string("SELECT ") + kColumns +
                                     " FROM audit_log WHERE administration = $1 ORDER BY seq DESC LIMIT 1",
                                 {sql::text(store.administration())});
  if (!r) return std::nullopt;
  return from_row(*r);
}

Verification verify(Store& store) { return check_chain(store.sql(), store.administration()); }

std::vector<Verification> verify_all(Store& store) {
  std::vector<Verification> out;
  for (const sql::Row& r : store.sql().query("SELECT DISTINCT administration FROM audit_log ORDER BY 1"))
    out.push_back(check_chain(store.sql(), r.text(0)));
  return out;
}

}  // namespace custos::audit
