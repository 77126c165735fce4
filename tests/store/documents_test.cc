// Declaration documents are kept compressed (Zstandard, with a dictionary
// trained on the store's first large batch); these tests hold the round trip,
// the reading of schema-1 text documents and the error when a dictionary is
// missing.
#include <gtest/gtest.h>

#include "core/declaration_json.hpp"
#include "simulate/simulator.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "test_util.hpp"

namespace custos {
namespace {

std::vector<Declaration> simulated(int64_t n, uint64_t seed) {
  SimulationOptions o;
  o.declarations = n;
  o.seed = seed;
  std::vector<Declaration> out;
  simulate(o, [&](const Declaration& d) { out.push_back(d); });
  return out;
}

int64_t count(sqlite::Connection& c, const char* sql) {
  sqlite::Statement s(c, sql);
  s.step();
  return s.integer(0);
}

TEST(StoredDocuments, ASmallBatchIsCompressedWithoutADictionaryAndReadsBack) {
  const auto path = test::temp_path("docs-small.db");
  const auto batch = simulated(20, 3);
  {
    sqlite::SqliteStore s(path);
    s.put_batch(batch, "small.csv");
    for (const Declaration& d : batch) {
      auto back = s.get(d.id);
      ASSERT_TRUE(back);
      EXPECT_EQ(to_canonical_json(*back), to_canonical_json(d));
    }
  }
  sqlite::Connection c(path);
  EXPECT_EQ(count(c, "SELECT count(*) FROM document_dictionaries"), 0);
  EXPECT_EQ(count(c, "SELECT count(*) FROM declarations WHERE typeof(doc) = 'blob'"), 20);
}

TEST(StoredDocuments, TheFirstLargeBatchTrainsADictionaryThatKeepsDocumentsSmall) {
  const auto path = test::temp_path("docs-large.db");
  const auto first = simulated(3000, 5);
  const auto later = simulated(500, 6);
  size_t json_bytes = 0;
  for (const Declaration& d : first) json_bytes += to_canonical_json(d).size();
  {
    sqlite::SqliteStore s(path);
    s.put_batch(first, "first.csv");
    s.put_batch(later, "later.csv");
  }
  {
    sqlite::Connection c(path);
    EXPECT_EQ(count(c, "SELECT count(*) FROM document_dictionaries"), 1);
    const int64_t stored = count(c, "SELECT sum(length(doc)) FROM declarations");
    // Measured about five times smaller on simulated trade; hold at least 3x.
    EXPECT_LT(stored * 3, static_cast<int64_t>(json_bytes));
  }
  // A new process (new codec) reads everything back through the stored dictionary.
  sqlite::SqliteStore s(path);
  size_t seen = 0;
  s.scan({}, [&](const Declaration&) { return ++seen, true; });
  EXPECT_EQ(seen, first.size() + later.size());
  for (const auto* set : {&first, &later})
    for (size_t i = 0; i < set->size(); i += 97) {
      auto back = s.get((*set)[i].id);
      ASSERT_TRUE(back);
      EXPECT_EQ(to_canonical_json(*back), to_canonical_json((*set)[i]));
    }
}

TEST(StoredDocuments, SmallDailyFilesTrainADictionaryOnceEnoughAreStored) {
  const auto path = test::temp_path("docs-daily.db");
  const auto all = simulated(1600, 11);
  sqlite::SqliteStore s(path);
  sqlite::Connection c(path);
  for (size_t from = 0; from < all.size(); from += 400) {
    s.put_batch(std::span(all).subspan(from, 400), "day.csv");
    EXPECT_EQ(count(c, "SELECT count(*) FROM document_dictionaries"), from + 400 >= 1000 ? 1 : 0) << from;
  }
  for (size_t i = 0; i < all.size(); i += 53) {
    auto back = s.get(all[i].id);
    ASSERT_TRUE(back);
    EXPECT_EQ(to_canonical_json(*back), to_canonical_json(all[i]));
  }
}

TEST(StoredDocuments, HandlesThatTrainAtOnceReadEachOthersDocuments) {
  const auto path = test::temp_path("docs-two.db");
  const auto first = simulated(1500, 21), second = simulated(1500, 22);
  sqlite::SqliteStore a(path), b(path), c(path);  // none has a dictionary yet
  a.put_batch(first, "a.csv");
  // The same documents train the same dictionary: found already stored, and used.
  for (PutStatus st : c.put_batch(first, "again.csv")) EXPECT_EQ(st, PutStatus::duplicate);
  b.put_batch(second, "b.csv");  // other documents: a second dictionary
  sqlite::Connection conn(path);
  EXPECT_EQ(count(conn, "SELECT count(*) FROM document_dictionaries"), 2);
  // Each handle finds the dictionary another one trained after it opened.
  auto from_b = a.get(second[3].id);
  ASSERT_TRUE(from_b);
  EXPECT_EQ(to_canonical_json(*from_b), to_canonical_json(second[3]));
  auto from_a = b.get(first[3].id);
  ASSERT_TRUE(from_a);
  EXPECT_EQ(to_canonical_json(*from_a), to_canonical_json(first[3]));
}

TEST(StoredDocuments, AmendedVersionsKeepTheirCompressedDocuments) {
  const auto path = test::temp_path("docs-amend.db");
  auto batch = simulated(1200, 8);
  sqlite::SqliteStore s(path);
  s.put_batch(batch, "v1.csv");
  Declaration changed = batch[7];
  changed.items.at(0).value = 12345.0;
  auto st = s.put_batch(std::vector<Declaration>{changed}, "v2.csv");
  ASSERT_EQ(st.at(0), PutStatus::amended);
  auto h = s.history(changed.id);
  ASSERT_EQ(h.size(), 2u);
  EXPECT_EQ(to_canonical_json(h[0].declaration), to_canonical_json(batch[7]));
  EXPECT_EQ(to_canonical_json(h[1].declaration), to_canonical_json(changed));
}

TEST(StoredDocuments, TextDocumentsFromSchemaOneAreStillRead) {
  const auto path = test::temp_path("docs-text.db");
  const auto batch = simulated(5, 9);
  { sqlite::SqliteStore(path).put_batch(batch, "old.csv"); }
  {
    sqlite::Connection c(path);
    sqlite::Statement up(c, "UPDATE declarations SET doc = ?1 WHERE id = ?2");
    up.bind(1, to_canonical_json(batch[2])).bind(2, batch[2].id).run();
    EXPECT_EQ(count(c, "SELECT count(*) FROM declarations WHERE typeof(doc) = 'text'"), 1);
  }
  sqlite::SqliteStore s(path);
  auto back = s.get(batch[2].id);
  ASSERT_TRUE(back);
  EXPECT_EQ(to_canonical_json(*back), to_canonical_json(batch[2]));
}

TEST(StoredDocuments, AMissingDictionaryIsAClearErrorNotGarbage) {
  const auto path = test::temp_path("docs-nodict.db");
  const auto batch = simulated(1500, 10);
  { sqlite::SqliteStore(path).put_batch(batch, "a.csv"); }
  { sqlite::Connection(path).exec("DELETE FROM document_dictionaries"); }
  sqlite::SqliteStore s(path);
  try {
    s.get(batch[0].id);
    FAIL() << "a document whose dictionary is gone was decoded";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("dictionary"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace custos
