// The portable SQL session on the embedded store: parameters and types,
// nested transactions, conflicts, and that module writes share a
// transaction with the store's own.
#include <gtest/gtest.h>

#include "store/sql.hpp"
#include "store/store.hpp"
#include "test_util.hpp"

namespace custos {
namespace {

std::unique_ptr<Store> fresh(const char* name) { return open_store(test::temp_path(name)); }

Declaration one_item(const char* id) {
  Declaration d;
  d.id = id;
  d.date = *Date::parse("2026-03-01");
  Item it;
  it.item_no = 1;
  it.hs_code = *HsCode::parse("391510");
  d.items.push_back(it);
  return d;
}

TEST(SqlSession, ParametersRoundTripEveryType) {
  auto store = fresh("sql_types.db");
  sql::Session& db = store->sql();
  EXPECT_EQ(db.dialect(), sql::Dialect::sqlite);
  db.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)");
  const std::string bytes("a\0b\xff", 4);
  EXPECT_EQ(db.execute("INSERT INTO t VALUES ($1, $2, $3, $4, $5)",
                       {sql::integer(42), 2.5, sql::text("été"), sql::blob(bytes), sql::null()}),
            1);
  auto row = db.query_one("SELECT i, r, s, b, n FROM t WHERE s = $1", {sql::text("été")});
  ASSERT_TRUE(row);
  EXPECT_EQ(row->integer(0), 42);
  EXPECT_DOUBLE_EQ(row->real(1), 2.5);
  EXPECT_EQ(row->text(2), "été");
  EXPECT_EQ(row->blob(3), bytes);
  EXPECT_TRUE(row->is_null(4));
  EXPECT_EQ(row->opt_text(4), std::nullopt);
  EXPECT_EQ(row->text(0), "42");  // lenient where the engines differ
}

TEST(SqlSession, ParametersMayRepeatAndComeOutOfOrder) {
  auto store = fresh("sql_order.db");
  sql::Session& db = store->sql();
  auto row = db.query_one("SELECT $2 || '-' || $1 || '-' || $2", {sql::text("a"), sql::text("b")});
  ASSERT_TRUE(row);
  EXPECT_EQ(row->text(0), "b-a-b");
}

TEST(SqlSession, TooFewParametersIsAnError) {
  auto store = fresh("sql_few.db");
  EXPECT_THROW(store->sql().query("SELECT $1 + $2", {sql::integer(1)}), StoreError);
}

TEST(SqlSession, NestedTransactionsAreSavepoints) {
  auto store = fresh("sql_nested.db");
  sql::Session& db = store->sql();
  db.execute("CREATE TABLE t (k TEXT PRIMARY KEY)");
  {
    sql::Transaction outer(db);
    db.execute("INSERT INTO t VALUES ('kept')");
    {
      sql::Transaction inner(db);
      db.execute("INSERT INTO t VALUES ('undone')");
      EXPECT_EQ(db.depth(), 2);
    }  // rolled back to the savepoint only
    outer.commit();
  }
  EXPECT_EQ(db.depth(), 0);
  auto rows = db.query("SELECT k FROM t ORDER BY k");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].text(0), "kept");
}

TEST(SqlSession, UniqueViolationIsAConflict) {
  auto store = fresh("sql_conflict.db");
  sql::Session& db = store->sql();
  db.execute("CREATE TABLE t (k TEXT PRIMARY KEY)");
  db.execute("INSERT INTO t VALUES ($1)", {sql::text("x")});
  EXPECT_THROW(db.execute("INSERT INTO t VALUES ($1)", {sql::text("x")}), ConflictError);
  EXPECT_THROW(db.execute("INSERT INTO nowhere VALUES (1)"), StoreError);
}

TEST(SqlSession, StoreWritesJoinTheCallersTransaction) {
  auto store = fresh("sql_join.db");
  Declaration d = one_item("D1");
  {
    sql::Transaction tx(store->sql());
    store->put_batch(std::span(&d, 1), "t");
    store->append_event({0, "outcome", "D1", "officer", "", "{}"});
  }  // not committed: both undone
  EXPECT_FALSE(store->get("D1"));
  EXPECT_TRUE(store->events("outcome").empty());
  {
    sql::Transaction tx(store->sql());
    store->put_batch(std::span(&d, 1), "t");
    tx.commit();
  }
  EXPECT_TRUE(store->get("D1"));
}

TEST(Tenancy, EachAdministrationSeesOnlyItsOwnRecords) {
  auto store = fresh("tenancy.db");
  EXPECT_EQ(store->own_administration(), "XX");
  EXPECT_EQ(store->administration(), "XX");
  Declaration d = one_item("SAME-ID");
  store->put_batch(std::span(&d, 1), "own");
  store->append_event({0, "outcome", "SAME-ID", "a", "", "{}"});
  store->put_artifact({"model", "m", 0, "{}", "", false, "bytes"});

  store->set_administration("KH");
  EXPECT_FALSE(store->get("SAME-ID"));
  EXPECT_TRUE(store->events("outcome").empty());
  EXPECT_FALSE(store->get_artifact("model", "m"));
  EXPECT_EQ(store->stats().declarations, 0);
  // The same id is a new declaration here, not an amendment of the other's.
  d.items.back().value = 5;
  EXPECT_EQ(store->put_batch(std::span(&d, 1), "kh")[0], PutStatus::stored);
  EXPECT_EQ(store->history("SAME-ID").size(), 1u);

  store->set_administration("XX");
  ASSERT_TRUE(store->get("SAME-ID"));
  EXPECT_FALSE(store->get("SAME-ID")->items[0].value);
  EXPECT_EQ(store->events("outcome").size(), 1u);
  EXPECT_TRUE(store->get_artifact("model", "m"));
}

}  // namespace
}  // namespace custos
