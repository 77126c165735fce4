#include "store/sqlite/schema.hpp"

namespace custos::sqlite {
namespace {

constexpr Migration kMigrations[] = {
    {1, "declarations, versions, nomenclatures, artifacts, events",
     R"sql(
CREATE TABLE declarations (
  id             TEXT NOT NULL UNIQUE,
  version        INTEGER NOT NULL,
  digest         TEXT NOT NULL,
  date           TEXT NOT NULL,
  flow           TEXT,
  importer_id    TEXT,
  items          INTEGER NOT NULL,
  fraud          INTEGER,
  illicit_domain TEXT,
  doc            TEXT NOT NULL,
  source         TEXT NOT NULL,
  stored_at      TEXT NOT NULL
);
CREATE INDEX declarations_by_date ON declarations(date, id);
-- Superseded versions; the current one lives in declarations.
CREATE TABLE declaration_versions (
  id        TEXT NOT NULL,
  version   INTEGER NOT NULL,
  digest    TEXT NOT NULL,
  doc       TEXT NOT NULL,
  source    TEXT NOT NULL,
  stored_at TEXT NOT NULL,
  PRIMARY KEY (id, version)
);
CREATE TABLE nomenclature (
  edition     TEXT NOT NULL,
  code        TEXT NOT NULL,
  description TEXT NOT NULL,
  parent      TEXT NOT NULL,
  section     TEXT NOT NULL,
  level       INTEGER NOT NULL,
  PRIMARY KEY (edition, code)
);
CREATE TABLE nomenclature_editions (
  edition     TEXT PRIMARY KEY,
  source      TEXT NOT NULL,
  imported_at TEXT NOT NULL
);
CREATE TABLE artifacts (
  kind       TEXT NOT NULL,
  name       TEXT NOT NULL,
  version    INTEGER NOT NULL,
  metadata   TEXT NOT NULL,
  payload    BLOB NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (kind, name, version)
);
CREATE TABLE artifact_active (
  kind    TEXT NOT NULL,
  name    TEXT NOT NULL,
  version INTEGER NOT NULL,
  PRIMARY KEY (kind, name)
);
CREATE TABLE events (
  id             INTEGER PRIMARY KEY,
  kind           TEXT NOT NULL,
  declaration_id TEXT NOT NULL,
  actor          TEXT NOT NULL,
  at             TEXT NOT NULL,
  data           TEXT NOT NULL
);
CREATE INDEX events_by_declaration ON events(kind, declaration_id);
)sql"},
    {2, "compressed declaration documents: Zstandard dictionaries",
     R"sql(
-- declarations.doc and declaration_versions.doc hold either the canonical
-- JSON as TEXT (schema 1) or a Zstandard frame as a BLOB, compressed with the
-- dictionary whose Zstandard id the frame names.
CREATE TABLE document_dictionaries (
  seq        INTEGER PRIMARY KEY,
  zstd_id    INTEGER NOT NULL UNIQUE,
  dictionary BLOB NOT NULL,
  samples    INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
)sql"},
    {3, "administrations: every record belongs to one",
     R"sql(
-- The administrations this store knows. Exactly one is the store's own
-- (own = 1): its code (an ISO 3166 code, e.g. KH) names it to partners.
-- Rows written before this migration belong to the own administration, XX
-- until `custos init --administration CODE` names it.
CREATE TABLE administrations (
  code       TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  own        INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX administrations_one_own ON administrations(own) WHERE own = 1;
INSERT INTO administrations(code, name, own, created_at)
  VALUES ('XX', 'This administration', 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

CREATE TABLE declarations_new (
  administration TEXT NOT NULL,
  id             TEXT NOT NULL,
  version        INTEGER NOT NULL,
  digest         TEXT NOT NULL,
  date           TEXT NOT NULL,
  flow           TEXT,
  importer_id    TEXT,
  items          INTEGER NOT NULL,
  fraud          INTEGER,
  illicit_domain TEXT,
  doc            BLOB NOT NULL,
  source         TEXT NOT NULL,
  stored_at      TEXT NOT NULL,
  UNIQUE (administration, id)
);
INSERT INTO declarations_new SELECT 'XX', id, version, digest, date, flow, importer_id, items, fraud,
  illicit_domain, doc, source, stored_at FROM declarations ORDER BY rowid;
DROP TABLE declarations;
ALTER TABLE declarations_new RENAME TO declarations;
CREATE INDEX declarations_by_date ON declarations(administration, date, id);

CREATE TABLE declaration_versions_new (
  administration TEXT NOT NULL,
  id        TEXT NOT NULL,
  version   INTEGER NOT NULL,
  digest    TEXT NOT NULL,
  doc       BLOB NOT NULL,
  source    TEXT NOT NULL,
  stored_at TEXT NOT NULL,
  PRIMARY KEY (administration, id, version)
);
INSERT INTO declaration_versions_new SELECT 'XX', id, version, digest, doc, source, stored_at
  FROM declaration_versions;
DROP TABLE declaration_versions;
ALTER TABLE declaration_versions_new RENAME TO declaration_versions;

CREATE TABLE artifacts_new (
  administration TEXT NOT NULL,
  kind       TEXT NOT NULL,
  name       TEXT NOT NULL,
  version    INTEGER NOT NULL,
  metadata   TEXT NOT NULL,
  payload    BLOB NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (administration, kind, name, version)
);
INSERT INTO artifacts_new SELECT 'XX', kind, name, version, metadata, payload, created_at FROM artifacts;
DROP TABLE artifacts;
ALTER TABLE artifacts_new RENAME TO artifacts;

CREATE TABLE artifact_active_new (
  administration TEXT NOT NULL,
  kind    TEXT NOT NULL,
  name    TEXT NOT NULL,
  version INTEGER NOT NULL,
  PRIMARY KEY (administration, kind, name)
);
INSERT INTO artifact_active_new SELECT 'XX', kind, name, version FROM artifact_active;
DROP TABLE artifact_active;
ALTER TABLE artifact_active_new RENAME TO artifact_active;

ALTER TABLE events ADD COLUMN administration TEXT NOT NULL DEFAULT 'XX';
DROP INDEX events_by_declaration;
CREATE INDEX events_by_declaration ON events(administration, kind, declaration_id);
)sql"},
    {4, "the audit log: an append-only hash chain per administration",
     R"sql(
-- One chain per administration (src/audit/audit.hpp): hash = BLAKE2b-256 of
-- the previous entry's hash and this entry's fields; change holds what
-- changed (never a secret) and digest its BLAKE2b-256.
CREATE TABLE audit_log (
  administration TEXT NOT NULL,
  seq            INTEGER NOT NULL,
  at             TEXT NOT NULL,
  username       TEXT NOT NULL,
  address        TEXT NOT NULL,
  action         TEXT NOT NULL,
  object         TEXT NOT NULL,
  change         TEXT NOT NULL,
  digest         TEXT NOT NULL,
  prev_hash      TEXT NOT NULL,
  hash           TEXT NOT NULL,
  PRIMARY KEY (administration, seq)
);
CREATE INDEX audit_log_by_object ON audit_log(administration, object);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql"},
    {5, "users, tokens, sessions, login throttling, signing keys, audit checkpoints",
     R"sql(
-- Accounts (src/auth): disabled, never deleted, so that audit entries keep
-- their author. A username is unique in the whole store (login names no
-- administration). password_hash is libsodium's argon2id string.
CREATE TABLE users (
  administration TEXT NOT NULL,
  username       TEXT NOT NULL,
  role           TEXT NOT NULL,
  office         TEXT,
  password_hash  TEXT NOT NULL,
  disabled       INTEGER NOT NULL DEFAULT 0,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  PRIMARY KEY (administration, username)
);
CREATE UNIQUE INDEX users_by_username ON users(username);
-- Machine credentials: only the BLAKE2b-256 of a token is kept; the token
-- itself is shown once.
CREATE TABLE api_tokens (
  administration TEXT NOT NULL,
  token_hash     TEXT NOT NULL,
  username       TEXT NOT NULL,
  label          TEXT NOT NULL,
  prefix         TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  revoked        INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (administration, token_hash)
);
CREATE UNIQUE INDEX api_tokens_by_hash ON api_tokens(token_hash);
-- Browser sessions: only the BLAKE2b-256 of the session id is kept, so any
-- server process on the store can check a cookie and none can replay one.
CREATE TABLE sessions (
  administration TEXT NOT NULL,
  session_hash   TEXT NOT NULL,
  username       TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  last_seen_at   TEXT NOT NULL,
  expires_at     TEXT NOT NULL,
  address        TEXT NOT NULL,
  revoked        INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (administration, session_hash)
);
CREATE UNIQUE INDEX sessions_by_hash ON sessions(session_hash);
CREATE INDEX sessions_by_user ON sessions(administration, username);
-- Failed logins in a row, per user ('user:NAME') and per client address
-- ('address:IP'); a success resets them.
CREATE TABLE login_throttle (
  administration  TEXT NOT NULL,
  subject         TEXT NOT NULL,
  failures        INTEGER NOT NULL,
  last_failure_at TEXT NOT NULL,
  blocked_until   TEXT NOT NULL,
  PRIMARY KEY (administration, subject)
);
-- The administration's Ed25519 signing keys (audit checkpoints, exchange):
-- the secret key only sealed (secretbox) under a master key kept outside
-- the store.
CREATE TABLE signing_keys (
  administration TEXT NOT NULL,
  key_id         TEXT NOT NULL,
  public_key     TEXT NOT NULL,
  sealed_secret  BLOB NOT NULL,
  master_key_id  TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  active         INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (administration, key_id)
);
-- Signed heads of the audit chain (src/audit/checkpoint.hpp).
CREATE TABLE audit_checkpoints (
  administration TEXT NOT NULL,
  seq            INTEGER NOT NULL,
  hash           TEXT NOT NULL,
  at             TEXT NOT NULL,
  key_id         TEXT NOT NULL,
  signature      TEXT NOT NULL,
  PRIMARY KEY (administration, seq)
);
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
  BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END;
CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
  BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END;
)sql"},
    {6, "targeting: stored assessments and the lodged-but-unassessed queue",
     R"sql(
-- One row per assessed declaration version (src/targeting/assessments.hpp).
-- lane_rank orders lanes (green 0 .. red 4); domains holds the findings'
-- domains as " d1 d2 " for filtering; findings and assessment are JSON.
CREATE TABLE assessments (
  administration TEXT NOT NULL,
  declaration_id TEXT NOT NULL,
  version        INTEGER NOT NULL,
  office         TEXT NOT NULL,
  day            TEXT NOT NULL,
  lane           TEXT NOT NULL,
  lane_rank      INTEGER NOT NULL,
  requested      TEXT NOT NULL,
  score          REAL NOT NULL,
  selected_by    TEXT NOT NULL,
  domains        TEXT NOT NULL,
  findings       TEXT NOT NULL,
  assessment     TEXT NOT NULL,
  assessed_at    TEXT NOT NULL,
  PRIMARY KEY (administration, declaration_id, version)
);
CREATE INDEX assessments_by_day ON assessments(administration, day, office, lane_rank);
-- Declarations lodged and not yet assessed; a worker claims rows.
CREATE TABLE assessment_queue (
  administration TEXT NOT NULL,
  declaration_id TEXT NOT NULL,
  version        INTEGER NOT NULL,
  lodged_at      TEXT NOT NULL,
  PRIMARY KEY (administration, declaration_id, version)
);
)sql"},
    {7, "seizures, cases, permits and permit draws",
     R"sql(
-- Seizures (src/records/seizure.hpp): the record's fields as canonical JSON
-- in doc; the columns searched or counted beside it. date is YYYY-MM-DD,
-- YYYY-MM or YYYY (what is known). Persons and companies (nominal data) are
-- kept apart in seizure_parties, so the non-nominal record can be shared.
CREATE TABLE seizures (
  administration  TEXT NOT NULL,
  id              TEXT NOT NULL,
  digest          TEXT NOT NULL,
  date            TEXT NOT NULL,
  country         TEXT NOT NULL,
  domain          TEXT NOT NULL,
  detection       TEXT NOT NULL,
  operation       TEXT NOT NULL,
  declarations    TEXT NOT NULL,
  doc             TEXT NOT NULL,
  source          TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  PRIMARY KEY (administration, id)
);
CREATE INDEX seizures_by_date ON seizures(administration, date);
CREATE TABLE seizure_parties (
  administration TEXT NOT NULL,
  seizure_id     TEXT NOT NULL,
  kind           TEXT NOT NULL,
  name           TEXT NOT NULL,
  nationality    TEXT NOT NULL,
  PRIMARY KEY (administration, seizure_id, kind, name)
);
-- Photos and files, by SHA-256, with who added them and when.
CREATE TABLE seizure_files (
  administration TEXT NOT NULL,
  seizure_id     TEXT NOT NULL,
  sha256         TEXT NOT NULL,
  name           TEXT NOT NULL,
  size           BIGINT NOT NULL,
  added_by       TEXT NOT NULL,
  added_at       TEXT NOT NULL,
  content        BLOB NOT NULL,
  PRIMARY KEY (administration, seizure_id, sha256)
);
-- Chain of custody: append-only events per seizure.
CREATE TABLE seizure_custody (
  administration TEXT NOT NULL,
  seizure_id     TEXT NOT NULL,
  seq            BIGINT NOT NULL,
  at             TEXT NOT NULL,
  actor          TEXT NOT NULL,
  action         TEXT NOT NULL,
  place          TEXT NOT NULL,
  note           TEXT NOT NULL,
  PRIMARY KEY (administration, seizure_id, seq)
);
-- Cases group declarations, seizures, parties and spectra results; every
-- change is a timeline row (who, when, old and new value).
CREATE TABLE cases (
  administration TEXT NOT NULL,
  id             TEXT NOT NULL,
  title          TEXT NOT NULL,
  status         TEXT NOT NULL,
  created_by     TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  PRIMARY KEY (administration, id)
);
CREATE TABLE case_links (
  administration TEXT NOT NULL,
  case_id        TEXT NOT NULL,
  kind           TEXT NOT NULL,
  ref            TEXT NOT NULL,
  added_by       TEXT NOT NULL,
  added_at       TEXT NOT NULL,
  PRIMARY KEY (administration, case_id, kind, ref)
);
CREATE TABLE case_notes (
  administration TEXT NOT NULL,
  case_id        TEXT NOT NULL,
  seq            BIGINT NOT NULL,
  author         TEXT NOT NULL,
  at             TEXT NOT NULL,
  text           TEXT NOT NULL,
  PRIMARY KEY (administration, case_id, seq)
);
CREATE TABLE case_tasks (
  administration TEXT NOT NULL,
  case_id        TEXT NOT NULL,
  seq            BIGINT NOT NULL,
  title          TEXT NOT NULL,
  assignee       TEXT NOT NULL,
  status         TEXT NOT NULL,
  created_by     TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  PRIMARY KEY (administration, case_id, seq)
);
CREATE TABLE case_timeline (
  administration TEXT NOT NULL,
  case_id        TEXT NOT NULL,
  seq            BIGINT NOT NULL,
  at             TEXT NOT NULL,
  actor          TEXT NOT NULL,
  what           TEXT NOT NULL,
  old_value      TEXT NOT NULL,
  new_value      TEXT NOT NULL,
  PRIMARY KEY (administration, case_id, seq)
);
-- Permits and licences (src/records/permit.hpp), and what each declaration
-- draws on them: one row per (permit, declaration), replaced when the
-- declaration is amended, so re-ingesting never draws twice. Balances are
-- the draws of the declarations lodged before, in (lodged, declaration) order.
CREATE TABLE permits (
  administration      TEXT NOT NULL,
  type                TEXT NOT NULL,
  reference           TEXT NOT NULL,
  digest              TEXT NOT NULL,
  direction           TEXT NOT NULL,
  issuing_country     TEXT NOT NULL,
  holder_id           TEXT NOT NULL,
  holder_name         TEXT NOT NULL,
  counterpart_country TEXT NOT NULL,
  valid_from          TEXT NOT NULL,
  valid_to            TEXT NOT NULL,
  hs_code             TEXT NOT NULL,
  taxon               TEXT NOT NULL,
  cas_number          TEXT NOT NULL,
  waste_code          TEXT NOT NULL,
  description         TEXT NOT NULL,
  quantity            REAL,
  unit                TEXT NOT NULL,
  shipments           BIGINT,
  source              TEXT NOT NULL,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  PRIMARY KEY (administration, type, reference)
);
CREATE TABLE permit_draws (
  administration TEXT NOT NULL,
  type           TEXT NOT NULL,
  reference      TEXT NOT NULL,
  declaration_id TEXT NOT NULL,
  lodged         TEXT NOT NULL,
  quantity       REAL NOT NULL,
  unit           TEXT NOT NULL,
  drawn_at       TEXT NOT NULL,
  PRIMARY KEY (administration, type, reference, declaration_id)
);
CREATE INDEX permit_draws_by_declaration ON permit_draws(administration, declaration_id);
)sql"},
    {8, "exchange: operations, trusted partner keys, exchange records, received bundles",
     R"sql(
-- Joint operations (src/exchange/operations.hpp): participants and domains
-- are comma-separated codes.
CREATE TABLE operations (
  administration TEXT NOT NULL,
  name           TEXT NOT NULL,
  date_from      TEXT NOT NULL,
  date_to        TEXT NOT NULL,
  domains        TEXT NOT NULL,
  participants   TEXT NOT NULL,
  coordinator    TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  PRIMARY KEY (administration, name)
);
-- Partners' public Ed25519 keys this administration trusts for bundles.
CREATE TABLE trusted_keys (
  administration TEXT NOT NULL,
  partner        TEXT NOT NULL,
  key_id         TEXT NOT NULL,
  public_key     TEXT NOT NULL,
  trusted_at     TEXT NOT NULL,
  revoked_at     TEXT,
  PRIMARY KEY (administration, partner, key_id)
);
-- Exchange records (seizure, alert, feedback), every version; the current
-- one is the highest. received_from/bundle_id/received_at: provenance of a
-- record that came in a partner's bundle (NULL for this administration's own).
CREATE TABLE exchange_records (
  administration TEXT NOT NULL,
  uuid           TEXT NOT NULL,
  version        INTEGER NOT NULL,
  kind           TEXT NOT NULL,
  issuer         TEXT NOT NULL,
  level          TEXT NOT NULL,
  tlp            TEXT NOT NULL,
  operation      TEXT,
  status         TEXT NOT NULL,
  issued_at      TEXT NOT NULL,
  body           TEXT NOT NULL,
  digest         TEXT NOT NULL,
  received_from  TEXT,
  bundle_id      TEXT,
  received_at    TEXT,
  stored_at      TEXT NOT NULL,
  PRIMARY KEY (administration, uuid, version)
);
CREATE INDEX exchange_records_by_kind ON exchange_records(administration, kind, issued_at);
-- Bundles received (imported or pulled): one row a bundle, what it did.
CREATE TABLE exchange_bundles (
  administration TEXT NOT NULL,
  bundle_id      TEXT NOT NULL,
  issuer         TEXT NOT NULL,
  level          TEXT NOT NULL,
  operation      TEXT,
  received_at    TEXT NOT NULL,
  records        INTEGER NOT NULL,
  applied        INTEGER NOT NULL,
  duplicates     INTEGER NOT NULL,
  rejected       INTEGER NOT NULL,
  aggregates     TEXT,
  PRIMARY KEY (administration, bundle_id)
);
)sql"},
    {9, "training exercises: settings, findings shown, permits, samples, actions, truth",
     R"sql(
-- Training exercises (src/exercise, docs/exercises.md). An exercise is an
-- administration of its own; these tables hold its settings, what trainees
-- see (declarations are in the ordinary tables, without outcomes; the
-- engine's findings; permits; the samples' spectra), what they do, and the
-- truth, which only the instructor's report reads.
CREATE TABLE exercises (
  administration TEXT PRIMARY KEY,
  name           TEXT NOT NULL UNIQUE,
  scenario       TEXT NOT NULL,
  settings       TEXT NOT NULL,
  day            TEXT NOT NULL,
  capacity       INTEGER NOT NULL,
  hide_findings  INTEGER NOT NULL DEFAULT 0,
  state          TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  started_at     TEXT,
  ended_at       TEXT,
  updated_at     TEXT NOT NULL
);
-- What the engine said about each declaration (shown unless hidden).
CREATE TABLE exercise_findings (
  administration TEXT NOT NULL,
  declaration_id TEXT NOT NULL,
  score          REAL NOT NULL,
  lane           TEXT NOT NULL,
  engine_rank    INTEGER NOT NULL,
  random_rank    INTEGER NOT NULL,
  findings       TEXT NOT NULL,
  PRIMARY KEY (administration, declaration_id)
);
-- The permits presented with the goods, as a trainee checking them sees them.
CREATE TABLE exercise_permits (
  administration TEXT NOT NULL,
  declaration_id TEXT NOT NULL,
  item_no        INTEGER NOT NULL,
  type           TEXT NOT NULL,
  reference      TEXT NOT NULL,
  details        TEXT NOT NULL,
  PRIMARY KEY (administration, declaration_id, item_no, type)
);
-- A sample's measured (noisy) spectrum, given when an inspected item is sampled.
CREATE TABLE exercise_samples (
  administration TEXT NOT NULL,
  declaration_id TEXT NOT NULL,
  item_no        INTEGER NOT NULL,
  spectrum       TEXT NOT NULL,
  PRIMARY KEY (administration, declaration_id, item_no)
);
-- What trainees did: inspect, screen, sample, identify, outcome.
CREATE TABLE exercise_actions (
  administration TEXT NOT NULL,
  username       TEXT NOT NULL,
  seq            INTEGER NOT NULL,
  kind           TEXT NOT NULL,
  declaration_id TEXT NOT NULL,
  data           TEXT NOT NULL,
  at             TEXT NOT NULL,
  PRIMARY KEY (administration, username, seq)
);
-- The truth: every hidden case and every sample's substance. Read only by
-- the instructor's progress and report; no trainee route touches it.
CREATE TABLE exercise_truth (
  administration TEXT NOT NULL,
  declaration_id TEXT NOT NULL,
  domain         TEXT NOT NULL,
  value_usd      REAL NOT NULL,
  mass_kg        REAL NOT NULL,
  case_data      TEXT NOT NULL,
  PRIMARY KEY (administration, declaration_id)
);
CREATE TABLE exercise_sample_truth (
  administration TEXT NOT NULL,
  declaration_id TEXT NOT NULL,
  item_no        INTEGER NOT NULL,
  substance      TEXT NOT NULL,
  PRIMARY KEY (administration, declaration_id, item_no)
);
)sql"},
};

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

}  // namespace custos::sqlite
