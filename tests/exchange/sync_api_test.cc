// Two servers on loopback (the real server, on threads of this process), each
// with its own store and administration, taking part in one operation; each
// syncs with the other over HTTP through /api/v1/exchange/: a seizure recorded
// at KH appears at TH with the right level and redactions, an alert issued by
// KH raises a finding at TH and TH's feedback reaches KH, a tampered bundle is
// refused whole, and the same bundle delivered twice applies once.
// (sync_slow_test.cc does the same with two `custos serve` processes and the
// command line.)
#include <gtest/gtest.h>

#include <filesystem>

#include "audit/keys.hpp"
#include "auth/administrations.hpp"
#include "exchange/exchange.hpp"
#include "exchange/operations.hpp"
#include "exchange/partner_watch.hpp"
#include "exchange/sync.hpp"
#include "exchange/trust.hpp"
#include "server/support/test_server.hpp"

namespace custos::test {
namespace {

using nlohmann::json;
const audit::Actor kCli{"cli:test", ""};

struct Side {
  std::string code;
  TestServer srv;
  std::string master;
  explicit Side(const std::string& c) : code(c), srv("exchange_sync_" + c) {
    master = audit::default_master_key_path(srv.db_path());
    std::filesystem::remove(master);
    audit::ensure_master_key(master);
    Store& s = store();
    auth::name_own_administration(s, kCli, code, "Administration " + code);
    audit::generate_signing_key(s, kCli, master);
    exchange::Operation op;
    op.name = "DEMETER-XI";
    op.from = *Date::parse("2026-10-01");
    op.to = *Date::parse("2026-11-30");
    op.domains = {"waste", "ozone"};
    op.participants = {"KH", "TH", "VN"};
    op.coordinator = "KH";
    exchange::add_operation(s, kCli, op);
  }
  Store& store() { return srv.store(); }
  std::string keys() {
    json keys = json::array();
    for (const auto& k : audit::signing_keys(store()))
      keys.push_back({{"key_id", k.key_id}, {"public_key", k.public_key}});
    return json{{"administration", code}, {"keys", keys}}.dump();
  }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(srv.port()); }
  exchange::SyncResult sync_with(Side& peer, const std::string& token) {
    exchange::SyncOptions o;
    o.peer = peer.url();
    o.token = token;
    o.level = exchange::Level::operation;
    o.operation = "DEMETER-XI";
    o.master_key_path = master;
    return exchange::sync_with_peer(store(), kCli, o);
  }
};

json seizure(const std::string& level, const std::string& commodity, const std::string& country) {
  json doc = {
      {"kind", "seizure"},
      {"level", level},
      {"data",
       {{"date", "2026-10-14"},
        {"country", country},
        {"commodity", commodity},
        {"domain", "waste"},
        {"quantities", {{{"amount", 24.5}, {"unit", "t"}}}},
        {"persons",
         {{{"role", "driver"}, {"name", "Sok Dara"}, {"document", "N0123456"}, {"nationality", "KH"}}}}}}};
  if (level == "operation") doc["operation"] = "DEMETER-XI";
  return doc;
}

TEST(ExchangeSyncApi, TwoServersShareThroughAnOperation) {
  Side kh("KH"), th("TH");
  exchange::trust_partner(kh.store(), kCli, "TH", th.keys());
  exchange::trust_partner(th.store(), kCli, "KH", kh.keys());
  const std::string th_at_kh = kh.srv.add_user("th-sync", auth::Role::partner, "TH");
  const std::string kh_at_th = th.srv.add_user("kh-sync", auth::Role::partner, "KH");

  exchange::Record s =
      exchange::issue_record(kh.store(), kCli, seizure("operation", "mixed plastic waste", "KH"));
  exchange::issue_record(kh.store(), kCli, seizure("administration", "CFC-12 cylinders", "KH"));
  exchange::Record alert = exchange::issue_record(
      kh.store(), kCli,
      {{"kind", "alert"},
       {"level", "operation"},
       {"operation", "DEMETER-XI"},
       {"tlp", "GREEN"},
       {"data",
        {{"reason", "e-waste declared as used machinery; the shipper was seized at Sihanoukville"},
         {"expires", "2026-11-30"},
         {"container", "MSKU1234565"}}}});
  exchange::issue_record(th.store(), kCli, seizure("operation", "HCFC-22", "TH"));

  // TH syncs with KH's server: pulls KH's bundle, pushes its own.
  exchange::SyncResult first = th.sync_with(kh, th_at_kh);
  EXPECT_EQ(first.peer_administration, "KH");
  EXPECT_EQ(first.pulled.records, 2);  // the seizure and the alert; the home seizure stays at KH
  EXPECT_EQ(first.pulled.applied, 2);
  EXPECT_EQ(first.pushed["applied"], 1);
  auto at_th = exchange::find_record(th.store(), s.uuid);
  ASSERT_TRUE(at_th);
  EXPECT_EQ(at_th->record.level, exchange::Level::operation);
  EXPECT_EQ(at_th->received_from, "KH");
  const json& driver = at_th->record.data["persons"][0];
  EXPECT_EQ(driver["name"].get<std::string>().rfind("PSN-", 0), 0u);
  EXPECT_FALSE(driver.contains("document") && driver["document"] == "N0123456");
  EXPECT_EQ(driver["nationality"], "KH");
  for (const auto& r : exchange::current_records(th.store()))
    EXPECT_NE(r.record.data.value("commodity", ""), "CFC-12 cylinders");
  int from_th = 0;
  for (const auto& r : exchange::current_records(kh.store(), "seizure")) from_th += r.record.issuer == "TH";
  EXPECT_EQ(from_th, 1);

  // Pulled again: nothing applies twice.
  exchange::SyncResult second = th.sync_with(kh, th_at_kh);
  EXPECT_EQ(second.pulled.applied, 0);
  EXPECT_EQ(second.pulled.duplicates, 2);
  EXPECT_EQ(second.pushed["applied"], 0);

  // KH's alert raises a finding at TH.
  auto source = exchange::partner_watch_source(th.store());
  ASSERT_TRUE(source);
  Declaration d;
  d.id = "TH-IM-2026-0042";
  d.date = *Date::parse("2026-11-02");
  d.containers = {"MSKU 123456-5"};
  std::vector<Finding> findings;
  source(d, findings);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].source, "partner");
  EXPECT_EQ(findings[0].evidence["partner"], "KH");
  EXPECT_EQ(findings[0].evidence["operation"], "DEMETER-XI");
  EXPECT_NE(findings[0].reason.find("Sihanoukville"), std::string::npos);

  // TH's feedback reaches KH when KH syncs with TH's server.
  exchange::send_feedback(th.store(), kCli, alert.uuid, "seized", "2 containers of e-waste");
  exchange::SyncResult back = kh.sync_with(th, kh_at_th);
  EXPECT_EQ(back.pulled.applied, 1);
  auto feedback = exchange::current_records(kh.store(), "feedback");
  ASSERT_EQ(feedback.size(), 1u);
  EXPECT_EQ(feedback[0].record.data["about"], alert.uuid);
  EXPECT_EQ(feedback[0].received_from, "TH");

  // A tampered bundle is refused whole; the same bundle twice applies once.
  exchange::issue_record(th.store(), kCli, seizure("operation", "e-waste", "TH"));
  exchange::ExportOptions eo;
  eo.level = exchange::Level::operation;
  eo.operation = "DEMETER-XI";
  eo.master_key_path = th.master;
  eo.for_partner = "KH";
  const std::string bundle = exchange::to_json(exchange::export_bundle(th.store(), kCli, eo)).dump();
  std::string tampered = bundle;
  tampered.replace(tampered.find("\"e-waste\""), 9, "\"textiles\"");
  HttpClient c = kh.srv.client();
  c.use_token(th_at_kh);
  HttpResponse refused = c.request("POST", "/api/v1/exchange/bundles", tampered);
  EXPECT_EQ(refused.status, 422u) << refused.body;
  EXPECT_EQ(refused.error_field(), "signature");
  HttpResponse once = c.request("POST", "/api/v1/exchange/bundles", bundle);
  ASSERT_EQ(once.status, 200u) << once.body;
  EXPECT_EQ(once.json()["applied"], 1);
  HttpResponse twice = c.request("POST", "/api/v1/exchange/bundles", bundle);
  EXPECT_EQ(twice.json()["applied"], 0);
  EXPECT_EQ(twice.json()["already_received"], true);
  // A bundle of another issuer than the caller's administration is refused.
  HttpClient kh_as_th = th.srv.client();
  kh_as_th.use_token(kh_at_th);
  EXPECT_EQ(kh_as_th.request("POST", "/api/v1/exchange/bundles", bundle).status, 422u);
  // An untrusted caller's pull is 404, not a bundle.
  HttpClient stranger = kh.srv.client_as("la-sync", auth::Role::partner, "LA");
  EXPECT_EQ(stranger.get("/api/v1/exchange/bundles?operation=DEMETER-XI").status, 404u);
}

}  // namespace
}  // namespace custos::test
