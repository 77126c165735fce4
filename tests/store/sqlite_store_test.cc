// What only the SQLite store has: its migrations from older files. The
// Store contract itself is tested on both stores in store_test.cc.
#include <gtest/gtest.h>

#include "core/declaration_json.hpp"
#include "store/sqlite/schema.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "store/store.hpp"
#include "test_util.hpp"

namespace custos {
namespace {

Declaration decl(const std::string& id, const char* date, double value) {
  Declaration d;
  d.id = id;
  d.flow = Flow::import;
  d.date = *Date::parse(date);
  Item it;
  it.item_no = 1;
  it.hs_code = *HsCode::parse("391510");
  it.value = value;
  it.currency = "USD";
  d.items.push_back(it);
  return d;
}

TEST(SqliteStore, MigratesOnceAndReopens) {
  auto path = test::temp_path("migrate.db");
  const int newest = sqlite::migrations().back().version;
  {
    sqlite::SqliteStore s(path);
    EXPECT_EQ(s.schema_version(), newest);
  }
  {
    sqlite::SqliteStore s(path);
    EXPECT_EQ(s.schema_version(), newest);
  }
}

// A store written before administrations existed keeps everything, as the
// own administration's.
TEST(SqliteStore, AStoreOfSchemaTwoUpgradesWithItsRecords) {
  auto path = test::temp_path("schema2.db");
  {
    sqlite::Connection c(path);
    c.exec(
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
        "applied_at TEXT NOT NULL)");
    for (int v : {1, 2}) {
      c.exec(sqlite::migrations()[static_cast<size_t>(v - 1)].sql);
      c.exec(("INSERT INTO schema_migrations VALUES (" + std::to_string(v) + ", 'old', 'then')").c_str());
    }
    sqlite::Statement ins(
        c,
        "INSERT INTO declarations(id, version, digest, date, items, doc, source, stored_at) "
        "VALUES ('OLD-1', 1, 'd', '2025-01-02', 1, ?1, 'old.csv', 'then')");
    ins.bind(1, to_canonical_json(decl("OLD-1", "2025-01-02", 7))).run();
    c.exec(
        "INSERT INTO events(kind, declaration_id, actor, at, data) VALUES ('outcome', 'OLD-1', 'a', 't', "
        "'{}')");
    c.exec("INSERT INTO artifacts VALUES ('model', 'm', 1, '{}', x'00', 't')");
    c.exec("INSERT INTO artifact_active VALUES ('model', 'm', 1)");
  }
  sqlite::SqliteStore sqlite_store(path);
  EXPECT_EQ(sqlite_store.schema_version(), sqlite::migrations().back().version);
  Store& s = sqlite_store;
  EXPECT_EQ(s.administration(), "XX");
  ASSERT_TRUE(s.get("OLD-1"));
  EXPECT_EQ(s.events("outcome").size(), 1u);
  auto model = s.get_artifact("model", "m");
  ASSERT_TRUE(model);
  EXPECT_TRUE(model->active);
  EXPECT_EQ(s.stats().declarations, 1);
}

}  // namespace
}  // namespace custos
