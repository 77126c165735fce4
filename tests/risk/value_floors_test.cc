// Unit-value floors: the shipped table loads with a source for every row, an
// item priced below the floor of its longest HS prefix is flagged in words,
// other currencies are converted at the table's fixed rate, and a broken
// table is refused with the file, line and field.
#include "risk/value_floors.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "finding_templates.hpp"
#include "source_dir.hpp"

namespace custos::risk {
namespace {

const std::string kData = custos::test::source_dir() + "/data";

constexpr std::string_view kFloors =
    "hs_prefix,goods,floor_per_kg,currency,min_net_mass_kg,domain,weight,lane,below_means,basis,source\n"
    "3901,prime polyethylene,0.45,USD,100,waste,45,yellow,scrap declared as prime polymer,lowest deal "
    "670/t,Report A\n"
    "390761,PET resin,0.50,USD,100,waste,40,orange,PET scrap,lowest deal 700/t,Report B\n"
    "290345,HFC-134a,1.00,USD,20,ozone,45,yellow,another gas,lowest quote 3560/t,Report C\n";
constexpr std::string_view kRates = "currency,usd_per_unit,basis\nEUR,1.08,fixed\nGBP,1.28,fixed\n";

Declaration with_item(const std::string& hs, double kg, double value, const std::string& currency) {
  Declaration d;
  d.id = "D1";
  Item it;
  it.item_no = 1;
  it.hs_code = *HsCode::parse(hs);
  it.description = "goods";
  it.net_mass_kg = kg;
  it.value = value;
  it.currency = currency;
  d.items.push_back(it);
  return d;
}

TEST(ValueFloors, ShippedTableLoadsWithSources) {
  std::string floors = default_value_floors_path(kData), rates = default_currency_rates_path(kData);
  ASSERT_TRUE(std::filesystem::exists(floors)) << floors;
  ValueFloors t = ValueFloors::load(floors, rates);
  EXPECT_GE(t.size(), 10u);
  for (const char* hs : {"390110", "390230", "390410", "390761", "392010", "392321", "290345", "382765",
                         "290371", "740311", "760110"}) {
    const ValueFloor* f = t.find(*HsCode::parse(hs));
    ASSERT_NE(f, nullptr) << hs << " has no floor";
    EXPECT_FALSE(f->source.empty()) << hs;
    EXPECT_FALSE(f->basis.empty()) << hs;
    EXPECT_GT(f->floor_per_kg, 0) << hs;
  }
  EXPECT_EQ(t.find(*HsCode::parse("391590")), nullptr) << "scrap itself has no floor";
  ASSERT_TRUE(t.rate("EUR"));
  EXPECT_NEAR(*t.rate("EUR"), 1.08, 0.05);
}

TEST(ValueFloors, LongestPrefixWins) {
  ValueFloors t = ValueFloors::parse(kFloors, kRates);
  EXPECT_EQ(t.find(*HsCode::parse("39076100"))->floor_per_kg, 0.50);
  EXPECT_EQ(t.find(*HsCode::parse("390110"))->floor_per_kg, 0.45);
  EXPECT_EQ(t.find(*HsCode::parse("3902")), nullptr);
}

TEST(ValueFloors, BelowTheFloorIsExplainedInWords) {
  ValueFloors t = ValueFloors::parse(kFloors, kRates);
  std::vector<Finding> out;
  t.assess(with_item("390110", 24000, 2880, "USD"), out);  // 0.12 USD/kg
  ASSERT_EQ(out.size(), 1u);
  const Finding& f = out[0];
  EXPECT_EQ(f.id, "BELOW_VALUE_FLOOR");
  EXPECT_EQ(f.source, "indicator");
  EXPECT_EQ(f.domain, Domain::waste);
  EXPECT_EQ(f.weight, 45);
  EXPECT_EQ(f.evidence["lane"], "yellow");
  EXPECT_NE(f.reason.find("0.12 USD/kg"), std::string::npos) << f.reason;
  EXPECT_NE(f.reason.find("prime polyethylene trade above 0.45 USD/kg"), std::string::npos) << f.reason;
  EXPECT_NE(f.reason.find("Report A"), std::string::npos) << f.reason;
  EXPECT_NE(f.reason.find("scrap declared as prime polymer"), std::string::npos) << f.reason;
  EXPECT_EQ(f.evidence["reference"]["floor_per_kg"], 0.45);

  out.clear();
  t.assess(with_item("390110", 24000, 24000, "USD"), out);  // 1.00 USD/kg: a polymer price
  EXPECT_TRUE(out.empty());
}

using custos::test::fill;
using custos::test::rounded;
std::string english_template(const std::string& part) {
  return custos::test::english_template("BELOW_VALUE_FLOOR", part);
}

TEST(ValueFloors, TheReasonReadsFromTheEvidence) {
  ValueFloors t = ValueFloors::parse(kFloors, kRates);
  std::vector<Finding> out;
  t.assess(with_item("390110", 24000, 2880, "USD"), out);
  t.assess(with_item("390110", 10000, 4000, "EUR"), out);
  ASSERT_EQ(out.size(), 2u);
  for (const Finding& f : out) {
    const auto& fields = f.evidence["fields"];
    const auto& ref = f.evidence["reference"];
    const std::string currency = fields["currency"], floor_currency = ref["floor_currency"];
    const bool same = currency == floor_currency;
    const std::string price =
        fill(english_template(same ? "price" : "price.converted"),
             {{"value", rounded(fields["unit_value_per_kg"].get<double>())},
              {"currency", currency},
              {"converted", rounded(ref["unit_value_per_kg_in_floor_currency"].get<double>())},
              {"floor_currency", floor_currency}});
    const std::string reason =
        fill(english_template("reason"), {{"item", std::to_string(fields["item"].get<int>())},
                                          {"hs", fields["hs"]},
                                          {"price", price},
                                          {"goods", ref["goods"]},
                                          {"floor", rounded(ref["floor_per_kg"].get<double>())},
                                          {"floor_currency", floor_currency},
                                          {"basis", ref["basis"]},
                                          {"source", ref["source"]},
                                          {"below_means", ref["below_means"]}});
    EXPECT_EQ(reason, f.reason);
  }
}

TEST(ValueFloors, OtherCurrenciesAreConvertedAtTheFixedRate) {
  ValueFloors t = ValueFloors::parse(kFloors, kRates);
  std::vector<Finding> out;
  // 0.40 EUR/kg = 0.432 USD/kg: below 0.45.
  t.assess(with_item("390110", 10000, 4000, "EUR"), out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_NE(out[0].reason.find("0.40 EUR/kg (0.43 USD/kg at a fixed rate)"), std::string::npos)
      << out[0].reason;
  EXPECT_EQ(out[0].evidence["reference"]["rate"], 1.08);
  out.clear();
  // 0.43 EUR/kg = 0.464 USD/kg: above.
  t.assess(with_item("390110", 10000, 4300, "EUR"), out);
  EXPECT_TRUE(out.empty());
  // A currency the rates table lacks is not compared (no guess).
  t.assess(with_item("390110", 10000, 10, "TRY"), out);
  EXPECT_TRUE(out.empty());
}

TEST(ValueFloors, SamplesAndMissingValuesAreNotCompared) {
  ValueFloors t = ValueFloors::parse(kFloors, kRates);
  std::vector<Finding> out;
  t.assess(with_item("390110", 50, 1, "USD"), out);  // below the 100 kg minimum
  t.assess(with_item("390110", 24000, 0, "USD"), out);
  Declaration d = with_item("390110", 24000, 1, "USD");
  d.items[0].value.reset();
  t.assess(d, out);
  EXPECT_TRUE(out.empty());
}

TEST(ValueFloors, BrokenTablesNameFileLineAndField) {
  auto error_of = [](std::string_view floors, std::string_view rates) -> std::string {
    try {
      ValueFloors::parse(floors, rates, "f.csv", "r.csv");
    } catch (const ValueFloorError& e) {
      return e.what();
    }
    return "";
  };
  std::string header =
      "hs_prefix,goods,floor_per_kg,currency,min_net_mass_kg,domain,weight,lane,below_means,basis,source\n";
  EXPECT_EQ(error_of(header + "39A1,x,1,USD,0,waste,40,yellow,a,b,c\n", kRates),
            "f.csv:2: hs_prefix: '39A1' is not an HS prefix of 4 to 10 digits");
  EXPECT_EQ(error_of(header + "3901,x,cheap,USD,0,waste,40,yellow,a,b,c\n", kRates),
            "f.csv:2: floor_per_kg: 'cheap' is not a number");
  EXPECT_EQ(error_of(header + "3901,x,1,USD,0,wast,40,yellow,a,b,c\n", kRates),
            "f.csv:2: domain: 'wast' is not a domain (waste, ozone, cultural, ...)");
  EXPECT_EQ(error_of(header + "3901,x,1,EUR,0,waste,40,yellow,a,b,c\n", kRates),
            "f.csv:2: currency: 'EUR': floors are in USD, the currency the rates table converts to");
  EXPECT_EQ(error_of(header + "3901,x,1,USD,0,waste,40,yellow,a,b,\n", kRates),
            "f.csv:2: source: empty; a value is required");
  EXPECT_EQ(error_of(header + "3901,x,1,USD,0,waste,40,yellow,a,b,c\n3901,y,2,USD,0,waste,40,yellow,a,b,c\n",
                     kRates),
            "f.csv:3: hs_prefix: '3901' is given twice (first at line 2)");
  EXPECT_EQ(error_of("hs_prefix,goods\n", kRates),
            "f.csv:1: floor_per_kg: missing column 'floor_per_kg' in the header");
  EXPECT_EQ(error_of(kFloors, "currency,usd_per_unit\nXYZ,1\n"),
            "r.csv:2: currency: 'XYZ' is not an ISO 4217 code");
  EXPECT_EQ(error_of(kFloors, "currency,usd_per_unit\nEUR,-1\n"),
            "r.csv:2: usd_per_unit: '-1' must be greater than 0");
  EXPECT_EQ(error_of(header + "3901,x,1,USD\n", kRates), "f.csv:2: (row): 4 fields, the header has 11");
  // A column named twice is refused at the header: which of the two holds
  // the value would be a guess (found by fuzz_value_floors: the row width was
  // checked against the distinct names, and a short row was read past its end).
  EXPECT_EQ(error_of("hs_prefix,goods,basis,basis\n3901,x,a\n", kRates),
            "f.csv:1: basis: column 'basis' is named twice in the header");
}

}  // namespace
}  // namespace custos::risk
