#include "records/seizure_store.hpp"

#include <sodium.h>

#include "core/clock.hpp"

namespace custos::records {
namespace {

std::string hex(const unsigned char* p, size_t n) {
  std::string out(n * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), p, n);
  out.pop_back();
  return out;
}

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (const std::string& x : v) s += (s.empty() ? "" : "|") + x;
  return s;
}

std::vector<Party> parties_of(sql::Session& db, const std::string& admin, std::string_view id) {
  std::vector<Party> out;
  for (const sql::Row& r : db.query("SELECT kind, name, nationality FROM seizure_parties WHERE "
                                    "administration = $1 AND seizure_id = $2 "
                                    "ORDER BY kind DESC, name",
                                    {sql::text(admin), sql::text(id)}))
    out.push_back({r.text(0), r.text(1), r.text(2)});
  return out;
}

Seizure from_doc(const std::string& doc) { return seizure_from_json(nlohmann::json::parse(doc)); }

void require_seizure(Store& store, std::string_view id) {
  if (!store.sql().query_one("SELECT 1 FROM seizures WHERE administration = $1 AND id = $2",
                             {sql::text(store.administration()), sql::text(id)}))
    throw NotFound("no seizure '" + std::string(id) + "'");
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  unsigned char out[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(out, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  return hex(out, sizeof out);
}

std::string digest_hex(std::string_view bytes) {
  unsigned char out[32];
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                     nullptr, 0);
  return hex(out, sizeof out);
}

PutResult put_seizure(Store& store, const Seizure& s, const audit::Actor& actor, std::string_view source) {
  sql::Session& db = store.sql();
  const std::string admin = store.administration();
  nlohmann::json full = to_json(s, true);
  const std::string digest = digest_hex(full.dump());
  sql::Transaction tx(db);
  auto old = db.query_one("SELECT digest, doc FROM seizures WHERE administration = $1 AND id = $2",
                          {sql::text(admin), sql::text(s.id)});
  if (old && old->text(0) == digest) return PutResult::duplicate;
  const std::string now = utc_now();
  const std::string doc = to_json(s, false).dump();
  if (old) {
    db.execute(
        "UPDATE seizures SET digest = $3, date = $4, country = $5, domain = $6, detection = $7, operation = "
        "$8, "
        "declarations = $9, doc = $10, source = $11, updated_at = $12 WHERE administration = $1 AND id = $2",
        {sql::text(admin), sql::text(s.id), sql::text(digest), sql::text(s.date.text), sql::text(s.country),
         sql::text(s.domain), sql::text(s.detection), sql::text(s.operation),
         sql::text(joined(s.declarations)), sql::text(doc), sql::text(source), sql::text(now)});
    db.execute("DELETE FROM seizure_parties WHERE administration = $1 AND seizure_id = $2",
               {sql::text(admin), sql::text(s.id)});
  } else {
    db.execute(
        "INSERT INTO seizures(administration, id, digest, date, country, domain, detection, operation, "
        "declarations, doc, source, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, "
        "$11, "
        "$12, $12)",
        {sql::text(admin), sql::text(s.id), sql::text(digest), sql::text(s.date.text), sql::text(s.country),
         sql::text(s.domain), sql::text(s.detection), sql::text(s.operation),
         sql::text(joined(s.declarations)), sql::text(doc), sql::text(source), sql::text(now)});
  }
  for (const Party& p : s.parties)
    db.execute(
        "INSERT INTO seizure_parties(administration, seizure_id, kind, name, nationality) VALUES ($1, $2, "
        "$3, $4, "
        "$5) ON CONFLICT (administration, seizure_id, kind, name) DO UPDATE SET nationality = "
        "excluded.nationality",
        {sql::text(admin), sql::text(s.id), sql::text(p.kind), sql::text(p.name), sql::text(p.nationality)});
  // The declarations' outcomes, once per (seizure, declaration).
  for (const std::string& decl : s.declarations) {
    bool recorded = false;
    for (const Event& e : store.events("outcome", decl)) {
      auto j = nlohmann::json::parse(e.data, nullptr, false);
      if (j.is_object() && j.value("seizure_id", "") == s.id) recorded = true;
    }
    if (recorded) continue;
    Event e;
    e.kind = "outcome";
    e.declaration_id = decl;
    e.actor = actor.username;
    e.data = nlohmann::json{{"inspection_result", "seizure"},
                            {"fraud", true},
                            {"illicit_domain", s.domain},
                            {"seizure_id", s.id},
                            {"source", "seizure:" + s.id}}
                 .dump();
    store.append_event(e);
  }
  nlohmann::json change = {{"digest", digest}, {"source", std::string(source)}};
  if (old) {
    nlohmann::json before = nlohmann::json::parse(old->text(1), nullptr, false);
    nlohmann::json after = to_json(s, false);
    nlohmann::json diff = nlohmann::json::object();
    if (before.is_object())
      for (auto it = after.begin(); it != after.end(); ++it)
        if (!before.contains(it.key()) || before[it.key()] != it.value())
          diff[it.key()] = {{"old", before.contains(it.key()) ? before[it.key()] : nlohmann::json()},
                            {"new", it.value()}};
    change["changed"] = diff;
  }
  audit::record(store, actor, old ? "seizure.update" : "seizure.create", "seizure:" + s.id, change);
  tx.commit();
  return old ? PutResult::updated : PutResult::stored;
}

std::optional<Seizure> get_seizure(Store& store, std::string_view id) {
  auto row = store.sql().query_one("SELECT doc FROM seizures WHERE administration = $1 AND id = $2",
                                   {sql::text(store.administration()), sql::text(id)});
  if (!row) return std::nullopt;
  Seizure s = from_doc(row->text(0));
  s.parties = parties_of(store.sql(), store.administration(), id);
  return s;
}

std::vector<Seizure> list_seizures(Store& store, const SeizureFilter& f) {
  std::vector<Seizure> out;
  sql::Session& db = store.sql();
  // Partial dates sort as text: a period overlaps [from, to] when its first
  // day is at most `to` and its last day at least `from` (checked below).
  auto rows = db.query(
      "SELECT doc FROM seizures WHERE administration = $1 AND ($2 = '' OR domain = $2) AND ($3 = '' OR "
      "operation = $3) ORDER BY date, id",
      {sql::text(store.administration()), sql::text(f.domain), sql::text(f.operation)});
  for (const sql::Row& r : rows) {
    Seizure s = from_doc(r.text(0));
    if (f.from && s.date.last() < *f.from) continue;
    if (f.to && s.date.first() > *f.to) continue;
    s.parties = parties_of(db, store.administration(), s.id);
    out.push_back(std::move(s));
  }
  return out;
}

std::string add_seizure_file(Store& store, std::string_view seizure_id, std::string_view name,
                             std::string_view bytes, const audit::Actor& actor) {
  sql::Session& db = store.sql();
  sql::Transaction tx(db);
  require_seizure(store, seizure_id);
  const std::string sha = sha256_hex(bytes);
  int64_t n = db.execute(
      "INSERT INTO seizure_files(administration, seizure_id, sha256, name, size, added_by, added_at, "
      "content) "
      "VALUES ($1, $2, $3, $4, CAST($5 AS BIGINT), $6, $7, $8) ON CONFLICT (administration, seizure_id, "
      "sha256) "
      "DO NOTHING",
      {sql::text(store.administration()), sql::text(seizure_id), sql::text(sha), sql::text(name),
       sql::integer(static_cast<int64_t>(bytes.size())), sql::text(actor.username), sql::text(utc_now()),
       sql::blob(bytes)});
  if (n > 0)
    audit::record(store, actor, "seizure.file.add", "seizure:" + std::string(seizure_id),
                  {{"sha256", sha}, {"name", std::string(name)}, {"size", bytes.size()}});
  tx.commit();
  return sha;
}

std::vector<StoredFile> seizure_files(Store& store, std::string_view seizure_id) {
  std::vector<StoredFile> out;
  for (const sql::Row& r : store.sql().query(
           "SELECT sha256, name, added_by, added_at, size FROM seizure_files WHERE administration = $1 AND "
           "seizure_id = $2 ORDER BY added_at, sha256",
           {sql::text(store.administration()), sql::text(seizure_id)}))
    out.push_back({r.text(0), r.text(1), r.text(2), r.text(3), r.integer(4)});
  return out;
}

CustodyEvent add_custody_event(Store& store, std::string_view seizure_id, std::string_view action,
                               std::string_view place, std::string_view note, const audit::Actor& actor) {
  sql::Session& db = store.sql();
  sql::Transaction tx(db);
  db.lock("seizure_custody");
  require_seizure(store, seizure_id);
  CustodyEvent e;
  e.seq = db.query_one(
                "SELECT coalesce(max(seq), 0) + 1 FROM seizure_custody WHERE administration = $1 AND "
                "seizure_id = $2",
                {sql::text(store.administration()), sql::text(seizure_id)})
              ->integer(0);
  e.at = utc_now();
  e.actor = actor.username;
  e.action = std::string(action);
  e.place = std::string(place);
  e.note = std::string(note);
  db.execute(
      "INSERT INTO seizure_custody(administration, seizure_id, seq, at, actor, action, place, note) VALUES "
      "($1, "
      "$2, CAST($3 AS BIGINT), $4, $5, $6, $7, $8)",
      {sql::text(store.administration()), sql::text(seizure_id), sql::integer(e.seq), sql::text(e.at),
       sql::text(e.actor), sql::text(e.action), sql::text(e.place), sql::text(e.note)});
  audit::record(store, actor, "seizure.custody", "seizure:" + std::string(seizure_id),
                {{"seq", e.seq}, {"action", e.action}, {"place", e.place}, {"note", e.note}});
  tx.commit();
  return e;
}

std::vector<CustodyEvent> custody(Store& store, std::string_view seizure_id) {
  std::vector<CustodyEvent> out;
  for (const sql::Row& r : store.sql().query(
           "SELECT seq, at, actor, action, place, note FROM seizure_custody WHERE administration = $1 AND "
           "seizure_id = $2 ORDER BY seq",
           {sql::text(store.administration()), sql::text(seizure_id)}))
    out.push_back({r.integer(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5)});
  return out;
}

}  // namespace custos::records
