#include "ml/history.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "ml/dataset.hpp"
#include "ml/explain.hpp"
#include "ml/features.hpp"
#include "synthetic.hpp"

namespace custos::ml {
namespace {

using test::make_declaration;
using test::synthetic_period;

Date day(int n) { return Date::from_days(18262 + n); }  // 2020-01-01 + n

TEST(TradeHistory, SeesOnlyEarlierDaysAndSmoothsTowardsThePrior) {
  TradeHistory h(10.0);
  auto a = make_declaration("A", day(0), "IMP1", 100, 100, true);
  auto b = make_declaration("B", day(0), "IMP2", 100, 100, false);
  auto c = make_declaration("C", day(1), "IMP1", 100, 100, true);
  for (const auto* d : {&a, &b}) {
    EXPECT_EQ(h.lookup(*d).importer.declarations, 0);
    h.record(*d);
    h.reveal(*d, *d->outcome.fraud, d->date);
  }
  // A same-day neighbour does not see A.
  auto a2 = make_declaration("A2", day(0), "IMP1", 100, 100, false);
  EXPECT_EQ(h.lookup(a2).importer.declarations, 0);
  HistoryFeatures f = h.lookup(c);
  EXPECT_EQ(f.importer.declarations, 1);
  EXPECT_EQ(f.importer.labelled, 1);
  EXPECT_DOUBLE_EQ(f.prior_fraud_rate, 0.5);
  EXPECT_DOUBLE_EQ(f.importer.fraud_rate, (1 + 10 * 0.5) / (1 + 10));
  ASSERT_TRUE(f.usual_unit_value);
  EXPECT_NEAR(*f.usual_unit_value, 1.0, 1e-12);
}

TEST(TradeHistory, ManyDistinctPartiesGrowTheIndexesAndStayExact) {
  // Enough importers to make the key index and the string table grow many times.
  TradeHistory h;
  const int n = 20000;
  for (int i = 0; i < n; ++i) {
    auto d = make_declaration("D" + std::to_string(i), day(i / 500), "IMP" + std::to_string(i % 7000), 100,
                              100, i % 3 == 0);
    h.lookup(d);
    h.record(d);
  }
  // Every importer was seen n / 7000 or n / 7000 + 1 times, all before day 100.
  auto later = make_declaration("L", day(100), "IMP42", 100, 100, false);
  EXPECT_EQ(h.lookup(later).importer.declarations, 3);  // i = 42, 7042, 14042
  auto unseen = make_declaration("U", day(100), "NEVER", 100, 100, false);
  EXPECT_EQ(h.lookup(unseen).importer.declarations, 0);
}

TEST(TradeHistory, ShortAndLongIdsAreTellApartExactly) {
  // Ids up to 15 bytes are packed into integers, longer ones kept as strings:
  // ids on both sides of the boundary, and ids differing only in their last
  // byte or in length, must stay distinct parties.
  TradeHistory h;
  const std::vector<std::string> ids = {"A",
                                        std::string("A\0", 2),
                                        "ABCDEFGHIJKLMNO",
                                        "ABCDEFGHIJKLMNP",
                                        "ABCDEFGHIJKLMNOP",
                                        "ABCDEFGHIJKLMNOQ",
                                        "DE1234567890123456"};
  for (size_t i = 0; i < ids.size(); ++i)
    for (size_t k = 0; k <= i; ++k)
      h.record(make_declaration("D" + std::to_string(i * 10 + k), day(0), ids[i], 1, 1, false));
  for (size_t i = 0; i < ids.size(); ++i)
    EXPECT_EQ(h.lookup(make_declaration("Q", day(1), ids[i], 1, 1, false)).importer.declarations, i + 1) << i;
  EXPECT_EQ(h.lookup(make_declaration("Q", day(1), "ABCDEFGHIJKLMNOR", 1, 1, false)).importer.declarations,
            0);
  EXPECT_EQ(h.lookup(make_declaration("Q", day(1), "B", 1, 1, false)).importer.declarations, 0);
}

TEST(TradeHistory, RefusesRecordsOutOfDateOrder) {
  TradeHistory h;
  h.record(make_declaration("A", day(5), "IMP1", 1, 1, false));
  EXPECT_THROW(h.record(make_declaration("B", day(4), "IMP1", 1, 1, false)), std::logic_error);
}

TEST(TradeHistory, LabelRevealedLaterCountsOnlyFromThen) {
  TradeHistory h;
  auto a = make_declaration("A", day(0), "IMP1", 1, 1, true);
  h.record(a);
  h.reveal(a, true, day(10));
  EXPECT_EQ(h.lookup(make_declaration("B", day(5), "IMP1", 1, 1, false)).importer.labelled, 0);
  EXPECT_EQ(h.lookup(make_declaration("C", day(11), "IMP1", 1, 1, false)).importer.labelled, 1);
}

TEST(TradeHistory, IdenticalConsignmentsAreMatchedAcrossPartiesOnExactFigures) {
  TradeHistory h(10.0);
  // Two importers declare the very same goods, mass and value; a third
  // differs by one unit of value.
  auto a = make_declaration("A", day(0), "IMP1", 5000, 1200, true);
  auto b = make_declaration("B", day(1), "IMP2", 5000, 1200, true);
  auto other = make_declaration("O", day(1), "IMP3", 5001, 1200, false);
  for (const auto* d : {&a, &b, &other}) {
    h.record(*d);
    h.reveal(*d, *d->outcome.fraud, d->date);
  }
  auto again = make_declaration("C", day(2), "IMP9", 5000, 1200, false);
  HistoryFeatures f = h.lookup(again);
  EXPECT_EQ(f.consignment.declarations, 2);
  EXPECT_EQ(f.consignment.labelled, 2);
  EXPECT_EQ(f.consignment.frauds, 2);
  EXPECT_DOUBLE_EQ(f.consignment.fraud_rate, (2 + 10 * (2.0 / 3)) / (2 + 10));
  // On day 1, only A was known; the same-day twin B is not.
  EXPECT_EQ(h.lookup(make_declaration("D", day(1), "IMP9", 5000, 1200, false)).consignment.declarations, 1);
  // Other figures or another HS subheading: no precedent.
  EXPECT_EQ(h.lookup(make_declaration("E", day(2), "IMP9", 5000, 1201, false)).consignment.declarations, 0);
  auto elsewhere = again;
  elsewhere.items[0].hs_code = *HsCode::parse("390120");
  EXPECT_EQ(h.lookup(elsewhere).consignment.declarations, 0);
  // No value: the dimension does not apply.
  auto no_value = again;
  no_value.items[0].value.reset();
  EXPECT_EQ(h.lookup(no_value).consignment.declarations, 0);
}

// The leakage test the issue asks for: relabelling every record dated after
// a declaration leaves that declaration's features bit-for-bit unchanged.
TEST(Features, ChangingLaterLabelsLeavesEarlierFeaturesUnchanged) {
  std::vector<Declaration> ds = synthetic_period(day(0), 60, 20, 7);
  FeatureEncoder enc = FeatureEncoder::fit(ds);
  auto all = [](const Declaration&) { return true; };
  TradeHistory h1;
  FeatureRows before = encode_in_date_order(ds, enc, h1, all);

  const Date cut = day(30);
  std::vector<Declaration> flipped = ds;
  size_t first_after = flipped.size();
  for (size_t i = 0; i < flipped.size(); ++i) {
    if (flipped[i].date < cut) continue;
    first_after = std::min(first_after, i);
    flipped[i].outcome.fraud = !*flipped[i].outcome.fraud;
  }
  ASSERT_LT(first_after, flipped.size());
  TradeHistory h2;
  FeatureRows after = encode_in_date_order(flipped, enc, h2, all);
  // Every declaration dated on or before the cut (the cut day's ones too: their
  // own and same-day labels are not visible to them) keeps its row.
  for (size_t i = 0; i < ds.size() && ds[i].date <= cut; ++i)
    for (size_t c = 0; c < before.cols; ++c) {
      float x = before.row(i)[c], y = after.row(i)[c];
      ASSERT_TRUE((std::isnan(x) && std::isnan(y)) || x == y)
          << "declaration " << ds[i].id << " feature " << enc.features()[c].name;
    }
  // And the rows after the cut do change (the test would be empty otherwise).
  int fr = enc.index_of("importer_fraud_rate");
  bool changed = false;
  for (size_t i = 0; i < ds.size(); ++i)
    if (ds[i].date > cut.plus_days(1) && before.row(i)[fr] != after.row(i)[fr]) changed = true;
  EXPECT_TRUE(changed);
}

TEST(Features, EncoderRoundTripsAndMarksUnseenCodesMissing) {
  std::vector<Declaration> ds = synthetic_period(day(0), 3, 5, 1);
  FeatureEncoder enc = FeatureEncoder::fit(ds);
  FeatureEncoder back = FeatureEncoder::from_json(enc.to_json());
  ASSERT_EQ(back.width(), enc.width());
  Declaration odd = ds[0];
  odd.office = "99";
  std::vector<float> row(enc.width());
  enc.encode(odd, HistoryFeatures{}, row.data());
  EXPECT_TRUE(std::isnan(row[enc.index_of("office")]));
  EXPECT_FALSE(std::isnan(row[enc.index_of("attr:import_type")]));
  EXPECT_THROW(FeatureEncoder::from_json(nlohmann::json{{"version", 9}}), std::runtime_error);
}

TEST(Features, AnEncoderOfVersionOneKeepsItsOwnFeatureList) {
  // Models trained before the identical-consignment history was added store
  // encoder version 1; they must keep scoring rows of their own width.
  std::vector<Declaration> ds = synthetic_period(day(0), 3, 5, 1);
  FeatureEncoder enc = FeatureEncoder::fit(ds);
  ASSERT_EQ(enc.version(), FeatureEncoder::kVersion);
  nlohmann::json old = enc.to_json();
  old["version"] = 1;
  FeatureEncoder v1 = FeatureEncoder::from_json(old);
  EXPECT_EQ(v1.version(), 1);
  EXPECT_EQ(v1.width() + 3, enc.width());
  EXPECT_EQ(v1.index_of("consignment_fraud_rate"), -1);
  EXPECT_EQ(enc.index_of("consignment_fraud_rate"), static_cast<int>(enc.width()) - 1);
  std::vector<float> row(v1.width());
  v1.encode(ds[0], HistoryFeatures{}, row.data());  // throws if the width disagreed
  EXPECT_EQ(FeatureEncoder::from_json(enc.to_json()).width(), enc.width());
}

TEST(Explain, FeaturesStatingOneFactAreOneDriverInWords) {
  std::vector<Declaration> ds = synthetic_period(day(0), 3, 5, 1);
  FeatureEncoder enc = FeatureEncoder::fit(ds);
  Declaration d = make_declaration("Q", day(10), "IMP1", 5000, 1200, std::nullopt);
  HistoryFeatures h;
  h.consignment = KeyHistory{.declarations = 2, .labelled = 2, .frauds = 2, .fraud_rate = 0.35};
  std::vector<float> contrib(enc.width() + 1, 0.0f);  // the last is the bias
  contrib[enc.index_of("consignment_fraud_rate")] = 2.0f;
  contrib[enc.index_of("consignment_declarations")] = 0.5f;
  contrib[enc.index_of("log_value")] = 1.0f;
  Finding f = model_finding({"fraud", 1}, enc, d, h, 0.9, contrib);
  const auto& drivers = f.evidence.at("drivers");
  ASSERT_EQ(drivers.size(), 2u);
  EXPECT_NEAR(drivers[0].at("contribution").get<double>(), 2.5, 1e-6);
  EXPECT_EQ(drivers[0].at("features").size(), 3u);  // declarations, inspections, rate
  EXPECT_EQ(drivers[1].at("feature"), "log_value");
  EXPECT_NE(f.reason.find("identical consignment (HS 390110, 1200 kg, 5000 USD) declared twice before: 2 "
                          "frauds in 2 inspections"),
            std::string::npos)
      << f.reason;
  EXPECT_EQ(f.reason.find("identical consignment", f.reason.find("identical consignment") + 1),
            std::string::npos)
      << "said twice: " << f.reason;
}

}  // namespace
}  // namespace custos::ml
