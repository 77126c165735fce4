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
};

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

}  // namespace custos::sqlite
