// Two `custos serve` processes on loopback, each with its own store and
// administration, taking part in one operation; everything else is done
// with the `custos` command as an officer would: a seizure recorded at KH
// appears at TH with the right level and redactions, an alert issued by KH
// raises a finding at TH, TH's feedback reaches KH, a tampered bundle is
// refused, and the same bundle delivered twice applies once.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "cli/run.hpp"
#include "core/declaration_json.hpp"
#include "server/support/http_client.hpp"
#include "server/support/serve_process.hpp"
#include "test_util.hpp"

namespace custos::test {
namespace {

using nlohmann::json;

std::string url(const ServeProcess& server) { return "http://127.0.0.1:" + std::to_string(server.port); }

RunResult must(const std::string& args) {
  RunResult r = run_custos(args, true);
  EXPECT_EQ(r.exit_code, 0) << "custos " << args << "\n" << r.out;
  return r;
}

// The JSON on the last line of a command's output; a failure shows the whole output.
json last_json(const RunResult& r) {
  json j = json::parse(r.last_line(), nullptr, false);
  EXPECT_FALSE(j.is_discarded()) << "expected JSON on the last line of:\n" << r.out;
  return j;
}

struct Admin {
  std::string code, db, dir;
  Admin(const std::string& c) : code(c) {
    db = temp_path("sync_" + c + ".db");
    std::filesystem::remove(db + ".master-key");
    must("--db " + db + " init --administration " + c + " --name 'Administration " + c + "'");
    must("--db " + db + " keys generate");
    must("--db " + db + " keys export --out " + db + ".keys.json");
    must("--db " + db +
         " operations add DEMETER-XI --from 2026-10-01 --to 2026-11-30 --domains waste,ozone "
         "--participants KH,TH,VN --coordinator KH");
  }
  RunResult run(const std::string& args) { return must("--db " + db + " " + args); }
  // An API token at this administration for the partner `other`.
  std::string partner_token(const Admin& other) {
    const std::string user = lower(other.code) + "-sync";
    const std::string pw = write_file("sync_pw_" + code, "a long enough password\n");
    RunResult add = run_custos("--db " + db + " users add " + user + " --role partner --office " +
                                   other.code + " --password-stdin < " + pw,
                               true);
    EXPECT_EQ(add.exit_code, 0) << add.out;
    json t = last_json(run("users token " + user + " --json"));
    return t["token"];
  }
  static std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  }
};

TEST(ExchangeSync, TwoServersShareThroughAnOperation) {
  Admin kh("KH"), th("TH");
  kh.run("keys trust TH " + th.db + ".keys.json");
  th.run("keys trust KH " + kh.db + ".keys.json");
  const std::string kh_token_for_th = kh.partner_token(th);

  const std::string seizure = write_file(
      "sync_seizure.json",
      json{
          {"kind", "seizure"},
          {"level", "operation"},
          {"operation", "DEMETER-XI"},
          {"tlp", "AMBER"},
          {"data",
           {{"date", "2026-10-14"},
            {"country", "KH"},
            {"commodity", "mixed plastic waste"},
            {"domain", "waste"},
            {"quantities", {{{"amount", 24.5}, {"unit", "t"}}}},
            {"persons",
             {{{"role", "driver"}, {"name", "Sok Dara"}, {"document", "N0123456"}, {"nationality", "KH"}}}}}}}
          .dump());
  const std::string home =
      write_file("sync_home.json", json{{"kind", "seizure"},
                                        {"data",
                                         {{"date", "2026-10-15"},
                                          {"country", "KH"},
                                          {"commodity", "CFC-12"},
                                          {"domain", "ozone"},
                                          {"quantities", {{{"amount", 40}, {"unit", "cylinders"}}}}}}}
                                       .dump());
  const std::string alert = write_file(
      "sync_alert.json",
      json{{"kind", "alert"},
           {"level", "operation"},
           {"operation", "DEMETER-XI"},
           {"tlp", "GREEN"},
           {"data",
            {{"reason", "e-waste declared as used machinery; the shipper was seized at Sihanoukville"},
             {"expires", "2026-11-30"},
             {"container", "MSKU 123456-5"},
             {"hs_code", "8471"}}}}
          .dump());
  json issued = last_json(kh.run("exchange issue " + seizure + " --json"));
  const std::string seizure_uuid = issued["issued"][0]["uuid"];
  kh.run("exchange issue " + home);  // level administration: stays at KH
  json alert_issued = last_json(kh.run("exchange issue " + alert + " --json"));
  const std::string alert_uuid = alert_issued["issued"][0]["uuid"];
  const std::string th_seizure =
      write_file("sync_th_seizure.json",
                 json{{"kind", "seizure"},
                      {"level", "operation"},
                      {"operation", "DEMETER-XI"},
                      {"data",
                       {{"date", "2026-10-20"},
                        {"country", "TH"},
                        {"commodity", "HCFC-22"},
                        {"domain", "ozone"},
                        {"quantities", {{{"amount", 1.2}, {"unit", "t"}, {"estimated", true}}}}}}}
                     .dump());
  th.run("exchange issue " + th_seizure);

  ServeProcess kh_server(kh.db), th_server(th.db);
  ASSERT_NE(kh_server.port, 0);
  ASSERT_NE(th_server.port, 0);

  // TH syncs with KH: pulls KH's bundle, pushes its own.
  json first = last_json(th.run("exchange sync --peer " + url(kh_server) + " --token " + kh_token_for_th +
                                " --operation DEMETER-XI --json"));
  EXPECT_EQ(first["peer"], "KH");
  EXPECT_EQ(first["pulled"]["records"], 2);  // the seizure and the alert; not the home seizure
  EXPECT_EQ(first["pulled"]["applied"], 2);
  EXPECT_EQ(first["pushed"]["applied"], 1);

  // The seizure at TH: level operation, the driver pseudonymised.
  json at_th = last_json(th.run("exchange show " + seizure_uuid + " --json"));
  EXPECT_EQ(at_th["level"], "operation");
  EXPECT_EQ(at_th["issuer"], "KH");
  EXPECT_EQ(at_th["provenance"]["received_from"], "KH");
  const json& driver = at_th["data"]["persons"][0];
  EXPECT_EQ(driver["name"].get<std::string>().rfind("PSN-", 0), 0u);
  EXPECT_EQ(driver["nationality"], "KH");
  EXPECT_EQ(th.run("exchange list --json").out.find("Sok Dara"), std::string::npos);
  EXPECT_EQ(th.run("exchange list --json").out.find("CFC-12"), std::string::npos);
  // TH's seizure reached KH through KH's server.
  EXPECT_NE(kh.run("exchange list --kind seizure --json").out.find("HCFC-22"), std::string::npos);

  // Pulled again: nothing new applies.
  json second = last_json(th.run("exchange sync --peer " + url(kh_server) + " --token " + kh_token_for_th +
                                 " --operation DEMETER-XI --json"));
  EXPECT_EQ(second["pulled"]["applied"], 0);
  EXPECT_EQ(second["pulled"]["duplicates"], 2);
  EXPECT_EQ(second["pushed"]["applied"], 0);

  // KH's alert raises a finding at TH.
  Declaration d;
  d.id = "TH-IM-2026-0042";
  d.flow = Flow::import;
  d.date = *Date::parse("2026-11-02");
  d.containers = {"MSKU1234565"};
  d.departure_country = Country::parse("KH");
  Item it;
  it.item_no = 1;
  it.hs_code = *HsCode::parse("847130");
  it.description = "used machinery";
  it.net_mass_kg = 12000;
  d.items.push_back(it);
  const std::string decl = write_file("sync_decl.ndjson", to_json(d).dump() + "\n");
  const std::string out = temp_path("sync_assessed.ndjson");
  th.run("assess --input " + decl + " --out " + out + " --no-random");
  std::ifstream in(out);
  std::string line;
  ASSERT_TRUE(std::getline(in, line)) << "the declaration was not assessed (see the rejects above)";
  json assessed = json::parse(line);
  bool partner_finding = false;
  for (const json& f : assessed["findings"])
    if (f["source"] == "partner") {
      partner_finding = true;
      EXPECT_EQ(f["evidence"]["partner"], "KH");
      EXPECT_EQ(f["evidence"]["operation"], "DEMETER-XI");
      EXPECT_NE(f["reason"].get<std::string>().find("Sihanoukville"), std::string::npos);
    }
  EXPECT_TRUE(partner_finding) << line;

  // TH's feedback goes back to KH with the next sync.
  th.run("exchange feedback " + alert_uuid + " --result seized --note '2 containers of e-waste'");
  json third = last_json(th.run("exchange sync --peer " + url(kh_server) + " --token " + kh_token_for_th +
                                " --operation DEMETER-XI --json"));
  EXPECT_EQ(third["pushed"]["applied"], 1);
  json feedback = last_json(kh.run("exchange list --kind feedback --json"));
  ASSERT_EQ(feedback["records"].size(), 1u);
  EXPECT_EQ(feedback["records"][0]["data"]["about"], alert_uuid);
  EXPECT_EQ(feedback["records"][0]["data"]["result"], "seized");

  // A tampered bundle is refused whole; the same bundle twice applies once.
  HttpClient c("127.0.0.1", kh_server.port);
  c.use_token(kh_token_for_th);
  th.run("exchange issue " +
         write_file("sync_th_late.json", json{{"kind", "seizure"},
                                              {"level", "operation"},
                                              {"operation", "DEMETER-XI"},
                                              {"data",
                                               {{"date", "2026-11-03"},
                                                {"country", "TH"},
                                                {"commodity", "e-waste"},
                                                {"domain", "waste"},
                                                {"quantities", {{{"amount", 2}, {"unit", "containers"}}}}}}}
                                             .dump()));
  const std::string bundle_file = temp_path("sync_th_bundle.json");
  th.run("exchange export --operation DEMETER-XI --level operation --since 2026-01-01 --out " + bundle_file);
  std::ifstream bf(bundle_file);
  const std::string bundle((std::istreambuf_iterator<char>(bf)), std::istreambuf_iterator<char>());
  std::string tampered = bundle;
  tampered.replace(tampered.find("\"e-waste\""), 9, "\"textiles\"");
  HttpResponse refused = c.request("POST", "/api/v1/exchange/bundles", tampered);
  EXPECT_EQ(refused.status, 422u) << refused.body;
  EXPECT_EQ(refused.error_field(), "signature");
  EXPECT_EQ(kh.run("exchange list --json").out.find("\"e-waste\""), std::string::npos);
  HttpResponse once = c.request("POST", "/api/v1/exchange/bundles", bundle);
  ASSERT_EQ(once.status, 200u) << once.body;
  EXPECT_EQ(once.json()["applied"], 1);
  HttpResponse twice = c.request("POST", "/api/v1/exchange/bundles", bundle);
  EXPECT_EQ(twice.json()["applied"], 0);
  EXPECT_EQ(twice.json()["already_received"], true);
  // Its records are TH's, at level operation, kept with provenance.
  json at_kh = last_json(kh.run("exchange list --kind seizure --json"));
  int from_th = 0;
  for (const json& r : at_kh["records"])
    if (r["issuer"] == "TH") {
      ++from_th;
      EXPECT_EQ(r["provenance"]["received_from"], "TH");
    }
  EXPECT_EQ(from_th, 2);
}

}  // namespace
}  // namespace custos::test
