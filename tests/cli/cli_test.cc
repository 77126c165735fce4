#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "cli/run.hpp"
#include "store_backends.hpp"

namespace custos {
namespace {

using test::run_custos;

class CliStore : public test::BackendTest {};

TEST(Cli, HelpForEveryCommandInPlainWords) {
  auto top = run_custos("--help");
  EXPECT_EQ(top.exit_code, 0);
  for (const char* cmd :
       {"demo", "simulate", "ingest", "refdata", "declarations", "stats", "init", "worker"}) {
    EXPECT_NE(top.out.find(cmd), std::string::npos) << cmd;
    auto h = run_custos(std::string(cmd) + " --help");
    EXPECT_EQ(h.exit_code, 0) << cmd;
    EXPECT_GT(h.out.size(), 80u) << cmd;
  }
  EXPECT_NE(run_custos("ingest --help").out.find("--rejects"), std::string::npos);
}

TEST(Cli, WrongArgumentsExitTwo) {
  EXPECT_EQ(run_custos("no-such-command").exit_code, 2);
  EXPECT_EQ(run_custos("simulate --declarations -5 --out x.csv").exit_code, 2);
}

TEST(Cli, AnUnreachableDatabaseExitsFourAndSaysWhere) {
  auto r = run_custos("--db postgres://nobody@127.0.0.1:1/none stats", true);
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.out.find("127.0.0.1:1/none"), std::string::npos) << r.out;
}

// The server benchmark runs briefly in CI, so a hang or an error under load
// fails the build; its figures are for docs/api.md, not asserted here.
TEST(Cli, BenchServeRunsBrieflyAndReportsItsFigures) {
  auto r = run_custos(
      "bench serve --runs 1 --seconds 0.5 --warmup 0.2 --declarations 50 --clients 4 --ingest --json", true);
  ASSERT_EQ(r.exit_code, 0) << r.out;
  auto j = nlohmann::json::parse(r.last_line(), nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << r.out;
  EXPECT_EQ(j["errors"], 0) << r.out;
  EXPECT_GT(j["requests_per_s"].get<double>(), 0) << r.out;
  EXPECT_GT(j["inprocess_items_per_s"].get<double>(), 0) << r.out;
  EXPECT_LE(j["p50_ms"].get<double>(), j["p99_ms"].get<double>()) << r.out;
}

TEST_P(CliStore, IngestJsonLastLineAndExitCodes) {
  auto db = location("cli.db");
  auto rej = test::temp_path("cli_rejects.csv");
  auto r = run_custos("--db " + db + " ingest " + test::fixture("malformed.csv") + " --rejects " + rej +
                      " --json");
  EXPECT_EQ(r.exit_code, 0);
  auto j = nlohmann::json::parse(r.last_line());
  EXPECT_EQ(j["read"], 14);
  EXPECT_EQ(j["stored"], 3);
  EXPECT_EQ(j["rejected"], 11);
  EXPECT_EQ(j["duplicates"], 0);

  auto strict = run_custos("--db " + db + " ingest " + test::fixture("malformed.csv") + " --strict --json");
  EXPECT_EQ(strict.exit_code, 3);
  auto missing = run_custos("--db " + db + " ingest /no/such/file.csv");
  EXPECT_EQ(missing.exit_code, 3);
  auto unknown_mapping =
      run_custos("--db " + db + " ingest " + test::fixture("malformed.csv") + " --mapping nope");
  EXPECT_EQ(unknown_mapping.exit_code, 3);

  auto show = run_custos("--db " + db + " declarations show D7 --json");
  EXPECT_EQ(show.exit_code, 0);
  auto d = nlohmann::json::parse(show.last_line());
  EXPECT_EQ(d["declaration"]["items"][0]["description"], "cashew nuts,\nW320 grade \"premium\"");
  EXPECT_EQ(run_custos("--db " + db + " declarations show NOPE").exit_code, 1);

  auto stats = nlohmann::json::parse(run_custos("--db " + db + " stats --json").last_line());
  EXPECT_EQ(stats["declarations"], 3);
}

TEST_P(CliStore, SimulateThenIngestNdjson) {
  auto db = location("cli_nd.db");
  auto f = test::temp_path("cli_sim.ndjson");
  auto s = run_custos("simulate --declarations 2000 --seed 4 --format ndjson --out " + f + " --json");
  ASSERT_EQ(s.exit_code, 0);
  auto r = run_custos("--db " + db + " ingest " + f + " --json");
  auto j = nlohmann::json::parse(r.last_line());
  EXPECT_EQ(j["read"], 2000);
  EXPECT_EQ(j["stored"], 2000);
}

TEST_P(CliStore, DeclarationsExportRoundTripsThroughIngest) {
  auto db = location("cli_export.db");
  auto copy = location("cli_export_copy.db");
  auto sim = test::temp_path("cli_export_sim.csv");
  ASSERT_EQ(run_custos("simulate --declarations 300 --days 3 --seed 8 --out " + sim).exit_code, 0);
  ASSERT_EQ(run_custos("--db " + db + " ingest " + sim).exit_code, 0);
  auto csv = test::temp_path("cli_export.csv");
  auto r = run_custos("--db " + db + " declarations export --from 2026-03-03 --out " + csv + " --json");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  auto j = nlohmann::json::parse(r.last_line());
  EXPECT_EQ(j["format"], "csv");
  EXPECT_EQ(j["from"], "2026-03-03");
  EXPECT_EQ(j["declarations"], 200);  // days 2 and 3 of 3
  auto back = nlohmann::json::parse(run_custos("--db " + copy + " ingest " + csv + " --json").last_line());
  EXPECT_EQ(back["stored"], 200);
  EXPECT_EQ(back["rejected"], 0);
  // The same declarations: the copy's NDJSON export equals the source's over the same days.
  auto a = test::temp_path("cli_export_a.ndjson"), b = test::temp_path("cli_export_b.ndjson");
  ASSERT_EQ(run_custos("--db " + db + " declarations export --from 2026-03-03 --format ndjson --out " + a)
                .exit_code,
            0);
  ASSERT_EQ(run_custos("--db " + copy + " declarations export --out " + b).exit_code, 0);
  auto slurp = [](const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  EXPECT_FALSE(slurp(a).empty());
  EXPECT_EQ(slurp(a), slurp(b));
  // Re-ingesting the export into its own store stores nothing.
  auto again = nlohmann::json::parse(run_custos("--db " + db + " ingest " + csv + " --json").last_line());
  EXPECT_EQ(again["duplicates"], 200);
  EXPECT_EQ(run_custos("--db " + db + " declarations export --from 2026-03-04 --to 2026-03-03 --out " + csv)
                .exit_code,
            2);
  EXPECT_EQ(run_custos("--db " + db + " declarations export --out /nonexistent/dir/x.csv").exit_code, 3);
}

TEST_P(CliStore, RefdataImportThenCodesAreChecked) {
  CUSTOS_REQUIRE_SHARED(hs, "hs/harmonized-system-2022.csv");
  auto db = location("cli_hs.db");
  auto r = run_custos("--db " + db + " refdata import hs " + hs + " --edition 2022 --json");
  ASSERT_EQ(r.exit_code, 0);
  auto j = nlohmann::json::parse(r.last_line());
  EXPECT_EQ(j["rows"], 6940);
  EXPECT_EQ(j["rejected"], 0);
  auto f = test::write_file("cli_hs.csv",
                            "declaration_id,date,flow,hs_code\nH1,2026-01-01,import,391510\n"
                            "H2,2026-01-01,import,391599\n");
  auto in = nlohmann::json::parse(run_custos("--db " + db + " ingest " + f + " --json").last_line());
  EXPECT_EQ(in["stored"], 1);
  EXPECT_EQ(in["rejected"], 1);
}

CUSTOS_ON_BOTH_BACKENDS(CliStore);

}  // namespace
}  // namespace custos
