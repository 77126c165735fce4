// The targeting routes on the real server: lodging in three formats,
// one declaration, targets, outcomes, overrides, what-if assessment,
// profile packs, screening and spectra; bad input of every kind; office
// and administration scoping; audit of every change; answers that fit
// their OpenAPI schemas.
#include <gtest/gtest.h>

#include "audit/audit.hpp"
#include "server/openapi.hpp"
#include "server/support/schema_check.hpp"
#include "server/support/test_server.hpp"

namespace custos::test {
namespace {

using auth::Role;
using nlohmann::json;

void expect_fits(const HttpResponse& r, const std::string& pattern, const std::string& method) {
  const auto& doc = server::openapi_document();
  const json schema = response_schema(doc, pattern, method, r.status);
  EXPECT_EQ(schema_problem(doc, schema, r.json()), "") << method << " " << pattern << ": " << r.body;
}

json declaration(const std::string& id, const std::string& office = "PNH") {
  return {{"declaration_id", id},
          {"date", "2026-03-02"},
          {"flow", "import"},
          {"office", office},
          {"importer_id", "NL1"},
          {"importer_name", "Atlas Foods BV"},
          {"importer_country", "NL"},
          {"exporter_name", "Saigon Nuts Co"},
          {"exporter_country", "VN"},
          {"departure_country", "VN"},
          {"destination_country", "NL"},
          {"items",
           {{{"item_no", 1},
             {"hs_code", "080132"},
             {"description", "cashew nuts"},
             {"origin_country", "VN"},
             {"net_mass_kg", 16000},
             {"value", 112000},
             {"currency", "USD"}}}}};
}

json risky(const std::string& id, const std::string& office = "PNH") {
  json d = declaration(id, office);
  d["departure_country"] = "LB";
  d["exporter_country"] = "LB";
  d["items"][0] = {{"item_no", 1},
                   {"hs_code", "691390"},
                   {"description", "Decorative clay oil lamps, set of 12"},
                   {"origin_country", "SY"},
                   {"net_mass_kg", 6},
                   {"value", 180},
                   {"currency", "USD"}};
  return d;
}

int audits(Store& store, const std::string& action) {
  store.set_administration(store.own_administration());
  int n = 0;
  for (const audit::Entry& e : audit::entries(store, 0, 10000)) n += e.action == action;
  return n;
}

void no_random(server::ServerOptions& o) { o.random_share = 0; }

TEST(TargetingApi, LodgeShowAndTargets) {
  TestServer srv("targeting_lodge", no_random);
  HttpClient sup = srv.client_as("sam", Role::supervisor, "PNH");
  HttpResponse r = sup.post("/api/v1/declarations",
                            json::array({declaration("T1"), risky("T2"), {{"declaration_id", "T3"}}}));
  ASSERT_EQ(r.status, 200u) << r.body;
  expect_fits(r, "/api/v1/declarations", "post");
  json j = r.json();
  EXPECT_EQ(j["read"], 3);
  EXPECT_EQ(j["stored"], 2);
  EXPECT_EQ(j["rejected"], 1);
  EXPECT_EQ(j["duplicates"], 0);
  ASSERT_FALSE(j["rejects"].empty());
  EXPECT_EQ(j["rejects"][0]["line"], 3);
  ASSERT_EQ(j["assessments"].size(), 2u);
  EXPECT_EQ(j["assessments"][1]["declaration_id"], "T2");
  EXPECT_NE(j["assessments"][1]["lane"], "green");
  EXPECT_EQ(audits(srv.store(), "declarations.lodge"), 1);

  r = sup.get("/api/v1/declarations/T2");
  ASSERT_EQ(r.status, 200u) << r.body;
  expect_fits(r, "/api/v1/declarations/{id}", "get");
  EXPECT_EQ(r.json()["declaration"]["declaration_id"], "T2");
  EXPECT_EQ(r.json()["versions"].size(), 1u);
  EXPECT_EQ(r.json()["assessment"]["declaration_id"], "T2");
  EXPECT_TRUE(r.json()["outcome"].is_null());

  // NDJSON and CSV lodge the same way; the same content again is a duplicate.
  r = sup.request("POST", "/api/v1/declarations",
                  declaration("T1").dump() + "\n" + declaration("T4").dump() + "\n", "application/x-ndjson");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.json()["duplicates"], 1);
  EXPECT_EQ(r.json()["stored"], 1);
  r = sup.request(
      "POST", "/api/v1/declarations",
      "declaration_id,item_no,date,flow,office,hs_code,description,origin_country,value,currency\n"
      "T5,1,2026-03-02,import,PNH,080132,cashew nuts,VN,1000,USD\n",
      "text/csv; charset=utf-8");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.json()["stored"], 1);

  r = sup.get("/api/v1/targets?date=2026-03-02&lane=orange");
  ASSERT_EQ(r.status, 200u) << r.body;
  expect_fits(r, "/api/v1/targets", "get");
  ASSERT_EQ(r.json()["targets"].size(), 1u);
  EXPECT_EQ(r.json()["targets"][0]["declaration_id"], "T2");
  EXPECT_FALSE(r.json()["targets"][0]["findings"].empty());
  EXPECT_EQ(sup.get("/api/v1/targets?date=2026-03-02&lane=green").json()["targets"].size(), 4u);
  EXPECT_EQ(sup.get("/api/v1/targets?date=2026-03-02&lane=green&limit=2").json()["targets"].size(), 2u);
  EXPECT_EQ(sup.get("/api/v1/targets?date=2026-03-02&domain=cultural").json()["targets"].size(), 1u);
  EXPECT_EQ(sup.get("/api/v1/targets").error_code(), "bad_query");
  EXPECT_EQ(sup.get("/api/v1/targets?date=yesterday").error_code(), "bad_query");
  EXPECT_EQ(sup.get("/api/v1/targets?date=2026-03-02&lane=purple").error_code(), "bad_query");
  EXPECT_EQ(sup.get("/api/v1/targets?date=2026-03-02&limit=0").error_code(), "bad_query");
  EXPECT_EQ(sup.get("/api/v1/targets?date=2026-03-02&sort=x").error_code(), "bad_query");
}

TEST(TargetingApi, OfficersSeeTheirOwnOfficeAndOtherAdministrationsNothing) {
  TestServer srv("targeting_scope", no_random);
  HttpClient sup = srv.client_as("sam", Role::supervisor, "PNH");
  ASSERT_EQ(sup.post("/api/v1/declarations", json::array({risky("S1", "PNH"), risky("S2", "KTM")})).status,
            200u);
  HttpClient olga = srv.client_as("olga", Role::officer, "PNH");
  EXPECT_EQ(olga.get("/api/v1/declarations/S1").status, 200u);
  EXPECT_EQ(olga.get("/api/v1/declarations/S2").status, 404u);
  HttpResponse r = olga.get("/api/v1/targets?date=2026-03-02&lane=green");
  ASSERT_EQ(r.status, 200u);
  ASSERT_EQ(r.json()["targets"].size(), 1u);
  EXPECT_EQ(r.json()["targets"][0]["office"], "PNH");
  EXPECT_EQ(olga.get("/api/v1/targets?date=2026-03-02&office=KTM").status, 403u);
  EXPECT_EQ(olga.post("/api/v1/declarations/S2/outcome", {{"inspection_result", "clean"}}).status, 404u);
  // An officer lodges for the own office only.
  r = olga.post("/api/v1/declarations", declaration("S3", "KTM"));
  EXPECT_EQ(r.status, 403u);
  HttpClient foreign = srv.client_as("zed", Role::supervisor, "PNH", "ZZ");
  EXPECT_EQ(foreign.get("/api/v1/declarations/S1").status, 404u);
  EXPECT_EQ(foreign.post("/api/v1/declarations/S1/override", {{"lane", "green"}, {"reason", "x"}}).status,
            404u);
  EXPECT_TRUE(foreign.get("/api/v1/targets?date=2026-03-02&lane=green").json()["targets"].empty());
}

TEST(TargetingApi, OutcomesAndOverrides) {
  TestServer srv("targeting_actions", no_random);
  HttpClient sup = srv.client_as("sam", Role::supervisor, "PNH");
  HttpClient olga = srv.client_as("olga", Role::officer, "PNH");
  ASSERT_EQ(sup.post("/api/v1/declarations", declaration("A1")).status, 200u);

  HttpResponse r = olga.post("/api/v1/declarations/A1/outcome", {{"inspection_result", 5}});
  EXPECT_EQ(r.status, 422u);
  EXPECT_EQ(r.error_code(), "wrong_type");
  EXPECT_EQ(r.error_field(), "inspection_result");
  r = olga.post("/api/v1/declarations/A1/outcome", {{"inspection_result", "seizure"}, {"colour", "red"}});
  EXPECT_EQ(r.error_code(), "unknown_field");
  r = olga.post("/api/v1/declarations/A1/outcome", {{"inspection_result", "perhaps"}});
  EXPECT_EQ(r.error_code(), "invalid_value");
  EXPECT_EQ(olga.post("/api/v1/declarations/A1/outcome", json::object()).error_code(), "missing_field");
  EXPECT_EQ(olga.request("POST", "/api/v1/declarations/A1/outcome", "{\"inspection_result\":").error_code(),
            "malformed_json");
  r = olga.post("/api/v1/declarations/A1/outcome", {{"inspection_result", "seizure"},
                                                    {"fraud", true},
                                                    {"illicit_domain", "wildlife"},
                                                    {"notes", "scales"}});
  ASSERT_EQ(r.status, 201u) << r.body;
  expect_fits(r, "/api/v1/declarations/{id}/outcome", "post");
  EXPECT_EQ(sup.get("/api/v1/declarations/A1").json()["outcome"]["inspection_result"], "seizure");

  EXPECT_EQ(olga.post("/api/v1/declarations/A1/override", {{"lane", "red"}, {"reason", "tip"}}).status, 403u);
  r = sup.post("/api/v1/declarations/A1/override", {{"lane", "red"}});
  EXPECT_EQ(r.error_code(), "missing_field");
  EXPECT_EQ(r.error_field(), "reason");
  r = sup.post("/api/v1/declarations/A1/override", {{"lane", "red"}, {"reason", "   "}});
  EXPECT_EQ(r.error_code(), "invalid_value");
  r = sup.post("/api/v1/declarations/A1/override", {{"lane", "scarlet"}, {"reason", "tip"}});
  EXPECT_EQ(r.error_field(), "lane");
  r = sup.post("/api/v1/declarations/A1/override", {{"lane", "red"}, {"reason", "informant tip 17"}});
  ASSERT_EQ(r.status, 201u) << r.body;
  expect_fits(r, "/api/v1/declarations/{id}/override", "post");
  json a = sup.get("/api/v1/declarations/A1").json()["assessment"];
  EXPECT_EQ(a["lane"], "red");
  EXPECT_EQ(a["selected_by"], "override");
  EXPECT_EQ(a["selection"]["override"]["officer"], "sam");
  EXPECT_EQ(audits(srv.store(), "declaration.outcome"), 1);
  EXPECT_EQ(audits(srv.store(), "declaration.override"), 1);
}

TEST(TargetingApi, AssessStoresNothingAndAnswersAsTheCommandLine) {
  TestServer srv("targeting_assess", no_random);
  HttpClient olga = srv.client_as("olga", Role::officer, "PNH");
  HttpResponse r = olga.post("/api/v1/assess", json::array({declaration("W1"), risky("W2")}));
  ASSERT_EQ(r.status, 200u) << r.body;
  expect_fits(r, "/api/v1/assess", "post");
  ASSERT_EQ(r.json()["assessments"].size(), 2u);
  const json w2 = r.json()["assessments"][1];
  EXPECT_EQ(w2["declaration_id"], "W2");
  for (const char* k : {"declaration_id", "score", "lane", "selected_by", "findings"})
    EXPECT_TRUE(w2.contains(k)) << k;
  EXPECT_NE(w2["lane"], "green");
  EXPECT_EQ(olga.get("/api/v1/declarations/W2").status, 404u);
  // Same body twice, same answer (nothing learned or stored).
  EXPECT_EQ(olga.post("/api/v1/assess", json::array({declaration("W1"), risky("W2")})).json()["assessments"],
            r.json()["assessments"]);
}

TEST(TargetingApi, BadBodiesAreRefusedWithTheirPosition) {
  TestServer srv("targeting_bad", [](server::ServerOptions& o) {
    o.random_share = 0;
    o.lodging_body_limit = 64 << 10;
  });
  HttpClient sup = srv.client_as("sam", Role::supervisor, "PNH");
  for (const char* route : {"/api/v1/declarations", "/api/v1/assess"}) {
    HttpResponse r = sup.request("POST", route, "[\n{\"declaration_id\": ]");
    EXPECT_EQ(r.status, 400u) << route << r.body;
    EXPECT_EQ(r.error_code(), "malformed_body");
    EXPECT_NE(r.json()["error"]["message"].get<std::string>().find("line 2"), std::string::npos) << r.body;
    r = sup.request("POST", route, std::string("{\"declaration_id\":\"A\xc3\x28\"}"), "application/x-ndjson");
    EXPECT_EQ(r.status, 400u);
    EXPECT_NE(r.body.find("UTF-8"), std::string::npos);
    r = sup.request("POST", route, "a,b", "application/xml");
    EXPECT_EQ(r.status, 415u);
    r = sup.request("POST", route, std::string(70 << 10, ' '), "text/csv");
    EXPECT_EQ(r.status, 413u);
    r = sup.request("POST", route, "42");
    EXPECT_EQ(r.error_code(), "malformed_body");
  }
  // Wrong types and unknown fields inside a declaration are rejects, with the field named.
  json d = declaration("B1");
  d["items"][0]["value"] = "lots";
  HttpResponse r = sup.post("/api/v1/declarations", json::array({d}));
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.json()["rejected"], 1);
  EXPECT_EQ(r.json()["rejects"][0]["field"], "value");
  // Path traversal in ids.
  for (const char* t :
       {"/api/v1/declarations/..", "/api/v1/declarations/%2e%2e", "/api/v1/declarations/a%2F..%2Fb",
        "/api/v1/declarations/a%00/outcome", "/api/v1/profiles/..%2Fetc"}) {
    r = sup.get(t);
    EXPECT_EQ(r.status, 400u) << t << " " << r.body;
  }
}

TEST(TargetingApi, ProfilePacksAreReadByOfficersAndEditedByAnalysts) {
  TestServer srv("targeting_profiles");
  HttpClient ana = srv.client_as("ana", Role::analyst);
  HttpClient olga = srv.client_as("olga", Role::officer, "PNH");
  HttpResponse r = olga.get("/api/v1/profiles");
  ASSERT_EQ(r.status, 200u) << r.body;
  expect_fits(r, "/api/v1/profiles", "get");
  bool found = false;
  const json packs = r.json()["packs"];
  for (const json& p : packs) found |= p["id"] == "cultural-disguised" && !p["profiles"].empty();
  EXPECT_TRUE(found);
  r = olga.get("/api/v1/profiles/cultural-disguised");
  ASSERT_EQ(r.status, 200u);
  EXPECT_NE(r.body.find("CUL-DSG-001"), std::string::npos);
  EXPECT_EQ(olga.get("/api/v1/profiles/nothing-here").status, 404u);
  EXPECT_EQ(olga.get("/api/v1/profiles/Bad.Name").status, 404u);
  const std::string text = r.body;
  EXPECT_EQ(olga.request("PUT", "/api/v1/profiles/cultural-disguised", text, "application/toml").status,
            403u);

  r = ana.request("POST", "/api/v1/profiles/check?id=local", "[[profile]]\nid = \"L-1\"\ntitle = \n",
                  "application/toml");
  ASSERT_EQ(r.status, 200u) << r.body;
  expect_fits(r, "/api/v1/profiles/check", "post");
  ASSERT_FALSE(r.json()["errors"].empty());
  EXPECT_EQ(r.json()["errors"][0]["line"], 3);
  r = ana.request("POST", "/api/v1/profiles/check?id=cultural-disguised", text, "application/toml");
  EXPECT_TRUE(r.json()["errors"].empty()) << r.body;

  r = ana.request("PUT", "/api/v1/profiles/local", "[[profile]]\nid = \n", "application/toml");
  EXPECT_EQ(r.status, 422u);
  EXPECT_FALSE(r.json()["errors"].empty());
  EXPECT_EQ(ana.get("/api/v1/profiles/local").status, 404u);
  r = ana.request("PUT", "/api/v1/profiles/cultural-disguised", text + "\n# reviewed\n", "application/toml");
  ASSERT_EQ(r.status, 200u) << r.body;
  expect_fits(r, "/api/v1/profiles/{pack}", "put");
  EXPECT_EQ(r.json()["version"], 1);
  EXPECT_NE(olga.get("/api/v1/profiles/cultural-disguised").body.find("# reviewed"), std::string::npos);
  EXPECT_EQ(ana.request("PUT", "/api/v1/profiles/x", "{}", "application/json").status, 415u);
  EXPECT_EQ(audits(srv.store(), "profile.update"), 1);
}

TEST(TargetingApi, ScreeningAndSpectraSayWhatIsMissing) {
  TestServer srv("targeting_screen");
  HttpClient olga = srv.client_as("olga", Role::officer, "PNH");
  HttpResponse r = olga.post("/api/v1/screen", {{"name", "Ivan Petrov"}, {"country", "RU"}});
  EXPECT_EQ(r.status, 503u) << r.body;
  EXPECT_EQ(r.error_code(), "not_configured");
  EXPECT_EQ(olga.post("/api/v1/screen", {{"country", "RU"}}).error_code(), "missing_field");
  EXPECT_EQ(olga.post("/api/v1/screen", {{"name", 7}}).error_code(), "wrong_type");
  EXPECT_EQ(olga.post("/api/v1/screen", {{"name", "x"}, {"alias", "y"}}).error_code(), "unknown_field");
  EXPECT_EQ(olga.post("/api/v1/screen", {{"name", std::string(600, 'a')}}).error_code(), "invalid_value");
  r = olga.request("POST", "/api/v1/spectra/identify", "100,1\n200,2\n", "text/plain");
  EXPECT_EQ(r.status, 503u);
  EXPECT_EQ(olga.request("POST", "/api/v1/spectra/identify", "{}", "application/json").status, 415u);
}

// The details an officer can meet come with their message {id, params}: the
// workbench's sentence error.detail.<id>, filled, is the detail of the
// English message, which is unchanged.
TEST(TargetingApi, ErrorDetailsInWordsComeAsMessages) {
  TestServer srv("targeting_detail_messages", no_random);
  HttpClient sup = srv.client_as("sam", Role::supervisor, "PNH");
  HttpClient olga = srv.client_as("olga", Role::officer, "PNH");
  ASSERT_EQ(sup.post("/api/v1/declarations", declaration("A1")).status, 200u);
  auto said = [](const HttpResponse& r) { return r.json()["error"].value("detail_message", json()); };

  HttpResponse r = olga.post("/api/v1/declarations/A1/outcome", {{"inspection_result", "perhaps"}});
  EXPECT_EQ(r.json()["error"]["message"],
            "Field 'inspection_result' is not valid: one of clean, discrepancy, seizure.");
  EXPECT_EQ(said(r), json({{"id", "inspection_result"}, {"params", json::object()}}));
  r = olga.post("/api/v1/declarations/A1/outcome",
                {{"inspection_result", "clean"}, {"notes", std::string(4001, 'x')}});
  EXPECT_EQ(said(r), json({{"id", "at_most_bytes"}, {"params", {{"n", "4000"}}}}));
  r = sup.post("/api/v1/declarations/A1/override", {{"lane", "red"}, {"reason", "   "}});
  EXPECT_EQ(said(r)["id"], "override_reason");
  r = sup.post("/api/v1/declarations/A1/override", {{"lane", "scarlet"}, {"reason", "tip"}});
  EXPECT_EQ(said(r)["id"], "lane");
  r = olga.get("/api/v1/declarations/NOPE");
  EXPECT_EQ(r.json()["error"]["message"], "Not found: no declaration NOPE.");
  EXPECT_EQ(said(r), json({{"id", "no_declaration"}, {"params", {{"id", "NOPE"}}}}));
  r = olga.post("/api/v1/declarations/A1/override", {{"lane", "red"}, {"reason", "tip"}});
  ASSERT_EQ(r.status, 403u);
  EXPECT_EQ(said(r)["id"], "role_may_not");
  EXPECT_EQ(said(r)["params"]["role"], "officer");
  r = olga.get("/api/v1/permits/CITES_PERMIT:NOPE");
  EXPECT_EQ(said(r), json({{"id", "no_permit"}, {"params", {{"permit", "CITES_PERMIT:NOPE"}}}}));
  expect_fits(r, "/api/v1/permits/{permit}", "get");
  // A detail the handler's sentence does not give word for word has no message.
}

}  // namespace
}  // namespace custos::test
