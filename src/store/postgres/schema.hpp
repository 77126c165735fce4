#pragma once
// The PostgreSQL store's schema, as an ordered list of migrations with the
// same version numbers and descriptions as the SQLite store's
// (store/sqlite/schema.hpp): one version is one logical change in both
// dialects. Applied in order when a store is opened, each in its own
// transaction, recorded in schema_migrations. Never edit a released
// migration: add a new one.
//
// Designed for distributed PostgreSQL (Citus) as well as one server:
// `administration` comes first in the key of every table that grows with
// trade (the distribution column), nomenclatures and dictionaries are
// reference tables, nothing on the ingest path has a foreign key, and
// declarations are partitioned by month of their date (docs/scale-out.md).
#include <span>
#include <string>
#include <string_view>

namespace custos::postgres {

struct Migration {
  int version;
  const char* description;
  const char* sql;
};

std::span<const Migration> migrations();

// The name of the month partition of `declarations` holding `date`
// ("YYYY-MM-DD"), e.g. declarations_2026_03, and the statement that creates
// it when missing.
std::string partition_name(std::string_view date);
std::string create_partition_sql(std::string_view date);

}  // namespace custos::postgres
