#include <gtest/gtest.h>

#include "records/seizure_reader.hpp"
#include "records/seizure_store.hpp"
#include "report/operation_report.hpp"
#include "store_backends.hpp"

namespace custos::report {
namespace {

const std::string kSeizures =
    "seizure_id,date,country,domain,commodity,substance,waste_code,taxon,quantities,detection,departure_"
    "country,"
    "transit_countries,destination_country,operation\n"
    "W-1,2024-03-10,FR,waste,plastic scrap,,B3011,,2 t|14 pcs~,profile,FR,,MY,DEMETER X\n"
    "W-2,2024-03,NL,waste,e-waste,,A1180,,500 g|3 l|120 pcs,random,NL,SG?,NG,DEMETER X\n"
    "O-1,2024-03-20,FR,ozone,,HFC-134a,,,10 kg|5 pcs,tip-off,CN,,FR,DEMETER X\n"
    "O-2,2024-03-21,BE,ozone,,R-22,,,1.5 t,scanner,IN,,BE,\n"
    "L-1,2024-03-22,FR,wildlife,,,,Python regius,12 pcs|2 m3,dog,ZA,,FR,DEMETER X\n"
    "X-1,2024-05-01,FR,waste,,,,,99 t,profile,FR,,MY,DEMETER X\n"
    "X-2,2023,FR,waste,,,,,7 t,profile,FR,,MY,DEMETER X\n";

class ReportTest : public test::BackendTest {
 protected:
  void SetUp() override {
    test::BackendTest::SetUp();
    if (IsSkipped()) return;
    store_ = fresh("report");
    auto r = records::read_seizures_csv(kSeizures);
    ASSERT_TRUE(r.rejects.empty()) << r.rejects[0].reason;
    for (const auto& [line, s] : r.records) records::put_seizure(*store_, s, {"ana", ""}, "t");
  }
  std::unique_ptr<Store> store_;
};

TEST_P(ReportTest, TotalsMatchTheHandComputedOnes) {
  OperationQuery q;
  q.from = *Date::parse("2024-03-01");
  q.to = *Date::parse("2024-03-31");
  auto j = operation_report(*store_, q);
  // W-1, W-2 (month), O-1, O-2, L-1; not X-1 (May) nor X-2 (2023).
  EXPECT_EQ(j["seizures"], 5);
  // kg: 2 t + 500 g + 10 kg + 1.5 t = 2000 + 0.5 + 10 + 1500; pieces apart: 14 + 120 + 5 + 12.
  EXPECT_DOUBLE_EQ(j["quantities"]["kg"].get<double>(), 3510.5);
  EXPECT_DOUBLE_EQ(j["quantities"]["pcs"].get<double>(), 151);
  EXPECT_DOUBLE_EQ(j["quantities"]["l"].get<double>(), 3);
  EXPECT_DOUBLE_EQ(j["quantities"]["m3"].get<double>(), 2);
  EXPECT_FALSE(j["quantities"].contains("t"));
  EXPECT_FALSE(j["quantities"].contains("g"));
  EXPECT_DOUBLE_EQ(j["quantities"]["estimated_pcs"].get<double>(), 14);
  EXPECT_EQ(j["by_domain"]["waste"]["seizures"], 2);
  EXPECT_DOUBLE_EQ(j["by_domain"]["waste"]["kg"].get<double>(), 2000.5);
  EXPECT_DOUBLE_EQ(j["by_domain"]["ozone"]["kg"].get<double>(), 1510);
  EXPECT_DOUBLE_EQ(j["by_domain"]["wildlife"]["pcs"].get<double>(), 12);
  EXPECT_EQ(j["by_country"]["FR"]["seizures"], 3);
  EXPECT_DOUBLE_EQ(j["by_country"]["FR"]["kg"].get<double>(), 2010);
  EXPECT_DOUBLE_EQ(j["by_country"]["FR"]["pcs"].get<double>(), 31);
  EXPECT_EQ(j["by_detection"]["profile"]["seizures"], 1);
  EXPECT_EQ(j["by_detection_group"]["targeting"]["seizures"], 1);
  EXPECT_EQ(j["by_detection_group"]["other"]["seizures"], 2);
  EXPECT_EQ(j["by_commodity"]["ozone: HFC-134a"]["seizures"], 1);
  EXPECT_EQ(j["by_route"]["NL>SG?>NG"]["seizures"], 1);
  // One operation, one domain.
  q.name = "DEMETER X";
  EXPECT_EQ(operation_report(*store_, q)["seizures"], 4);
  q.domain = "ozone";
  auto o = operation_report(*store_, q);
  EXPECT_EQ(o["seizures"], 1);
  EXPECT_DOUBLE_EQ(o["quantities"]["kg"].get<double>(), 10);
  // The year-only seizure counts in a period overlapping 2023.
  q = {};
  q.from = *Date::parse("2023-06-01");
  q.to = *Date::parse("2023-06-30");
  EXPECT_EQ(operation_report(*store_, q)["seizures"], 1);
}

TEST_P(ReportTest, HtmlIsSelfContainedWithSvgCharts) {
  OperationQuery q;
  q.name = "DEMETER X";
  q.from = *Date::parse("2024-01-01");
  q.to = *Date::parse("2024-12-31");
  std::string html = operation_html(operation_report(*store_, q));
  EXPECT_NE(html.find("<svg"), std::string::npos);
  EXPECT_NE(html.find("Operation DEMETER X"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("http://"), html.find("http://www.w3.org/2000/svg"));  // nothing fetched
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_EQ(html_escape("<a href=\"x\">&'"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
}

CUSTOS_ON_BOTH_BACKENDS(ReportTest);

}  // namespace
}  // namespace custos::report
