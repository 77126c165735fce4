// End-to-end checks of the risk commands through the custos binary.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
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

CliRun run(const std::string& args) {
  CliRun r;
  std::string cmd = std::string(CUSTOS_BINARY) + " " + args + " 2>/dev/null";
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

}  // namespace
}  // namespace custos
