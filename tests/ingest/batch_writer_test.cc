// The writer thread stores batches in order, and a failing batch stops the
// ingest with the store's error: batches before it are committed, nothing
// after it is written.
#include "ingest/batch_writer.hpp"

#include <gtest/gtest.h>

#include "store_backends.hpp"

namespace custos {
namespace {

class BatchWriting : public test::BackendTest {};

std::vector<Declaration> batch_of(const std::string& prefix, int n) {
  std::vector<Declaration> out;
  for (int i = 0; i < n; ++i) {
    Declaration d;
    d.id = prefix + std::to_string(i);
    d.flow = Flow::import;
    d.date = *Date::parse("2026-03-02");
    Item it;
    it.item_no = 1;
    it.hs_code = *HsCode::parse("391510");
    d.items.push_back(it);
    out.push_back(std::move(d));
  }
  return out;
}

TEST_P(BatchWriting, StoresEveryBatchAndCountsThem) {
  auto owned = fresh("writer.db");
  Store& store = *owned;
  BatchWriter w(store);
  for (int b = 0; b < 6; ++b) w.submit(batch_of("B" + std::to_string(b) + "-", 50), "f.csv");
  w.submit(batch_of("B0-", 10), "again.csv");  // already stored, same content
  WrittenCounts c = w.finish();
  EXPECT_EQ(c.stored, 300);
  EXPECT_EQ(c.duplicates, 10);
  EXPECT_EQ(store.stats().declarations, 300);
}

TEST_P(BatchWriting, WhatWasSubmittedIsWrittenWhenTheCallerStopsEarly) {
  auto owned = fresh("writer-early.db");
  Store& store = *owned;
  try {
    BatchWriter w(store);
    w.submit(batch_of("A", 30), "a.csv");
    w.submit(batch_of("B", 30), "a.csv");
    throw std::runtime_error("the next file cannot be read");
  } catch (const std::runtime_error&) {
  }
  EXPECT_EQ(store.stats().declarations, 60);
}

TEST_P(BatchWriting, AFailingBatchStopsTheIngestWithTheStoresError) {
  const auto where = location("writer-fail.db");
  auto owned = open_store(where);
  Store& store = *owned;
  test::refuse_declaration(where, "BAD0", "disk refused the write");
  BatchWriter w(store);
  bool thrown = false;
  try {
    w.submit(batch_of("OK", 20), "f.csv");
    w.submit(batch_of("BAD", 20), "f.csv");
    w.submit(batch_of("LATE", 20), "f.csv");
    w.submit(batch_of("LATER", 20), "f.csv");
    w.finish();
  } catch (const StoreError& e) {
    thrown = true;
    EXPECT_NE(std::string(e.what()).find("disk refused the write"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(thrown);
  EXPECT_EQ(store.stats().declarations, 20);  // the first batch only
  EXPECT_TRUE(store.get("OK19"));
  EXPECT_FALSE(store.get("BAD1"));
  EXPECT_FALSE(store.get("LATE0"));
}

CUSTOS_ON_BOTH_BACKENDS(BatchWriting);

}  // namespace
}  // namespace custos
