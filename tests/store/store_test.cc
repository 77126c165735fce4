// The Store contract, on both stores: batch statuses, amendments with
// history, scan order, atomic batches, artifacts, events, schema versions.
#include <gtest/gtest.h>

#include "core/declaration_json.hpp"
#include "store/store.hpp"
#include "store_backends.hpp"

namespace custos {
namespace {

class StoreContract : public test::BackendTest {};

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

std::vector<std::string> scanned(Store& s, ScanFilter f = {}) {
  std::vector<std::string> ids;
  s.scan(f, [&](const Declaration& d) {
    ids.push_back(d.id);
    return true;
  });
  return ids;
}

TEST_P(StoreContract, BatchStatusesAndScanOrder) {
  auto store = fresh("batch.db");
  std::vector<Declaration> b = {decl("B", "2026-03-03", 1), decl("A", "2026-03-03", 1),
                                decl("C", "2026-03-01", 1)};
  auto st = store->put_batch(b, "t");
  EXPECT_EQ(st, std::vector<PutStatus>(3, PutStatus::stored));
  std::vector<Declaration> again = {decl("A", "2026-03-03", 1), decl("B", "2026-03-03", 2)};
  st = store->put_batch(again, "t2");
  EXPECT_EQ(st, (std::vector<PutStatus>{PutStatus::duplicate, PutStatus::amended}));
  EXPECT_EQ(scanned(*store), (std::vector<std::string>{"C", "A", "B"}));
  EXPECT_EQ(scanned(*store, {Date::parse("2026-03-02"), std::nullopt}).size(), 2u);
  EXPECT_EQ(scanned(*store, {std::nullopt, Date::parse("2026-03-02")}), std::vector<std::string>{"C"});
  auto stats = store->stats();
  EXPECT_EQ(stats.declarations, 3);
  EXPECT_EQ(stats.versions, 4);
  EXPECT_EQ(stats.items, 3);
  EXPECT_EQ(stats.first_date->str(), "2026-03-01");
  EXPECT_EQ(stats.last_date->str(), "2026-03-03");
  ASSERT_EQ(stats.by_flow.size(), 1u);
  EXPECT_EQ(stats.by_flow[0], (std::pair<std::string, int64_t>{"import", 3}));
}

// Ids sort bytewise on both stores, whatever the server's locale.
TEST_P(StoreContract, ScanOrderIsBytewiseWithinADate) {
  auto store = fresh("scan_bytes.db");
  std::vector<Declaration> b = {decl("b-1", "2026-03-03", 1), decl("B-2", "2026-03-03", 1),
                                decl("a_3", "2026-03-03", 1), decl("A 4", "2026-03-03", 1)};
  store->put_batch(b, "t");
  EXPECT_EQ(scanned(*store), (std::vector<std::string>{"A 4", "B-2", "a_3", "b-1"}));
}

// More declarations than one page of a scan, stopped early and not.
TEST_P(StoreContract, ScanPagesThroughManyAndStopsEarly) {
  auto store = fresh("scan_many.db");
  std::vector<Declaration> b;
  for (int i = 0; i < 4500; ++i) {
    const std::string day = "2026-0" + std::to_string(1 + i % 3) + "-1" + std::to_string(i % 9);
    b.push_back(decl("S" + std::to_string(i), day.c_str(), i));
  }
  store->put_batch(b, "t");
  auto ids = scanned(*store);
  ASSERT_EQ(ids.size(), 4500u);
  std::vector<std::pair<std::string, std::string>> keys;
  store->scan({}, [&](const Declaration& d) {
    keys.emplace_back(d.date.str(), d.id);
    return true;
  });
  EXPECT_TRUE(std::is_sorted(keys.begin(), keys.end()));
  int seen = 0;
  store->scan({}, [&](const Declaration&) { return ++seen < 10; });
  EXPECT_EQ(seen, 10);
}

// The same id twice in one batch: the second is compared with the first.
TEST_P(StoreContract, AnIdTwiceInOneBatchIsStoredThenAmendedOrDuplicate) {
  auto store = fresh("batch_twice.db");
  std::vector<Declaration> b = {decl("X", "2026-03-03", 1), decl("Y", "2026-03-03", 1),
                                decl("X", "2026-03-03", 2), decl("Y", "2026-03-03", 1)};
  EXPECT_EQ(store->put_batch(b, "t"), (std::vector<PutStatus>{PutStatus::stored, PutStatus::stored,
                                                              PutStatus::amended, PutStatus::duplicate}));
  EXPECT_EQ(store->history("X").size(), 2u);
  EXPECT_EQ(*store->get("X")->items[0].value, 2);
}

// An amendment may change the declaration's date (on PostgreSQL: its month
// partition); history keeps every version.
TEST_P(StoreContract, AnAmendmentMayMoveTheDeclarationToAnotherDate) {
  auto store = fresh("amend_date.db");
  auto v1 = decl("M", "2026-01-31", 10);
  store->put_batch(std::span(&v1, 1), "v1.csv");
  auto v2 = decl("M", "2026-02-01", 10);
  EXPECT_EQ(store->put_batch(std::span(&v2, 1), "v2.csv")[0], PutStatus::amended);
  auto v3 = decl("M", "2026-02-01", 11);
  EXPECT_EQ(store->put_batch(std::span(&v3, 1), "v3.csv")[0], PutStatus::amended);
  EXPECT_EQ(store->get("M")->date.str(), "2026-02-01");
  auto h = store->history("M");
  ASSERT_EQ(h.size(), 3u);
  EXPECT_EQ(h[0].version, 1);
  EXPECT_EQ(h[0].source, "v1.csv");
  EXPECT_EQ(h[0].declaration.date.str(), "2026-01-31");
  EXPECT_EQ(h[2].version, 3);
  EXPECT_EQ(h[2].declaration, v3);
  EXPECT_EQ(h[1].digest, digest_of_document(to_canonical_json(v2)));
  EXPECT_EQ(scanned(*store, {Date::parse("2026-01-01"), Date::parse("2026-01-31")}).size(), 0u);
  EXPECT_EQ(store->stats().declarations, 1);
  EXPECT_EQ(store->put_batch(std::span(&v1, 1), "v1.csv")[0], PutStatus::amended);  // back again
}

TEST_P(StoreContract, AFailedBatchLeavesNothing) {
  const auto where = location("atomic.db");
  auto store = open_store(where);
  // A batch that throws midway (here a trigger refusing one row) must roll back whole.
  test::refuse_declaration(where, "Y2", "boom");
  std::vector<Declaration> bad = {decl("Y1", "2026-03-03", 1), decl("Y2", "2026-03-03", 1)};
  EXPECT_THROW(store->put_batch(bad, "t"), StoreError);
  EXPECT_FALSE(store->get("Y1"));
  // The handle is still usable.
  std::vector<Declaration> good = {decl("Y1", "2026-03-03", 1)};
  EXPECT_EQ(store->put_batch(good, "t")[0], PutStatus::stored);
}

TEST_P(StoreContract, ArtifactsAreVersionedWithAnActiveOne) {
  auto store = fresh("artifacts.db");
  Artifact a{"model", "fraud", 0, "{\"auc\":0.8}", "", false, std::string("\0\1\2", 3)};
  EXPECT_EQ(store->put_artifact(a), 1);
  a.payload = "v2";
  EXPECT_EQ(store->put_artifact(a), 2);
  EXPECT_EQ(store->get_artifact("model", "fraud")->payload, "v2");
  store->activate_artifact("model", "fraud", 1);
  auto active = store->get_artifact("model", "fraud");
  EXPECT_EQ(active->version, 1);
  EXPECT_EQ(active->payload, std::string("\0\1\2", 3));
  EXPECT_EQ(active->metadata, "{\"auc\":0.8}");
  EXPECT_TRUE(active->active);
  EXPECT_FALSE(store->get_artifact("model", "fraud", 2)->active);
  auto all = store->list_artifacts("model");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_TRUE(all[0].active);
  EXPECT_FALSE(all[1].active);
  EXPECT_THROW(store->activate_artifact("model", "fraud", 7), StoreError);
  EXPECT_FALSE(store->get_artifact("model", "nothing"));
}

TEST_P(StoreContract, EventsAreKeptInOrder) {
  auto store = fresh("events.db");
  auto first =
      store->append_event({0, "override", "D1", "officer.a", "", "{\"lane\":\"red\",\"why\":\"tip-off\"}"});
  auto second = store->append_event({0, "override", "D2", "officer.b", "", "{}"});
  EXPECT_LT(first, second);
  store->append_event({0, "outcome", "D1", "officer.c", "", "{}"});
  EXPECT_EQ(store->events("override").size(), 2u);
  auto d1 = store->events("override", "D1");
  ASSERT_EQ(d1.size(), 1u);
  EXPECT_EQ(d1[0].actor, "officer.a");
  EXPECT_EQ(d1[0].data, "{\"lane\":\"red\",\"why\":\"tip-off\"}");
  EXPECT_FALSE(d1[0].at.empty());
}

TEST_P(StoreContract, NomenclaturesAreReplacedWhole) {
  auto store = fresh("nomenclature.db");
  std::vector<NomenclatureEntry> v1 = {{"39", "Plastics", "", "VII", 2},
                                       {"3915", "Waste of plastics", "39", "VII", 4}};
  store->replace_nomenclature("2022", v1, "hs.csv");
  std::vector<NomenclatureEntry> v2 = {{"391510", "Of polymers of ethylene", "3915", "VII", 6}};
  store->replace_nomenclature("2022", v2, "hs2.csv");
  store->replace_nomenclature("2017", v1, "hs17.csv");
  auto got = store->nomenclature("2022");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].code, "391510");
  EXPECT_EQ(got[0].level, 6);
  EXPECT_EQ(store->nomenclature("2017").size(), 2u);
  EXPECT_EQ(store->nomenclature_editions(), (std::vector<std::string>{"2017", "2022"}));
  // Reference data: every administration sees it.
  store->set_administration("KH");
  EXPECT_EQ(store->nomenclature("2017").size(), 2u);
}

TEST_P(StoreContract, ReopensAndRefusesAStoreFromANewerVersion) {
  const auto where = location("newer.db");
  const std::string version = open_store(where)->stats().schema_version;
  EXPECT_EQ(open_store(where)->stats().schema_version, version);  // nothing applied twice
  test::exec_sql(
      where, "INSERT INTO schema_migrations(version, description, applied_at) VALUES (99, 'future', 'x')");
  try {
    open_store(where);
    FAIL() << "a store of a newer schema was opened";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("newer"), std::string::npos) << e.what();
  }
}

CUSTOS_ON_BOTH_BACKENDS(StoreContract);

}  // namespace
}  // namespace custos
