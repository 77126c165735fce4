#include "store/sqlite/sqlite_store.hpp"
#include "store/store.hpp"

namespace custos {

std::unique_ptr<Store> open_store(const std::string& path) {
  if (path.rfind("postgres://", 0) == 0 || path.rfind("postgresql://", 0) == 0)
    throw StoreError("PostgreSQL stores are not available in this build; use a SQLite file path");
  return std::make_unique<sqlite::SqliteStore>(path);
}

}  // namespace custos
