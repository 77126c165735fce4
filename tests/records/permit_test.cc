#include <gtest/gtest.h>

#include "records/permit.hpp"
#include "store_backends.hpp"

namespace custos::records {
namespace {

const std::string kPermitHeader =
    "type,reference,direction,issuing_country,holder_id,holder_name,counterpart_country,valid_from,valid_to,"
    "hs_code,"
    "taxon,cas_number,waste_code,description,quantity,unit,shipments\n";

const std::string kPermits =
    kPermitHeader +
    "BASEL_CONSENT,FR-2024-011,export,FR,FR123,Acme Recycling,MY,2024-01-01,2024-12-31,3915,,,B3011,plastic "
    "scrap,100,t,3\n"
    "CITES_PERMIT,ZA-0173,import,ZA,FR999,Zoo de Lyon,ZA,2024-01-01,2024-06-30,0106,Python regius,,,live "
    "pythons,50,pcs,\n"
    "ODS_LICENCE,FR-ODS-7,import,FR,FR555,Froid SA,,2024-01-01,2025-12-31,2903,,811-97-2,,HFC-134a,1000,kg,\n"
    "PRECURSOR_LICENCE,FR-PRE-1,import,FR,FR777,Labo SA,,2024-01-01,2026-12-31,2847,,7722-84-1,,hydrogen "
    "peroxide,,kg,\n";

Declaration decl(const std::string& id, const std::string& date, const std::string& doc, double kg,
                 const std::string& hs = "391510", std::optional<double> qty = std::nullopt,
                 const std::string& unit = "") {
  Declaration d;
  d.id = id;
  d.date = *Date::parse(date);
  d.flow = Flow::export_;
  d.exporter.id = "FR123";
  d.importer.id = "FR123";
  d.destination_country = Country::parse("MY");
  Item it;
  it.item_no = 1;
  it.hs_code = *HsCode::parse(hs);
  it.description = "goods";
  it.net_mass_kg = kg;
  it.quantity = qty;
  it.quantity_unit = unit;
  auto colon = doc.find(':');
  it.documents.push_back({doc.substr(0, colon), doc.substr(colon + 1)});
  d.items.push_back(it);
  return d;
}

std::vector<std::string> ids(const std::vector<Finding>& fs) {
  std::vector<std::string> out;
  for (const Finding& f : fs) out.push_back(f.id);
  return out;
}

TEST(PermitCsv, ReadsAllSixTypesAndRejectsBadRows) {
  std::string data =
      kPermits +
      "EXPORT_LICENCE,EU001-55,export,FR,FR1,Dual SA,RU,2024-01-01,2024-12-31,8542,,,,chips,,,\n"
      "CULTURAL_EXPORT_CERTIFICATE,CE-9,export,IT,IT1,Gallery,CH,2024-01-01,2024-12-31,9701,,,,painting,1,"
      "pcs,1\n"
      "CITES_PERMIT,,import,ZA,,,,,,,,,,,,,\n"
      "DRIVING_LICENCE,X,import,FR,,,,,,,,,,,,,\n"
      "CITES_PERMIT,A1,sideways,F1,,,,2024-13-01,,12ab,,7722-84,,,-1,,0\n"
      "CITES_PERMIT,A2,import,FR,,,,2024-05-01,2024-04-01,,,,,,5,,\n"
      "CITES_PERMIT,ZA-0173,import,ZA,,,,,,,,,,,,,\n"
      "CITES_PERMIT,A3\n";
  auto r = read_permits_csv(data);
  EXPECT_EQ(r.read, 12);
  ASSERT_EQ(r.records.size(), 6u);
  auto has = [&](int64_t line, const std::string& field) {
    for (const Reject& x : r.rejects)
      if (x.line == line && x.field == field) return true;
    return false;
  };
  EXPECT_TRUE(has(8, "reference"));
  EXPECT_TRUE(has(9, "type"));
  for (const char* f :
       {"direction", "issuing_country", "valid_from", "hs_code", "cas_number", "quantity", "shipments"})
    EXPECT_TRUE(has(10, f)) << f;
  EXPECT_TRUE(has(11, "valid_to"));
  EXPECT_TRUE(has(11, "unit"));
  EXPECT_TRUE(has(12, "reference"));  // repeated in the file
  EXPECT_TRUE(has(13, "record"));
  EXPECT_EQ(read_permits_csv("type,reference\nX,Y\n").rejects.at(0).field, "header");
  auto twice = read_permits_csv("type,reference,type\nX,Y,Z\n");
  ASSERT_EQ(twice.rejects.size(), 1u);
  EXPECT_EQ(twice.rejects[0].reason, "column 'type' is named twice; which one holds the value?");
}

class PermitTest : public test::BackendTest {
 protected:
  std::unique_ptr<Store> with_permits(const std::string& name) {
    auto store = fresh(name);
    for (const auto& [line, p] : read_permits_csv(kPermits).records)
      EXPECT_EQ(put_permit(*store, p, {"ana", ""}, "permits.csv"), PutResult::stored);
    return store;
  }
  void lodge(Store& store, const std::vector<Declaration>& ds) {
    store.put_batch(ds, "test");
    for (const Declaration& d : ds) record_draws(store, d);
  }
};

TEST_P(PermitTest, DrawnAcrossThreeShipmentsInLodgingOrder) {
  auto store = with_permits("three_shipments");
  // Ingested out of order: the second is stored first.
  Declaration d1 = decl("D-1", "2024-02-01", "BASEL_CONSENT:FR-2024-011", 40000);
  Declaration d2 = decl("D-2", "2024-03-01", "BASEL_CONSENT:FR-2024-011", 40000);
  Declaration d3 = decl("D-3", "2024-04-01", "BASEL_CONSENT:FR-2024-011", 30000);
  Declaration d4 = decl("D-4", "2024-05-01", "BASEL_CONSENT:FR-2024-011", 1000);
  lodge(*store, {d2});
  lodge(*store, {d1, d3, d4});
  EXPECT_EQ(ids(check_permits(*store, d1)), (std::vector<std::string>{"PERMIT_COVERED"}));
  EXPECT_EQ(ids(check_permits(*store, d2)), (std::vector<std::string>{"PERMIT_COVERED"}));
  auto f3 = check_permits(*store, d3);
  ASSERT_EQ(ids(f3), (std::vector<std::string>{"PERMIT_OVER_BALANCE"}));
  EXPECT_EQ(f3[0].source, "permit");
  EXPECT_EQ(f3[0].domain, Domain::waste);
  EXPECT_DOUBLE_EQ(f3[0].evidence["remaining_before"].get<double>(), 20);
  EXPECT_DOUBLE_EQ(f3[0].evidence["drawn"].get<double>(), 30);
  EXPECT_NE(f3[0].reason.find("20 t left of 100 t"), std::string::npos) << f3[0].reason;
  EXPECT_FALSE(f3[0].instructions.empty());
  EXPECT_EQ(risk::lane_of(f3[0]), risk::Lane::orange);
  auto f4 = check_permits(*store, d4);
  EXPECT_EQ(ids(f4), (std::vector<std::string>{"PERMIT_SHIPMENTS_EXHAUSTED", "PERMIT_OVER_BALANCE"}));
  auto b =
      permit_balance(*store, *get_permit(*store, "BASEL_CONSENT", "FR-2024-011"), *Date::parse("2024-06-01"));
  EXPECT_DOUBLE_EQ(*b.used, 111);
  EXPECT_DOUBLE_EQ(*b.remaining, -11);
  EXPECT_EQ(b.shipments_used, 4);
  EXPECT_EQ(b.status, "exhausted");
  auto j =
      balance_json(*store, *get_permit(*store, "BASEL_CONSENT", "FR-2024-011"), *Date::parse("2024-06-01"));
  for (const char* k : {"type", "reference", "quantity", "used", "remaining", "shipments_used", "status"})
    EXPECT_TRUE(j.contains(k)) << k;
  EXPECT_EQ(j["draws"].size(), 4u);
  EXPECT_EQ(j["draws"][0]["declaration_id"], "D-1");
}

TEST_P(PermitTest, ReIngestNeverDrawsTwiceAndAnAmendmentRedraws) {
  auto store = with_permits("idempotent");
  Declaration d1 = decl("D-1", "2024-02-01", "BASEL_CONSENT:FR-2024-011", 40000);
  lodge(*store, {d1});
  lodge(*store, {d1});
  EXPECT_EQ(refresh_draws(*store), 0);
  auto p = *get_permit(*store, "BASEL_CONSENT", "FR-2024-011");
  EXPECT_DOUBLE_EQ(*permit_balance(*store, p, *Date::parse("2024-06-01")).used, 40);
  // Amended to 10 t: the draw is replaced, not added.
  Declaration amended = decl("D-1", "2024-02-01", "BASEL_CONSENT:FR-2024-011", 10000);
  EXPECT_EQ(store->put_batch(std::vector<Declaration>{amended}, "amend")[0], PutStatus::amended);
  EXPECT_EQ(refresh_draws(*store), 1);
  EXPECT_DOUBLE_EQ(*permit_balance(*store, p, *Date::parse("2024-06-01")).used, 10);
  EXPECT_EQ(permit_balance(*store, p, *Date::parse("2024-06-01")).shipments_used, 1);
  // Amended to quote no permit: the draw goes.
  Declaration none = amended;
  none.items[0].documents.clear();
  store->put_batch(std::vector<Declaration>{none}, "amend2");
  EXPECT_EQ(refresh_draws(*store), 1);
  EXPECT_DOUBLE_EQ(*permit_balance(*store, p, *Date::parse("2024-06-01")).used, 0);
}

TEST_P(PermitTest, ExpiredNotYetValidUnknownAndMismatched) {
  auto store = with_permits("problems");
  auto one = [&](const Declaration& d) {
    auto f = check_permits(*store, d);
    EXPECT_FALSE(f.empty());
    for (const Finding& x : f) {
      EXPECT_EQ(x.source, "permit");
      EXPECT_FALSE(x.reason.empty());
      EXPECT_FALSE(x.instructions.empty());
    }
    return ids(f);
  };
  EXPECT_EQ(one(decl("E-1", "2025-01-02", "BASEL_CONSENT:FR-2024-011", 1000)),
            (std::vector<std::string>{"PERMIT_EXPIRED"}));
  EXPECT_EQ(one(decl("E-2", "2023-12-31", "BASEL_CONSENT:FR-2024-011", 1000)),
            (std::vector<std::string>{"PERMIT_NOT_YET_VALID"}));
  EXPECT_EQ(one(decl("E-3", "2024-03-01", "BASEL_CONSENT:FR-2024-999", 1000)),
            (std::vector<std::string>{"PERMIT_UNKNOWN"}));
  EXPECT_EQ(one(decl("E-4", "2024-03-01", "BASEL_CONSENT:FR-2024-011", 1000, "740400")),
            (std::vector<std::string>{"PERMIT_GOODS_NOT_COVERED"}));
  Declaration holder = decl("E-5", "2024-03-01", "BASEL_CONSENT:FR-2024-011", 1000);
  holder.exporter.id = "FR000";
  EXPECT_EQ(one(holder), (std::vector<std::string>{"PERMIT_WRONG_HOLDER"}));
  Declaration country = decl("E-6", "2024-03-01", "BASEL_CONSENT:FR-2024-011", 1000);
  country.destination_country = Country::parse("VN");
  EXPECT_EQ(one(country), (std::vector<std::string>{"PERMIT_WRONG_COUNTRY"}));
  Declaration cas = decl("E-7", "2024-03-01", "PRECURSOR_LICENCE:FR-PRE-1", 100, "284700");
  cas.importer.id = "FR777";
  cas.items[0].description = "nitromethane CAS 75-52-5";
  EXPECT_EQ(one(cas), (std::vector<std::string>{"PERMIT_GOODS_NOT_COVERED"}));
  cas.items[0].description = "hydrogen peroxide 35% CAS 7722-84-1";
  EXPECT_EQ(one(cas), (std::vector<std::string>{"PERMIT_COVERED"}));
  // Counted in pieces: 60 pythons on a 50-specimen permit.
  Declaration cites = decl("E-8", "2024-03-01", "CITES_PERMIT:ZA-0173", 30, "010620", 60, "NAR");
  cites.flow = Flow::import;
  cites.importer.id = "FR999";
  cites.exporter.country = Country::parse("ZA");
  EXPECT_EQ(one(cites), (std::vector<std::string>{"PERMIT_OVER_BALANCE"}));
  cites.items[0].quantity = 20;
  EXPECT_EQ(one(cites), (std::vector<std::string>{"PERMIT_COVERED"}));
  cites.items[0].quantity_unit = "kg";  // no count in the permit's unit
  cites.items[0].quantity.reset();
  EXPECT_EQ(one(cites), (std::vector<std::string>{"PERMIT_QUANTITY_UNKNOWN"}));
}

TEST_P(PermitTest, OdsQuotaCountsPerYear) {
  auto store = with_permits("quota");
  auto ods = [](const std::string& id, const std::string& date, double kg) {
    Declaration d = decl(id, date, "ODS_LICENCE:FR-ODS-7", kg, "290339");
    d.flow = Flow::import;
    d.importer.id = "FR555";
    return d;
  };
  lodge(*store,
        {ods("O-1", "2024-03-01", 700), ods("O-2", "2024-09-01", 400), ods("O-3", "2025-01-10", 900)});
  EXPECT_EQ(ids(check_permits(*store, ods("O-1", "2024-03-01", 700))),
            (std::vector<std::string>{"PERMIT_COVERED"}));
  auto f = check_permits(*store, ods("O-2", "2024-09-01", 400));
  ASSERT_EQ(ids(f), (std::vector<std::string>{"PERMIT_QUOTA_EXCEEDED"}));
  EXPECT_EQ(f[0].domain, Domain::ozone);
  // A new year, a new quota.
  EXPECT_EQ(ids(check_permits(*store, ods("O-3", "2025-01-10", 900))),
            (std::vector<std::string>{"PERMIT_COVERED"}));
}

TEST_P(PermitTest, CoveredIsMitigatingAndPermitsBelongToTheirAdministration) {
  auto store = with_permits("covered");
  Declaration d = decl("C-1", "2024-02-01", "BASEL_CONSENT:FR-2024-011", 5000);
  std::vector<Finding> out;
  permit_finding_source (*store)(d, out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].weight, 0);
  EXPECT_EQ(risk::lane_of(out[0]), risk::Lane::green);
  EXPECT_TRUE(out[0].evidence["mitigating"].get<bool>());
  EXPECT_DOUBLE_EQ(out[0].evidence["remaining_after"].get<double>(), 95);
  // Re-importing the same registry changes nothing; a change is audited with old and new.
  auto read = read_permits_csv(kPermits);
  EXPECT_EQ(put_permit(*store, read.records[0].second, {"ana", ""}, "again"), PutResult::duplicate);
  Permit changed = read.records[0].second;
  changed.quantity = 120;
  EXPECT_EQ(put_permit(*store, changed, {"ben", ""}, "amended"), PutResult::updated);
  auto last = audit::entries(*store).back();
  EXPECT_EQ(last.action, "permit.update");
  EXPECT_EQ(last.change["changed"]["quantity"]["old"], 100.0);
  store->set_administration("YY");
  EXPECT_FALSE(get_permit(*store, "BASEL_CONSENT", "FR-2024-011"));
  EXPECT_EQ(ids(check_permits(*store, d)), (std::vector<std::string>{"PERMIT_UNKNOWN"}));
}

CUSTOS_ON_BOTH_BACKENDS(PermitTest);

}  // namespace
}  // namespace custos::records
