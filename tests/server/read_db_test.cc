// --read-db: routes marked `replica` (a page of the audit log) read the
// replica's store, while authentication, sessions and every other route use
// the primary. The "replica" here is a second, empty database, so that what
// a route read shows where it read it. Skipped without CUSTOS_TEST_PG.
#include <gtest/gtest.h>

#include "server/support/test_server.hpp"
#include "store_backends.hpp"

namespace custos::test {
namespace {

TEST(ReadDb, ReplicaRoutesReadTheReplicaAndEverythingElseThePrimary) {
  if (pg_url().empty()) GTEST_SKIP() << "CUSTOS_TEST_PG is not set (run under scripts/with-postgres.sh)";
  const std::string primary = TestDatabases::get().create("readdb_primary");
  const std::string replica = TestDatabases::get().create("readdb_replica");
  open_store(replica);  // migrated, and empty
  TestServer srv("readdb", [&](server::ServerOptions& o) {
    o.db = primary;
    o.read_db = replica;
  });
  HttpClient auditor = srv.client_as("aude", auth::Role::auditor);
  // The chain on the primary holds the users and tokens just made ...
  HttpResponse verify = auditor.get("/api/v1/audit/verify");
  ASSERT_EQ(verify.status, 200u) << verify.body;
  EXPECT_GE(verify.json()["entries"].get<int64_t>(), 2);
  // ... the page of the log comes from the replica, which holds none of it.
  HttpResponse page = auditor.get("/api/v1/audit");
  ASSERT_EQ(page.status, 200u) << page.body;
  EXPECT_TRUE(page.json()["entries"].empty()) << page.body;
}

TEST(ReadDb, OnlyAPostgresReplicaIsAccepted) {
  server::ServerOptions o;
  o.read_db = temp_path("replica.db");
  EXPECT_THROW(server::check_options(o), std::invalid_argument);
  o.read_db = "postgres://custos@replica.example:5432/custos";
  EXPECT_NO_THROW(server::check_options(o));
}

}  // namespace
}  // namespace custos::test
