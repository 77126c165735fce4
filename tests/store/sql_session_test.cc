// The portable SQL session on both stores: parameters and types, nested
// transactions, conflicts, locks, and that module writes share a
// transaction with the store's own.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "store/sql.hpp"
#include "store/store.hpp"
#include "store_backends.hpp"

namespace custos {
namespace {

class SqlSession : public test::BackendTest {};
class Tenancy : public test::BackendTest {};

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

// The one place the two dialects' table definitions differ in these tests.
const char* bytes_type(sql::Session& db) { return db.dialect() == sql::Dialect::sqlite ? "BLOB" : "BYTEA"; }
const char* real_type(sql::Session& db) {
  return db.dialect() == sql::Dialect::sqlite ? "REAL" : "DOUBLE PRECISION";
}

TEST_P(SqlSession, ParametersRoundTripEveryType) {
  auto store = fresh("sql_types.db");
  sql::Session& db = store->sql();
  EXPECT_EQ(db.dialect(), postgres() ? sql::Dialect::postgres : sql::Dialect::sqlite);
  db.execute(std::string("CREATE TABLE t (i INTEGER, r ") + real_type(db) + ", s TEXT, b " + bytes_type(db) +
             ", n TEXT)");
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
  // Aggregates: PostgreSQL's sum of integers is numeric, count a bigint.
  auto agg = db.query_one("SELECT count(*), sum(i), max(s) FROM t");
  ASSERT_TRUE(agg);
  EXPECT_EQ(agg->integer(0), 1);
  EXPECT_EQ(agg->integer(1), 42);
  EXPECT_EQ(agg->text(2), "été");
}

TEST_P(SqlSession, ParametersMayRepeatAndComeOutOfOrder) {
  auto store = fresh("sql_order.db");
  sql::Session& db = store->sql();
  auto row = db.query_one("SELECT $2 || '-' || $1 || '-' || $2", {sql::text("a"), sql::text("b")});
  ASSERT_TRUE(row);
  EXPECT_EQ(row->text(0), "b-a-b");
  row = db.query_one("SELECT CAST($1 AS BIGINT) + 1", {sql::integer(41)});
  EXPECT_EQ(row->integer(0), 42);
}

TEST_P(SqlSession, TooFewParametersIsAnError) {
  auto store = fresh("sql_few.db");
  EXPECT_THROW(store->sql().query("SELECT CAST($1 AS BIGINT) + CAST($2 AS BIGINT)", {sql::integer(1)}),
               StoreError);
}

TEST_P(SqlSession, NestedTransactionsAreSavepoints) {
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

TEST_P(SqlSession, UniqueViolationIsAConflict) {
  auto store = fresh("sql_conflict.db");
  sql::Session& db = store->sql();
  db.execute("CREATE TABLE t (k TEXT PRIMARY KEY)");
  db.execute("INSERT INTO t VALUES ($1)", {sql::text("x")});
  EXPECT_THROW(db.execute("INSERT INTO t VALUES ($1)", {sql::text("x")}), ConflictError);
  EXPECT_THROW(db.execute("INSERT INTO nowhere VALUES (1)"), StoreError);
}

// The portable way to try a write that may conflict inside a transaction:
// an inner transaction around it (on PostgreSQL a failed statement spoils
// the transaction it runs in, up to the innermost savepoint).
TEST_P(SqlSession, AConflictInAnInnerTransactionLeavesTheOuterOneUsable) {
  auto store = fresh("sql_conflict_inner.db");
  sql::Session& db = store->sql();
  db.execute("CREATE TABLE t (k TEXT PRIMARY KEY)");
  db.execute("INSERT INTO t VALUES ('x')");
  sql::Transaction outer(db);
  try {
    sql::Transaction inner(db);
    db.execute("INSERT INTO t VALUES ('x')");
    inner.commit();
    FAIL() << "no conflict";
  } catch (const ConflictError&) {
  }
  db.execute("INSERT INTO t VALUES ('y')");
  outer.commit();
  EXPECT_EQ(db.query("SELECT k FROM t").size(), 2u);
}

TEST_P(SqlSession, StoreWritesJoinTheCallersTransaction) {
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

// Two handles on one store: a lock taken in one transaction holds the other
// back until that transaction ends (on SQLite the write transaction itself
// serialises them).
TEST_P(SqlSession, ALockHoldsAnotherWriterBackUntilCommit) {
  const auto where = location("sql_lock.db");
  auto a = open_store(where), b = open_store(where);
  a->sql().execute("CREATE TABLE t (k INTEGER)");
  std::atomic<bool> b_done{false};
  sql::Transaction tx(a->sql());
  a->sql().lock("chain:XX");
  a->sql().execute("INSERT INTO t VALUES (1)");
  std::thread other([&] {
    sql::Transaction tb(b->sql());
    b->sql().lock("chain:XX");
    // It sees a's row only once a has committed.
    b->sql().execute("INSERT INTO t SELECT count(*) + 1 FROM t");
    tb.commit();
    b_done = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  EXPECT_FALSE(b_done);
  tx.commit();
  other.join();
  EXPECT_TRUE(b_done);
  auto rows = a->sql().query("SELECT k FROM t ORDER BY k");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].integer(0), 2);
}

TEST_P(SqlSession, ALockOutsideATransactionIsRefusedOnPostgres) {
  auto store = fresh("sql_lock_outside.db");
  if (!postgres()) GTEST_SKIP() << "SQLite's lock() is a no-op: its write transaction serialises writers";
  EXPECT_THROW(store->sql().lock("x"), StoreError);
}

TEST_P(Tenancy, EachAdministrationSeesOnlyItsOwnRecords) {
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

CUSTOS_ON_BOTH_BACKENDS(SqlSession);
CUSTOS_ON_BOTH_BACKENDS(Tenancy);

}  // namespace
}  // namespace custos
