#include <gtest/gtest.h>

#include "risk/indicators.hpp"

namespace custos::risk {
namespace {

Declaration item_decl(int n, const std::string& importer, double value, double kg, const char* dep = "CN") {
  Declaration d;
  d.id = "H" + std::to_string(n);
  d.flow = Flow::import;
  d.date = Date::from_days(20000 + n);
  d.importer.id = importer;
  d.departure_country = *Country::parse(dep);
  Item it;
  it.item_no = 1;
  it.hs_code = *HsCode::parse("391510");
  it.origin = *Country::parse("CN");
  it.value = value;
  it.net_mass_kg = kg;
  it.currency = "USD";
  d.items.push_back(it);
  return d;
}

const Finding* find(const std::vector<Finding>& v, const std::string& id) {
  for (const Finding& f : v)
    if (f.id == id) return &f;
  return nullptr;
}

TEST(Indicators, UndervaluationAgainstRobustReferenceWithMinimumHistory) {
  IndicatorOptions o;
  o.min_history = 30;
  IndicatorModel m(o);
  std::vector<Finding> out;
  // Too little history: nothing, however low the value.
  for (int i = 0; i < 29; ++i) m.learn(item_decl(i, "I" + std::to_string(i % 5), 1000 + 10 * (i % 7), 1000));
  m.assess(item_decl(100, "I1", 10, 1000), out);
  EXPECT_EQ(find(out, "UNDERVALUATION"), nullptr);
  m.learn(item_decl(29, "I1", 1000, 1000));
  out.clear();
  m.assess(item_decl(101, "I1", 10, 1000), out);  // 0.01 /kg against ~1 /kg
  const Finding* f = find(out, "UNDERVALUATION");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->evidence["reference"]["observations"], 30);
  EXPECT_NEAR(f->evidence["reference"]["median_unit_value_per_kg"].get<double>(), 1.02, 0.03);
  EXPECT_NE(f->reason.find("below"), std::string::npos);
  out.clear();
  m.assess(item_decl(102, "I1", 1010, 1000), out);
  EXPECT_EQ(find(out, "UNDERVALUATION"), nullptr);
  EXPECT_EQ(find(out, "OVERVALUATION"), nullptr);
}

TEST(Indicators, FirstTimeTraderChapterAndRoute) {
  IndicatorOptions o;
  o.min_history = 10;
  IndicatorModel m(o);
  for (int i = 0; i < 10; ++i) m.learn(item_decl(i, "KNOWN", 1000, 1000));
  std::vector<Finding> out;
  m.assess(item_decl(50, "NEWCO", 1000, 1000), out);
  EXPECT_NE(find(out, "FIRST_TIME_TRADER"), nullptr);
  EXPECT_EQ(find(out, "NEW_ROUTE"), nullptr);
  out.clear();
  m.assess(item_decl(51, "KNOWN", 1000, 1000, "NG"), out);
  EXPECT_EQ(find(out, "FIRST_TIME_TRADER"), nullptr);
  const Finding* r = find(out, "NEW_ROUTE");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->evidence["fields"]["country"], "NG");
  Declaration other = item_decl(52, "KNOWN", 1000, 1000);
  other.items[0].hs_code = *HsCode::parse("010620");
  out.clear();
  m.assess(other, out);
  EXPECT_NE(find(out, "FIRST_TIME_TRADER_CHAPTER"), nullptr);
}

}  // namespace
}  // namespace custos::risk
