// The records API: seizures, cases, permits and reports over HTTP, with
// roles and administrations (the role matrix covers every route as well).
#include <gtest/gtest.h>

#include "audit/audit.hpp"
#include "server/openapi.hpp"
#include "server/support/schema_check.hpp"
#include "server/support/test_server.hpp"

namespace custos::test {
namespace {

using auth::Role;

const std::string kCsv =
    "seizure_id,date,country,domain,commodity,quantities,detection,declaration_id,persons,operation\n"
    "API-1,2024-03-10,FR,waste,plastic scrap,2 t|14 pcs~,profile,D-1,Jean Dupont (FR),DEMETER X\n"
    "API-2,2024-03,FR,ozone,HFC-134a,500 g,tip-off,,,DEMETER X\n"
    "API-3,2024-03-12,FRA,ozone,HFC-134a,5 kg,tip-off,,,DEMETER X\n";

HttpResponse post_text(HttpClient& c, const std::string& path, const std::string& body,
                       const std::string& type) {
  return c.request("POST", path, body, type);
}

void expect_fits(const HttpResponse& r, const std::string& pattern, const std::string& method) {
  const auto& doc = server::openapi_document();
  const nlohmann::json schema = response_schema(doc, pattern, method, r.status);
  EXPECT_EQ(schema_problem(doc, schema, r.json()), "") << method << " " << pattern << ": " << r.body;
}

TEST(RecordsApi, SeizuresAreRecordedListedAndShownWithinTheAdministration) {
  TestServer srv("records_api");
  HttpClient officer = srv.client_as("oscar", Role::officer);
  HttpResponse r = post_text(officer, "/api/v1/seizures", kCsv, "text/csv");
  ASSERT_EQ(r.status, 200u) << r.body;
  expect_fits(r, "/api/v1/seizures", "post");
  EXPECT_EQ(r.json()["read"], 3);
  EXPECT_EQ(r.json()["stored"], 2);
  EXPECT_EQ(r.json()["rejected"], 1);
  EXPECT_EQ(r.json()["duplicates"], 0);
  EXPECT_EQ(r.json()["rejects"][0]["line"], 4);
  EXPECT_EQ(r.json()["rejects"][0]["field"], "country");
  // Again: duplicates.
  EXPECT_EQ(post_text(officer, "/api/v1/seizures", kCsv, "text/csv").json()["duplicates"], 2);
  // One JSON record.
  nlohmann::json one = {
      {"id", "API-4"}, {"date", "2024"}, {"country", "BE"}, {"domain", "wildlife"}, {"quantities", "3 pcs"}};
  r = officer.post("/api/v1/seizures", one);
  EXPECT_EQ(r.json()["stored"], 1) << r.body;
  r = officer.post("/api/v1/seizures", {{"id", "API-5"}, {"date", "someday"}});
  EXPECT_EQ(r.status, 422u);
  EXPECT_EQ(r.json()["rejects"][0]["field"], "date");
  // A value of the wrong JSON type, the id included, is a reject with its message (it was a 500).
  r = officer.post("/api/v1/seizures", {{"id", 7}, {"date", "2024"}});
  EXPECT_EQ(r.status, 422u) << r.body;
  EXPECT_EQ(r.json()["rejects"][0]["field"], "id");
  EXPECT_EQ(r.json()["rejects"][0]["message"]["code"], "json.expected_string");
  r = officer.get("/api/v1/seizures?from=2024-03-01&to=2024-03-31");
  ASSERT_EQ(r.status, 200u);
  expect_fits(r, "/api/v1/seizures", "get");
  EXPECT_EQ(r.json()["seizures"].size(), 3u);  // the year-only one overlaps March
  r = officer.get("/api/v1/seizures/API-1");
  ASSERT_EQ(r.status, 200u);
  EXPECT_EQ(r.json()["persons"][0]["name"], "Jean Dupont");
  r = officer.post("/api/v1/seizures/API-1/custody", {{"action", "sealed"}, {"place", "Le Havre"}});
  EXPECT_EQ(r.status, 201u) << r.body;
  EXPECT_EQ(officer.get("/api/v1/seizures/API-1").json()["custody"][0]["actor"], "oscar");
  EXPECT_EQ(officer.get("/api/v1/seizures?from=2024-13-01").error_code(), "bad_query");
  // The declaration's outcome was recorded; the change audited under the officer's name.
  EXPECT_EQ(srv.store().events("outcome", "D-1").size(), 1u);
  bool audited = false;
  for (const audit::Entry& e : audit::entries(srv.store(), 0, 1000))
    audited = audited || (e.action == "seizure.create" && e.username == "oscar");
  EXPECT_TRUE(audited);
  // Another administration sees none of it; partners see no nominal data at all.
  HttpClient foreign = srv.client_as("zoe", Role::officer, "", "ZZ");
  EXPECT_EQ(foreign.get("/api/v1/seizures/API-1").status, 404u);
  EXPECT_EQ(foreign.get("/api/v1/seizures").json()["seizures"].size(), 0u);
  EXPECT_EQ(foreign.post("/api/v1/seizures/API-1/custody", {{"action", "x"}}).status, 404u);
  HttpClient partner = srv.client_as("pia", Role::partner);
  EXPECT_EQ(partner.get("/api/v1/seizures").status, 403u);
}

// The case module's refusals come with their detail message (the English
// unchanged: said() keeps an id only when its sentence is the detail).
TEST(RecordsApi, ACaseRefusalComesWithItsDetailMessage) {
  TestServer srv("records_api_case_messages");
  HttpClient analyst = srv.client_as("ana", Role::analyst);
  HttpResponse r = analyst.post("/api/v1/cases", {{"title", "Ring"}});
  ASSERT_EQ(r.status, 201u) << r.body;
  const std::string id = r.json()["id"];
  auto said = [](const HttpResponse& x) {
    return x.json()["error"].value("detail_message", nlohmann::json());
  };
  r = analyst.put("/api/v1/cases/" + id, {{"status", "lost"}});
  EXPECT_EQ(r.json()["error"]["message"],
            "Field 'status' is not valid: 'lost' is not one of open, investigating, referred, closed.");
  EXPECT_EQ(
      said(r),
      nlohmann::json::parse(
          R"({"id":"not_one_of_value","params":{"value":"lost","values":"open, investigating, referred, closed"}})"));
  r = analyst.post("/api/v1/cases/" + id + "/links", {{"kind", "seizure"}, {"ref", "nope"}});
  EXPECT_EQ(said(r), nlohmann::json::parse(R"({"id":"no_seizure_quoted","params":{"id":"nope"}})")) << r.body;
  r = analyst.post("/api/v1/cases/" + id + "/links", {{"kind", "ship"}, {"ref", "x"}});
  EXPECT_EQ(said(r)["id"], "not_one_of_value") << r.body;
  EXPECT_EQ(said(analyst.post("/api/v1/cases/" + id + "/notes", {{"text", ""}}))["id"], "empty_note");
  r = analyst.post("/api/v1/cases/" + id + "/tasks", {{"task", 7}, {"status", "done"}});
  EXPECT_EQ(said(r),
            nlohmann::json::parse(R"({"id":"no_task","params":{"case":")" + id + R"(","task":"7"}})"))
      << r.body;
  EXPECT_EQ(said(analyst.post("/api/v1/cases/" + id + "/tasks", nlohmann::json::object()))["id"],
            "new_task_title");
  // A path or query error, too.
  r = analyst.get("/api/v1/cases?x=1");
  EXPECT_EQ(said(r)["id"], "no_such_parameter") << r.body;
  r = analyst.get("/api/v1/cases/%2e%2e");
  EXPECT_EQ(r.error_code(), "bad_path");
  EXPECT_FALSE(said(r).is_null()) << r.body;
}

TEST(RecordsApi, CasesKeepATimeline) {
  TestServer srv("records_api_cases");
  HttpClient analyst = srv.client_as("ana", Role::analyst);
  HttpResponse r = analyst.post("/api/v1/cases", {{"title", "Ring"}});
  ASSERT_EQ(r.status, 201u) << r.body;
  const std::string id = r.json()["id"];
  EXPECT_EQ(analyst.post("/api/v1/cases/" + id + "/notes", {{"text", "first"}}).status, 200u);
  r = analyst.put("/api/v1/cases/" + id, {{"status", "investigating"}});
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.json()["timeline"].back()["old"], "open");
  EXPECT_EQ(r.json()["timeline"].back()["actor"], "ana");
  EXPECT_EQ(analyst.put("/api/v1/cases/" + id, {{"status", "lost"}}).error_code(), "invalid_value");
  EXPECT_EQ(analyst.post("/api/v1/cases/" + id + "/links", {{"kind", "seizure"}, {"ref", "nope"}}).status,
            404u);
  EXPECT_EQ(analyst.post("/api/v1/cases", nlohmann::json::object()).error_code(), "missing_field");
  HttpClient foreign = srv.client_as("zed", Role::analyst, "", "ZZ");
  EXPECT_EQ(foreign.get("/api/v1/cases/" + id).status, 404u);
  EXPECT_EQ(foreign.put("/api/v1/cases/" + id, {{"status", "closed"}}).status, 404u);
  EXPECT_EQ(analyst.get("/api/v1/cases/" + id).json()["status"], "investigating");
}

TEST(RecordsApi, PermitsAndReports) {
  TestServer srv("records_api_permits");
  HttpClient sup = srv.client_as("sam", Role::supervisor);
  const std::string csv =
      "type,reference,direction,issuing_country,holder_id,holder_name,counterpart_country,valid_from,valid_"
      "to,"
      "hs_code,taxon,cas_number,waste_code,description,quantity,unit,shipments\n"
      "BASEL_CONSENT,FR-1,export,FR,FR1,Acme,MY,2024-01-01,2024-12-31,3915,,,B3011,scrap,100,t,3\n"
      "BASEL_CONSENT,,export,FR,FR1,Acme,MY,2024-01-01,2024-12-31,3915,,,B3011,scrap,100,t,3\n";
  HttpResponse r = post_text(sup, "/api/v1/permits", csv, "text/csv");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.json()["stored"], 1);
  EXPECT_EQ(r.json()["rejected"], 1);
  // Each reject's reason comes as a message too; a refused header, as the error's detail message.
  EXPECT_EQ(r.json()["rejects"][0]["message"],
            nlohmann::json({{"code", "reference.empty"}, {"params", nlohmann::json::object()}}));
  EXPECT_EQ(r.json()["rejects"][0]["permit"], "BASEL_CONSENT:");
  r = post_text(sup, "/api/v1/permits", "type,reference\nX,Y\n", "text/csv");
  EXPECT_EQ(r.status, 422u);
  EXPECT_EQ(r.json()["error"]["detail_message"]["id"], "permit_header_lacks");
  EXPECT_EQ(r.json()["error"]["message"],
            "Field 'header' is not valid: the header lacks " +
                r.json()["error"]["detail_message"]["params"]["columns"].get<std::string>() +
                " (docs/records.md, permits).");
  r = post_text(sup, "/api/v1/seizures", "seizure_id,date,seizure_id\n", "text/csv");
  EXPECT_EQ(r.json()["error"]["detail_message"],
            nlohmann::json({{"id", "header_twice"}, {"params", {{"column", "seizure_id"}}}}));
  // A header that is not valid CSV: the CSV reader's code as the detail message.
  r = post_text(sup, "/api/v1/permits", "type,\"reference\n", "text/csv");
  EXPECT_EQ(r.status, 422u);
  EXPECT_EQ(r.json()["error"]["message"],
            "Field 'header' is not valid: a quoted field is not closed before the end of the file.");
  EXPECT_EQ(r.json()["error"]["detail_message"]["id"], "csv_open_quote") << r.body;
  r = sup.get("/api/v1/permits/BASEL_CONSENT:FR-1?on=2024-06-01");
  ASSERT_EQ(r.status, 200u) << r.body;
  expect_fits(r, "/api/v1/permits/{permit}", "get");
  EXPECT_EQ(r.json()["status"], "valid");
  EXPECT_EQ(r.json()["remaining"], 100.0);
  EXPECT_EQ(srv.client_as("oli", Role::officer).get("/api/v1/permits").status, 200u);
  HttpClient officer = srv.client_as("oli2", Role::officer);
  EXPECT_EQ(post_text(officer, "/api/v1/permits", csv, "text/csv").status, 403u);
  EXPECT_EQ(srv.client_as("zz", Role::supervisor, "", "ZZ").get("/api/v1/permits/BASEL_CONSENT:FR-1").status,
            404u);
  // Reports.
  post_text(sup, "/api/v1/seizures", kCsv, "text/csv");
  r = sup.get("/api/v1/reports/operation?from=2024-03-01&to=2024-03-31&name=DEMETER%20X");
  ASSERT_EQ(r.status, 200u) << r.body;
  expect_fits(r, "/api/v1/reports/operation", "get");
  EXPECT_EQ(r.json()["seizures"], 2);
  EXPECT_DOUBLE_EQ(r.json()["quantities"]["kg"].get<double>(), 2000.5);
  r = sup.get("/api/v1/reports/operation?from=2024-03-01&to=2024-03-31&format=html");
  EXPECT_EQ(r.status, 200u);
  EXPECT_NE(r.body.find("<svg"), std::string::npos);
  EXPECT_EQ(sup.get("/api/v1/reports/operation?from=2024-03-01").error_code(), "bad_query");
  EXPECT_EQ(srv.client_as("zz2", Role::supervisor, "", "ZZ")
                .get("/api/v1/reports/operation?from=2024-03-01&to=2024-03-31")
                .json()["seizures"],
            0);
}

}  // namespace
}  // namespace custos::test
