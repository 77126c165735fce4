// custos store copy: a SQLite store with two administrations, amendments,
// events, artifacts, a nomenclature and an audit chain moves whole onto
// PostgreSQL; counts and digests agree, and the copy reads as the original.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "audit/audit.hpp"
#include "cli/run.hpp"
#include "core/declaration_json.hpp"
#include "store_backends.hpp"

namespace custos {
namespace {

class StoreCopy : public ::testing::Test {
 protected:
  void SetUp() override {
    if (test::pg_url().empty())
      GTEST_SKIP() << "CUSTOS_TEST_PG is not set: store copy needs a PostgreSQL server "
                      "(scripts/with-postgres.sh CMD starts a throw-away one)";
  }
};

TEST_F(StoreCopy, MovesEveryTableAndAdministrationAndProvesIt) {
  const auto from = test::temp_path("copy_from.db");
  auto file = test::temp_path("copy.csv");
  ASSERT_EQ(test::run_custos("simulate --declarations 3000 --seed 8 --out " + file).exit_code, 0);
  ASSERT_EQ(test::run_custos("--db " + from + " ingest " + file).exit_code, 0);
  std::string id;
  {
    auto s = open_store(from);
    Declaration d;
    s->scan({}, [&](const Declaration& first) {
      d = first;
      return false;
    });
    id = d.id;
    d.items.at(0).value = 1.5;
    s->put_batch(std::span(&d, 1), "amend.csv");
    s->append_event({0, "outcome", d.id, "officer", "", "{\"fraud\":true}"});
    s->put_artifact({"model", "m", 0, "{}", "", false, std::string("\0\1", 2)});
    s->replace_nomenclature("2022", std::vector<NomenclatureEntry>{{"39", "Plastics", "", "VII", 2}},
                            "hs.csv");
    audit::record(*s, {"ana", ""}, "test.copy", "store:" + from);
    s->set_administration("KH");
    s->put_batch(std::span(&d, 1), "kh.csv");
    audit::record(*s, {"sok", ""}, "test.copy", "store:" + from);
  }
  const auto to = test::fresh_location(test::Backend::postgres, "copy_to");
  auto r = test::run_custos("store copy --from " + from + " --to '" + to + "' --json");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  auto j = nlohmann::json::parse(r.last_line());
  EXPECT_TRUE(j["ok"]);
  EXPECT_EQ(j["administrations"], (nlohmann::json{"KH", "XX"}));
  std::map<std::string, int64_t> rows;
  for (const auto& t : j["tables"]) {
    EXPECT_TRUE(t["same"]) << t.dump();
    rows[t["table"]] = t["target_rows"];
  }
  EXPECT_EQ(rows["declarations"], 3001);
  EXPECT_EQ(rows["declaration_versions"], 1);
  EXPECT_EQ(rows["audit_log"], 2);
  EXPECT_EQ(rows["events"], 1);

  // The copy reads as the original, chain and all; new writes go on from it.
  auto a = open_store(from), b = open_store(to);
  EXPECT_EQ(b->history(id).size(), 2u);
  EXPECT_EQ(to_canonical_json(*a->get(id)), to_canonical_json(*b->get(id)));
  EXPECT_EQ(b->stats().declarations, a->stats().declarations);
  for (const auto& v : audit::verify_all(*b)) EXPECT_TRUE(v.ok) << v.administration << ": " << v.problem;
  EXPECT_EQ(b->get_artifact("model", "m")->payload, std::string("\0\1", 2));
  EXPECT_GT(b->append_event({0, "outcome", "X", "officer", "", "{}"}), 1);
  EXPECT_EQ(audit::record(*b, {"ana", ""}, "test.after", "x"), 2);

  // Into a store that already holds records: refused, nothing written.
  auto again = test::run_custos("store copy --from " + from + " --to '" + to + "'", true);
  EXPECT_EQ(again.exit_code, 4);
  EXPECT_NE(again.out.find("empty database"), std::string::npos) << again.out;
}

}  // namespace
}  // namespace custos
