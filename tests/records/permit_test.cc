#include <gtest/gtest.h>

#include <set>

#include "records/ods_potentials.hpp"
#include "records/permit.hpp"
#include "reject_templates.hpp"
#include "risk/permit_waiver.hpp"
#include "risk/pipeline.hpp"
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

// Each refused field's reason also comes as a message (code and values) the
// workbench translates; filled with the English template of
// web/src/lib/messages/en.ts it reads word for word as the reason.
TEST(PermitCsv, ARejectsMessageReadsAsItsEnglishReason) {
  ASSERT_GE(test::english_reject_templates().size(), 20u);
  const auto r = read_permits_csv(kPermits +
                                  "CITES_PERMIT,,import,ZA,,,,,,,,,,,,,\n"
                                  "DRIVING_LICENCE,X,import,FR,,,,,,,,,,,,,\n"
                                  "CITES_PERMIT,A1,sideways,F1,,,,2024-13-01,,12ab,,7722-84,,,-1,,0\n"
                                  "CITES_PERMIT,A2,import,FR,,,,2024-05-01,2024-04-01,,,,,,5,,\n"
                                  "CITES_PERMIT,ZA-0173,import,ZA,,,,,,,,,,,,,\n"
                                  "CITES_PERMIT,A3\n"
                                  ",A4,import,FR,,,,,,,,,,,x,kg,\n"
                                  "BASEL_CONSENT,A5,export,FR,,,,,,,,,,,5,odp_t,\n");
  const std::set<std::string> codes = test::codes_read_as_reasons(r.rejects);
  for (const char* want : {"reference.empty", "not_a_permit_type", "not_a_direction", "not_a_country",
                           "not_a_date", "not_an_hs_code", "not_a_cas_number", "negative",
                           "not_a_shipment_count", "valid_to.before", "unit.needed", "permit.duplicate",
                           "record.width", "permit.type.empty", "not_a_number", "unit.quota_only"})
    EXPECT_TRUE(codes.count(want)) << want;
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

// The rule: a shipment fully covered by a valid permit is never sent
// red by the absence-of-permit profiles; a refused permit is no cover.
class PermitLaneTest : public PermitTest {
 protected:
  static constexpr const char* kLicence =
      "ODS_LICENCE,FR-ODS-22,import,FR,FR555,Froid "
      "SA,,2024-01-01,2024-12-31,290371,,75-45-6,,HCFC-22,1000,kg,\n";
  std::unique_ptr<Store> registry(const std::string& name) {
    auto store = fresh(name);
    for (const auto& [line, p] : read_permits_csv(kPermitHeader + kLicence).records)
      put_permit(*store, p, {"ana", ""}, "permits.csv");
    return store;
  }
  static Declaration hcfc22(const std::string& id, const std::string& date, double kg,
                            const std::string& doc) {
    Declaration d = decl(id, date, doc, kg, "290371");
    d.flow = Flow::import;
    d.importer.id = "FR555";
    d.departure_country = Country::parse("CN");
    d.destination_country = Country::parse("FR");
    d.items[0].description = "Chlorodifluoromethane R-22 CAS 75-45-6";
    if (doc.empty()) d.items[0].documents.clear();
    return d;
  }
  risk::Assessment assess(Store& store, const Declaration& d) {
    risk::PipelineOptions o;
    o.profiles_path = std::string(CUSTOS_SOURCE_DIR) + "/data/profiles/ozone-ods.toml";
    o.groups_path = std::string(CUSTOS_SOURCE_DIR) + "/data/country-groups.toml";
    o.indicators = false;
    risk::Pipeline pipeline(o);
    pipeline.add_source(permit_finding_source(store));
    return pipeline.assess(d, false);
  }
  static const Finding* find(const risk::Assessment& a, const std::string& id) {
    for (const Finding& f : a.findings)
      if (f.id == id) return &f;
    return nullptr;
  }
};

TEST_P(PermitLaneTest, CoveredHcfc22IsNotSentRedAndTheExplanationSaysWhy) {
  auto store = registry("lane_covered");
  lodge(*store, {hcfc22("L-0", "2024-02-01", 880, "ODS_LICENCE:FR-ODS-22")});
  Declaration d = hcfc22("L-1", "2024-03-01", 100, "ODS_LICENCE:FR-ODS-22");
  risk::Assessment a = assess(*store, d);
  EXPECT_LT(a.requested, risk::Lane::orange) << risk::to_json(a).dump(2);
  const Finding* hit = find(a, "OZN-HCFC-001");
  ASSERT_NE(hit, nullptr);
  ASSERT_NE(find(a, "PERMIT_COVERED"), nullptr);
  nlohmann::json j = risk::to_json(a);  // what the API and `custos assess` answer
  nlohmann::json waived;
  for (const auto& f : j["findings"])
    if (f["id"] == "OZN-HCFC-001") waived = f;
  EXPECT_TRUE(waived["evidence"]["waived"].get<bool>());
  EXPECT_EQ(waived["evidence"]["lane"], "green");
  EXPECT_EQ(waived["evidence"]["waived_by"][0]["document"], "ODS_LICENCE:FR-ODS-22");
  EXPECT_NE(waived["reason"].get<std::string>().find("covered by ODS licence FR-ODS-22, 20 kg remaining"),
            std::string::npos)
      << waived["reason"];
  // The same shipment without the licence goes red.
  risk::Assessment bare = assess(*store, hcfc22("L-2", "2024-03-01", 100, ""));
  EXPECT_EQ(bare.requested, risk::Lane::red);
  EXPECT_EQ(find(bare, "PERMIT_COVERED"), nullptr);
  EXPECT_FALSE(find(bare, "OZN-HCFC-001")->evidence.contains("waived"));
}

TEST_P(PermitLaneTest, ExpiredOrExceededLicenceStaysRed) {
  auto store = registry("lane_refused");
  risk::Assessment expired = assess(*store, hcfc22("X-1", "2025-02-01", 100, "ODS_LICENCE:FR-ODS-22"));
  EXPECT_EQ(expired.requested, risk::Lane::red);
  ASSERT_NE(find(expired, "PERMIT_EXPIRED"), nullptr);
  EXPECT_EQ(risk::lane_of(*find(expired, "PERMIT_EXPIRED")), risk::Lane::orange);
  const Finding* hit = find(expired, "OZN-HCFC-001");
  EXPECT_EQ(hit->evidence["permit_refused"][0]["problems"][0], "PERMIT_EXPIRED");
  EXPECT_FALSE(hit->evidence.contains("waived"));
  // 950 kg drawn earlier in the year; 100 kg more is over the 1000 kg quota.
  lodge(*store, {hcfc22("X-2", "2024-02-01", 950, "ODS_LICENCE:FR-ODS-22")});
  risk::Assessment over = assess(*store, hcfc22("X-3", "2024-03-01", 100, "ODS_LICENCE:FR-ODS-22"));
  EXPECT_EQ(over.requested, risk::Lane::red);
  ASSERT_NE(find(over, "PERMIT_QUOTA_EXCEEDED"), nullptr);
  EXPECT_EQ(find(over, "OZN-HCFC-001")->evidence["permit_refused"][0]["problems"][0],
            "PERMIT_QUOTA_EXCEEDED");
  // A reference the registry does not know is no cover either.
  EXPECT_EQ(assess(*store, hcfc22("X-4", "2024-03-01", 10, "ODS_LICENCE:FR-ODS-99")).requested,
            risk::Lane::red);
}

TEST(PermitLaneTypes, TheRiskModuleKnowsTheRegistryTypes) {
  ASSERT_EQ(std::size(kPermitTypes), std::size(risk::kRegistryPermitTypes));
  for (size_t i = 0; i < std::size(kPermitTypes); ++i)
    EXPECT_EQ(kPermitTypes[i], risk::kRegistryPermitTypes[i]);
}

CUSTOS_ON_BOTH_BACKENDS(PermitLaneTest);

TEST(OdsPotentials, TheShippedTableReadsAndHoldsTheTreatyValues) {
  const OdsPotentials& t = OdsPotentials::builtin();
  EXPECT_GE(t.rows().size(), 40u);
  const OdsPotential* r22 = t.by_cas("75-45-6");
  ASSERT_NE(r22, nullptr);
  EXPECT_EQ(r22->substance, "HCFC-22");
  EXPECT_DOUBLE_EQ(r22->odp, 0.055);
  EXPECT_DOUBLE_EQ(*r22->gwp, 1810);
  EXPECT_EQ(t.by_hs("290371"), r22);
  EXPECT_EQ(t.by_hs("2903710000"), r22);
  EXPECT_EQ(t.by_hs("290345"), nullptr);  // HFC-134 and HFC-134a share it
  EXPECT_DOUBLE_EQ(*t.by_cas("811-97-2")->gwp, 1430);
  EXPECT_DOUBLE_EQ(*t.by_cas("75-46-7")->gwp, 14800);
  EXPECT_FALSE(t.by_cas("75-71-8")->gwp);  // CFC-12: ODP only
  for (const OdsPotential& r : t.rows()) EXPECT_FALSE(r.source.empty()) << r.substance;
  try {
    OdsPotentials::parse(
        "substance,cas_number,hs_code,annex,odp,gwp_100,source\nX,75-45-6,290371,C/I,abc,,s\n");
    ADD_FAILURE() << "a bad ODP was read";
  } catch (const OdsTableError& e) {
    EXPECT_EQ(e.line(), 2);
    EXPECT_EQ(e.field(), "odp");
  }
}

TEST(OdsPotentials, TheShippedBlendsAddUpAndBadBlendRowsAreRefusedWithTheirLine) {
  const OdsPotentials& t = OdsPotentials::builtin();
  const OdsPotential* r410a = t.blend_named_in("split units pre-charged with R410a");
  ASSERT_NE(r410a, nullptr);
  EXPECT_EQ(r410a->substance, "R-410A");
  EXPECT_NEAR(*r410a->gwp, 0.5 * 675 + 0.5 * 3500, 1e-9);
  EXPECT_DOUBLE_EQ(r410a->odp, 0);
  EXPECT_EQ(t.blend_named_in("R-404A")->substance, "R-404A");
  EXPECT_EQ(t.blend_named_in("R-22 and R-134a"), nullptr);
  EXPECT_EQ(t.blend_named_in("part no. XR-404A2"), nullptr);
  EXPECT_EQ(t.by_cas(""), nullptr);
  int blends = 0;
  for (const OdsPotential& r : t.rows()) {
    if (!r.blend()) continue;
    ++blends;
    double total = 0;
    for (const auto& [name, percent] : r.components) total += percent;
    EXPECT_NEAR(total, 100, 0.05) << r.substance;
    EXPECT_FALSE(r.source.empty()) << r.substance;
  }
  EXPECT_GE(blends, 20);
  const std::string singles =
      "substance,cas_number,hs_code,annex,odp,gwp_100,source\nHFC-32,75-10-5,290342,F/I,0,675,s\n"
      "HFC-125,354-33-6,290344,F/I,0,3500,s\n";
  const std::string head = "blend,components,uncontrolled,source\n";
  for (const auto& [row, field] : std::vector<std::pair<std::string, std::string>>{
           {"R-410A,HFC-32 50; HFC-125 40,,s\n", "components"},  // 90 %
           {"R-410A,HFC-32 50; HFO-X 50,,s\n", "components"},    // unknown, not named uncontrolled
           {"R-410A,HFC-32 50; HFC-125 50,,\n", "source"},
           {"410A blend,HFC-32 50; HFC-125 50,,s\n", "blend"}}) {
    try {
      OdsPotentials::parse(singles, head + "R-407X,HFC-32 30; HFC-125 70,,s\n" + row);
      ADD_FAILURE() << row;
    } catch (const OdsTableError& e) {
      EXPECT_EQ(e.line(), 3) << row;
      EXPECT_EQ(e.field(), field) << row;
      EXPECT_NE(std::string(e.what()).find("data/permits/ods_blends.csv:3"), std::string::npos) << e.what();
    }
  }
}

TEST(PermitCsv, OdpAndCo2eTonnesAreForOdsLicencesOnly) {
  auto r = read_permits_csv(
      kPermitHeader +
      "ODS_LICENCE,Q1,import,FR,FR555,,,2024-01-01,2024-12-31,2903,,,,HCFC quota,2.5,odp_t,\n"
      "ODS_LICENCE,Q2,import,FR,FR555,,,2024-01-01,2024-12-31,2903,,,,HFC quota,500,CO2E_T,\n"
      "BASEL_CONSENT,Q3,export,FR,,,,,,,,,,,5,ODP_t,\n");
  ASSERT_EQ(r.records.size(), 2u);
  EXPECT_EQ(r.records[0].second.unit, "ODP_t");
  EXPECT_EQ(r.records[1].second.unit, "CO2e_t");
  ASSERT_EQ(r.rejects.size(), 1u);
  EXPECT_EQ(r.rejects[0].field, "unit");
}

// An HCFC quota of 2.5 ODP tonnes and an HFC quota of 500 t CO2-equivalent.
class OdsQuotaTest : public PermitTest {
 protected:
  static constexpr const char* kQuotas =
      "ODS_LICENCE,NG-ODP-1,import,NG,NG001,Cool Ltd,,2024-01-01,2025-12-31,2903,,,,HCFC quota,2.5,ODP_t,\n"
      "ODS_LICENCE,NG-CO2-1,import,NG,NG001,Cool Ltd,,2024-01-01,2025-12-31,2903,,,,HFC quota,500,CO2e_t,\n";
  std::unique_ptr<Store> quotas(const std::string& name) {
    auto store = fresh(name);
    for (const auto& [line, p] : read_permits_csv(kPermitHeader + kQuotas).records)
      EXPECT_EQ(put_permit(*store, p, {"ana", ""}, "permits.csv"), PutResult::stored);
    return store;
  }
  static Declaration ods(const std::string& id, const std::string& date, const std::string& doc, double kg,
                         const std::string& hs, const std::string& description) {
    Declaration d = decl(id, date, doc, kg, hs);
    d.flow = Flow::import;
    d.importer.id = "NG001";
    d.items[0].description = description;
    return d;
  }
};

TEST_P(OdsQuotaTest, OdpTonnesDrawKgTimesOdpOverAThousand) {
  auto store = quotas("odp");
  auto p = *get_permit(*store, "ODS_LICENCE", "NG-ODP-1");
  // 120 kg HCFC-22 (ODP 0.055), known by its HS subheading: 6.6 ODP kg.
  Declaration d1 = ods("H-1", "2024-02-01", "ODS_LICENCE:NG-ODP-1", 120, "290371", "R-22 cylinders");
  EXPECT_NEAR(*drawn_quantity(d1, p), 0.0066, 1e-12);
  auto f1 = check_permits(*store, d1);
  ASSERT_EQ(ids(f1), (std::vector<std::string>{"PERMIT_COVERED"}));
  EXPECT_NE(f1[0].reason.find("120 kg HCFC-22 = 6.6 ODP kg = 0.0066 ODP t of the 2.5 ODP t quota"),
            std::string::npos)
      << f1[0].reason;
  EXPECT_EQ(f1[0].evidence["conversion"][0]["substance"], "HCFC-22");
  EXPECT_DOUBLE_EQ(f1[0].evidence["conversion"][0]["odp"].get<double>(), 0.055);
  // HCFC-141b named by CAS in the description: 20,000 kg x 0.11 = 2.2 ODP t.
  Declaration d2 =
      ods("H-2", "2024-05-01", "ODS_LICENCE:NG-ODP-1", 20000, "290373", "foam blowing agent CAS 1717-00-6");
  lodge(*store, {d1, d2});
  EXPECT_NEAR(*permit_balance(*store, p, *Date::parse("2024-06-01")).used, 2.2066, 1e-9);
  // 3,000 kg HCFC-142b (0.065) = 0.195 ODP t on the 0.2934 left: covered; 6,000 kg is over the quota.
  Declaration d3 = ods("H-3", "2024-07-01", "ODS_LICENCE:NG-ODP-1", 3000, "290374", "R-142b");
  EXPECT_EQ(ids(check_permits(*store, d3)), (std::vector<std::string>{"PERMIT_COVERED"}));
  d3.items[0].net_mass_kg = 6000;
  auto f3 = check_permits(*store, d3);
  ASSERT_EQ(ids(f3), (std::vector<std::string>{"PERMIT_QUOTA_EXCEEDED"}));
  EXPECT_NEAR(f3[0].evidence["drawn"].get<double>(), 0.39, 1e-12);
  EXPECT_NE(f3[0].reason.find("6000 kg HCFC-142b = 390 ODP kg = 0.39 ODP t"), std::string::npos)
      << f3[0].reason;
  // The quota is per year: the next year starts again.
  Declaration d4 = ods("H-4", "2025-01-15", "ODS_LICENCE:NG-ODP-1", 6000, "290374", "R-142b");
  EXPECT_EQ(ids(check_permits(*store, d4)), (std::vector<std::string>{"PERMIT_COVERED"}));
  // Nothing says which substance: 2903.45 holds two HFCs, and no CAS is given.
  Declaration unknown = ods("H-5", "2024-07-01", "ODS_LICENCE:NG-ODP-1", 100, "290345", "refrigerant");
  EXPECT_EQ(ids(check_permits(*store, unknown)), (std::vector<std::string>{"PERMIT_QUANTITY_UNKNOWN"}));
}

TEST_P(OdsQuotaTest, Co2eTonnesDrawKgTimesGwpOverAThousand) {
  auto store = quotas("co2e");
  auto p = *get_permit(*store, "ODS_LICENCE", "NG-CO2-1");
  // 200 kg HFC-134a (GWP 1430) = 286 t CO2e; then 100 kg HFC-32 (675) = 67.5 t.
  Declaration d1 = ods("F-1", "2024-02-01", "ODS_LICENCE:NG-CO2-1", 200, "290345", "R-134a CAS 811-97-2");
  Declaration d2 = ods("F-2", "2024-03-01", "ODS_LICENCE:NG-CO2-1", 100, "290342", "R-32");
  EXPECT_DOUBLE_EQ(*drawn_quantity(d1, p), 286);
  EXPECT_DOUBLE_EQ(*drawn_quantity(d2, p), 67.5);
  lodge(*store, {d1, d2});
  auto b = permit_balance(*store, p, *Date::parse("2024-12-31"));
  EXPECT_DOUBLE_EQ(*b.used, 353.5);
  EXPECT_DOUBLE_EQ(*b.remaining, 146.5);
  auto f2 = check_permits(*store, d2);
  ASSERT_EQ(ids(f2), (std::vector<std::string>{"PERMIT_COVERED"}));
  EXPECT_NE(f2[0].reason.find("100 kg HFC-32 = 67500 kg CO2e = 67.5 t CO2e of the 500 t CO2e quota"),
            std::string::npos)
      << f2[0].reason;
  EXPECT_DOUBLE_EQ(f2[0].evidence["conversion"][0]["gwp_100"].get<double>(), 675);
  // 11 kg HFC-23 (GWP 14,800) = 162.8 t: over the 146.5 left.
  Declaration d3 = ods("F-3", "2024-04-01", "ODS_LICENCE:NG-CO2-1", 11, "290341", "R-23");
  auto f3 = check_permits(*store, d3);
  ASSERT_EQ(ids(f3), (std::vector<std::string>{"PERMIT_QUOTA_EXCEEDED"}));
  EXPECT_DOUBLE_EQ(f3[0].evidence["remaining_before"].get<double>(), 146.5);
  // CFC-12 has no GWP in the treaty table: a CO2e quota cannot count it.
  Declaration cfc = ods("F-4", "2024-04-01", "ODS_LICENCE:NG-CO2-1", 10, "290377", "CAS 75-71-8");
  EXPECT_EQ(ids(check_permits(*store, cfc)), (std::vector<std::string>{"PERMIT_QUANTITY_UNKNOWN"}));
}

// The workbench words an ODP or CO2e quota's finding from its evidence alone
// (web/src/lib/findings.ts): the conversion rows, the permit's quantity and
// unit, the draws. The English templates filled that way read word for word
// as the server's reason, so French and Arabic say the same facts.
std::string g6(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

std::string filled_reason(const Finding& f) {
  const auto en = test::english_templates("finding.permit.");
  const nlohmann::json& ev = f.evidence;
  const std::string unit = en.at("unit." + ev["permit"]["unit"].get<std::string>());
  std::string conversion;
  for (const auto& r : ev["conversion"]) {
    const bool odp = r.contains("odp");
    const double factor = odp ? r["odp"].get<double>() : r["gwp_100"].get<double>();
    conversion += (conversion.empty() ? "" : "; ") +
                  test::fill_template(en.at(odp ? "conversion.odp" : "conversion.co2e"),
                                      {{"kg", g6(r["kg"].get<double>())},
                                       {"substance", r["substance"]},
                                       {"potential_kg", g6(r["kg"].get<double>() * factor)},
                                       {"quantity", g6(r["quantity"].get<double>())}});
  }
  nlohmann::json params = {{"document", ev["document"]},
                           {"unit", unit},
                           {"conversion", conversion},
                           {"quantity", g6(ev["permit"]["quantity"].get<double>())},
                           {"drawn", g6(ev["drawn"].get<double>())}};
  if (f.id == "PERMIT_COVERED") {
    params["lodged"] = ev["lodged"];
    params["remaining"] = g6(ev["remaining_after"].get<double>() + ev["drawn"].get<double>());
  } else {
    params["year"] = std::to_string(ev["year"].get<int>());
    params["before"] = g6(ev["drawn_before"].get<double>());
  }
  return test::fill_template(en.at(f.id + ".reason.conversion"), params);
}

TEST_P(OdsQuotaTest, TheConvertedReasonReadsFromItsEvidence) {
  auto store = quotas("conversion_words");
  Declaration d1 = ods("H-1", "2024-02-01", "ODS_LICENCE:NG-ODP-1", 120, "290371", "R-22 cylinders");
  Declaration d2 =
      ods("H-2", "2024-05-01", "ODS_LICENCE:NG-ODP-1", 20000, "290373", "foam blowing agent CAS 1717-00-6");
  auto covered = check_permits(*store, d1);
  ASSERT_EQ(ids(covered), (std::vector<std::string>{"PERMIT_COVERED"}));
  EXPECT_EQ(filled_reason(covered[0]), covered[0].reason);
  lodge(*store, {d1, d2});
  Declaration d3 = ods("H-3", "2024-07-01", "ODS_LICENCE:NG-ODP-1", 6000, "290374", "R-142b");
  auto over = check_permits(*store, d3);
  ASSERT_EQ(ids(over), (std::vector<std::string>{"PERMIT_QUOTA_EXCEEDED"}));
  EXPECT_EQ(filled_reason(over[0]), over[0].reason);
  Declaration f1 = ods("F-1", "2024-02-01", "ODS_LICENCE:NG-CO2-1", 100, "290342", "R-32");
  auto co2e = check_permits(*store, f1);
  ASSERT_EQ(ids(co2e), (std::vector<std::string>{"PERMIT_COVERED"}));
  EXPECT_EQ(filled_reason(co2e[0]), co2e[0].reason);
}

// Most HFC trade is in blends, declared under 3827 by their designation: a
// blend draws its components weighed (R-404A: 44 % HFC-125, 52 % HFC-143a,
// 4 % HFC-134a, so GWP 3,921.6); uncontrolled components count nothing.
TEST_P(OdsQuotaTest, ABlendDrawsItsControlledComponentsWeighed) {
  auto store = quotas("blends");
  auto odp = *get_permit(*store, "ODS_LICENCE", "NG-ODP-1");
  Permit co2e = *get_permit(*store, "ODS_LICENCE", "NG-CO2-1");
  co2e.reference = "NG-CO2-MIX";
  co2e.hs_code = "3827";  // the mixtures' heading (HS 2022)
  ASSERT_EQ(put_permit(*store, co2e, {"ana", ""}, "permits.csv"), PutResult::stored);
  Declaration r404a = ods("B-1", "2024-02-01", "ODS_LICENCE:NG-CO2-MIX", 100, "382762",
                          "Refrigerant R404A, 10.9 kg cylinders");
  EXPECT_NEAR(*drawn_quantity(r404a, co2e), 392.16, 1e-9);
  auto f = check_permits(*store, r404a);
  ASSERT_EQ(ids(f), (std::vector<std::string>{"PERMIT_COVERED"}));
  EXPECT_NE(f[0].reason.find("100 kg R-404A = 392160 kg CO2e = 392.16 t CO2e"), std::string::npos)
      << f[0].reason;
  EXPECT_EQ(f[0].evidence["conversion"][0]["components"][1]["substance"], "HFC-143a");
  EXPECT_DOUBLE_EQ(f[0].evidence["conversion"][0]["components"][1]["mass_percent"].get<double>(), 52);
  EXPECT_EQ(filled_reason(f[0]), f[0].reason);
  // R-454B: 68.9 % HFC-32 (675) and HFO-1234yf, which no treaty controls.
  Declaration r454b = ods("B-2", "2024-02-01", "ODS_LICENCE:NG-CO2-MIX", 10, "382768", "R-454B");
  EXPECT_NEAR(*drawn_quantity(r454b, co2e), 10 * 0.689 * 675 / 1000, 1e-9);
  // R-502 on an ODP quota: 48.8 % HCFC-22 (0.055) and 51.2 % CFC-115 (0.6).
  Declaration r502 = ods("B-3", "2024-02-01", "ODS_LICENCE:NG-ODP-1", 1000, "382712", "old stock, r 502");
  EXPECT_NEAR(*drawn_quantity(r502, odp), (0.488 * 0.055 + 0.512 * 0.6), 1e-9);
  // A single substance's name is no blend: R-22 is still found by its subheading.
  Declaration r22 = ods("B-4", "2024-02-01", "ODS_LICENCE:NG-ODP-1", 120, "290371", "R-22");
  EXPECT_NEAR(*drawn_quantity(r22, odp), 0.0066, 1e-12);
}

CUSTOS_ON_BOTH_BACKENDS(OdsQuotaTest);

}  // namespace
}  // namespace custos::records
