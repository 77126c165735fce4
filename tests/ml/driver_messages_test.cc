// Every model driver also comes as a message (an id and parameters) that the
// workbench translates; filled with the English templates of
// web/src/lib/messages/en.ts, it must read word for word as the server's own
// words (describe_feature), for every feature and for histories of every kind.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "ml/explain.hpp"
#include "ml/features.hpp"
#include "synthetic.hpp"

namespace custos::ml {
namespace {

using test::make_declaration;
using test::synthetic_period;

Date day(int n) { return Date::from_days(18262 + n); }  // 2020-01-01 + n

std::map<std::string, std::string> english_templates() {
  std::ifstream in(std::string(CUSTOS_SOURCE_DIR) + "/web/src/lib/messages/en.ts");
  std::stringstream text;
  text << in.rdbuf();
  const std::string s = text.str();
  static const std::regex kLine(R"('finding\.model\.driver\.([\w.]+)':\s*'((?:[^'\\]|\\.)*)')");
  std::map<std::string, std::string> out;
  for (auto it = std::sregex_iterator(s.begin(), s.end(), kLine); it != std::sregex_iterator(); ++it)
    out[(*it)[1]] = std::regex_replace((*it)[2].str(), std::regex(R"(\\')"), "'");
  return out;
}

// The English rendering the server uses for each kind of number.
std::string english_number(double x, const std::string& as) {
  if (as == "int") return fmt::format("{:.0f}", x);
  if (as == "pct") return fmt::format("{:.0f}%", 100 * x);
  if (std::abs(x) >= 100) return fmt::format("{:.0f}", x);
  if (std::abs(x) >= 1) return fmt::format("{:.2f}", x);
  return fmt::format("{:.3g}", x);
}

std::string render(const std::map<std::string, std::string>& templates, const nlohmann::json& m) {
  auto t = templates.find(m.at("id").get<std::string>());
  if (t == templates.end()) return "<no template " + m.at("id").get<std::string>() + ">";
  std::string out = t->second;
  for (const auto& [k, v] : m.at("params").items()) {
    std::string value = v.is_string()          ? v.get<std::string>()
                        : v.contains("number") ? english_number(v["number"], v["as"])
                                               : render(templates, v);
    const std::string key = "{" + k + "}";
    for (size_t at = out.find(key); at != std::string::npos; at = out.find(key, at + value.size()))
      out.replace(at, key.size(), value);
  }
  return out;
}

TEST(DriverMessages, TheEnglishTemplatesReadAsTheServersWords) {
  const auto templates = english_templates();
  ASSERT_GT(templates.size(), 40u) << "the English driver templates are read";
  std::vector<Declaration> ds = synthetic_period(day(0), 3, 5, 1);
  const FeatureEncoder enc = FeatureEncoder::fit(ds);

  std::vector<Declaration> cases;
  cases.push_back(make_declaration("Q", day(10), "IMP1", 5000, 1200, std::nullopt));
  Declaration small = make_declaration("S", day(10), "IMP2", 0.5, 7, std::nullopt);
  small.items[0].currency.clear();  // "units"
  small.departure_country = Country::parse("AE");
  small.attributes.clear();
  cases.push_back(small);
  Declaration bare = make_declaration("B", day(10), "IMP3", 1, 1, std::nullopt);
  bare.items[0].value.reset();
  bare.items[0].net_mass_kg.reset();
  bare.items[0].tax_rate.reset();
  bare.departure_country.reset();
  bare.items.push_back(bare.items[0]);
  cases.push_back(bare);

  std::vector<HistoryFeatures> histories(4);
  auto key = [](double n, double labelled, double frauds, double rate) {
    return KeyHistory{.declarations = n, .labelled = labelled, .frauds = frauds, .fraud_rate = rate};
  };
  histories[1].importer = key(1, 1, 1, 0.4);
  histories[1].importer.first_seen = day(3).days();
  histories[1].declarant = key(2, 2, 0, 0.05);
  histories[1].seller = key(5, 1, 1, 0.123);
  histories[1].hs6 = key(1, 0, 0, 0.1);
  histories[1].route = key(2, 2, 1, 0.5);
  histories[1].importer_seller = key(1, 0, 0, 0.2);
  histories[1].importer_hs6 = key(2, 0, 0, 0.2);
  histories[1].consignment = key(2, 2, 2, 0.35);
  histories[1].hs6_origin_declarations = 1;
  histories[1].usual_unit_value = 12.5;
  histories[2] = histories[1];
  histories[2].usual_from_origin = true;
  histories[2].consignment = key(7, 0, 0, 0.1);
  histories[2].hs6_origin_declarations = 30;
  histories[3].importer = key(12, 30, 3, 0.0004);
  histories[3].consignment = key(2, 1, 1, 0.9);
  histories[3].usual_unit_value = 0.001;

  int checked = 0;
  for (const Declaration& d : cases)
    for (const HistoryFeatures& h : histories)
      for (const auto& feature : enc.features()) {
        const std::string words = describe_feature(feature.name, d, h);
        const nlohmann::json m = describe_feature_message(feature.name, d, h);
        if (m.is_null()) {
          EXPECT_EQ(words, feature.name) << "only a bare feature name goes without a message";
          continue;
        }
        EXPECT_EQ(render(templates, m), words) << feature.name << " " << m.dump();
        ++checked;
      }
  EXPECT_GT(checked, 100);
}

TEST(DriverMessages, AFindingsDriversCarryTheirMessage) {
  std::vector<Declaration> ds = synthetic_period(day(0), 3, 5, 1);
  FeatureEncoder enc = FeatureEncoder::fit(ds);
  Declaration d = make_declaration("Q", day(10), "IMP1", 5000, 1200, std::nullopt);
  HistoryFeatures h;
  h.consignment = KeyHistory{.declarations = 2, .labelled = 2, .frauds = 2, .fraud_rate = 0.35};
  std::vector<float> contrib(enc.width() + 1, 0.0f);
  contrib[enc.index_of("consignment_fraud_rate")] = 2.0f;
  contrib[enc.index_of("log_value")] = 1.0f;
  Finding f = model_finding({"fraud", 1}, enc, d, h, 0.9, contrib);
  const auto& drivers = f.evidence.at("drivers");
  ASSERT_EQ(drivers.size(), 2u);
  EXPECT_EQ(drivers[0].at("message").at("id"), "consignment");
  EXPECT_EQ(drivers[0].at("message").at("params").at("times").at("id"), "times.twice");
  EXPECT_EQ(drivers[1].at("message").at("id"), "log_value");
  EXPECT_EQ(drivers[1].at("message").at("params").at("currency"), "USD");
  EXPECT_EQ(render(english_templates(), drivers[1].at("message")), drivers[1].at("words"));
}

}  // namespace
}  // namespace custos::ml
