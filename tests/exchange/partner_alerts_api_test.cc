// Partner alerts in the server's lodging pipeline, on both stores: an alert
// that TH receives from KH while TH's server runs (its engines already
// built) raises a finding with source "partner" on a declaration lodged
// through POST /api/v1/declarations and assessed through POST /api/v1/assess,
// naming the partner, the operation and the reason; a declaration dated
// after the alert's expiry, or a retracted alert, raises none.
#include <gtest/gtest.h>

#include <filesystem>

#include "audit/keys.hpp"
#include "auth/administrations.hpp"
#include "exchange/exchange.hpp"
#include "exchange/operations.hpp"
#include "exchange/trust.hpp"
#include "server/support/test_server.hpp"
#include "store_backends.hpp"

namespace custos::test {
namespace {

using nlohmann::json;
const audit::Actor kCli{"cli:test", ""};

void take_part(Store& s) {
  exchange::Operation op;
  op.name = "DEMETER-XI";
  op.from = *Date::parse("2026-10-01");
  op.to = *Date::parse("2026-11-30");
  op.domains = {"waste"};
  op.participants = {"KH", "TH"};
  op.coordinator = "KH";
  exchange::add_operation(s, kCli, op);
}

std::string public_keys(Store& s, const std::string& code) {
  json keys = json::array();
  for (const auto& k : audit::signing_keys(s))
    keys.push_back({{"key_id", k.key_id}, {"public_key", k.public_key}});
  return json{{"administration", code}, {"keys", keys}}.dump();
}

json declaration(const std::string& id, const std::string& date, const std::string& container) {
  return {{"declaration_id", id},
          {"date", date},
          {"flow", "import"},
          {"office", "BKK"},
          {"importer_id", "TH0105551234567"},
          {"importer_name", "Siam Machinery Trading"},
          {"importer_country", "TH"},
          {"exporter_name", "Phnom Penh Used Goods"},
          {"exporter_country", "KH"},
          {"departure_country", "KH"},
          {"destination_country", "TH"},
          {"containers", json::array({container})},
          {"items",
           {{{"item_no", 1},
             {"hs_code", "847130"},
             {"description", "used machinery"},
             {"origin_country", "KH"},
             {"net_mass_kg", 9000},
             {"value", 42000},
             {"currency", "USD"}}}}};
}

std::vector<json> partner_findings(const json& assessment) {
  std::vector<json> out;
  for (const json& f : assessment["findings"])
    if (f["source"] == "partner") out.push_back(f);
  return out;
}

// Lodges one declaration; the partner findings of the assessment stored with it.
std::vector<json> lodge(HttpClient& c, const json& declaration, std::string* lane = nullptr) {
  HttpResponse r = c.post("/api/v1/declarations", declaration);
  EXPECT_EQ(r.status, 200u) << r.body;
  if (r.status != 200u || r.json()["assessments"].size() != 1u) {
    ADD_FAILURE() << "not lodged and assessed: " << r.body;
    return {};
  }
  if (lane) *lane = r.json()["assessments"][0]["lane"];
  r = c.get("/api/v1/declarations/" + declaration["declaration_id"].get<std::string>());
  EXPECT_EQ(r.status, 200u) << r.body;
  return r.status == 200u ? partner_findings(r.json()["assessment"]) : std::vector<json>{};
}

class PartnerAlertsApi : public BackendTest {};

TEST_P(PartnerAlertsApi, AnAlertReceivedWhileTheServerRunsRaisesAPartnerFindingOnLodging) {
  const std::string name = std::string("partner_alerts_") + backend_name(backend());
  // KH issues the alert from a store of its own.
  const std::string kh_db = temp_path(name + "_kh.db");
  const std::string kh_master = kh_db + ".master-key";
  std::filesystem::remove(kh_master);
  auto kh = open_store(kh_db);
  audit::ensure_master_key(kh_master);
  auth::name_own_administration(*kh, kCli, "KH", "Administration KH");
  audit::generate_signing_key(*kh, kCli, kh_master);
  take_part(*kh);

  // TH runs the server, on this backend.
  const std::string th_db = postgres() ? location(name + "_th") : std::string();
  TestServer srv(name + "_th", [&](server::ServerOptions& o) {
    o.random_share = 0;
    // One worker: the engine that assessed the first declaration, before the
    // alert came, is the one that must see it.
    o.threads = 1;
    o.workers = 1;
    if (!th_db.empty()) o.db = th_db;
  });
  Store& th = srv.store();
  auth::name_own_administration(th, kCli, "TH", "Administration TH");
  take_part(th);
  exchange::trust_partner(th, kCli, "KH", public_keys(*kh, "KH"));
  HttpClient sup = srv.client_as("sam", auth::Role::supervisor, "BKK");

  // The engine is built, with no alert yet: no partner finding.
  EXPECT_TRUE(lodge(sup, declaration("TH-1", "2026-11-02", "MSCU1234566")).empty());

  // KH's alert reaches TH.
  exchange::Record alert = exchange::issue_record(
      *kh, kCli,
      {{"kind", "alert"},
       {"level", "operation"},
       {"operation", "DEMETER-XI"},
       {"tlp", "GREEN"},
       {"data",
        {{"reason", "e-waste declared as used machinery; the shipper was seized at Sihanoukville"},
         {"expires", "2026-11-15"},
         {"domain", "waste"},
         {"container", "MSCU 123456-6"},
         {"hs_code", "8471"}}}});
  exchange::ExportOptions eo;
  eo.level = exchange::Level::operation;
  eo.operation = "DEMETER-XI";
  eo.master_key_path = kh_master;
  const std::string bundle = exchange::to_json(exchange::export_bundle(*kh, kCli, eo)).dump();
  th.set_administration("TH");
  ASSERT_EQ(exchange::import_bundle(th, kCli, bundle).applied, 1);

  // The next declaration lodged through the same server is flagged, and its stored assessment says why.
  std::string lane;
  auto found = lodge(sup, declaration("TH-2", "2026-11-03", "MSCU1234566"), &lane);
  ASSERT_EQ(found.size(), 1u);
  const std::string reason = found[0]["reason"];
  EXPECT_NE(reason.find("KH"), std::string::npos) << reason;
  EXPECT_NE(reason.find("DEMETER-XI"), std::string::npos) << reason;
  EXPECT_NE(reason.find("Sihanoukville"), std::string::npos) << reason;
  EXPECT_EQ(found[0]["evidence"]["partner"], "KH");
  EXPECT_EQ(found[0]["evidence"]["operation"], "DEMETER-XI");
  EXPECT_EQ(found[0]["evidence"]["alert"], alert.uuid);
  EXPECT_EQ(found[0]["evidence"]["message_id"], "exchange.partner_alert");
  // The partner's own words, as quoted in the reason (for its translations).
  const std::string words = found[0]["evidence"]["partner_reason"];
  EXPECT_NE(words.find("Sihanoukville"), std::string::npos) << words;
  EXPECT_NE(reason.find(": " + words + " (valid until "), std::string::npos) << reason;
  EXPECT_NE(lane, "green");

  // The what-if route sees it too.
  HttpResponse r = sup.post("/api/v1/assess", declaration("W-1", "2026-11-04", "MSCU1234566"));
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(partner_findings(r.json()["assessments"][0]).size(), 1u) << r.body;

  // Another container, or a date after the alert expired: nothing from the partner.
  EXPECT_TRUE(lodge(sup, declaration("TH-3", "2026-11-03", "TGHU1234567")).empty());
  EXPECT_TRUE(lodge(sup, declaration("TH-4", "2026-11-16", "MSCU1234566")).empty());

  // KH retracts the alert: once TH has the retraction, the server stops raising it.
  exchange::retract_record(*kh, kCli, alert.uuid, "the shipper was cleared");
  th.set_administration("TH");
  exchange::import_bundle(th, kCli, exchange::to_json(exchange::export_bundle(*kh, kCli, eo)).dump());
  EXPECT_TRUE(lodge(sup, declaration("TH-5", "2026-11-05", "MSCU1234566")).empty());
}

CUSTOS_ON_BOTH_BACKENDS(PartnerAlertsApi);

}  // namespace
}  // namespace custos::test
