#include "store/postgres/pg_store.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "store/store.hpp"

namespace custos {

bool is_postgres_location(std::string_view location) {
  return location.starts_with("postgres://") || location.starts_with("postgresql://");
}

std::unique_ptr<Store> open_store(const std::string& path) {
  if (is_postgres_location(path)) return std::make_unique<postgres::PgStore>(path);
  return std::make_unique<sqlite::SqliteStore>(path);
}

}  // namespace custos
