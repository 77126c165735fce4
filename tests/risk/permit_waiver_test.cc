// Profiles about a missing permit, reconciled with the permit check's
// findings (risk/permit_waiver.hpp). The permit check itself lives in
// records; here its findings are written by hand, as it writes them.
#include <gtest/gtest.h>

#include "records/reject_templates.hpp"
#include "risk/assessor.hpp"
#include "risk/permit_waiver.hpp"
#include "risk/profile_engine.hpp"
#include "risk_fixtures.hpp"

namespace custos::risk {
namespace {

using testing::header;
using testing::load_text;

const std::string kProfile = header("OZN-T",
                                    "min_lane = \"red\"\npermit = [\"ODS_LICENCE\", \"IMPORT_LICENCE\"]\n"
                                    "waived_by_permit = [\"ods_licence\"]\n") +
                             "[profile.when]\nhs = [\"290371\"]\n";

Declaration hcfc(std::vector<std::vector<Document>> docs) {
  Declaration d;
  d.id = "D";
  d.date = *Date::parse("2024-03-01");
  int n = 0;
  for (auto& ds : docs) {
    Item it;
    it.item_no = ++n;
    it.hs_code = *HsCode::parse("290371");
    it.description = "R-22";
    it.net_mass_kg = 120;
    it.documents = ds;
    d.items.push_back(it);
  }
  return d;
}

Finding permit(const std::string& id, const std::string& doc, const std::string& lane,
               std::vector<int> items = {}) {
  Finding f;
  f.source = "permit";
  f.id = id;
  f.weight = lane == "green" ? 0 : lane == "yellow" ? 30 : 60;
  f.reason = id + " on " + doc;
  f.evidence = {{"lane", lane}, {"document", doc}, {"permit", {{"unit", "kg"}}}};
  if (id == "PERMIT_COVERED") {
    f.evidence["mitigating"] = true;
    f.evidence["items"] = items;
    f.evidence["remaining_after"] = 880.0;
  }
  return f;
}

struct Outcome {
  Assessment a;
  const Finding* profile = nullptr;
};

Outcome run(const Declaration& d, std::vector<Finding> from_permit_check) {
  LoadResult r = load_text(kProfile);
  for (const auto& e : r.errors) ADD_FAILURE() << e.str();
  ProfileEngine engine(std::move(r.profiles));
  Assessor assessor(&engine, nullptr);
  assessor.add_source([&](const Declaration&, std::vector<Finding>& out) {
    for (const Finding& f : from_permit_check) out.push_back(f);
  });
  Outcome x{assessor.assess(d), nullptr};
  for (const Finding& f : x.a.findings)
    if (f.source == "profile") x.profile = &f;
  return x;
}

TEST(PermitWaiver, LoaderReadsAndChecksTheField) {
  LoadResult ok = load_text(kProfile);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok.profiles[0].waived_by_permit, std::vector<std::string>{"ODS_LICENCE"});
  LoadResult bad = load_text(header("P", "waived_by_permit = [\"IMPORT_LICENCE\"]\n") +
                             "[profile.when]\nhs = [\"2903\"]\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.errors[0].message.find("not a permit type the registry checks"), std::string::npos)
      << bad.errors[0].str();
  EXPECT_FALSE(load_text(header("P", "waived_by_permit = []\n") + "[profile.when]\nhs = [\"2903\"]\n").ok());
}

TEST(PermitWaiver, CoveredItemsWaiveTheHitWhichStaysVisible) {
  Outcome x =
      run(hcfc({{{"ODS_LICENCE", "L1"}}}), {permit("PERMIT_COVERED", "ODS_LICENCE:L1", "green", {1})});
  ASSERT_NE(x.profile, nullptr);
  EXPECT_EQ(x.a.requested, Lane::green);
  EXPECT_TRUE(x.profile->evidence["waived"].get<bool>());
  EXPECT_EQ(x.profile->evidence["lane"], "green");
  EXPECT_EQ(x.profile->evidence["lane_before_waiver"], "yellow");
  EXPECT_EQ(x.profile->evidence["weight_before_waiver"], 50.0);
  EXPECT_EQ(x.profile->weight, 0);
  EXPECT_EQ(x.profile->evidence["waived_by"][0]["document"], "ODS_LICENCE:L1");
  EXPECT_NE(x.profile->reason.find("covered by ODS licence L1, 880 kg remaining"), std::string::npos)
      << x.profile->reason;
  EXPECT_EQ(x.a.score, 0);
}

TEST(PermitWaiver, WithoutTheCheckOrTheDocumentNothingChanges) {
  // No permit check ran: the document alone earns permit_lane, as before.
  Outcome present = run(hcfc({{{"ODS_LICENCE", "L1"}}}), {});
  EXPECT_EQ(present.a.requested, Lane::yellow);
  EXPECT_FALSE(present.profile->evidence.contains("waived"));
  Outcome none = run(hcfc({{}}), {});
  EXPECT_EQ(none.a.requested, Lane::red);
  // A document of a type the registry does not check keeps permit_lane.
  Outcome other = run(hcfc({{{"IMPORT_LICENCE", "X"}}}), {});
  EXPECT_EQ(other.a.requested, Lane::yellow);
}

TEST(PermitWaiver, ARefusedPermitIsNoCoverAndProblemsKeepTheirLane) {
  for (const char* problem : {"PERMIT_EXPIRED", "PERMIT_QUOTA_EXCEEDED", "PERMIT_UNKNOWN"}) {
    Outcome x = run(hcfc({{{"ODS_LICENCE", "L1"}}}), {permit(problem, "ODS_LICENCE:L1", "orange")});
    EXPECT_EQ(x.a.requested, Lane::red) << problem;
    EXPECT_EQ(x.profile->evidence["lane"], "red");
    EXPECT_EQ(x.profile->evidence["lane_before_permit_check"], "yellow");
    EXPECT_EQ(x.profile->evidence["permit_refused"][0]["problems"][0], problem);
    EXPECT_TRUE(x.profile->evidence["permit_present"].get<bool>());
    EXPECT_NE(x.profile->reason.find("refuses ODS_LICENCE:L1"), std::string::npos);
    EXPECT_EQ(x.a.findings.back().evidence["lane"], "orange");  // the problem itself, untouched
  }
  // Not enough to draw (no quantity in the permit's unit): neither cover nor refusal.
  Outcome q =
      run(hcfc({{{"ODS_LICENCE", "L1"}}}), {permit("PERMIT_QUANTITY_UNKNOWN", "ODS_LICENCE:L1", "yellow")});
  EXPECT_EQ(q.a.requested, Lane::yellow);
  EXPECT_FALSE(q.profile->evidence.contains("permit_refused"));
}

TEST(PermitWaiver, EveryFiredItemMustBeCovered) {
  // Item 2 carries no licence: the hit is not waived and asks for min_lane.
  Outcome x =
      run(hcfc({{{"ODS_LICENCE", "L1"}}, {}}), {permit("PERMIT_COVERED", "ODS_LICENCE:L1", "green", {1})});
  EXPECT_FALSE(x.profile->evidence.contains("waived"));
  EXPECT_EQ(x.a.requested, Lane::red);
  // Both items covered, by two licences.
  Outcome y = run(hcfc({{{"ODS_LICENCE", "L1"}}, {{"ODS_LICENCE", "L2"}}}),
                  {permit("PERMIT_COVERED", "ODS_LICENCE:L1", "green", {1}),
                   permit("PERMIT_COVERED", "ODS_LICENCE:L2", "green", {2})});
  EXPECT_TRUE(y.profile->evidence["waived"].get<bool>());
  EXPECT_EQ(y.profile->evidence["waived_by"].size(), 2u);
  EXPECT_EQ(y.a.requested, Lane::green);
  // A covering finding that does not list the item does not cover it.
  Outcome z =
      run(hcfc({{{"ODS_LICENCE", "L1"}}}), {permit("PERMIT_COVERED", "ODS_LICENCE:L1", "green", {7})});
  EXPECT_FALSE(z.profile->evidence.contains("waived"));
  EXPECT_EQ(z.a.requested, Lane::yellow);
}

// The sentence the permit check adds to the reason reads from the evidence
// with the workbench's English templates (web/src/lib/findings.ts,
// permitSentence), so French and Arabic can say the same.
TEST(PermitWaiver, TheAddedSentenceReadsFromTheEvidence) {
  const auto en = custos::test::english_templates("");
  Outcome y = run(hcfc({{{"ODS_LICENCE", "L1"}}, {{"ODS_LICENCE", "L2"}}}),
                  {permit("PERMIT_COVERED", "ODS_LICENCE:L1", "green", {1}),
                   permit("PERMIT_COVERED", "ODS_LICENCE:L2", "green", {2})});
  ASSERT_TRUE(y.profile->evidence["waived"].get<bool>());
  std::string covers;
  for (const auto& w : y.profile->evidence["waived_by"]) {
    const std::string doc = w["document"];
    char remaining[64];
    std::snprintf(remaining, sizeof remaining, "%.6g", w["remaining_after"].get<double>());
    covers += (covers.empty() ? "" : "; ") +
              custos::test::fill_template(
                  en.at("finding.waiver.cover.remaining"),
                  {{"permit_type", en.at("finding.permit_type." + doc.substr(0, doc.find(':')))},
                   {"reference", doc.substr(doc.find(':') + 1)},
                   {"remaining", remaining},
                   {"unit", w["unit"]}});
  }
  const std::string waiver = custos::test::fill_template(en.at("finding.waiver"), {{"covers", covers}});
  // The goods carry the profile's permit: the document-check sentence comes first.
  std::string docs;
  for (const auto& d : y.profile->evidence["permit_documents"])
    docs += (docs.empty() ? "" : en.at("finding.lawful.or")) + d.get<std::string>();
  const std::string lawful = custos::test::fill_template(en.at("finding.lawful.reason"), {{"docs", docs}});
  EXPECT_TRUE(y.profile->reason.ends_with(" " + lawful + " " + waiver)) << y.profile->reason << "\n"
                                                                        << waiver;
  const std::string check =
      custos::test::fill_template(en.at("finding.lawful.instructions"), {{"docs", docs}});
  EXPECT_TRUE(y.profile->instructions.starts_with(check + " ")) << y.profile->instructions;

  Outcome x = run(hcfc({{{"ODS_LICENCE", "L1"}}}), {permit("PERMIT_EXPIRED", "ODS_LICENCE:L1", "orange")});
  const auto& r = x.profile->evidence["permit_refused"][0];
  const std::string refused = custos::test::fill_template(
      en.at("finding.permit_refused"),
      {{"refused",
        custos::test::fill_template(en.at("permit_check.refused_document"),
                                    {{"document", r["document"]}, {"problems", r["problems"][0]}})}});
  EXPECT_TRUE(x.profile->reason.ends_with(" " + refused)) << x.profile->reason << "\n" << refused;
}

}  // namespace
}  // namespace custos::risk
