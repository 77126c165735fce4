// Signed bundles between administrations: levels, redaction, trust,
// tampering, amendments and retractions, passing on, partner alerts as
// findings, feedback, MISP.
#include "exchange/exchange.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "audit/keys.hpp"
#include "auth/administrations.hpp"
#include "exchange/misp.hpp"
#include "exchange/operation_summary.hpp"
#include "exchange/operations.hpp"
#include "exchange/partner_watch.hpp"
#include "exchange/trust.hpp"
#include "report/operation_report.hpp"
#include "test_util.hpp"

namespace custos::exchange {
namespace {

using nlohmann::json;
const audit::Actor kCli{"cli:test", ""};

// One administration with its own store, master key and signing key, taking
// part in operation DEMETER-XI (KH, TH, VN; LA is a partner outside it).
struct Admin {
  std::string code, db, master;
  std::unique_ptr<Store> store;
  Admin(const std::string& c, const std::string& test) : code(c) {
    // Named after the running test too: ctest runs a suite's tests in parallel processes.
    db = test::temp_path(test + "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name() + "_" +
                         c + ".db");
    master = db + ".master-key";
    std::filesystem::remove(master);
    store = open_store(db);
    audit::ensure_master_key(master);
    auth::name_own_administration(*store, kCli, code, "Administration " + code);
    audit::generate_signing_key(*store, kCli, master);
    if (code != "LA") {
      Operation op;
      op.name = "DEMETER-XI";
      op.from = *Date::parse("2026-10-01");
      op.to = *Date::parse("2026-11-30");
      op.domains = {"waste", "ozone"};
      op.participants = {"KH", "TH", "VN"};
      op.coordinator = "KH";
      add_operation(*store, kCli, op);
    }
  }
  std::string keys() {
    json keys = json::array();
    for (const auto& k : audit::signing_keys(*store))
      keys.push_back({{"key_id", k.key_id}, {"public_key", k.public_key}});
    return json{{"administration", code}, {"keys", keys}}.dump();
  }
  void trusts(Admin& other) { trust_partner(*store, kCli, other.code, other.keys()); }
  std::string bundle(Level level, const std::string& operation = "", PersonalData p = PersonalData::pseudonym,
                     const std::string& for_partner = "") {
    ExportOptions o;
    o.level = level;
    o.operation = operation;
    o.personal = p;
    o.master_key_path = master;
    o.for_partner = for_partner;
    return to_json(export_bundle(*store, kCli, o)).dump();
  }
  ImportResult receive(const std::string& text) { return import_bundle(*store, kCli, text); }
  int64_t count(const std::string& table) {
    return store->sql()
        .query_one("SELECT count(*) FROM " + table + " WHERE administration = $1", {sql::text(code)})
        ->integer(0);
  }
};

json seizure(const std::string& level, const std::string& operation = "DEMETER-XI") {
  json doc = {
      {"kind", "seizure"},
      {"level", level},
      {"tlp", "AMBER"},
      {"data",
       {{"date", "2026-10-14"},
        {"country", "KH"},
        {"commodity", "mixed plastic waste"},
        {"domain", "waste"},
        {"hs_code", "391590"},
        {"quantities",
         {{{"amount", 24.5}, {"unit", "t"}, {"estimated", false}}, {{"amount", 2}, {"unit", "containers"}}}},
        {"route", {{{"country", "TH"}, {"role", "export"}, {"confirmed", true}}}},
        {"persons",
         {{{"role", "driver"},
           {"name", "Sok Dara"},
           {"document", "N0123456"},
           {"address", "12 Street 5, Phnom Penh"},
           {"nationality", "KH"}}}},
        {"companies", {{{"role", "exporter"}, {"name", "Green Recycle Co"}, {"country", "TH"}}}}}}};
  if (!operation.empty()) doc["operation"] = operation;
  return doc;
}

json alert(const std::string& level, const std::string& expires = "2026-12-31") {
  return {{"kind", "alert"},
          {"level", level},
          {"operation", "DEMETER-XI"},
          {"tlp", "GREEN"},
          {"data",
           {{"reason", "containers of e-waste declared as used machinery, shipper seized in KH"},
            {"expires", expires},
            {"domain", "waste"},
            {"container", "MSKU 123456-5"},
            {"hs_code", "8471"}}}};
}

struct Pair : ::testing::Test {
  Admin kh{"KH", "pair"}, th{"TH", "pair"};
  void SetUp() override {
    kh.trusts(th);
    th.trusts(kh);
  }
};

TEST_F(Pair, ASeizureTravelsAtItsLevelWithPersonsPseudonymised) {
  Record mine = issue_record(*kh.store, kCli, seizure("operation"));
  issue_record(*kh.store, kCli, seizure("administration", ""));  // stays home
  const std::string text = kh.bundle(Level::operation, "DEMETER-XI");
  EXPECT_EQ(text.find("Sok Dara"), std::string::npos);
  EXPECT_EQ(text.find("N0123456"), std::string::npos);
  EXPECT_EQ(text.find("Phnom Penh"), std::string::npos);

  ImportResult r = th.receive(text);
  EXPECT_EQ(r.records, 1);
  EXPECT_EQ(r.applied, 1);
  EXPECT_EQ(r.duplicates, 0);
  EXPECT_EQ(r.rejected, 0);
  auto got = find_record(*th.store, mine.uuid);
  ASSERT_TRUE(got);
  EXPECT_EQ(got->record.issuer, "KH");
  EXPECT_EQ(got->received_from, "KH");
  EXPECT_EQ(got->record.level, Level::operation);
  const json& person = got->record.data["persons"][0];
  EXPECT_EQ(person["name"], pseudonym(audit::read_master_key(kh.master), "sok  DARA"));  // stable, keyed
  EXPECT_NE(person["name"], pseudonym(audit::read_master_key(th.master), "Sok Dara"));
  EXPECT_FALSE(person.contains("address"));
  EXPECT_EQ(person["nationality"], "KH");  // non-nominal data travels
  EXPECT_EQ(got->record.data["quantities"][0]["amount"], 24.5);

  // The same bundle twice applies once.
  ImportResult again = th.receive(text);
  EXPECT_EQ(again.applied, 0);
  EXPECT_EQ(again.duplicates, 1);
  EXPECT_TRUE(again.already_received);
  EXPECT_EQ(th.count("exchange_records"), 1);
}

TEST_F(Pair, RedactionAndFullDataFollowTheSetting) {
  issue_record(*kh.store, kCli, seizure("partners", ""));
  const std::string redacted = kh.bundle(Level::partners, "", PersonalData::redact);
  json b = json::parse(redacted);
  ASSERT_EQ(b["records"].size(), 1u);
  const json& person = b["records"][0]["data"]["persons"][0];
  EXPECT_FALSE(person.contains("name"));
  EXPECT_FALSE(person.contains("document"));
  EXPECT_TRUE(person["redacted"].get<bool>());
  // Full data only within an operation.
  EXPECT_THROW(kh.bundle(Level::partners, "", PersonalData::full), BundleError);
  issue_record(*kh.store, kCli, seizure("operation"));
  EXPECT_NE(kh.bundle(Level::operation, "DEMETER-XI", PersonalData::full).find("Sok Dara"),
            std::string::npos);
}

TEST_F(Pair, LevelsDecideWhatTravels) {
  issue_record(*kh.store, kCli, seizure("administration", ""));
  issue_record(*kh.store, kCli, seizure("operation"));
  issue_record(*kh.store, kCli, seizure("partners", ""));
  issue_record(*kh.store, kCli, seizure("public", ""));
  EXPECT_EQ(json::parse(kh.bundle(Level::partners))["records"].size(), 1u);
  EXPECT_EQ(json::parse(kh.bundle(Level::operation, "DEMETER-XI"))["records"].size(), 1u);
  json pub = json::parse(kh.bundle(Level::public_));
  EXPECT_TRUE(pub["records"].empty());
  ASSERT_EQ(pub["aggregates"].size(), 1u);
  EXPECT_EQ(pub["aggregates"][0]["seizures"], 1);
  EXPECT_EQ(pub["aggregates"][0]["country"], "KH");
  EXPECT_EQ(pub.dump().find("Sok Dara"), std::string::npos);
  EXPECT_THROW(kh.bundle(Level::administration), BundleError);
  EXPECT_THROW(kh.bundle(Level::operation, "NO-SUCH-OP"), BundleError);
}

TEST_F(Pair, TamperedUnsignedUntrustedAndMisaddressedBundlesAreRefusedWhole) {
  issue_record(*kh.store, kCli, seizure("operation"));
  issue_record(*kh.store, kCli, alert("operation"));
  const std::string text = kh.bundle(Level::operation, "DEMETER-XI");
  const int64_t audit_before = th.count("audit_log");
  auto refused = [&](const std::string& t, const std::string& path) {
    try {
      th.receive(t);
      ADD_FAILURE() << "accepted";
    } catch (const BundleError& e) {
      EXPECT_EQ(e.path(), path) << e.what();
    }
    EXPECT_EQ(th.count("exchange_records"), 0);
    EXPECT_EQ(th.count("exchange_bundles"), 0);
  };
  // One changed figure: 24.5 t becomes 2.5 t.
  std::string tampered = text;
  tampered.replace(tampered.find("24.5"), 4, "2.5");
  refused(tampered, "signature");
  json unsigned_doc = json::parse(text);
  unsigned_doc.erase("signature");
  refused(unsigned_doc.dump(), "signature");
  json forged = json::parse(text);
  forged["signature"]["value"] = std::string(128, '0');
  refused(forged.dump(), "signature");
  // Malformed content, named by its path.
  json bad = json::parse(text);
  const size_t i = bad["records"][0]["kind"] == "seizure" ? 0 : 1;
  bad["records"][i]["data"]["quantities"][0]["amount"] = "lots";
  refused(bad.dump(), "records[" + std::to_string(i) + "].data.quantities[0].amount");
  refused("{not json", "");
  // Untrusted: LA's bundle, signed by a key TH never trusted.
  Admin la{"LA", "pair"};
  la.trusts(th);
  issue_record(*la.store, kCli, seizure("partners", ""));
  refused(la.bundle(Level::partners), "signature.key_id");
  // Revoked.
  revoke_partner(*th.store, kCli, "KH");
  refused(text, "signature.key_id");
  EXPECT_EQ(th.count("audit_log"), audit_before + 1);  // only the revocation
  th.trusts(kh);
  EXPECT_EQ(th.receive(text).applied, 2);
}

TEST_F(Pair, AmendmentsAndRetractionsApplyInOrder) {
  Record r = issue_record(*kh.store, kCli, seizure("operation"));
  th.receive(kh.bundle(Level::operation, "DEMETER-XI"));
  json amended = seizure("operation");
  amended["uuid"] = r.uuid;
  amended["data"]["quantities"][0]["amount"] = 26.0;
  EXPECT_EQ(issue_record(*kh.store, kCli, amended).version, 2);
  ImportResult a = th.receive(kh.bundle(Level::operation, "DEMETER-XI"));
  EXPECT_EQ(a.applied, 1);
  EXPECT_EQ(find_record(*th.store, r.uuid)->record.data["quantities"][0]["amount"], 26.0);
  retract_record(*kh.store, kCli, r.uuid, "double count with SZ-2026-114");
  th.receive(kh.bundle(Level::operation, "DEMETER-XI"));
  auto cur = find_record(*th.store, r.uuid);
  EXPECT_EQ(cur->record.version, 3);
  EXPECT_EQ(cur->record.status, "retracted");
  EXPECT_EQ(th.count("exchange_records"), 3);  // every version kept
  // Only the issuer amends.
  json theirs = seizure("operation");
  theirs["uuid"] = r.uuid;
  EXPECT_THROW(issue_record(*th.store, kCli, theirs), BundleError);
}

TEST_F(Pair, ARecordIsNeverPassedOnWiderThanItsLevel) {
  Admin vn{"VN", "pair"}, la{"LA", "pair"};
  vn.trusts(th);
  la.trusts(th);
  th.trusts(vn);
  th.trusts(la);
  issue_record(*kh.store, kCli, seizure("operation"));
  json red = seizure("operation");
  red["tlp"] = "RED";
  issue_record(*kh.store, kCli, red);
  issue_record(*kh.store, kCli, seizure("partners", ""));
  json partners_in_op = seizure("partners");
  issue_record(*kh.store, kCli, partners_in_op);
  EXPECT_EQ(th.receive(kh.bundle(Level::operation, "DEMETER-XI")).applied, 3);
  EXPECT_EQ(th.receive(kh.bundle(Level::partners)).applied, 1);
  // TH passes on: to its partners nothing of KH's; to the operation only the
  // operation's records that TLP allows, the partners one narrowed.
  EXPECT_TRUE(json::parse(th.bundle(Level::partners))["records"].empty());
  json op = json::parse(th.bundle(Level::operation, "DEMETER-XI", PersonalData::pseudonym, "VN"));
  ASSERT_EQ(op["records"].size(), 2u);
  for (const auto& rec : op["records"]) {
    EXPECT_EQ(rec["level"], "operation");
    EXPECT_EQ(rec["issuer"], "KH");
    EXPECT_NE(rec["tlp"], "RED");
  }
  EXPECT_EQ(vn.receive(op.dump()).applied, 2);
  // LA takes no part in the operation: TH cannot address it such a bundle.
  EXPECT_THROW(th.bundle(Level::operation, "DEMETER-XI", PersonalData::pseudonym, "LA"), BundleError);
}

TEST_F(Pair, APartnerAlertRaisesAFindingUntilItExpiresAndFeedbackGoesBack) {
  Record a = issue_record(*kh.store, kCli, alert("operation", "2026-11-15"));
  EXPECT_TRUE(partner_watch_entries(*kh.store).empty());  // own alerts are not partner alerts
  th.receive(kh.bundle(Level::operation, "DEMETER-XI"));
  auto entries = partner_watch_entries(*th.store);
  ASSERT_EQ(entries.size(), 1u);

  Declaration d;
  d.id = "TH-1";
  d.date = *Date::parse("2026-11-02");
  d.containers = {"msku1234565"};
  Item it;
  it.item_no = 1;
  it.hs_code = *HsCode::parse("847130");
  it.description = "used machinery";
  d.items.push_back(it);
  std::vector<Finding> out;
  match_watch_entries(entries, d, out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].source, "partner");
  EXPECT_NE(out[0].reason.find("KH"), std::string::npos);
  EXPECT_NE(out[0].reason.find("DEMETER-XI"), std::string::npos);
  EXPECT_NE(out[0].reason.find("e-waste"), std::string::npos);
  EXPECT_EQ(out[0].evidence["partner"], "KH");
  EXPECT_EQ(out[0].evidence["matched"]["container"], "MSKU1234565");
  // Another HS chapter, another container, or after expiry: nothing.
  Declaration other = d;
  other.items[0].hs_code = *HsCode::parse("390110");
  out.clear();
  match_watch_entries(entries, other, out);
  EXPECT_TRUE(out.empty());
  other = d;
  other.date = *Date::parse("2026-11-16");
  match_watch_entries(entries, other, out);
  EXPECT_TRUE(out.empty());
  // A live watch list reads the alerts again only when they changed.
  PartnerWatch watch(*th.store);
  EXPECT_EQ(watch.size(), 1u);
  EXPECT_FALSE(watch.refresh(*th.store));
  auto source = partner_watch_source(*th.store);
  ASSERT_TRUE(source);
  source(d, out);
  EXPECT_EQ(out.size(), 1u);

  // Feedback goes back to KH.
  send_feedback(*th.store, kCli, a.uuid, "seized", "2 containers of e-waste");
  ImportResult back = kh.receive(th.bundle(Level::operation, "DEMETER-XI", PersonalData::pseudonym, "KH"));
  EXPECT_EQ(back.applied, 1);
  auto fb = current_records(*kh.store, "feedback");
  ASSERT_EQ(fb.size(), 1u);
  EXPECT_EQ(fb[0].record.data["about"], a.uuid);
  EXPECT_EQ(fb[0].record.data["result"], "seized");
  EXPECT_EQ(fb[0].received_from, "TH");

  // A retracted alert stops raising findings.
  retract_record(*kh.store, kCli, a.uuid, "the shipper was cleared");
  th.receive(kh.bundle(Level::operation, "DEMETER-XI"));
  EXPECT_TRUE(partner_watch_entries(*th.store).empty());
  EXPECT_TRUE(watch.refresh(*th.store));
  EXPECT_EQ(watch.size(), 0u);
  out.clear();
  watch.match(d, out);
  EXPECT_TRUE(out.empty());
}

TEST_F(Pair, MispEventsRoundTripSignedAndUnsignedOnesAreRefused) {
  Record s = issue_record(*kh.store, kCli, seizure("operation"));
  issue_record(*kh.store, kCli, alert("operation"));
  ExportOptions o;
  o.level = Level::operation;
  o.operation = "DEMETER-XI";
  o.master_key_path = kh.master;
  Bundle b = export_bundle(*kh.store, kCli, o);
  json misp = to_misp_signed(*kh.store, b, kh.master);
  ASSERT_EQ(misp["response"].size(), 2u);
  const json& ev = misp["response"][0]["Event"];
  EXPECT_EQ(ev["distribution"], "4");
  EXPECT_EQ(ev["SharingGroup"]["name"], "DEMETER-XI");
  EXPECT_EQ(ev["Orgc"]["name"], "KH");
  EXPECT_TRUE(looks_like_misp(misp.dump()));
  ImportResult r = import_misp(*th.store, kCli, misp.dump());
  EXPECT_EQ(r.applied, 2);
  EXPECT_EQ(find_record(*th.store, s.uuid)->record.data["commodity"], "mixed plastic waste");
  EXPECT_EQ(import_misp(*th.store, kCli, misp.dump()).duplicates, 2);
  json unsigned_misp = to_misp(b);
  EXPECT_THROW(import_misp(*th.store, kCli, unsigned_misp.dump()), BundleError);
  json tampered = misp;
  tampered["response"][0]["Event"]["Orgc"]["name"] = "TH";
  EXPECT_THROW(import_misp(*th.store, kCli, tampered.dump()), BundleError);
}

TEST_F(Pair, TheCoordinatorSumsWhatParticipantsShared) {
  issue_record(*kh.store, kCli, seizure("operation"));
  issue_record(*kh.store, kCli, seizure("administration", "DEMETER-XI"));  // not shared: not counted
  json theirs = seizure("operation");
  theirs["data"]["quantities"] = {{{"amount", 1.5}, {"unit", "t"}, {"estimated", true}}};
  issue_record(*th.store, kCli, theirs);
  kh.receive(th.bundle(Level::operation, "DEMETER-XI"));
  json s = operation_summary(*kh.store, "DEMETER-XI");
  EXPECT_EQ(s["coordinator"], "KH");
  ASSERT_EQ(s["administrations"].size(), 2u);
  EXPECT_EQ(s["administrations"][0]["administration"], "KH");
  EXPECT_EQ(s["administrations"][0]["seizures"], 1);
  EXPECT_EQ(s["administrations"][1]["administration"], "TH");
  EXPECT_EQ(s["total"]["seizures"], 2);
  // Measured and estimated tonnes, and pieces, stay apart.
  std::map<std::string, double> q;
  for (const json& x : s["total"]["quantities"])
    q[x["unit"].get<std::string>() + (x["estimated"].get<bool>() ? "~" : "")] = x["amount"];
  EXPECT_DOUBLE_EQ(q["t"], 24.5);
  EXPECT_DOUBLE_EQ(q["t~"], 1.5);
  EXPECT_DOUBLE_EQ(q["containers"], 2);
  EXPECT_EQ(s["silent"], json::array({"VN"}));
  EXPECT_THROW(operation_summary(*kh.store, "NONE"), std::invalid_argument);
}

TEST_F(Pair, TheCoordinatorsOperationReportCarriesThePartnersFigures) {
  issue_record(*kh.store, kCli, seizure("operation"));
  json theirs = seizure("operation");
  theirs["data"]["commodity"] = "HCFC-22 cylinders";
  theirs["data"]["quantities"] = {{{"amount", 1.5}, {"unit", "t"}, {"estimated", true}}};
  issue_record(*th.store, kCli, theirs);
  kh.receive(th.bundle(Level::operation, "DEMETER-XI"));
  th.receive(kh.bundle(Level::operation, "DEMETER-XI"));
  report::OperationQuery q;
  q.name = "DEMETER-XI";
  q.from = *Date::parse("2026-10-01");
  q.to = *Date::parse("2026-11-30");
  // KH coordinates: its report sums what each participant shared, as the summary does.
  json r = report::operation_report(*kh.store, q);
  ASSERT_TRUE(r["partners"].is_object()) << r.dump();
  EXPECT_EQ(r["partners"], operation_summary(*kh.store, "DEMETER-XI"));
  EXPECT_EQ(r["partners"]["total"]["seizures"], 2);
  ASSERT_EQ(r["partners"]["administrations"].size(), 2u);
  EXPECT_EQ(r["partners"]["administrations"][1]["administration"], "TH");
  EXPECT_EQ(r["partners"]["administrations"][1]["records"][0]["commodity"], "HCFC-22 cylinders");
  EXPECT_EQ(r["partners"]["silent"], json::array({"VN"}));
  const std::string html = report::operation_html(r);
  EXPECT_NE(html.find("Participants' shared seizures"), std::string::npos);
  EXPECT_NE(html.find("HCFC-22 cylinders"), std::string::npos);
  EXPECT_NE(html.find("estimated 1.5 t"), std::string::npos);
  EXPECT_NE(html.find("Shared no seizure: VN."), std::string::npos);
  // TH takes part without coordinating, and a report of no operation names none: no partners' figures.
  EXPECT_TRUE(report::operation_report(*th.store, q)["partners"].is_null());
  q.name.clear();
  EXPECT_TRUE(report::operation_report(*kh.store, q)["partners"].is_null());
  EXPECT_EQ(report::operation_html(report::operation_report(*kh.store, q)).find("Participants'"),
            std::string::npos);
}

TEST(BundleParser, NamesTheFirstProblemByItsPath) {
  auto path_of = [](const std::string& text) {
    try {
      parse_bundle(text);
    } catch (const BundleError& e) {
      return e.path();
    }
    return std::string("accepted");
  };
  json base = {{"format", kBundleFormat},
               {"format_version", 1},
               {"bundle_id", new_uuid()},
               {"issuer", "KH"},
               {"created_at", "2026-10-14T10:00:00Z"},
               {"level", "partners"},
               {"audience", {"TH"}},
               {"records", json::array()}};
  EXPECT_EQ(path_of(base.dump()), "accepted");
  json b = base;
  b["format_version"] = 2;
  EXPECT_EQ(path_of(b.dump()), "format_version");
  b = base;
  b["colour"] = "red";
  EXPECT_EQ(path_of(b.dump()), "colour");
  b = base;
  b["level"] = "administration";
  EXPECT_EQ(path_of(b.dump()), "level");
  json rec = {{"uuid", new_uuid()},
              {"version", 1},
              {"kind", "alert"},
              {"issuer", "KH"},
              {"level", "partners"},
              {"tlp", "amber"},
              {"status", "active"},
              {"issued_at", "2026-10-14T10:00:00Z"},
              {"data", {{"reason", "r"}, {"expires", "2026-12-01"}, {"company", "X"}}}};
  b = base;
  b["records"] = json::array({rec});               // not {rec}: compilers differ on one-element braces
  EXPECT_EQ(path_of(b.dump()), "records[0].tlp");  // TLP labels are upper case, never translated
  rec["tlp"] = "AMBER";
  rec["data"].erase("company");
  b["records"] = json::array({rec});                // not {rec}: compilers differ on one-element braces
  EXPECT_EQ(path_of(b.dump()), "records[0].data");  // an alert names something to watch
  rec["data"]["company"] = "X";
  b["records"] = {rec, rec};
  EXPECT_EQ(path_of(b.dump()), "records[1]");  // the same uuid and version twice
  rec["data"]["expires"] = "2026-02-30";
  b["records"] = json::array({rec});  // not {rec}: compilers differ on one-element braces
  EXPECT_EQ(path_of(b.dump()), "records[0].data.expires");
}

}  // namespace
}  // namespace custos::exchange
