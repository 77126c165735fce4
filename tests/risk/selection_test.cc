#include <gtest/gtest.h>

#include <set>

#include "risk/override.hpp"
#include "risk/selection.hpp"

namespace custos::risk {
namespace {

Assessment make(const std::string& id, const std::string& day, const std::string& office, Lane lane,
                double weight, const std::string& profile = "P") {
  Assessment a;
  a.declaration_id = id;
  a.date = *Date::parse(day);
  a.office = office;
  if (lane != Lane::green) {
    Finding f;
    f.source = "profile";
    f.id = profile;
    f.weight = weight;
    f.evidence["lane"] = std::string(to_string(lane));
    a.findings.push_back(f);
  }
  settle(a);
  return a;
}

int count(const std::vector<Assessment>& v, Lane lane, const std::string& by = "") {
  int n = 0;
  for (const Assessment& a : v)
    if (a.lane == lane && (by.empty() || a.selected_by == by)) ++n;
  return n;
}

TEST(Selection, CapacityIsRespectedExactlyAndOverflowFallsToTheNextLane) {
  std::vector<Assessment> v;
  for (int i = 0; i < 100; ++i)
    v.push_back(
        make("D" + std::to_string(100 + i), "2025-01-01", "O1", i < 10 ? Lane::red : Lane::green, 10 + i));
  SelectionPolicy p;
  p.capacity = parse_capacity("red=3%,orange=4");
  Selector(p).select(v);
  EXPECT_EQ(count(v, Lane::red), 3);     // floor(3% of 100)
  EXPECT_EQ(count(v, Lane::orange), 4);  // count
  EXPECT_EQ(count(v, Lane::yellow), 3);  // unlimited
  // The highest scores keep red.
  for (const Assessment& a : v) {
    if (a.lane == Lane::red) {
      EXPECT_GE(a.score, 17.0);
    }
  }
}

TEST(Selection, CapacityIsPerDayAndOffice) {
  std::vector<Assessment> v;
  for (const char* day : {"2025-01-01", "2025-01-02"})
    for (const char* office : {"A", "B"})
      for (int i = 0; i < 5; ++i)
        v.push_back(make(std::string(day) + office + std::to_string(i), day, office, Lane::red, 50));
  SelectionPolicy p;
  p.capacity = parse_capacity("red=2");
  Selector(p).select(v);
  EXPECT_EQ(count(v, Lane::red), 8);
  EXPECT_EQ(count(v, Lane::orange), 12);
}

TEST(Selection, RandomFloorIsExactAndReproducible) {
  auto run = [](uint64_t seed) {
    std::vector<Assessment> v;
    for (int d = 1; d <= 10; ++d)
      for (int i = 0; i < 33; ++i) {
        std::string day = "2025-01-" + std::string(d < 10 ? "0" : "") + std::to_string(d);
        v.push_back(make(day + "-" + std::to_string(i), day, "O1", i == 0 ? Lane::red : Lane::green, 50));
      }
    SelectionPolicy p;
    p.random_share = 0.05;
    p.random_lane = Lane::orange;
    p.seed = seed;
    Selector(p).select(v);
    std::set<std::string> picked;
    for (const Assessment& a : v)
      if (a.selected_by == "random") picked.insert(a.declaration_id);
    return picked;
  };
  auto a = run(42), b = run(42), c = run(43);
  EXPECT_EQ(a.size(), 16u);  // floor(0.05 * 330 = 16.5), carried day to day
  EXPECT_EQ(a, b);
  EXPECT_NE(a, c);
}

TEST(Selection, RandomPicksOnlyDeclarationsNotAlreadySelected) {
  std::vector<Assessment> v;
  for (int i = 0; i < 20; ++i)
    v.push_back(make("D" + std::to_string(i), "2025-01-01", "O", i < 18 ? Lane::red : Lane::green, 50));
  SelectionPolicy p;
  p.random_share = 0.5;  // 10 wanted, only 2 green left
  Selector(p).select(v);
  EXPECT_EQ(count(v, Lane::red, "random"), 2);
  EXPECT_EQ(count(v, Lane::red, "profile"), 18);
}

TEST(Selection, ProfileStarvedByCapacityIsForcedAfterMaxHits) {
  SelectionPolicy p;
  p.capacity = parse_capacity("red=1,orange=0,yellow=0");
  p.max_hits_without_selection = 2;
  Selector sel(p);
  std::vector<std::string> weak_lane;
  for (int d = 1; d <= 4; ++d) {
    std::string day = "2025-01-0" + std::to_string(d);
    std::vector<Assessment> v{make("A" + std::to_string(d), day, "O", Lane::red, 90, "STRONG"),
                              make("B" + std::to_string(d), day, "O", Lane::red, 10, "WEAK")};
    sel.select(v);
    EXPECT_EQ(count(v, Lane::red), 1);  // capacity still holds
    weak_lane.push_back(std::string(to_string(v[1].lane)));
  }
  EXPECT_EQ(weak_lane, (std::vector<std::string>{"green", "green", "red", "green"}));
}

TEST(Selection, CapacityParserRefusesNonsense) {
  EXPECT_THROW(parse_capacity("purple=3"), std::invalid_argument);
  EXPECT_THROW(parse_capacity("red=abc"), std::invalid_argument);
  EXPECT_THROW(parse_capacity("red=150%"), std::invalid_argument);
  EXPECT_THROW(parse_capacity("green=3"), std::invalid_argument);
}

TEST(Override, WithoutReasonIsRefused) {
  LaneOverride o{"D1", Lane::green, "officer-7", "   ", ""};
  EXPECT_THROW(to_event(o), std::invalid_argument);
  o.reason = "Known exporter, permit verified by phone with CITES authority";
  o.officer = "";
  EXPECT_THROW(to_event(o), std::invalid_argument);
  o.officer = "officer-7";
  Event e = to_event(o);
  auto back = override_from_event(e);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->reason, o.reason);
  Assessment a = make("D1", "2025-01-01", "O", Lane::red, 50);
  apply_override(a, *back);
  EXPECT_EQ(a.lane, Lane::green);
  EXPECT_EQ(a.selected_by, "override");
  EXPECT_EQ(a.selection["override"]["officer"], "officer-7");
}

TEST(Assessment, ScoreCombinesAsNoisyOrAndLaneIsTheHighestAsked) {
  Assessment a;
  Finding f1, f2;
  f1.weight = 50;
  f1.evidence["lane"] = "yellow";
  f2.weight = 50;
  f2.evidence["lane"] = "orange";
  a.findings = {f1, f2};
  settle(a);
  EXPECT_DOUBLE_EQ(a.score, 75.0);
  EXPECT_EQ(a.requested, Lane::orange);
  Finding model;
  model.source = "model";
  model.weight = 85;  // no lane: from weight
  EXPECT_EQ(lane_of(model), Lane::red);
}

}  // namespace
}  // namespace custos::risk
