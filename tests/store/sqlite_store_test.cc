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

TEST(SqliteStore, BatchStatusesAndScanOrder) {
  auto store = open_store(test::temp_path("batch.db"));
  std::vector<Declaration> b = {decl("B", "2026-03-03", 1), decl("A", "2026-03-03", 1),
                                decl("C", "2026-03-01", 1)};
  auto st = store->put_batch(b, "t");
  EXPECT_EQ(st, std::vector<PutStatus>(3, PutStatus::stored));
  std::vector<Declaration> again = {decl("A", "2026-03-03", 1), decl("B", "2026-03-03", 2)};
  st = store->put_batch(again, "t2");
  EXPECT_EQ(st, (std::vector<PutStatus>{PutStatus::duplicate, PutStatus::amended}));
  std::vector<std::string> order;
  store->scan({}, [&](const Declaration& d) {
    order.push_back(d.id);
    return true;
  });
  EXPECT_EQ(order, (std::vector<std::string>{"C", "A", "B"}));
  order.clear();
  store->scan({Date::parse("2026-03-02"), std::nullopt}, [&](const Declaration& d) {
    order.push_back(d.id);
    return true;
  });
  EXPECT_EQ(order.size(), 2u);
  auto stats = store->stats();
  EXPECT_EQ(stats.declarations, 3);
  EXPECT_EQ(stats.versions, 4);
}

TEST(SqliteStore, AFailedBatchLeavesNothing) {
  const auto path = test::temp_path("atomic.db");
  auto store = open_store(path);
  // A batch that throws midway (here a trigger refusing one row) must roll back whole.
  sqlite::Connection c(path);
  c.exec(
      "CREATE TRIGGER boom BEFORE INSERT ON declarations WHEN NEW.id = 'Y2' BEGIN SELECT RAISE(ABORT, "
      "'boom'); END");
  std::vector<Declaration> bad = {decl("Y1", "2026-03-03", 1), decl("Y2", "2026-03-03", 1)};
  EXPECT_THROW(store->put_batch(bad, "t"), StoreError);
  EXPECT_FALSE(store->get("Y1"));
}

TEST(SqliteStore, ArtifactsAreVersionedWithAnActiveOne) {
  auto store = open_store(test::temp_path("artifacts.db"));
  Artifact a{"model", "fraud", 0, "{\"auc\":0.8}", "", false, std::string("\0\1\2", 3)};
  EXPECT_EQ(store->put_artifact(a), 1);
  a.payload = "v2";
  EXPECT_EQ(store->put_artifact(a), 2);
  EXPECT_EQ(store->get_artifact("model", "fraud")->payload, "v2");
  store->activate_artifact("model", "fraud", 1);
  auto active = store->get_artifact("model", "fraud");
  EXPECT_EQ(active->version, 1);
  EXPECT_EQ(active->payload, std::string("\0\1\2", 3));
  EXPECT_TRUE(active->active);
  EXPECT_EQ(store->list_artifacts("model").size(), 2u);
  EXPECT_THROW(store->activate_artifact("model", "fraud", 7), StoreError);
}

TEST(SqliteStore, EventsAreKeptInOrder) {
  auto store = open_store(test::temp_path("events.db"));
  store->append_event({0, "override", "D1", "officer.a", "", "{\"lane\":\"red\",\"why\":\"tip-off\"}"});
  store->append_event({0, "override", "D2", "officer.b", "", "{}"});
  store->append_event({0, "outcome", "D1", "officer.c", "", "{}"});
  EXPECT_EQ(store->events("override").size(), 2u);
  auto d1 = store->events("override", "D1");
  ASSERT_EQ(d1.size(), 1u);
  EXPECT_EQ(d1[0].actor, "officer.a");
  EXPECT_FALSE(d1[0].at.empty());
}

TEST(SqliteStore, RefusesAStoreFromANewerVersion) {
  auto path = test::temp_path("newer.db");
  { sqlite::SqliteStore s(path); }
  {
    sqlite::Connection c(path);
    c.exec("INSERT INTO schema_migrations(version, description, applied_at) VALUES (99, 'future', 'x')");
  }
  EXPECT_THROW(sqlite::SqliteStore s(path), StoreError);
}

}  // namespace
}  // namespace custos
