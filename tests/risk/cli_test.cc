// End-to-end checks of the risk commands through the custos binary.
#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/declaration_json.hpp"

namespace custos {
namespace {

namespace fs = std::filesystem;

struct CliRun {
  int code = -1;
  std::string out;
  nlohmann::json last;  // the last line, parsed, when it is JSON
};

// `environment` goes before the command ("NAME=value "); `with_stderr` keeps
// what the command says on stderr in `out`.
CliRun run(const std::string& args, const std::string& environment = "", bool with_stderr = false) {
  CliRun r;
  std::string cmd =
      environment + std::string(CUSTOS_BINARY) + " " + args + (with_stderr ? " 2>&1" : " 2>/dev/null");
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return r;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int status = pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::string s = r.out;
  while (!s.empty() && s.back() == '\n') s.pop_back();
  size_t nl = s.rfind('\n');
  r.last = nlohmann::json::parse(nl == std::string::npos ? s : s.substr(nl + 1), nullptr, false);
  return r;
}

class RiskCli : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(CUSTOS_BINARY)) GTEST_SKIP() << "custos binary not built: " << CUSTOS_BINARY;
    dir_ = fs::temp_directory_path() / ("custos-risk-cli-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    db_ = "--db " + (dir_ / "t.db").string();
  }
  void TearDown() override {
    if (!dir_.empty()) fs::remove_all(dir_);
  }
  std::string write(const std::string& name, const std::string& text) {
    fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p) << text;
    return p.string();
  }
  fs::path dir_;
  std::string db_;
};

const char* kProfile = R"([[profile]]
id = "WL-IVORY"
title = "Ivory"
domain = "wildlife"
legal_basis = "CITES Appendix I"
weight = 70
min_lane = "red"
reason = "Ivory from a source state"
instructions = "Examine; look for carved pieces"
permit = ["CITES_PERMIT"]
[profile.when]
hs = ["0507", "9601"]
origin = ["NG", "CM"]
[[profile.example]]
expect = "hit"
items = [ { hs = "050710", origin = "NG" } ]
[[profile.example]]
expect = "miss"
items = [ { hs = "050710", origin = "FR" } ]
)";

TEST_F(RiskCli, ProfilesCheckReportsErrorsAsJsonAndRefusesTheSet) {
  write("p/good.toml", kProfile);
  write("p/bad.toml", "[[profile]]\nid = \"B\"\nweigth = 3\n");
  CliRun r = run(db_ + " profiles check " + (dir_ / "p").string() + " --json");
  EXPECT_EQ(r.code, 3);
  ASSERT_TRUE(r.last.is_object()) << r.out;
  EXPECT_EQ(r.last["profiles"], 1);
  ASSERT_FALSE(r.last["errors"].empty());
  EXPECT_EQ(r.last["errors"][0]["line"], 3);
  EXPECT_NE(r.last["errors"][0]["file"].get<std::string>().find("bad.toml"), std::string::npos);
}

// `evaluate --list` names what the figures count: the illicit declarations no
// finding of their domain flagged, and the legitimate ones flagged.
TEST_F(RiskCli, EvaluateListsTheMissedAndTheFlaggedLegitimate) {
  std::string profiles = write("p/ivory.toml", kProfile);
  std::ostringstream nd;
  auto row = [&](const std::string& id, const std::string& hs, const std::string& origin, bool illicit) {
    Declaration d;
    d.id = id;
    d.date = *Date::parse("2025-03-01");
    d.flow = Flow::import;
    Item it;
    it.item_no = 1;
    it.hs_code = *HsCode::parse(hs);
    it.origin = *Country::parse(origin);
    it.description = "carvings";
    d.items.push_back(it);
    d.outcome.fraud = illicit;
    if (illicit) {
      d.outcome.illicit_domain = Domain::wildlife;
      d.outcome.inspection = InspectionResult::seizure;
    }
    nd << to_json(d).dump() << "\n";
  };
  row("CAUGHT", "050710", "NG", true);
  row("MISSED", "050710", "FR", true);
  row("LAWFUL-FLAGGED", "960110", "CM", false);
  row("LAWFUL", "610910", "CN", false);
  std::string input = write("cases.ndjson", nd.str());
  CliRun r = run(db_ + " evaluate --input " + input + " --profiles " + profiles + " --no-indicators --list");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("missed  MISSED  wildlife"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("flagged LAWFUL-FLAGGED  legitimate  (lane asked: red)"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("missed  CAUGHT"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("flagged LAWFUL "), std::string::npos) << r.out;
}

TEST_F(RiskCli, OverrideWithoutReasonIsRefused) {
  CliRun r = run(db_ + " override D1 --lane green --officer o7");
  EXPECT_EQ(r.code, 2);
  r = run(
      db_ +
      " override D1 --lane green --officer o7 --reason 'Permit verified with the issuing authority' --json");
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.last["officer"], "o7");
}

TEST_F(RiskCli, AssessWritesExplainedLinesAndAppliesOverrides) {
  std::string profiles = write("p/ivory.toml", kProfile);
  std::ostringstream nd;
  for (int i = 0; i < 40; ++i) {
    Declaration d;
    d.id = "D" + std::to_string(i);
    d.date = *Date::parse("2025-03-01");
    d.office = "AIRPORT";
    d.flow = Flow::import;
    Item it;
    it.item_no = 1;
    it.hs_code = *HsCode::parse(i < 3 ? "050710" : "610910");
    it.origin = *Country::parse(i < 3 ? "NG" : "CN");
    it.description = i < 3 ? "carved figurines" : "cotton t-shirts";
    if (i == 2) it.documents.push_back({"CITES_PERMIT", "NG-1"});
    d.items.push_back(it);
    nd << to_json(d).dump() << "\n";
  }
  std::string input = write("in.ndjson", nd.str());
  std::string out = (dir_ / "out.ndjson").string();
  ASSERT_EQ(
      run(db_ + " override D1 --lane green --officer o7 --reason 'Seized last week, already examined'").code,
      0);
  CliRun r = run(db_ + " assess --input " + input + " --profiles " + profiles +
                 " --random-share 0.05 --seed 3 --out " + out + " --json");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(r.last["declarations"], 40);
  std::ifstream in(out);
  std::string line;
  std::map<std::string, nlohmann::json> by_id;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line);
    by_id[j["declaration_id"]] = j;
  }
  ASSERT_EQ(by_id.size(), 40u);
  EXPECT_EQ(by_id["D0"]["lane"], "red");
  EXPECT_EQ(by_id["D0"]["selected_by"], "profile");
  EXPECT_EQ(by_id["D0"]["findings"][0]["id"], "WL-IVORY");
  EXPECT_EQ(by_id["D0"]["findings"][0]["evidence"]["fields"]["origin"], "NG");
  EXPECT_EQ(by_id["D1"]["lane"], "green");
  EXPECT_EQ(by_id["D1"]["selected_by"], "override");
  EXPECT_EQ(by_id["D2"]["lane"], "yellow");  // permit present: document check
  int random = 0;
  for (auto& [id, j] : by_id) random += j["selected_by"] == "random";
  EXPECT_EQ(random, 2);  // floor(5% of 40)
}

// CUSTOS_PATTERN_CACHE: the compiled pattern databases one process wrote are
// read by the next (same answers; a file is not written again), a damaged
// file is compiled again and replaced, and a directory others may write is
// refused with a warning (Hyperscan trusts what it deserialises).
TEST_F(RiskCli, CompiledPatternsAreKeptBetweenProcessesOnlyInAPrivateDirectory) {
  ASSERT_EQ(run(db_ + " init").code, 0);
  const std::string q = write(
      "q.ndjson",
      R"({"declaration_id":"Q1","date":"2026-03-03","flow":"import","transport_mode":"sea","destination_country":"NG","items":[{"item_no":1,"hs_code":"310230","description":"ammonium nitrate 34.4% N, prilled","net_mass_kg":25000,"value":9000,"currency":"USD"}]})"
      "\n");
  const fs::path cache = dir_ / "patterns";
  const std::string env = "CUSTOS_PATTERN_CACHE=" + cache.string() + " ";
  auto assess = [&](const std::string& environment) {
    const std::string out = (dir_ / "a.ndjson").string();
    CliRun r = run(db_ + " assess --no-model --input " + q + " --out " + out, environment, true);
    std::ifstream in(out);
    std::string line;
    std::getline(in, line);
    return std::make_pair(r, line);
  };
  auto files = [&] {
    std::map<std::string, fs::file_time_type> written;
    if (fs::exists(cache))
      for (const auto& f : fs::directory_iterator(cache)) written[f.path().string()] = f.last_write_time();
    return written;
  };

  auto [plain, expected] = assess("");
  ASSERT_EQ(plain.code, 0) << plain.out;
  ASSERT_NE(expected.find("PRE-GS-001"), std::string::npos) << expected;

  // Left from earlier: a database nobody compiled for 40 days, a killed
  // process's temporary file; both removed before the first write.
  fs::create_directory(cache);
  fs::permissions(cache, fs::perms::owner_all);
  const fs::path stale = cache / "00000000000000aa.hs", left = cache / "00000000000000aa.hs.partial.77.0";
  std::ofstream(stale) << "old";
  std::ofstream(left) << "half";
  fs::last_write_time(stale, fs::file_time_type::clock::now() - std::chrono::hours(24 * 40));
  fs::last_write_time(left, fs::file_time_type::clock::now() - std::chrono::hours(48));

  auto [first, first_line] = assess(env);
  ASSERT_EQ(first.code, 0) << first.out;
  EXPECT_EQ(first_line, expected);
  EXPECT_FALSE(fs::exists(stale));
  EXPECT_FALSE(fs::exists(left));
  const auto written = files();
  ASSERT_GE(written.size(), 2u) << "the literal database and at least one regular-expression database";
  for (const auto& [file, time] : written)
    EXPECT_EQ(fs::status(file).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write)
        << file;
  EXPECT_EQ(fs::status(cache).permissions() & fs::perms::all, fs::perms::owner_all);

  auto [second, second_line] = assess(env);
  ASSERT_EQ(second.code, 0) << second.out;
  EXPECT_EQ(second_line, expected);
  EXPECT_EQ(files(), written) << "read, not written again";

  // Damage one file (its database cut in half): compiled and replaced.
  const std::string damaged = written.begin()->first;
  const auto size = fs::file_size(damaged);
  fs::resize_file(damaged, size / 2);
  auto [third, third_line] = assess(env);
  ASSERT_EQ(third.code, 0) << third.out;
  EXPECT_EQ(third_line, expected);
  EXPECT_EQ(fs::file_size(damaged), size);

  // A directory others may write is not used.
  fs::permissions(cache, fs::perms::others_write | fs::perms::group_write, fs::perm_options::add);
  fs::resize_file(damaged, size / 2);
  auto [refused, refused_line] = assess(env);
  ASSERT_EQ(refused.code, 0) << refused.out;
  EXPECT_EQ(refused_line, expected);
  EXPECT_NE(refused.out.find("may be written by group or others"), std::string::npos) << refused.out;
  EXPECT_EQ(fs::file_size(damaged), size / 2) << "neither read nor written";
}

// data/models/disguise.json is what scripts/train-builtin-disguise.sh learns
// from the case files it lists and its simulated lawful trade (the same
// weights and thresholds, to rounding), and `train-disguise --out` keeps
// nothing in the store.
TEST_F(RiskCli, TheShippedBuiltInDisguiseModelIsWhatItsScriptLearns) {
  const fs::path shipped = fs::path(CUSTOS_SOURCE_DIR) / "data" / "models" / "disguise.json";
  ASSERT_TRUE(fs::exists(shipped)) << shipped;
  const fs::path again = dir_ / "disguise.json";
  const std::string script = std::string(CUSTOS_SOURCE_DIR) + "/scripts/train-builtin-disguise.sh";
  ASSERT_EQ(std::system((script + " " + CUSTOS_BINARY + " " + again.string() + " >/dev/null").c_str()), 0);
  auto read = [](const fs::path& p) { return nlohmann::json::parse(std::ifstream(p)); };
  const nlohmann::json a = read(shipped), b = read(again);
  ASSERT_EQ(a["domains"].size(), 6u) << "a classifier for every domain";
  EXPECT_EQ(a["report"]["positives"], b["report"]["positives"]);
  EXPECT_EQ(a["report"]["negatives"], b["report"]["negatives"]);
  EXPECT_GE(a["report"]["negatives"].get<size_t>(), 30000u) << "case sets' lawful rows and simulated trade";
  for (const auto& [domain, d] : a["domains"].items()) {
    const nlohmann::json& e = b["domains"][domain];
    EXPECT_NEAR(d["threshold"].get<double>(), e["threshold"].get<double>(), 1e-9) << domain;
    EXPECT_NEAR(d["bias"].get<double>(), e["bias"].get<double>(), 1e-9) << domain;
    ASSERT_EQ(d["weights"].size(), e["weights"].size()) << domain;
    for (const auto& [feature, w] : d["weights"].items())
      EXPECT_NEAR(w.get<double>(), e["weights"].value(feature, 1e9), 1e-9) << domain << " " << feature;
  }

  ASSERT_EQ(run(db_ + " init").code, 0);
  CliRun written =
      run(db_ + " model train-disguise --cases " +
          (fs::path(CUSTOS_SOURCE_DIR) / "tests/risk/data/blind-disguised.ndjson").string() + " " +
          (fs::path(CUSTOS_SOURCE_DIR) / "tests/risk/data/blind-ordinary.ndjson").string() +
          " --min-seizures 5 --out " + (dir_ / "m.json").string());
  ASSERT_EQ(written.code, 0) << written.out;
  EXPECT_NE(written.out.find("Written to"), std::string::npos) << written.out;
  EXPECT_TRUE(read(dir_ / "m.json").contains("domains"));
  EXPECT_FALSE(fs::exists(dir_ / "m.json.partial"));
  CliRun listed = run(db_ + " model list --json");
  ASSERT_EQ(listed.code, 0) << listed.out;
  EXPECT_TRUE(listed.last["disguise_models"].empty()) << listed.out;
  EXPECT_EQ(listed.last["disguise_model_in_use"], "built-in") << "an empty store, the shipped data";
  EXPECT_NE(listed.out.find("the built-in one"), std::string::npos) << listed.out;
}

// model train-disguise: refuses a store with nothing to learn, learns from a
// case file of seizures and lawful rows, and every assessment then carries
// its finding for a declaration shaped like the seizures.
TEST_F(RiskCli, TrainDisguiseLearnsFromCaseFilesAndAssessmentsUseIt) {
  CliRun none = run(db_ + " model train-disguise");
  EXPECT_EQ(none.code, 1) << none.out;  // no lawful trade, no seizure

  std::ostringstream cases;
  const char* hubs[] = {"DE", "FR", "US", "JP", "GB"};
  for (int i = 0; i < 300; ++i)
    cases << R"({"declaration_id":"L)" << i
          << R"(","date":"2026-03-02","flow":"import","transport_mode":"sea",)"
          << R"("consignee_name":"Trading Company )" << i << R"( Ltd","departure_country":")" << hubs[i % 5]
          << R"(","items":[{"item_no":1,"hs_code":")" << (i % 2 ? "390110" : "847130")
          << R"(","description":"goods","net_mass_kg":)" << 100 + i << R"(,"value":)"
          << (100 + i) * (3 + i % 40) << R"(,"currency":"USD"}],"inspection_result":"clean"})"
          << "\n";
  for (int i = 0; i < 30; ++i)
    cases
        << R"({"declaration_id":"S)" << i
        << R"(","date":"2026-03-02","flow":"import","transport_mode":"sea",)"
        << R"("consignee_name":"Private person","departure_country":"MY","items":[{"item_no":1,"hs_code":"390120",)"
        << R"("description":"prime polymer","net_mass_kg":)" << 15000 + 100 * i << R"(,"value":)"
        << 1800 + 10 * i << R"(,"currency":"USD"}],"inspection_result":"seizure","illicit_domain":"waste"})"
        << "\n";
  const std::string file = write("cases.ndjson", cases.str());
  CliRun trained = run(db_ + " model train-disguise --cases " + file + " --json");
  ASSERT_EQ(trained.code, 0) << trained.out;
  EXPECT_EQ(trained.last["version"], 1);
  EXPECT_EQ(trained.last["report"]["positives"]["waste"], 30);
  EXPECT_EQ(trained.last["report"]["negatives"], 300);
  EXPECT_NE(trained.out.find("(too few to learn)"), std::string::npos) << trained.out;

  const std::string q = write(
      "q.ndjson",
      R"({"declaration_id":"Q1","date":"2026-03-03","flow":"import","transport_mode":"sea","consignee_name":"Private person","departure_country":"MY","items":[{"item_no":1,"hs_code":"390120","description":"HDPE granules, prime","net_mass_kg":16000,"value":1900,"currency":"USD"}]})"
      "\n");
  const std::string out = (dir_ / "a.ndjson").string();
  CliRun assessed = run(db_ + " assess --input " + q + " --out " + out + " --json");
  ASSERT_EQ(assessed.code, 0) << assessed.out;
  std::ifstream in(out);
  std::string line;
  ASSERT_TRUE(std::getline(in, line));
  const auto a = nlohmann::json::parse(line);
  bool found = false;
  for (const auto& f : a["findings"])
    if (f["source"] == "model" && f["id"] == "disguise") {
      found = true;
      EXPECT_EQ(f["domain"], "waste");
      EXPECT_NE(f["reason"].get<std::string>().find("shipped from MY"), std::string::npos) << f["reason"];
    }
  EXPECT_TRUE(found) << line;
}

// The disguise model on data it never learned from: trained on the project's
// case sets older than blind41 (an empty store, so the sets' lawful rows set
// the thresholds), then measured on blind41-46 (held out; docs/model.md); and
// trained with an administration's own trade (the Korean customs training
// declarations, real) as the lawful side, then run on the later Korean
// declarations, where it must stay quiet.
TEST_F(RiskCli, DisguiseModelOnHeldOutSetsAndOnRealTrade) {
  const fs::path sets = fs::path(CUSTOS_SOURCE_DIR) / "tests/risk/data";
  std::string cases;
  std::ofstream held(dir_ / "held.ndjson");
  for (const auto& e : fs::directory_iterator(sets)) {
    const std::string name = e.path().filename().string();
    if (e.path().extension() != ".ndjson") continue;
    int n = 0;
    if (std::sscanf(name.c_str(), "blind%d-", &n) == 1 && n >= 41) {
      if (n > 46) continue;  // sets written later are measured on their own (docs/model.md)
      std::ifstream in(e.path());
      held << in.rdbuf();
    } else {
      cases += " " + e.path().string();
    }
  }
  held.close();
  ASSERT_EQ(run(db_ + " model train-disguise --cases" + cases).code, 0);
  const std::string data = "CUSTOS_DATA=" + std::string(CUSTOS_SOURCE_DIR) + "/data ";
  auto evaluate = [&](const std::string& db, const std::string& args) {
    std::string cmd =
        data + std::string(CUSTOS_BINARY) + " " + db + " evaluate " + args + " --json 2>/dev/null";
    FILE* p = popen(cmd.c_str(), "r");
    std::string out;
    std::array<char, 4096> buf;
    size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
    pclose(p);
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return nlohmann::json::parse(out.substr(out.rfind('\n') + 1), nullptr, false);
  };
  const auto with = evaluate(db_, "--input " + (dir_ / "held.ndjson").string());
  const auto without = evaluate(db_, "--no-model --input " + (dir_ / "held.ndjson").string());
  ASSERT_TRUE(with.is_object() && without.is_object());
  const int caught = with["flagged"]["caught"], before = without["flagged"]["caught"];
  const int flagged = with["flagged"]["legitimate_flagged"],
            flagged_before = without["flagged"]["legitimate_flagged"];
  std::cout << "blind41-46: caught " << before << " -> " << caught << " of " << with["flagged"]["illicit"]
            << "; legitimate flagged " << flagged_before << " -> " << flagged << " of "
            << with["flagged"]["legitimate"] << "\n";
  // Measured 132 -> 235 of 360 with 61 -> 61 of 1,272 lawful rows flagged (thresholds set on
  // in-sample scores: 278 with 69; before the words: 217): docs/model.md
  EXPECT_GE(caught, before + 95);
  EXPECT_LE(flagged, flagged_before + 10);

  const fs::path korea = fs::path(CUSTOS_SHARED_DATA) / "customs-declarations";
  if (!fs::exists(korea / "df_syn_train_eng.csv")) GTEST_SKIP() << "shared data absent: " << korea;
  const std::string own = "--db " + (dir_ / "kr.db").string();
  ASSERT_EQ(run(own + " ingest --mapping korea " + (korea / "df_syn_train_eng.csv").string()).code, 0);
  ASSERT_EQ(run(own + " model train-disguise --cases" + cases).code, 0);
  const auto real = evaluate(own, "--mapping korea --input " + (korea / "df_syn_valid_eng.csv").string());
  ASSERT_TRUE(real.is_object());
  const int asks = real["sources"]["model"]["asks_check"];
  std::cout << "Korean later declarations asked a check by the disguise model: " << asks << " of "
            << real["declarations"] << "\n";
  EXPECT_LE(asks, real["declarations"].get<int>() / 200);  // 0.5 %
}

}  // namespace
}  // namespace custos
