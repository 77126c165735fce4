// The audit chain: entries chain per administration, a change and its entry
// commit together, and an edited, deleted or reordered entry is named.
#include "audit/audit.hpp"

#include <gtest/gtest.h>

#include <thread>

#include "store_backends.hpp"

namespace custos::audit {
namespace {

const Actor kAna{"ana", "10.0.0.7"};

class Audit : public test::BackendTest {
 protected:
  std::string three_entries(const char* name);
};

// An insider with the database: turns the triggers off and rewrites rows.
void tamper(const std::string& where, const char* sql) {
  if (is_postgres_location(where)) {
    test::exec_sql(where, std::string("ALTER TABLE audit_log DISABLE TRIGGER USER; ") + sql);
    return;
  }
  test::exec_sql(where, "DROP TRIGGER IF EXISTS audit_log_no_update");
  test::exec_sql(where, "DROP TRIGGER IF EXISTS audit_log_no_delete");
  test::exec_sql(where, sql);
}

std::string Audit::three_entries(const char* name) {
  auto path = location(name);
  auto store = open_store(path);
  record(*store, kAna, "login.succeeded", "user:ana");
  record(*store, kAna, "outcome.record", "declaration:D-1", {{"fraud", true}, {"notes", "été"}});
  record(*store, kAna, "lane.override", "declaration:D-1", {{"lane", "red"}});
  return path;
}

TEST_P(Audit, EntriesChainAndVerify) {
  auto path = three_entries("audit_ok.db");
  auto store = open_store(path);
  auto all = entries(*store);
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].seq, 1);
  EXPECT_EQ(all[0].prev_hash, std::string(64, '0'));
  EXPECT_EQ(all[1].prev_hash, all[0].hash);
  EXPECT_EQ(all[1].change["notes"], "été");
  EXPECT_EQ(all[2].username, "ana");
  EXPECT_EQ(all[2].address, "10.0.0.7");
  EXPECT_EQ(head(*store)->seq, 3);
  EXPECT_EQ(entries(*store, 2).size(), 1u);
  Verification v = verify(*store);
  EXPECT_TRUE(v.ok) << v.problem;
  EXPECT_EQ(v.entries, 3);
  EXPECT_FALSE(v.first_bad);
}

TEST_P(Audit, TheStoreRefusesToChangeOrDeleteEntries) {
  auto path = three_entries("audit_ro.db");
  auto store = open_store(path);
  EXPECT_THROW(store->sql().execute("UPDATE audit_log SET username = 'eve'"), StoreError);
  EXPECT_THROW(store->sql().execute("DELETE FROM audit_log WHERE seq = 2"), StoreError);
  EXPECT_TRUE(verify(*store).ok);
}

TEST_P(Audit, AnEditedChangeIsNamed) {
  auto path = three_entries("audit_edit.db");
  tamper(path, "UPDATE audit_log SET change = '{\"fraud\":false,\"notes\":\"été\"}' WHERE seq = 2");
  auto store = open_store(path);
  Verification v = verify(*store);
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad, 2);
  EXPECT_EQ(v.entries, 3);
  EXPECT_NE(v.problem.find("digest"), std::string::npos) << v.problem;
}

TEST_P(Audit, AnEditedAuthorIsNamed) {
  auto path = three_entries("audit_author.db");
  tamper(path, "UPDATE audit_log SET username = 'eve' WHERE seq = 3");
  auto store = open_store(path);
  EXPECT_EQ(verify(*store).first_bad, 3);
}

TEST_P(Audit, ADeletedEntryIsNamed) {
  auto path = three_entries("audit_delete.db");
  tamper(path, "DELETE FROM audit_log WHERE seq = 2");
  auto store = open_store(path);
  Verification v = verify(*store);
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad, 3);
  EXPECT_NE(v.problem.find("missing"), std::string::npos) << v.problem;
}

TEST_P(Audit, ReorderedEntriesAreNamed) {
  auto path = three_entries("audit_order.db");
  tamper(path,
         "UPDATE audit_log SET seq = CASE seq WHEN 2 THEN 3 WHEN 3 THEN 2 END + 100 WHERE seq IN (2, 3);"
         "UPDATE audit_log SET seq = seq - 100 WHERE seq > 100");
  auto store = open_store(path);
  Verification v = verify(*store);
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad, 2);
}

TEST_P(Audit, AnEntryCommitsWithItsChangeOrNotAtAll) {
  auto store = fresh("audit_tx.db");
  {
    sql::Transaction tx(store->sql());
    record(*store, kAna, "profile.update", "profile:P1");
  }  // rolled back
  EXPECT_FALSE(head(*store));
  {
    sql::Transaction tx(store->sql());
    record(*store, kAna, "profile.update", "profile:P1");
    tx.commit();
  }
  EXPECT_EQ(head(*store)->seq, 1);
}

TEST_P(Audit, EachAdministrationHasItsOwnChain) {
  auto store = fresh("audit_admins.db");
  record(*store, kAna, "a", "x");
  store->set_administration("KH");
  record(*store, kAna, "b", "y");
  record(*store, kAna, "c", "z");
  EXPECT_EQ(entries(*store).size(), 2u);
  EXPECT_EQ(entries(*store)[0].seq, 1);
  auto all = verify_all(*store);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].administration, "KH");
  EXPECT_EQ(all[0].entries, 2);
  EXPECT_EQ(all[1].administration, "XX");
  EXPECT_TRUE(all[0].ok && all[1].ok);
}

// Several processes append at once: the chain stays one unbroken chain.
TEST_P(Audit, ConcurrentWritersKeepOneChain) {
  const auto where = location("audit_concurrent.db");
  open_store(where);
  auto writer = [&](int w) {
    auto store = open_store(where);
    for (int i = 0; i < 40; ++i) record(*store, kAna, "test.write", "writer:" + std::to_string(w));
  };
  std::thread a(writer, 1), b(writer, 2);
  a.join();
  b.join();
  auto store = open_store(where);
  Verification v = verify(*store);
  EXPECT_TRUE(v.ok) << v.problem;
  EXPECT_EQ(v.entries, 80);
}

TEST(AuditActor, CommandLineActorNamesTheUser) {
  EXPECT_EQ(command_line_actor().username.rfind("cli:", 0), 0u);
}

CUSTOS_ON_BOTH_BACKENDS(Audit);

}  // namespace
}  // namespace custos::audit
