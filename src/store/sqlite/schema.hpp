#pragma once
// The SQLite store's schema, as an ordered list of migrations. A store is
// brought to the newest version when opened; each migration runs in its own
// transaction and is recorded in schema_migrations. Never edit a released
// migration: add a new one.
#include <span>

namespace custos::sqlite {

struct Migration {
  int version;
  const char* description;
  const char* sql;
};

std::span<const Migration> migrations();

}  // namespace custos::sqlite
