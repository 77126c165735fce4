// What only the PostgreSQL store has: the same migrations as SQLite's,
// compressed documents through a shared dictionary, month partitions,
// several writers at once, and row-level security as a second wall.
#include <gtest/gtest.h>

#include <thread>

#include "core/declaration_json.hpp"
#include "simulate/simulator.hpp"
#include "store/postgres/pg_store.hpp"
#include "store/postgres/schema.hpp"
#include "store/sqlite/schema.hpp"
#include "store_backends.hpp"

namespace custos {
namespace {

class PgStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (test::pg_url().empty())
      GTEST_SKIP() << "CUSTOS_TEST_PG is not set: the PostgreSQL tests need a server "
                      "(scripts/with-postgres.sh CMD starts a throw-away one)";
  }
  std::string location(const std::string& name) {
    return test::fresh_location(test::Backend::postgres, name);
  }
};

std::vector<Declaration> simulated(int64_t n, uint64_t seed) {
  SimulationOptions o;
  o.declarations = n;
  o.seed = seed;
  std::vector<Declaration> out;
  simulate(o, [&](const Declaration& d) { out.push_back(d); });
  return out;
}

TEST(Schema, BothDialectsHaveTheSameMigrations) {
  auto a = sqlite::migrations();
  auto b = postgres::migrations();
  ASSERT_EQ(a.size(), b.size()) << "a migration exists in one dialect only";
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].version, b[i].version);
    EXPECT_STREQ(a[i].description, b[i].description) << "version " << a[i].version;
  }
}

TEST(Schema, PartitionsAreMonths) {
  EXPECT_EQ(postgres::partition_name("2026-03-17"), "declarations_2026_03");
  EXPECT_NE(postgres::create_partition_sql("2026-12-01").find("FROM ('2026-12-01') TO ('2027-01-01')"),
            std::string::npos);
}

TEST_F(PgStoreTest, OpensByUrlAndRefusesAnUnreachableServer) {
  auto store = open_store(location("open"));
  EXPECT_EQ(store->sql().dialect(), sql::Dialect::postgres);
  EXPECT_EQ(store->own_administration(), "XX");
  try {
    open_store("postgres://nobody:secret@127.0.0.1:1/none");
    FAIL() << "opened a store on a closed port";
  } catch (const StoreError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("127.0.0.1:1/none"), std::string::npos) << what;
    EXPECT_EQ(what.find("secret"), std::string::npos) << "the password appears in: " << what;
  }
}

TEST_F(PgStoreTest, DocumentsAreCompressedWithADictionaryEveryHandleReads) {
  const auto where = location("docs");
  const auto first = simulated(3000, 5), later = simulated(500, 6);
  size_t json_bytes = 0;
  for (const Declaration& d : first) json_bytes += to_canonical_json(d).size();
  {
    auto s = open_store(where);
    s->put_batch(first, "first.csv");
    s->put_batch(later, "later.csv");
  }
  EXPECT_EQ(test::query_int(where, "SELECT count(*) FROM document_dictionaries"), 1);
  const int64_t stored = test::query_int(where, "SELECT sum(octet_length(doc)) FROM declarations");
  EXPECT_LT(stored * 3, static_cast<int64_t>(json_bytes));
  auto s = open_store(where);
  size_t seen = 0;
  s->scan({}, [&](const Declaration&) { return ++seen, true; });
  EXPECT_EQ(seen, first.size() + later.size());
  for (size_t i = 0; i < first.size(); i += 97) {
    auto back = s->get(first[i].id);
    ASSERT_TRUE(back);
    EXPECT_EQ(to_canonical_json(*back), to_canonical_json(first[i]));
  }
}

TEST_F(PgStoreTest, DeclarationsArePartitionedByMonthAndScansReadOnlyTheirMonths) {
  const auto where = location("partitions");
  auto store = open_store(where);
  auto batch = simulated(300, 7);
  for (size_t i = 0; i < batch.size(); ++i)
    batch[i].date = *Date::parse(i % 3 == 0 ? "2025-12-15" : i % 3 == 1 ? "2026-01-15" : "2026-02-15");
  store->put_batch(batch, "t");
  EXPECT_EQ(
      test::query_int(where, "SELECT count(*) FROM pg_inherits WHERE inhparent = 'declarations'::regclass"),
      3);
  EXPECT_EQ(test::query_int(where, "SELECT count(*) FROM declarations_2026_01"), 100);
  pqxx::connection c(where);
  pqxx::nontransaction w(c);
  std::string plan;
  for (const auto& row :
       w.exec("EXPLAIN SELECT doc FROM declarations WHERE administration = 'XX' AND date >= "
              "'2026-01-01' AND date <= '2026-01-31' ORDER BY date, id"))
    plan += std::string(row[0].c_str()) + "\n";
  EXPECT_NE(plan.find("declarations_2026_01"), std::string::npos) << plan;
  EXPECT_EQ(plan.find("declarations_2025_12"), std::string::npos) << plan;
  EXPECT_EQ(plan.find("declarations_2026_02"), std::string::npos) << plan;
}

// Two processes ingesting the same file at once: every declaration is stored
// once, by one of them; the other counts it a duplicate.
TEST_F(PgStoreTest, TwoWritersOfTheSameDeclarationsStoreEachOnce) {
  const auto where = location("writers");
  open_store(where);  // migrated before the race
  const auto batch = simulated(3000, 9);
  int64_t stored[2] = {0, 0}, duplicates[2] = {0, 0};
  std::string errors[2];
  auto writer = [&](int w) {
    try {
      auto s = open_store(where);
      for (size_t from = 0; from < batch.size(); from += 500)
        for (PutStatus st : s->put_batch(std::span(batch).subspan(from, 500), "w.csv"))
          (st == PutStatus::stored ? stored[w] : duplicates[w])++;
    } catch (const std::exception& e) {
      errors[w] = e.what();
    }
  };
  std::thread a(writer, 0), b(writer, 1);
  a.join();
  b.join();
  EXPECT_EQ(errors[0], "");
  EXPECT_EQ(errors[1], "");
  EXPECT_EQ(stored[0] + stored[1], 3000);
  EXPECT_EQ(duplicates[0] + duplicates[1], 3000);
  EXPECT_EQ(test::query_int(where, "SELECT count(*) FROM declarations"), 3000);
  EXPECT_EQ(test::query_int(where, "SELECT count(*) FROM declaration_ids"), 3000);
}

// A role that does not own the tables sees only the administration its
// transaction names, even through SQL of its own: the second wall.
TEST_F(PgStoreTest, RowLevelSecurityKeepsAnotherAdministrationsRowsOut) {
  const auto where = location("rls");
  {
    auto owner = open_store(where);
    Declaration d = simulated(1, 3)[0];
    owner->put_batch(std::span(&d, 1), "xx.csv");
    owner->set_administration("KH");
    d.id = "KH-ONLY";
    owner->put_batch(std::span(&d, 1), "kh.csv");
  }
  const std::string role = "custos_app_" + std::to_string(getpid());
  test::exec_sql(where, "DROP ROLE IF EXISTS " + role);
  test::exec_sql(where, "CREATE ROLE " + role + " LOGIN");
  test::exec_sql(where, "GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO " + role);
  test::exec_sql(where, "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO " + role);
  std::string as_role = where;
  as_role.replace(as_role.find("://") + 3, as_role.find('@') - as_role.find("://") - 3, role);
  {
    auto app = open_store(as_role);
    EXPECT_EQ(app->administration(), "XX");
    EXPECT_EQ(app->sql().query_one("SELECT count(*) FROM declaration_ids")->integer(0), 1);
    EXPECT_FALSE(app->get("KH-ONLY"));
    // Even SQL that forgets its WHERE clause finds nothing of KH's.
    EXPECT_TRUE(app->sql().query("SELECT id FROM declaration_ids WHERE id = 'KH-ONLY'").empty());
    app->set_administration("KH");
    EXPECT_TRUE(app->get("KH-ONLY"));
    EXPECT_EQ(app->sql().query_one("SELECT count(*) FROM declarations")->integer(0), 1);
    // Nor can it write a row for another administration.
    sql::Transaction tx(app->sql());
    EXPECT_THROW(
        app->sql().execute("INSERT INTO events(administration, kind, declaration_id, actor, at, data) "
                           "VALUES ('XX', 'outcome', 'D', 'a', 't', '{}')"),
        StoreError);
  }
  test::exec_sql(where, "REASSIGN OWNED BY " + role + " TO CURRENT_USER; DROP OWNED BY " + role);
  test::exec_sql(where, "DROP ROLE " + role);
}

TEST_F(PgStoreTest, TheAuditLogCannotBeTruncated) {
  const auto where = location("audit_truncate");
  auto store = open_store(where);
  EXPECT_THROW(store->sql().execute("TRUNCATE audit_log"), StoreError);
}

}  // namespace
}  // namespace custos
