// The targeting service on both stores: reading declaration bodies, lodging
// with assessment, stored assessments and targets, lane capacity under
// concurrent writers, outcomes and overrides, profile pack edits.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <nlohmann/json.hpp>
#include <thread>

#include "audit/audit.hpp"
#include "records/permit.hpp"
#include "source_dir.hpp"
#include "store_backends.hpp"
#include "targeting/actions.hpp"
#include "targeting/assessments.hpp"
#include "targeting/disguise.hpp"
#include "targeting/engine.hpp"
#include "targeting/lodge.hpp"
#include "targeting/profiles.hpp"

namespace custos::test {
namespace {

using targeting::BodyFormat;

nlohmann::json declaration(const std::string& id, const std::string& office = "PNH",
                           const std::string& hs = "080132", const std::string& description = "cashew nuts",
                           const std::string& origin = "VN") {
  return {{"declaration_id", id},
          {"date", "2026-03-02"},
          {"flow", "import"},
          {"office", office},
          {"importer_id", "NL1"},
          {"importer_name", "Atlas Foods BV"},
          {"importer_country", "NL"},
          {"exporter_name", "Saigon Nuts Co"},
          {"exporter_country", origin},
          {"departure_country", origin},
          {"destination_country", "NL"},
          {"items",
           {{{"item_no", 1},
             {"hs_code", hs},
             {"description", description},
             {"origin_country", origin},
             {"net_mass_kg", 16000},
             {"value", 112000},
             {"currency", "USD"}}}}};
}

// A Syrian "decorative clay oil lamp" through Beirut: the cultural pack asks for orange at least.
nlohmann::json risky(const std::string& id, const std::string& office = "PNH") {
  nlohmann::json d = declaration(id, office, "691390", "Decorative clay oil lamps, set of 12", "SY");
  d["departure_country"] = "LB";
  d["items"][0]["net_mass_kg"] = 6;
  d["items"][0]["value"] = 180;
  return d;
}

TEST(DeclarationsBody, ReadsJsonObjectsArraysNdjsonAndCsv) {
  auto one = targeting::parse_declarations(declaration("A1").dump(), BodyFormat::json);
  EXPECT_EQ(one.read, 1);
  ASSERT_EQ(one.declarations.size(), 1u);
  EXPECT_EQ(one.declarations[0].id, "A1");
  nlohmann::json bad = declaration("A3");
  bad["items"][0]["hs_code"] = "39A5";
  auto arr = targeting::parse_declarations(nlohmann::json::array({declaration("A2"), bad, 7}).dump(),
                                           BodyFormat::json);
  EXPECT_EQ(arr.read, 3);
  EXPECT_EQ(arr.rejected, 2);
  ASSERT_EQ(arr.declarations.size(), 1u);
  ASSERT_FALSE(arr.rejects.empty());
  EXPECT_EQ(arr.rejects[0].line, 2);  // the element's position
  EXPECT_EQ(arr.rejects[0].field, "hs_code");
  EXPECT_FALSE(arr.rejects[0].reason.empty());
  auto nd = targeting::parse_declarations(declaration("B1").dump() + "\n\n" + declaration("B2").dump() + "\n",
                                          BodyFormat::ndjson);
  EXPECT_EQ(nd.declarations.size(), 2u);
  const std::string csv =
      "declaration_id,item_no,date,flow,office,hs_code,description,origin_country,net_mass_kg,value,"
      "currency\n"
      "C1,1,2026-03-02,import,PNH,080132,cashew nuts,VN,16000,112000,USD\n"
      "C1,2,2026-03-02,import,PNH,080131,cashew nuts in shell,VN,100,500,USD\n"
      "C2,1,2026-03-02,import,PNH,39A5,plastic,VN,10,10,USD\n";
  auto c = targeting::parse_declarations(csv, BodyFormat::csv);
  EXPECT_EQ(c.read, 2);
  ASSERT_EQ(c.declarations.size(), 1u);
  EXPECT_EQ(c.declarations[0].items.size(), 2u);
  ASSERT_EQ(c.rejects.size(), 1u);
  EXPECT_EQ(c.rejects[0].line, 4);
  EXPECT_EQ(c.rejects[0].field, "hs_code");
}

TEST(DeclarationsBody, UnreadableBodiesNameLineAndColumn) {
  try {
    targeting::parse_declarations("[\n{\"declaration_id\": }\n]", BodyFormat::json);
    FAIL() << "no error";
  } catch (const targeting::BodyError& e) {
    EXPECT_EQ(e.line(), 2);
    EXPECT_GT(e.column(), 1);
  }
  try {
    targeting::parse_declarations("{\"declaration_id\":\"X\xff\"}", BodyFormat::ndjson);
    FAIL() << "no error";
  } catch (const targeting::BodyError& e) {
    EXPECT_EQ(e.line(), 1);
    EXPECT_NE(std::string(e.what()).find("UTF-8"), std::string::npos);
  }
  EXPECT_THROW(targeting::parse_declarations("", BodyFormat::csv), targeting::BodyError);
  EXPECT_THROW(targeting::parse_declarations("\"just a string\"", BodyFormat::json), targeting::BodyError);
  // A number beyond a double's range is refused, not an uncaught exception.
  EXPECT_THROW(targeting::parse_declarations("{\"declaration_id\": \"A\", \"x\": 1E400}", BodyFormat::json),
               targeting::BodyError);
  EXPECT_THROW(targeting::parse_declarations("nonsense,header\nx,y\n", BodyFormat::csv),
               targeting::BodyError);
  EXPECT_THROW(targeting::parse_declarations(
                   nlohmann::json::array({declaration("A"), declaration("B")}).dump(), BodyFormat::json, 1),
               targeting::BodyError);
}

class Targeting : public BackendTest {};

TEST_P(Targeting, LodgingStoresAssessesAndAuditsOnce) {
  auto store = fresh("lodge");
  targeting::Engine engine(*store, {});
  targeting::OnlinePolicy policy;
  const audit::Actor actor{"olga", "127.0.0.1"};
  auto body = targeting::parse_declarations(nlohmann::json::array({declaration("L1"), risky("L2")}).dump(),
                                            BodyFormat::json);
  auto r = targeting::lodge(*store, &engine, policy, actor, body, "test");
  EXPECT_EQ(r.read, 2);
  EXPECT_EQ(r.stored, 2);
  EXPECT_EQ(r.unassessed, 0);
  ASSERT_EQ(r.assessments.size(), 2u);
  auto a2 = targeting::latest_assessment(*store, "L2");
  ASSERT_TRUE(a2.has_value());
  EXPECT_GE(risk::parse_lane(a2->lane).value(), risk::Lane::orange) << a2->assessment.dump();
  EXPECT_FALSE(a2->findings.empty());
  EXPECT_EQ(a2->assessment["declaration_id"], "L2");
  // The same body again: duplicates, nothing assessed again.
  auto again = targeting::lodge(*store, &engine, policy, actor, body, "test");
  EXPECT_EQ(again.duplicates, 2);
  EXPECT_EQ(again.stored, 0);
  EXPECT_TRUE(again.assessments.empty());
  // An amendment is a new version, assessed as such.
  nlohmann::json amended = declaration("L1");
  amended["items"][0]["value"] = 99000;
  auto am = targeting::lodge(*store, &engine, policy, actor,
                             targeting::parse_declarations(amended.dump(), BodyFormat::json), "test");
  EXPECT_EQ(am.amended, 1);
  EXPECT_EQ(targeting::latest_assessment(*store, "L1")->version, 2);
  // Targets: L2 at orange or above; L1 not.
  targeting::TargetQuery q;
  q.day = "2026-03-02";
  q.at_least = risk::Lane::orange;
  auto t = targeting::targets(*store, q);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].declaration_id, "L2");
  q.domain = "cultural";
  EXPECT_EQ(targeting::targets(*store, q).size(), 1u);
  q.domain = "wildlife";
  EXPECT_TRUE(targeting::targets(*store, q).empty());
  q.domain.clear();
  q.office = "OTHER";
  EXPECT_TRUE(targeting::targets(*store, q).empty());
  int lodges = 0;
  for (const auto& e : audit::entries(*store, 0, 1000)) lodges += e.action == "declarations.lodge";
  EXPECT_EQ(lodges, 3);
  // Another administration sees none of it.
  store->set_administration("ZZ");
  EXPECT_FALSE(targeting::latest_assessment(*store, "L2").has_value());
  q.office.clear();
  EXPECT_TRUE(targeting::targets(*store, q).empty());
}

TEST_P(Targeting, UnassessedDeclarationsAreClaimedByAWorker) {
  auto store = fresh("queue");
  const audit::Actor actor{"olga", ""};
  auto r = targeting::lodge(*store, nullptr, {}, actor,
                            targeting::parse_declarations(risky("Q1").dump(), BodyFormat::json), "test");
  EXPECT_EQ(r.unassessed, 1);
  EXPECT_FALSE(targeting::latest_assessment(*store, "Q1").has_value());
  targeting::Engine engine(*store, {});
  auto done = targeting::assess_pending(*store, engine, {});
  ASSERT_EQ(done.size(), 1u);
  EXPECT_EQ(done[0].declaration_id, "Q1");
  EXPECT_TRUE(targeting::latest_assessment(*store, "Q1").has_value());
  EXPECT_TRUE(targeting::assess_pending(*store, engine, {}).empty());
}

// Eight writers, each with its own store handle, allocate red lanes at one
// office on one day with a capacity of 5: exactly 5 end red.
TEST_P(Targeting, CapacityIsNeverOverAllocatedUnderConcurrency) {
  const std::string where = location("capacity");
  open_store(where);  // create and migrate once
  targeting::OnlinePolicy policy;
  policy.capacity = risk::parse_capacity("red=5,orange=3");
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      try {
        auto s = open_store(where);
        for (int i = 0; i < 4; ++i) {
          risk::Assessment a;
          a.declaration_id = "K" + std::to_string(t) + "-" + std::to_string(i);
          a.date = *Date::parse("2026-03-02");
          a.office = "PNH";
          Finding f;
          f.source = "profile";
          f.id = "P1";
          f.weight = 90;
          f.reason = "test";
          a.findings.push_back(f);
          risk::settle(a);
          targeting::select_and_store(*s, a, 1, policy);
        }
      } catch (const std::exception& e) {
        ++failures;
        ADD_FAILURE() << e.what();
      }
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  auto store = open_store(where);
  targeting::TargetQuery q;
  q.day = "2026-03-02";
  q.at_least = risk::Lane::green;
  q.limit = 1000;
  int red = 0, orange = 0, yellow = 0;
  for (const auto& t : targeting::targets(*store, q)) {
    red += t.lane == "red";
    orange += t.lane == "orange";
    yellow += t.lane == "yellow";
    if (t.lane != "red") {
      EXPECT_TRUE(t.assessment["selection"].contains("capacity")) << t.assessment.dump();
    }
  }
  EXPECT_EQ(red, 5);
  EXPECT_EQ(orange, 3);
  EXPECT_EQ(yellow, 32 - 8);
}

TEST_P(Targeting, OutcomesAndOverridesAreRecordedAndAudited) {
  auto store = fresh("actions");
  targeting::Engine engine(*store, {});
  const audit::Actor sup{"sam", "10.0.0.1"};
  targeting::lodge(*store, &engine, {}, sup,
                   targeting::parse_declarations(declaration("O1").dump(), BodyFormat::json), "test");
  EXPECT_THROW(targeting::record_override(*store, sup, "O1", "red", "  "), targeting::InvalidInput);
  EXPECT_THROW(targeting::record_override(*store, sup, "O1", "purple", "why"), targeting::InvalidInput);
  targeting::record_override(*store, sup, "O1", "red", "informant tip 17");
  auto a = targeting::latest_assessment(*store, "O1");
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->lane, "red");
  EXPECT_EQ(a->selected_by, "override");
  EXPECT_EQ(a->assessment["selection"]["override"]["reason"], "informant tip 17");
  EXPECT_THROW(targeting::record_outcome(*store, sup, "O1", {"maybe", {}, "", ""}), targeting::InvalidInput);
  EXPECT_THROW(targeting::record_outcome(*store, sup, "O1", {"seizure", true, "spaceships", ""}),
               targeting::InvalidInput);
  targeting::record_outcome(*store, sup, "O1", {"seizure", true, "wildlife", "scales in the bags"});
  auto o = targeting::latest_outcome(*store, "O1");
  ASSERT_TRUE(o.has_value());
  EXPECT_EQ((*o)["inspection_result"], "seizure");
  EXPECT_EQ((*o)["illicit_domain"], "wildlife");
  EXPECT_EQ((*o)["officer"], "sam");
  std::set<std::string> actions;
  for (const auto& e : audit::entries(*store, 0, 1000)) actions.insert(e.action);
  EXPECT_TRUE(actions.contains("declaration.override"));
  EXPECT_TRUE(actions.contains("declaration.outcome"));
  EXPECT_TRUE(audit::verify(*store).ok);
  // A later assessment of an amendment keeps the override.
  nlohmann::json amended = declaration("O1");
  amended["items"][0]["value"] = 1;
  targeting::lodge(*store, &engine, {}, sup, targeting::parse_declarations(amended.dump(), BodyFormat::json),
                   "test");
  EXPECT_EQ(targeting::latest_assessment(*store, "O1")->lane, "red");
}

TEST_P(Targeting, ProfilePackEditsAreCheckedWholeVersionedAndChangeTheEngine) {
  auto store = fresh("packs");
  const std::string data = targeting::default_data_dir();
  const audit::Actor ana{"ana", ""};
  auto packs = targeting::list_packs(*store, data);
  ASSERT_FALSE(packs.empty());
  bool cultural = false;
  for (const auto& p : packs)
    if (p.id == "cultural") {
      cultural = true;
      EXPECT_EQ(p.origin, "builtin");
      EXPECT_FALSE(p.profiles.empty());
    }
  EXPECT_TRUE(cultural);
  EXPECT_TRUE(targeting::pack_text(*store, data, "cultural").has_value());
  EXPECT_FALSE(targeting::pack_text(*store, data, "no-such-pack").has_value());

  const std::string before = targeting::fingerprint(*store);
  auto bad = targeting::put_pack(*store, ana, data, "local", "[[profile]]\nid = \"LOC-1\"\ntitle = \n");
  ASSERT_FALSE(bad.errors.empty());
  EXPECT_EQ(bad.errors[0].line, 3);
  EXPECT_FALSE(targeting::pack_text(*store, data, "local").has_value());
  EXPECT_EQ(targeting::fingerprint(*store), before);

  // A copy of a shipped pack with its ids renamed is a valid new pack... but
  // the shipped one under its own name with the same ids twice is refused.
  const std::string cultural_text = *targeting::pack_text(*store, data, "cultural");
  EXPECT_FALSE(targeting::check_pack(*store, data, "copy", cultural_text).empty());  // duplicate ids
  auto ok = targeting::put_pack(*store, ana, data, "cultural", cultural_text + "\n# local note\n");
  ASSERT_TRUE(ok.errors.empty()) << ok.errors[0].str();
  EXPECT_EQ(ok.version, 1);
  EXPECT_FALSE(ok.created);
  EXPECT_NE(targeting::fingerprint(*store), before);
  for (const auto& p : targeting::list_packs(*store, data))
    if (p.id == "cultural") {
      EXPECT_EQ(p.origin, "edited");
    }
  bool audited = false;
  for (const auto& e : audit::entries(*store, 0, 1000)) audited |= e.action == "profile.update";
  EXPECT_TRUE(audited);
  // Another administration still has the shipped text.
  store->set_administration("ZZ");
  EXPECT_EQ(*targeting::pack_text(*store, data, "cultural"), cultural_text);
}

// The whole service with the built-in packs and a permit registry: an HCFC-22
// import covered by its ODS licence is not sent red, and the stored
// assessment (what the API answers) says why; without the licence, or past
// its validity, it is red.
TEST_P(Targeting, ACoveredShipmentIsNotSentRedByTheAbsenceOfPermitProfiles) {
  auto store = fresh("permit_lane");
  auto read = records::read_permits_csv(
      "type,reference,direction,issuing_country,holder_id,holder_name,counterpart_country,valid_from,valid_"
      "to,"
      "hs_code,taxon,cas_number,waste_code,description,quantity,unit,shipments\n"
      "ODS_LICENCE,NL-ODS-22,import,NL,NL1,Atlas Cooling BV,,2026-01-01,2026-06-30,290371,,75-45-6,,HCFC-22,"
      "2.5,ODP_t,\n");
  ASSERT_EQ(read.records.size(), 1u);
  records::put_permit(*store, read.records[0].second, {"ana", ""}, "permits.csv");
  targeting::Engine engine(*store, {});
  targeting::OnlinePolicy policy;
  auto hcfc = [](const std::string& id, const std::string& date, bool licence) {
    nlohmann::json d = declaration(id, "PNH", "290371", "Chlorodifluoromethane (R-22) CAS 75-45-6", "CN");
    d["date"] = date;
    d["items"][0]["net_mass_kg"] = 120;
    d["items"][0]["value"] = 900;
    if (licence)
      d["items"][0]["documents"] =
          nlohmann::json::array({{{"type", "ODS_LICENCE"}, {"reference", "NL-ODS-22"}}});
    return d;
  };
  auto body = targeting::parse_declarations(
      nlohmann::json::array(
          {hcfc("P1", "2026-03-02", true), hcfc("P2", "2026-03-02", false), hcfc("P3", "2026-08-03", true)})
          .dump(),
      BodyFormat::json);
  targeting::lodge(*store, &engine, policy, {"olga", ""}, body, "test");
  auto covered = targeting::latest_assessment(*store, "P1");
  ASSERT_TRUE(covered.has_value());
  EXPECT_LT(risk::parse_lane(covered->assessment["requested_lane"].get<std::string>()).value(),
            risk::Lane::orange)
      << covered->assessment.dump(1);
  bool waived = false;
  for (const auto& f : covered->assessment["findings"])
    if (f["id"] == "OZN-HCFC-001") {
      waived = f["evidence"].value("waived", false);
      EXPECT_NE(f["reason"].get<std::string>().find("covered by ODS licence NL-ODS-22"), std::string::npos)
          << f["reason"];
    } else if (f["id"] == "PERMIT_COVERED") {
      EXPECT_NE(f["reason"].get<std::string>().find("120 kg HCFC-22 = 6.6 ODP kg = 0.0066 ODP t"),
                std::string::npos)
          << f["reason"];
    }
  EXPECT_TRUE(waived) << covered->assessment.dump(1);
  EXPECT_EQ(targeting::latest_assessment(*store, "P2")->assessment["requested_lane"], "red");
  // Lodging draws on the licence at once: P1's 0.0066 ODP t count against the
  // next declaration, whose 45,400 kg (2.497 ODP t) then exceed the 2.5 ODP t quota.
  nlohmann::json big = hcfc("P4", "2026-03-03", true);
  big["items"][0]["net_mass_kg"] = 45400;
  targeting::lodge(*store, &engine, policy, {"olga", ""},
                   targeting::parse_declarations(big.dump(), BodyFormat::json), "test");
  auto p4 = targeting::latest_assessment(*store, "P4");
  EXPECT_EQ(p4->assessment["requested_lane"], "red") << p4->assessment.dump(1);
  bool exceeded = false;
  for (const auto& f : p4->assessment["findings"]) exceeded = exceeded || f["id"] == "PERMIT_QUOTA_EXCEEDED";
  EXPECT_TRUE(exceeded);
  // The licence expired on 30 June: no cover, red.
  EXPECT_EQ(targeting::latest_assessment(*store, "P3")->assessment["requested_lane"], "red");
}

// The permit check is plugged in once the administration has a registry: a
// server's cached engine picks it up when the first permit arrives.
TEST_P(Targeting, TheCachedEngineTakesThePermitCheckWhenTheRegistryStarts) {
  auto store = fresh("permit_engine");
  targeting::EngineCache cache({});
  auto has_check = [&] {
    const auto& s = cache.get(*store).sources();
    return std::find(s.begin(), s.end(), "permit check") != s.end();
  };
  EXPECT_FALSE(has_check());
  auto read = records::read_permits_csv(
      "type,reference,direction,issuing_country,holder_id,holder_name,counterpart_country,valid_from,valid_"
      "to,"
      "hs_code,taxon,cas_number,waste_code,description,quantity,unit,shipments\n"
      "ODS_LICENCE,NL-ODS-1,import,NL,NL1,Atlas Cooling BV,,2026-01-01,2026-12-31,2903,,,,HCFC,100,kg,\n");
  records::put_permit(*store, read.records.at(0).second, {"ana", ""}, "permits.csv");
  EXPECT_TRUE(has_check());
}

// The built-in disguise model stands in on a new store; a server's cached
// engine lets it go once the administration's own trade is stored, whoever
// stored it (custos ingest runs in another process).
TEST_P(Targeting, TheCachedEngineDropsTheBuiltInDisguiseModelWhenOwnTradeArrives) {
  auto store = fresh("builtin_engine");
  targeting::EngineCache cache({});
  auto sources = [&] {
    std::string all;
    for (const auto& s : cache.get(*store).sources()) all += s + ";";
    return all;
  };
  EXPECT_NE(sources().find("built-in disguise model"), std::string::npos) << sources();
  std::vector<Declaration> own;
  for (size_t i = 0; i < risk::kBuiltinDisguiseModelUntil; ++i) {
    Declaration d;
    d.id = "OWN" + std::to_string(i);
    d.date = *Date::parse("2026-03-02");
    d.flow = Flow::import;
    Item it;
    it.item_no = 1;
    it.hs_code = *HsCode::parse("080132");
    it.description = "cashew nuts";
    d.items.push_back(it);
    own.push_back(d);
  }
  // The engine stamp moves with every hundred of the first declarations, so
  // that the built-in model's fit to the trade (risk::BuiltinFit) is judged
  // again as they arrive, from whichever process they come; not in between.
  auto other = fresh("builtin_stamp");
  const std::string empty = targeting::stamps(*other).engine;
  other->put_batch(std::span<const Declaration>(own.data(), 99), "test");
  EXPECT_EQ(targeting::stamps(*other).engine, empty);
  other->put_batch(std::span<const Declaration>(own.data() + 99, 1), "test");
  const std::string hundred = targeting::stamps(*other).engine;
  EXPECT_NE(hundred, empty);
  other->put_batch(std::span<const Declaration>(own.data() + 100, 50), "test");
  EXPECT_EQ(targeting::stamps(*other).engine, hundred);

  store->put_batch(own, "test");
  EXPECT_EQ(sources().find("disguise model"), std::string::npos) << sources();

  // The server asks for its engine once a lodged batch is stored, so that the
  // fit is judged with the batch among the trade (not on the store before it).
  auto lodging = fresh("builtin_lodge");
  nlohmann::json body = nlohmann::json::array();
  for (int i = 0; i < 3; ++i)
    body.push_back(declaration("LG" + std::to_string(i), "PNH", "080132", "cashew nuts", "VN"));
  size_t stored_when_asked = 0;
  targeting::Engine* none = nullptr;
  auto r = targeting::lodge(
      *lodging,
      [&]() {
        for (int i = 0; i < 3; ++i) stored_when_asked += lodging->get("LG" + std::to_string(i)).has_value();
        return none;
      },
      {}, {"sam", ""}, targeting::parse_declarations(body.dump(), BodyFormat::json), "test");
  EXPECT_EQ(stored_when_asked, 3u);
  EXPECT_EQ(r.stored, 3);
  EXPECT_EQ(r.unassessed, 3) << "no engine: left for a worker";
}

// The disguise model learns from the outcomes officers record after lodging
// (outcome events), the latest per declaration, and once trained the engine
// rebuilt for the store's new artifact puts its finding into assessments.
TEST_P(Targeting, TheDisguiseModelLearnsRecordedOutcomesAndTheEngineUsesIt) {
  auto store = fresh("disguise");
  const audit::Actor sup{"sam", "10.0.0.1"};
  nlohmann::json batch = nlohmann::json::array();
  const char* from[] = {"VN", "IN", "BR", "US", "KE"};
  for (int i = 0; i < 200; ++i) {
    nlohmann::json d = declaration("L" + std::to_string(i), "PNH", "080132", "cashew nuts", from[i % 5]);
    d["items"][0]["net_mass_kg"] = 1000 + 37 * i;
    d["items"][0]["value"] = (1000 + 37 * i) * (5 + i % 4);
    batch.push_back(d);
  }
  for (int i = 0; i < 12; ++i) {
    // W11, from Thailand, turns out clean on re-examination (below).
    nlohmann::json d =
        declaration("W" + std::to_string(i), "PNH", "391590", "PET flakes, prime", i == 11 ? "TH" : "MY");
    d["importer_name"] = "Private person";
    d["items"][0]["value"] = 16000 * 0.1;
    batch.push_back(d);
  }
  targeting::lodge(*store, nullptr, {}, sup, targeting::parse_declarations(batch.dump(), BodyFormat::json),
                   "test");
  const std::string data = source_dir() + "/data";
  // No outcome recorded yet: nothing to learn from.
  EXPECT_THROW(targeting::train_disguise(*store, sup, {}, {}, {}, data, {}), risk::DisguiseModelError);
  for (int i = 0; i < 12; ++i)
    targeting::record_outcome(*store, sup, "W" + std::to_string(i), {"seizure", true, "waste", ""});
  // A later clean result on one of them: the latest counts.
  targeting::record_outcome(*store, sup, "W11", {"clean", {}, "", "re-examined: prime PET"});
  // What learning reads (the fraud model too): the latest recorded result over the lodged one.
  std::vector<Declaration> two = {*store->get("W0"), *store->get("W11")};
  targeting::apply_recorded_outcomes(*store, two);
  EXPECT_EQ(two[0].outcome.inspection, InspectionResult::seizure);
  EXPECT_EQ(two[0].outcome.fraud, true);
  EXPECT_EQ(two[0].outcome.illicit_domain, Domain::waste);
  EXPECT_EQ(two[1].outcome.inspection, InspectionResult::clean);
  EXPECT_EQ(two[1].outcome.fraud, false);
  EXPECT_FALSE(two[1].outcome.illicit_domain.has_value());
  auto run = targeting::train_disguise(*store, sup, {}, {}, {}, data, {});
  EXPECT_EQ(run.version, 1);
  EXPECT_EQ(run.stored, 212u);
  EXPECT_EQ(run.stored_lawful, 201u);
  EXPECT_EQ(run.model.report()["positives"]["waste"], 11);
  std::set<std::string> actions;
  for (const auto& e : audit::entries(*store, 0, 1000)) actions.insert(e.action);
  EXPECT_TRUE(actions.contains("model.train_disguise"));

  targeting::Engine engine(*store, {});
  EXPECT_NE(std::find(engine.sources().begin(), engine.sources().end(), "disguise model"),
            engine.sources().end());
  nlohmann::json next = declaration("Q1", "PNH", "391590", "PET flakes, prime", "MY");
  next["importer_name"] = "Private person";
  next["items"][0]["value"] = 16000 * 0.12;
  targeting::lodge(*store, &engine, {}, sup, targeting::parse_declarations(next.dump(), BodyFormat::json),
                   "test");
  auto a = targeting::latest_assessment(*store, "Q1");
  ASSERT_TRUE(a.has_value());
  bool found = false;
  for (const auto& f : a->assessment["findings"])
    if (f["source"] == "model" && f["id"] == "disguise") found = f["domain"] == "waste";
  EXPECT_TRUE(found) << a->assessment.dump();

  // A stored model that does not parse is refused like a broken profile set.
  Artifact broken;
  broken.kind = std::string(risk::kDisguiseModelKind);
  broken.name = std::string(risk::kDisguiseModelName);
  broken.payload = "{";
  store->put_artifact(broken);
  EXPECT_THROW(targeting::Engine(*store, {}), risk::ProfileSetError);
}

CUSTOS_ON_BOTH_BACKENDS(Targeting);

}  // namespace
}  // namespace custos::test
