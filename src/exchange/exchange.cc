#include "exchange/exchange.hpp"

#include <sodium.h>

#include <algorithm>
#include <map>
#include <mutex>
#include <tuple>

#include "audit/keys.hpp"
#include "core/clock.hpp"
#include "exchange/operations.hpp"
#include "exchange/trust.hpp"

namespace custos::exchange {
namespace {

using nlohmann::json;

std::string hex(const unsigned char* p, size_t n) {
  std::string out(2 * n + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), p, n);
  out.pop_back();
  return out;
}

std::string digest_of(const Record& r) {
  const std::string text = canonical_text(to_json(r));
  unsigned char d[32];
  crypto_generichash(d, sizeof d, reinterpret_cast<const unsigned char*>(text.data()), text.size(), nullptr,
                     0);
  return hex(d, sizeof d);
}

std::map<std::string, RecordApplier>& appliers() {
  static std::map<std::string, RecordApplier> m;
  return m;
}
std::mutex appliers_mu;

constexpr const char* kColumns =
    "uuid, version, kind, issuer, level, tlp, operation, status, issued_at, body, received_from, bundle_id, "
    "received_at, stored_at";

StoredRecord from_row(const sql::Row& r) {
  StoredRecord s;
  s.record.uuid = r.text(0);
  s.record.version = r.integer(1);
  s.record.kind = r.text(2);
  s.record.issuer = r.text(3);
  s.record.level = parse_level(r.text(4)).value_or(Level::administration);
  s.record.tlp = r.text(5);
  s.record.operation = r.text(6);
  s.record.status = r.text(7);
  s.record.issued_at = r.text(8);
  s.record.data = json::parse(r.text(9), nullptr, false);
  s.received_from = r.text(10);
  s.bundle_id = r.text(11);
  s.received_at = r.text(12);
  s.stored_at = r.text(13);
  return s;
}

void insert(Store& store, const StoredRecord& s) {
  const Record& r = s.record;
  store.sql().execute(
      "INSERT INTO exchange_records(administration, uuid, version, kind, issuer, level, tlp, operation, "
      "status, "
      "issued_at, body, digest, received_from, bundle_id, received_at, stored_at) VALUES ($1, $2, $3, $4, "
      "$5, "
      "$6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
      {sql::text(store.administration()), sql::text(r.uuid), sql::integer(r.version), sql::text(r.kind),
       sql::text(r.issuer), sql::text(to_string(r.level)), sql::text(r.tlp), sql::text_or_null(r.operation),
       sql::text(r.status), sql::text(r.issued_at), sql::text(canonical_text(r.data)),
       sql::text(digest_of(r)), sql::text_or_null(s.received_from), sql::text_or_null(s.bundle_id),
       sql::text_or_null(s.received_at), sql::text(s.stored_at)});
}

std::optional<std::string> stored_digest(Store& store, const std::string& uuid, int64_t version) {
  auto r = store.sql().query_one(
      "SELECT digest FROM exchange_records WHERE administration = $1 AND uuid = $2 AND version = $3",
      {sql::text(store.administration()), sql::text(uuid), sql::integer(version)});
  if (!r) return std::nullopt;
  return r->text(0);
}

Record store_own(Store& store, const audit::Actor& actor, Record r, const char* action,
                 const json& why = {}) {
  sql::Transaction tx(store.sql());
  StoredRecord s{r, "", "", "", utc_now()};
  insert(store, s);
  json change = {{"uuid", r.uuid}, {"version", r.version}, {"kind", r.kind}, {"level", to_string(r.level)},
                 {"tlp", r.tlp},   {"status", r.status}};
  if (!r.operation.empty()) change["operation"] = r.operation;
  if (!why.is_null()) change["reason"] = why;
  audit::record(store, actor, action, "exchange:" + r.uuid, change);
  tx.commit();
  return r;
}

// Persons' names, documents and addresses, as the setting says.
json protect_persons(json data, PersonalData how, const std::string& master) {
  auto it = data.find("persons");
  if (it == data.end() || !it->is_array() || how == PersonalData::full) return data;
  for (json& p : *it) {
    if (p.value("pseudonymised", false) || p.value("redacted", false)) continue;
    for (const char* key : {"name", "document", "address"}) {
      auto f = p.find(key);
      if (f == p.end() || !f->is_string()) continue;
      if (how == PersonalData::pseudonym && std::string(key) != "address")
        *f = pseudonym(master, f->get<std::string>());
      else
        p.erase(key);
    }
    p[how == PersonalData::pseudonym ? "pseudonymised" : "redacted"] = true;
  }
  return data;
}

// Counts of the administration's public seizures.
json aggregates(const std::vector<StoredRecord>& records, const ExportOptions& o) {
  using Key = std::tuple<std::string, std::string, std::string, std::string>;
  std::map<Key, std::pair<int64_t, std::map<std::pair<std::string, bool>, double>>> groups;
  for (const StoredRecord& s : records) {
    const Record& r = s.record;
    if (!s.received_from.empty() || r.kind != "seizure" || r.level != Level::public_ || r.status != "active")
      continue;
    if (!o.operation.empty() && r.operation != o.operation) continue;
    auto& g = groups[{r.operation, r.data.value("domain", ""), r.data.value("commodity", ""),
                      r.data.value("country", "")}];
    ++g.first;
    for (const json& q : r.data.value("quantities", json::array()))
      g.second[{q.value("unit", ""), q.value("estimated", false)}] += q.value("amount", 0.0);
  }
  json out = json::array();
  for (const auto& [key, g] : groups) {
    json a = {{"domain", std::get<1>(key)},
              {"commodity", std::get<2>(key)},
              {"country", std::get<3>(key)},
              {"seizures", g.first},
              {"quantities", json::array()}};
    if (!std::get<0>(key).empty()) a["operation"] = std::get<0>(key);
    for (const auto& [unit, amount] : g.second)
      a["quantities"].push_back({{"unit", unit.first}, {"estimated", unit.second}, {"amount", amount}});
    out.push_back(a);
  }
  return out;
}

// Whether a stored record may go into a bundle of these options, and at
// which level (received records are narrowed when passed on).
std::optional<Level> travels(const StoredRecord& s, const ExportOptions& o, const std::string& own) {
  const Record& r = s.record;
  if (r.level == Level::administration || r.level == Level::public_) return std::nullopt;
  if (!o.for_partner.empty() && o.for_partner == r.issuer) return std::nullopt;  // it has it
  const bool received = r.issuer != own;
  if (!received) {
    if (o.level == Level::operation)
      return r.operation == o.operation ? std::optional(r.level) : std::nullopt;
    if (o.level == Level::partners && r.level == Level::partners &&
        (o.operation.empty() || r.operation == o.operation))
      return r.level;
    return std::nullopt;
  }
  // Passed on: never wider than it came, never RED or AMBER+STRICT, feedback never.
  if (o.level != Level::operation || r.operation != o.operation || r.kind == "feedback" ||
      !tlp_allows_passing_on(r.tlp))
    return std::nullopt;
  return Level::operation;
}

}  // namespace

std::string pseudonym(const std::string& master_key, std::string_view value) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
  static constexpr char kContext[] = "custos exchange pseudonyms v1";
  unsigned char subkey[crypto_generichash_KEYBYTES];
  crypto_generichash(subkey, sizeof subkey, reinterpret_cast<const unsigned char*>(kContext),
                     sizeof kContext - 1, reinterpret_cast<const unsigned char*>(master_key.data()),
                     master_key.size());
  // The same person written with other spacing or case gets the same pseudonym.
  std::string norm;
  bool space = false;
  for (char c : value) {
    if (c == ' ' || c == '\t' || c == '\n') {
      space = !norm.empty();
      continue;
    }
    if (space) norm.push_back(' ');
    space = false;
    norm.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c);
  }
  unsigned char d[8];
  crypto_generichash(d, sizeof d, reinterpret_cast<const unsigned char*>(norm.data()), norm.size(), subkey,
                     sizeof subkey);
  sodium_memzero(subkey, sizeof subkey);
  return "PSN-" + hex(d, sizeof d);
}

std::optional<PersonalData> parse_personal_data(std::string_view t) {
  if (t == "pseudonym") return PersonalData::pseudonym;
  if (t == "redact") return PersonalData::redact;
  if (t == "full") return PersonalData::full;
  return std::nullopt;
}

void register_applier(const std::string& kind, RecordApplier applier) {
  std::lock_guard lock(appliers_mu);
  appliers()[kind] = std::move(applier);
}

std::vector<StoredRecord> current_records(Store& store, const std::string& kind) {
  std::vector<StoredRecord> out;
  for (const sql::Row& r : store.sql().query(
           std::string("SELECT ") + kColumns +
               " FROM exchange_records e WHERE administration = $1 AND (CAST($2 AS TEXT) = '' OR kind = "
               "CAST($2 AS TEXT)) AND version = "
               "(SELECT max(version) FROM exchange_records m WHERE m.administration = e.administration AND "
               "m.uuid = e.uuid) ORDER BY issued_at, uuid",
           {sql::text(store.administration()), sql::text(kind)}))
    out.push_back(from_row(r));
  return out;
}

std::optional<StoredRecord> find_record(Store& store, const std::string& uuid) {
  auto r =
      store.sql().query_one(std::string("SELECT ") + kColumns +
                                " FROM exchange_records WHERE administration = $1 AND uuid = $2 ORDER BY "
                                "version DESC LIMIT 1",
                            {sql::text(store.administration()), sql::text(uuid)});
  if (!r) return std::nullopt;
  return from_row(*r);
}

Record issue_record(Store& store, const audit::Actor& actor, const json& doc) {
  if (!doc.is_object()) throw BundleError("", "expected a JSON object with kind and data");
  for (const auto& [key, v] : doc.items()) {
    (void)v;
    if (key != "uuid" && key != "kind" && key != "level" && key != "tlp" && key != "operation" &&
        key != "data")
      throw BundleError(key, "is not a field of a record to issue (uuid, kind, level, tlp, operation, data)");
  }
  Record r;
  r.issuer = store.administration();
  r.kind = doc.value("kind", "");
  if (r.kind != "seizure" && r.kind != "alert" && r.kind != "feedback")
    throw BundleError("kind", "must be seizure, alert or feedback");
  const std::string level = doc.value("level", "administration");
  auto l = parse_level(level);
  if (!l) throw BundleError("level", "must be administration, operation, partners or public");
  r.level = *l;
  r.tlp = doc.value("tlp", "AMBER");
  if (!is_tlp_label(r.tlp)) throw BundleError("tlp", "must be RED, AMBER, AMBER+STRICT, GREEN or CLEAR");
  r.operation = doc.value("operation", "");
  if (!r.operation.empty() && !find_operation(store, r.operation))
    throw BundleError("operation",
                      "no operation " + r.operation + " here (add it with 'custos operations add')");
  if (r.level == Level::operation && r.operation.empty())
    throw BundleError("operation", "a record of level operation names its operation");
  if (r.level == Level::public_ && r.kind != "seizure")
    throw BundleError("level", "only seizures are published (as aggregated counts)");
  if (!doc.contains("data")) throw BundleError("data", "is required");
  check_record_data(r.kind, doc["data"], "data");
  r.data = doc["data"];
  r.issued_at = utc_now();
  const char* action = "exchange.issue";
  if (doc.contains("uuid")) {
    const std::string uuid = doc["uuid"].is_string() ? doc["uuid"].get<std::string>() : "";
    auto old = find_record(store, uuid);
    if (!old) throw BundleError("uuid", "no record " + uuid + " here to amend");
    if (old->record.issuer != store.administration())
      throw BundleError("uuid", "record " + uuid + " was issued by " + old->record.issuer +
                                    "; only its issuer amends it (send feedback instead)");
    if (old->record.kind != r.kind)
      throw BundleError("kind", "an amendment keeps the record's kind (" + old->record.kind + ")");
    if (old->record.status == "retracted") throw BundleError("uuid", "record " + uuid + " was retracted");
    r.uuid = uuid;
    r.version = old->record.version + 1;
    action = "exchange.amend";
  } else {
    r.uuid = new_uuid();
  }
  return store_own(store, actor, r, action);
}

Record retract_record(Store& store, const audit::Actor& actor, const std::string& uuid,
                      const std::string& reason) {
  auto old = find_record(store, uuid);
  if (!old) throw BundleError("uuid", "no record " + uuid + " here");
  if (old->record.issuer != store.administration())
    throw BundleError(
        "uuid", "record " + uuid + " was issued by " + old->record.issuer + "; only its issuer retracts it");
  if (old->record.status == "retracted")
    throw BundleError("uuid", "record " + uuid + " is already retracted");
  Record r = old->record;
  r.version += 1;
  r.status = "retracted";
  r.issued_at = utc_now();
  return store_own(store, actor, r, "exchange.retract", reason);
}

Record send_feedback(Store& store, const audit::Actor& actor, const std::string& about,
                     const std::string& result, const std::string& note) {
  auto target = find_record(store, about);
  if (!target) throw BundleError("about", "no record " + about + " here");
  if (target->record.issuer == store.administration())
    throw BundleError("about", "record " + about + " was issued here; feedback goes to a partner's record");
  json data = {{"about", about}, {"to", target->record.issuer}, {"result", result}};
  if (!note.empty()) data["note"] = note;
  json doc = {{"kind", "feedback"},
              {"level", target->record.level == Level::operation ? "operation" : "partners"},
              {"tlp", target->record.tlp},
              {"data", data}};
  if (!target->record.operation.empty()) {
    if (!find_operation(store, target->record.operation))
      doc["level"] = "partners";
    else
      doc["operation"] = target->record.operation;
  }
  return issue_record(store, actor, doc);
}

Bundle export_bundle(Store& store, const audit::Actor& actor, const ExportOptions& o) {
  const std::string own = store.administration();
  Bundle b;
  b.issuer = own;
  b.level = o.level;
  b.operation = o.operation;
  if (o.level == Level::administration)
    throw BundleError("level", "records of level administration never leave their administration");
  if (o.personal == PersonalData::full && o.level != Level::operation)
    throw BundleError("personal_data",
                      "persons' data travel in full only within an operation (--level operation)");
  if (o.level == Level::operation) {
    if (o.operation.empty())
      throw BundleError("operation", "a bundle of level operation names its operation (--operation)");
    auto op = find_operation(store, o.operation);
    if (!op) throw BundleError("operation", "no operation " + o.operation + " here");
    for (const auto& p : op->participants)
      if (p != own) b.audience.push_back(p);
  } else if (o.level == Level::partners) {
    b.audience = trusted_partners(store);
  }
  if (!o.for_partner.empty()) {
    if (o.level != Level::public_ &&
        std::find(b.audience.begin(), b.audience.end(), o.for_partner) == b.audience.end())
      throw BundleError("audience", o.for_partner + " is not among the receivers of this level (" +
                                        std::string(to_string(o.level)) + ")");
    if (o.level != Level::public_) b.audience = {o.for_partner};
  }
  const std::string master = audit::read_master_key(o.master_key_path);
  std::vector<StoredRecord> records = current_records(store);
  if (o.since) {
    const std::string since = o.since->str();
    std::erase_if(records, [&](const StoredRecord& s) { return s.stored_at.substr(0, 10) < since; });
  }
  if (o.level == Level::public_) {
    b.aggregates = aggregates(records, o);
  } else {
    for (const StoredRecord& s : records) {
      auto level = travels(s, o, own);
      if (!level) continue;
      Record r = s.record;
      r.level = *level;
      if (r.kind == "seizure") r.data = protect_persons(r.data, o.personal, master);
      b.records.push_back(std::move(r));
    }
  }
  b.bundle_id = new_uuid();
  b.created_at = utc_now();
  auto [signature, key_id] = audit::sign(store, o.master_key_path, canonical_text(b));
  b.signature = Signature{"Ed25519", key_id, signature};
  json change = {{"bundle_id", b.bundle_id},    {"level", to_string(b.level)},
                 {"records", b.records.size()}, {"aggregates", b.aggregates.size()},
                 {"audience", b.audience},      {"key_id", key_id}};
  if (!b.operation.empty()) change["operation"] = b.operation;
  audit::record(store, actor, "exchange.export", "bundle:" + b.bundle_id, change);
  return b;
}

json to_json(const ImportResult& r) {
  return {{"bundle_id", r.bundle_id},   {"issuer", r.issuer},
          {"records", r.records},       {"applied", r.applied},
          {"duplicates", r.duplicates}, {"rejected", r.rejected},
          {"rejections", r.rejections}, {"already_received", r.already_received}};
}

ImportResult import_bundle(Store& store, const audit::Actor& actor, std::string_view text) {
  std::string canonical;
  Bundle b = parse_bundle(text, &canonical);
  return apply_bundle(store, actor, b, canonical);
}

ImportResult apply_bundle(Store& store, const audit::Actor& actor, const Bundle& b,
                          const std::string& canonical) {
  const std::string own = store.administration();
  if (!b.signature) throw BundleError("signature", "the bundle is not signed; unsigned bundles are refused");
  if (b.issuer == own)
    throw BundleError("issuer", "this bundle was issued by this administration (" + own + ")");
  auto key = usable_key(store, b.issuer, b.signature->key_id);
  if (!key) {
    bool known = false;
    for (const auto& k : trusted_keys(store))
      known = known || (k.partner == b.issuer && k.key_id == b.signature->key_id);
    throw BundleError("signature.key_id",
                      known ? "key " + b.signature->key_id + " of " + b.issuer + " was revoked here"
                            : "key " + b.signature->key_id + " of " + b.issuer +
                                  " is not trusted here (run 'custos keys trust " + b.issuer + " FILE')");
  }
  if (!audit::verify_signature(key->public_key, canonical, b.signature->value))
    throw BundleError(
        "signature", "the signature does not match the bundle's content: it was altered after it was signed");
  if (b.level != Level::public_ && std::find(b.audience.begin(), b.audience.end(), own) == b.audience.end())
    throw BundleError("audience", "the bundle is not addressed to " + own);
  if (b.level == Level::operation) {
    auto op = find_operation(store, b.operation);
    if (!op)
      throw BundleError("operation", "operation " + b.operation +
                                         " is not known here (add it with 'custos operations add')");
    if (std::find(op->participants.begin(), op->participants.end(), b.issuer) == op->participants.end())
      throw BundleError("issuer",
                        b.issuer + " is not a participant of operation " + b.operation + " as recorded here");
  }

  ImportResult res;
  res.bundle_id = b.bundle_id;
  res.issuer = b.issuer;
  res.records = static_cast<int64_t>(b.records.size());
  sql::Session& db = store.sql();
  sql::Transaction tx(db);
  res.already_received =
      db.query_one("SELECT 1 FROM exchange_bundles WHERE administration = $1 AND bundle_id = $2",
                   {sql::text(own), sql::text(b.bundle_id)})
          .has_value();
  const std::string now = utc_now();
  auto reject = [&](const Record& r, const std::string& why) {
    ++res.rejected;
    res.rejections.push_back(r.uuid + " v" + std::to_string(r.version) + ": " + why);
  };
  for (const Record& r : b.records) {
    // The distribution rules, checked again here: a sender may be wrong.
    if (b.level == Level::operation && r.operation != b.operation) {
      reject(r, "it belongs to operation '" + r.operation + "', not to the bundle's " + b.operation);
      continue;
    }
    if (b.level == Level::partners && r.level != Level::partners) {
      reject(r,
             "its level is " + std::string(to_string(r.level)) + ", narrower than the bundle's (partners)");
      continue;
    }
    if (r.issuer != b.issuer &&
        (r.level != Level::operation || !tlp_allows_passing_on(r.tlp) || r.kind == "feedback")) {
      reject(r, "it was issued by " + r.issuer + " and passed on wider than its level or TLP:" + r.tlp +
                    " allows");
      continue;
    }
    auto current = find_record(store, r.uuid);
    if (current && current->record.issuer != r.issuer) {
      reject(r,
             "record " + r.uuid + " was issued by " + current->record.issuer + "; only its issuer amends it");
      continue;
    }
    const auto digest = stored_digest(store, r.uuid, r.version);
    if (digest) {
      Record normalized = r;
      normalized.level = current ? current->record.level : r.level;
      if (*digest == digest_of(r) || *digest == digest_of(normalized))
        ++res.duplicates;
      else if (r.issuer == own)
        ++res.duplicates;  // our own record, narrowed on the way back
      else
        reject(r, "another record is stored under the same uuid and version");
      continue;
    }
    if (r.issuer == own) {
      reject(r, "it claims to be issued here, but no such record was");
      continue;
    }
    StoredRecord s{r, b.issuer, b.bundle_id, now, now};
    insert(store, s);
    ++res.applied;
    RecordApplier apply;
    {
      std::lock_guard lock(appliers_mu);
      auto it = appliers().find(r.kind);
      if (it != appliers().end()) apply = it->second;
    }
    if (apply) apply(store, s);
  }
  db.execute(
      "INSERT INTO exchange_bundles(administration, bundle_id, issuer, level, operation, received_at, "
      "records, "
      "applied, duplicates, rejected, aggregates) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) "
      "ON CONFLICT (administration, bundle_id) DO NOTHING",
      {sql::text(own), sql::text(b.bundle_id), sql::text(b.issuer), sql::text(to_string(b.level)),
       sql::text_or_null(b.operation), sql::text(now), sql::integer(res.records), sql::integer(res.applied),
       sql::integer(res.duplicates), sql::integer(res.rejected),
       b.aggregates.empty() ? sql::null() : sql::text(canonical_text(b.aggregates))});
  audit::record(store, actor, "exchange.import", "bundle:" + b.bundle_id,
                {{"bundle_id", b.bundle_id},
                 {"issuer", b.issuer},
                 {"key_id", b.signature->key_id},
                 {"records", res.records},
                 {"applied", res.applied},
                 {"duplicates", res.duplicates},
                 {"rejected", res.rejected}});
  tx.commit();
  return res;
}

}  // namespace custos::exchange
