// Both Korea Customs files ingest whole through the shipped mapping.
#include <gtest/gtest.h>

#include "ingest/ingest.hpp"
#include "ingest/mapping.hpp"
#include "test_util.hpp"

namespace custos {
namespace {

TEST(KoreaData, BothFilesIngestWhole) {
  CUSTOS_REQUIRE_SHARED(train, "customs-declarations/df_syn_train_eng.csv");
  CUSTOS_REQUIRE_SHARED(valid, "customs-declarations/df_syn_valid_eng.csv");
  auto mapping = Mapping::load("korea", std::string(CUSTOS_SOURCE_DIR) + "/data");
  auto store = open_store(test::temp_path("korea.db"));
  IngestOptions o;
  o.mapping = mapping.get();
  o.rejects_path = test::temp_path("korea_rejects.csv");
  auto c = ingest_files(*store, {train, valid}, o);
  EXPECT_EQ(c.read, 45519);
  EXPECT_EQ(c.stored, 45519);
  EXPECT_EQ(c.rejected, 0);
  EXPECT_EQ(c.duplicates, 0);
  auto st = store->stats();
  EXPECT_EQ(st.declarations, 45519);
  EXPECT_EQ(st.with_outcome, 45519);
  // 21.7% of 2020 and 20.9% of 2021-Q1 are frauds (data README)
  EXPECT_NEAR(static_cast<double>(st.fraud) / 45519.0, 0.215, 0.01);
  auto d = store->get("97061800");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->items[0].hs_code.str(), "440890");
  EXPECT_EQ(d->items[0].currency, "KRW");
  EXPECT_EQ(*d->attribute("tax_type"), "FEU1");
  EXPECT_EQ(d->importer.id, "QLRUBN9");
  // Re-ingesting is idempotent.
  auto again = ingest_files(*store, {train, valid}, o);
  EXPECT_EQ(again.duplicates, 45519);
}

}  // namespace
}  // namespace custos
