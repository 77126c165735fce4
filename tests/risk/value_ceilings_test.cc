// Unit-value ceilings: the shipped table loads with a basis and a source for
// every row, an item priced above the ceiling of its longest HS prefix (per kg
// from the row's minimum mass, or per piece when its quantity counts pieces)
// is flagged in words that the workbench's templates reproduce from the
// evidence, other currencies are converted at the fixed rate, and a broken
// table is refused with the file, line and field.
#include "risk/value_ceilings.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "finding_templates.hpp"
#include "source_dir.hpp"

namespace custos::risk {
namespace {

const std::string kData = custos::test::source_dir() + "/data";

constexpr std::string_view kCeilings =
    "hs_prefix,goods,ceiling_per_kg,ceiling_per_unit,currency,min_net_mass_kg,domain,weight,lane,above_means,"
    "basis,source\n"
    "8306,base-metal ornaments,400,1000,USD,0.5,cultural,40,yellow,an antiquity,souvenirs 5-150 "
    "USD/kg,Listings A\n"
    "830629,bronze ornaments,300,,USD,0.5,cultural,45,orange,an antiquity declared as an ornament,"
    "souvenirs 5-150 USD/kg,Listings B\n"
    "900590,binocular parts,,500,USD,0,strategic,40,yellow,a thermal core,eyepieces 2-300 USD,Listings C\n";
constexpr std::string_view kRates = "currency,usd_per_unit,basis\nEUR,1.08,fixed\nGBP,1.28,fixed\n";

Declaration with_item(const std::string& hs, double kg, double value, const std::string& currency,
                      std::optional<double> quantity = std::nullopt, std::string unit = "") {
  Declaration d;
  d.id = "D1";
  Item it;
  it.item_no = 1;
  it.hs_code = *HsCode::parse(hs);
  it.description = "goods";
  it.net_mass_kg = kg;
  it.value = value;
  it.currency = currency;
  it.quantity = quantity;
  it.quantity_unit = std::move(unit);
  d.items.push_back(it);
  return d;
}

TEST(ValueCeilings, ShippedTableLoadsWithSources) {
  std::string ceilings = default_value_ceilings_path(kData), rates = default_currency_rates_path(kData);
  ASSERT_TRUE(std::filesystem::exists(ceilings)) << ceilings;
  ValueCeilings t = ValueCeilings::load(ceilings, rates);
  EXPECT_GE(t.size(), 15u);
  for (const char* hs : {"691310", "691390", "830629", "711719", "491191", "853630", "900590", "060290",
                         "060313", "960190", "284700", "310430"}) {
    const ValueCeiling* c = t.find(*HsCode::parse(hs));
    ASSERT_NE(c, nullptr) << hs << " has no ceiling";
    EXPECT_FALSE(c->source.empty()) << hs;
    EXPECT_FALSE(c->basis.empty()) << hs;
    EXPECT_FALSE(c->above_means.empty()) << hs;
    EXPECT_TRUE(c->ceiling_per_kg || c->ceiling_per_unit) << hs;
  }
  // Works of art and antiques have no ceiling: a high price is their nature.
  for (const char* hs : {"970191", "970300", "970610"}) EXPECT_EQ(t.find(*HsCode::parse(hs)), nullptr) << hs;
}

TEST(ValueCeilings, LongestPrefixWins) {
  ValueCeilings t = ValueCeilings::parse(kCeilings, kRates);
  EXPECT_EQ(*t.find(*HsCode::parse("83062900"))->ceiling_per_kg, 300);
  EXPECT_FALSE(t.find(*HsCode::parse("830629"))->ceiling_per_unit);
  EXPECT_EQ(*t.find(*HsCode::parse("830621"))->ceiling_per_unit, 1000);
  EXPECT_EQ(t.find(*HsCode::parse("8307")), nullptr);
}

TEST(ValueCeilings, AbovePerKgIsExplainedInWords) {
  ValueCeilings t = ValueCeilings::parse(kCeilings, kRates);
  std::vector<Finding> out;
  t.assess(with_item("830629", 1.2, 9500, "USD", 1), out);  // 7,917 USD/kg: a Bronze Age figure's price
  ASSERT_EQ(out.size(), 1u);
  const Finding& f = out[0];
  EXPECT_EQ(f.id, "ABOVE_VALUE_CEILING");
  EXPECT_EQ(f.source, "indicator");
  EXPECT_EQ(f.domain, Domain::cultural);
  EXPECT_EQ(f.weight, 45);
  EXPECT_EQ(f.evidence["lane"], "orange");
  EXPECT_EQ(f.evidence["reference"]["measure"], "per_kg");
  EXPECT_NE(f.reason.find("7917 USD/kg"), std::string::npos) << f.reason;
  EXPECT_NE(f.reason.find("bronze ornaments sell below 300 USD/kg"), std::string::npos) << f.reason;
  EXPECT_NE(f.reason.find("Listings B"), std::string::npos) << f.reason;
  EXPECT_NE(f.reason.find("an antiquity declared as an ornament"), std::string::npos) << f.reason;

  out.clear();
  t.assess(with_item("830629", 40, 3200, "USD", 200), out);  // 80 USD/kg, 16 a piece: souvenirs
  EXPECT_TRUE(out.empty());
}

TEST(ValueCeilings, AbovePerPieceWhenTheQuantityCountsPieces) {
  ValueCeilings t = ValueCeilings::parse(kCeilings, kRates);
  std::vector<Finding> out;
  // 30 thermal cores at 3,200 EUR each declared as binocular parts.
  t.assess(with_item("900590", 9, 96000, "EUR", 30, "u"), out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].evidence["reference"]["measure"], "per_unit");
  EXPECT_EQ(out[0].evidence["fields"]["value_per_unit"], 3200);
  EXPECT_NE(out[0].reason.find("3200 EUR a piece (3456 USD a piece at a fixed rate)"), std::string::npos)
      << out[0].reason;
  EXPECT_NE(out[0].reason.find("binocular parts sell below 500 USD a piece"), std::string::npos)
      << out[0].reason;
  out.clear();
  t.assess(with_item("900590", 9, 96000, "EUR", 30, "pcs"), out);
  t.assess(with_item("900590", 9, 96000, "EUR", 30), out);  // no unit: a count of pieces
  EXPECT_EQ(out.size(), 2u);
  out.clear();
  // A quantity in kg or litres is not a count of pieces.
  t.assess(with_item("900590", 9, 96000, "EUR", 9, "kg"), out);
  // 1,450 eyepieces at 53 USD each.
  t.assess(with_item("900590", 145, 77000, "USD", 1450, "u"), out);
  EXPECT_TRUE(out.empty());
}

TEST(ValueCeilings, LightItemsAreNotComparedPerKg) {
  ValueCeilings t = ValueCeilings::parse(kCeilings, kRates);
  std::vector<Finding> out;
  // A 100 g brass pendant at 60 USD is 600 USD/kg honestly: under the 0.5 kg minimum.
  t.assess(with_item("830621", 0.1, 60, "USD", 1), out);
  EXPECT_TRUE(out.empty());
  // The per-piece ceiling still applies to a light item.
  t.assess(with_item("830621", 0.1, 1800, "USD", 1), out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].evidence["reference"]["measure"], "per_unit");
}

TEST(ValueCeilings, OtherCurrenciesAreConvertedAndUnknownOnesNotCompared) {
  ValueCeilings t = ValueCeilings::parse(kCeilings, kRates);
  std::vector<Finding> out;
  t.assess(with_item("830629", 10, 2900, "EUR"), out);  // 290 EUR/kg = 313 USD/kg: above 300
  ASSERT_EQ(out.size(), 1u);
  EXPECT_NE(out[0].reason.find("290 EUR/kg (313 USD/kg at a fixed rate)"), std::string::npos)
      << out[0].reason;
  out.clear();
  t.assess(with_item("830629", 10, 2700, "EUR"), out);     // 292 USD/kg: below
  t.assess(with_item("830629", 10, 9000000, "TRY"), out);  // no rate: no guess
  Declaration d = with_item("830629", 10, 9000, "USD");
  d.items[0].value.reset();
  t.assess(d, out);
  EXPECT_TRUE(out.empty());
}

using custos::test::fill;
using custos::test::rounded;
std::string english_template(const std::string& part) {
  return custos::test::english_template("ABOVE_VALUE_CEILING", part);
}

TEST(ValueCeilings, TheReasonReadsFromTheEvidence) {
  ValueCeilings t = ValueCeilings::parse(kCeilings, kRates);
  std::vector<Finding> out;
  t.assess(with_item("830629", 1.2, 9500, "USD", 1), out);
  t.assess(with_item("830629", 10, 2900, "EUR"), out);
  t.assess(with_item("900590", 9, 96000, "EUR", 30, "u"), out);
  t.assess(with_item("900590", 9, 96000, "USD", 30, "u"), out);
  ASSERT_EQ(out.size(), 4u);
  for (const Finding& f : out) {
    const auto& fields = f.evidence["fields"];
    const auto& ref = f.evidence["reference"];
    const std::string measure = ref["measure"], currency = fields["currency"],
                      ceiling_currency = ref["ceiling_currency"];
    const bool same = currency == ceiling_currency;
    const double declared = measure == "per_kg" ? fields["unit_value_per_kg"].get<double>()
                                                : fields["value_per_unit"].get<double>();
    const std::string price = fill(english_template("price." + measure + (same ? "" : ".converted")),
                                   {{"value", rounded(declared)},
                                    {"currency", currency},
                                    {"converted", rounded(ref["declared_in_ceiling_currency"].get<double>())},
                                    {"ceiling_currency", ceiling_currency}});
    const std::string ceiling =
        fill(english_template("ceiling." + measure),
             {{"ceiling", rounded(ref["ceiling"].get<double>())}, {"ceiling_currency", ceiling_currency}});
    const std::string reason =
        fill(english_template("reason"), {{"item", std::to_string(fields["item"].get<int>())},
                                          {"hs", fields["hs"]},
                                          {"price", price},
                                          {"goods", ref["goods"]},
                                          {"ceiling", ceiling},
                                          {"basis", ref["basis"]},
                                          {"source", ref["source"]},
                                          {"above_means", ref["above_means"]}});
    EXPECT_EQ(reason, f.reason);
  }
}

TEST(ValueCeilings, BrokenTablesNameFileLineAndField) {
  auto error_of = [](std::string_view ceilings, std::string_view rates) -> std::string {
    try {
      ValueCeilings::parse(ceilings, rates, "c.csv", "r.csv");
    } catch (const ValueFloorError& e) {
      return e.what();
    }
    return "";
  };
  std::string header =
      "hs_prefix,goods,ceiling_per_kg,ceiling_per_unit,currency,min_net_mass_kg,domain,weight,lane,above_"
      "means,"
      "basis,source\n";
  EXPECT_EQ(error_of(header + "83A6,x,1,,USD,0,cultural,40,yellow,a,b,c\n", kRates),
            "c.csv:2: hs_prefix: '83A6' is not an HS prefix of 4 to 10 digits");
  EXPECT_EQ(error_of(header + "8306,x,dear,,USD,0,cultural,40,yellow,a,b,c\n", kRates),
            "c.csv:2: ceiling_per_kg: 'dear' is not a number");
  EXPECT_EQ(error_of(header + "8306,x,,,USD,0,cultural,40,yellow,a,b,c\n", kRates),
            "c.csv:2: ceiling_per_kg: empty, and so is ceiling_per_unit; a row needs at least one ceiling");
  EXPECT_EQ(error_of(header + "8306,x,,0,USD,0,cultural,40,yellow,a,b,c\n", kRates),
            "c.csv:2: ceiling_per_unit: '0' must be greater than 0");
  EXPECT_EQ(error_of(header + "8306,x,1,,EUR,0,cultural,40,yellow,a,b,c\n", kRates),
            "c.csv:2: currency: 'EUR': ceilings are in USD, the currency the rates table converts to");
  EXPECT_EQ(error_of(header + "8306,x,1,,USD,0,cultura,40,yellow,a,b,c\n", kRates),
            "c.csv:2: domain: 'cultura' is not a domain (waste, ozone, cultural, ...)");
  EXPECT_EQ(error_of(header + "8306,x,1,,USD,0,cultural,40,amber,a,b,c\n", kRates),
            "c.csv:2: lane: 'amber' is not a lane (green, blue, yellow, orange, red)");
  EXPECT_EQ(error_of(header + "8306,x,1,,USD,0,cultural,40,yellow,,b,c\n", kRates),
            "c.csv:2: above_means: empty; a value is required");
  EXPECT_EQ(
      error_of(
          header + "8306,x,1,,USD,0,cultural,40,yellow,a,b,c\n8306,y,2,,USD,0,cultural,40,yellow,a,b,c\n",
          kRates),
      "c.csv:3: hs_prefix: '8306' is given twice (first at line 2)");
  EXPECT_EQ(error_of("hs_prefix,goods,ceiling_per_kg\n", kRates),
            "c.csv:1: ceiling_per_unit: missing column 'ceiling_per_unit' in the header");
  EXPECT_EQ(error_of(kCeilings, "currency,usd_per_unit\nXYZ,1\n"),
            "r.csv:2: currency: 'XYZ' is not an ISO 4217 code");
}

TEST(ValueCeilings, CountsPieces) {
  for (const char* u : {"", "u", "pcs", "PCS", "NAR", "pieces", "units"}) EXPECT_TRUE(counts_pieces(u)) << u;
  for (const char* u : {"kg", "l", "m3", "m2", "t", "g"}) EXPECT_FALSE(counts_pieces(u)) << u;
}

}  // namespace
}  // namespace custos::risk
