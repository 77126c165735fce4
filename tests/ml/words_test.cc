// The words of a model finding are written from a plan made once per
// encoder and from each declaration's facts read once; they must be, to the
// byte, what describing every feature by its name gives. The reference below
// is that first implementation, kept here to compare with.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

#include "ml/explain.hpp"
#include "synthetic.hpp"

namespace custos::ml {
namespace {

using test::make_declaration;
using test::synthetic_period;

Date day(int n) { return Date::from_days(18262 + n); }

std::string pct(double x) { return fmt::format("{:.0f}%", 100 * x); }
std::string amount(double x) {
  if (std::abs(x) >= 100) return fmt::format("{:.0f}", x);
  if (std::abs(x) >= 1) return fmt::format("{:.2f}", x);
  return fmt::format("{:.3g}", x);
}
std::string times(double n) { return n == 1 ? "once" : n == 2 ? "twice" : fmt::format("{:.0f} times", n); }
std::string count(double n, const char* noun) {
  return fmt::format("{:.0f} {}{}", n, noun, n == 1 ? "" : "s");
}
std::string party_rate(const char* who, const std::string& id, const KeyHistory& k) {
  if (k.labelled == 0)
    return fmt::format("{} {} has no inspection on record (overall rate {} used)", who, id,
                       pct(k.fraud_rate));
  return fmt::format("{} {}'s past fraud rate {} ({} in {})", who, id, pct(k.fraud_rate),
                     count(k.frauds, "fraud"), count(k.labelled, "inspection"));
}
std::string party_count(const char* who, const std::string& id, const KeyHistory& k) {
  if (k.declarations == 0) return fmt::format("{} {} has never declared before", who, id);
  return fmt::format("{} {} has {:.0f} earlier declarations", who, id, k.declarations);
}
std::string currency_of(const Item* it) {
  return it != nullptr && !it->currency.empty() ? it->currency : "units";
}

std::string reference_words(std::string_view f, const Declaration& d, const HistoryFeatures& h) {
  const Item* it = main_item(d);
  std::string hs = it != nullptr && !it->hs_code.empty() ? it->hs_code.str() : "?";
  std::string origin = it != nullptr && it->origin ? it->origin->str() : "?";
  const std::optional<double> uv_opt = it != nullptr ? it->unit_value_per_kg() : std::nullopt;
  const bool has_uv = uv_opt.has_value();
  const double uv = uv_opt.value_or(0.0);
  if (f == "importer_fraud_rate") return party_rate("importer", d.importer.id, h.importer);
  if (f == "declarant_fraud_rate") return party_rate("declarant", d.declarant_id, h.declarant);
  if (f == "seller_fraud_rate") return party_rate("seller", d.exporter.id, h.seller);
  if (f == "importer_declarations") return party_count("importer", d.importer.id, h.importer);
  if (f == "declarant_declarations") return party_count("declarant", d.declarant_id, h.declarant);
  if (f == "seller_declarations") return party_count("seller", d.exporter.id, h.seller);
  if (f == "importer_inspections")
    return fmt::format("importer {} inspected {} before", d.importer.id, times(h.importer.labelled));
  if (f == "declarant_inspections")
    return fmt::format("declarant {} inspected {} before", d.declarant_id, times(h.declarant.labelled));
  if (f == "seller_inspections")
    return fmt::format("seller {} inspected {} before", d.exporter.id, times(h.seller.labelled));
  if (f == "importer_days_known")
    return h.importer.first_seen
               ? fmt::format("importer first seen {} days earlier", d.date.days() - *h.importer.first_seen)
               : "importer never seen before";
  if (f == "unit_value_vs_usual" && has_uv && h.usual_unit_value)
    return fmt::format("unit value {} {}/kg, {} of the usual for HS {}{}", amount(uv), currency_of(it),
                       pct(uv / *h.usual_unit_value), hs, h.usual_from_origin ? " from " + origin : "");
  if (f == "log_unit_value" || f == "unit_value_vs_usual")
    return has_uv ? fmt::format("unit value {} {}/kg", amount(uv), currency_of(it)) : "unit value unknown";
  if (f == "log_value")
    return it && it->value ? fmt::format("declared value {} {}", amount(*it->value), currency_of(it))
                           : "no declared value";
  if (f == "log_net_mass")
    return it && it->net_mass_kg ? fmt::format("net mass {} kg", amount(*it->net_mass_kg)) : "no net mass";
  if (f == "tax_rate")
    return it && it->tax_rate ? fmt::format("tax rate {}%", amount(*it->tax_rate)) : "no tax rate";
  if (f == "log_duty" && it && it->value && it->tax_rate)
    return fmt::format("duty at stake {} {}", amount(*it->value * *it->tax_rate / 100), currency_of(it));
  if (f == "items") return fmt::format("{} items", d.items.size());
  if (f == "hs2" || f == "hs4" || f == "hs6") return "HS " + hs;
  if (f == "hs6_fraud_rate")
    return fmt::format("HS {}'s past fraud rate {}", hs.substr(0, 6), pct(h.hs6.fraud_rate));
  if (f == "hs6_declarations")
    return fmt::format("HS {} declared {} before", hs.substr(0, 6), times(h.hs6.declarations));
  if (f == "hs6_origin_declarations")
    return fmt::format("HS {} from {} declared {} before", hs.substr(0, 6), origin,
                       times(h.hs6_origin_declarations));
  std::string dep = d.departure_country ? d.departure_country->str() : "?";
  std::string route =
      fmt::format("route {} via {} by mode {} into office {}", origin, dep, d.transport_mode, d.office);
  if (f == "route_declarations") return fmt::format("{} used {} before", route, times(h.route.declarations));
  if (f == "route_fraud_rate") return fmt::format("{}: past fraud rate {}", route, pct(h.route.fraud_rate));
  if (f == "importer_seller_declarations")
    return h.importer_seller.declarations == 0
               ? fmt::format("first trade between importer {} and seller {}", d.importer.id, d.exporter.id)
               : fmt::format("importer and seller traded {} before", times(h.importer_seller.declarations));
  if (f == "importer_seller_fraud_rate")
    return fmt::format("past fraud rate between importer and seller {}", pct(h.importer_seller.fraud_rate));
  if (f == "importer_hs6_declarations")
    return h.importer_hs6.declarations == 0
               ? fmt::format("importer {} never declared HS {} before", d.importer.id, hs.substr(0, 6))
               : fmt::format("importer declared HS {} {} before", hs.substr(0, 6),
                             times(h.importer_hs6.declarations));
  if (f.starts_with("consignment_")) {
    const std::string what = it != nullptr && it->net_mass_kg && it->value
                                 ? fmt::format("HS {}, {} kg, {} {}", hs.substr(0, 6),
                                               amount(*it->net_mass_kg), amount(*it->value), currency_of(it))
                                 : "these goods and figures";
    const KeyHistory& c = h.consignment;
    if (c.declarations == 0) return fmt::format("identical consignment ({}) never declared before", what);
    if (c.labelled == 0)
      return fmt::format("identical consignment ({}) declared {} before, never inspected", what,
                         times(c.declarations));
    return fmt::format("identical consignment ({}) declared {} before: {} in {} (smoothed rate {})", what,
                       times(c.declarations), count(c.frauds, "fraud"), count(c.labelled, "inspection"),
                       pct(c.fraud_rate));
  }
  if (f == "origin") return "origin " + origin;
  if (f == "departure") return "departure " + dep;
  if (f == "office") return "office " + d.office;
  if (f == "transport_mode") return "transport mode " + d.transport_mode;
  if (f == "origin_is_departure")
    return origin == dep ? "shipped from its country of origin"
                         : "shipped from " + dep + ", not from origin " + origin;
  if (f == "importer_id") return "importer " + d.importer.id;
  if (f == "declarant_id") return "declarant " + d.declarant_id;
  if (f == "seller_id") return "seller " + d.exporter.id;
  if (f.starts_with("attr:")) {
    const std::string* v = d.attribute(f.substr(5));
    return fmt::format("{} {}", f.substr(5), v != nullptr ? *v : "(absent)");
  }
  return std::string(f);
}

// The reason and evidence as first written: every feature described, then
// grouped by its words.
std::pair<std::string, std::string> reference_finding(const FeatureEncoder& encoder, const Declaration& d,
                                                      const HistoryFeatures& h, double score,
                                                      std::span<const float> contributions, size_t top) {
  const auto& features = encoder.features();
  struct Driver {
    std::string words;
    std::vector<std::string> names;
    double contribution = 0;
  };
  std::vector<Driver> by_words;
  for (size_t i = 0; i < features.size() && i < contributions.size(); ++i) {
    std::string words = reference_words(features[i].name, d, h);
    auto same =
        std::find_if(by_words.begin(), by_words.end(), [&](const Driver& x) { return x.words == words; });
    if (same == by_words.end()) same = by_words.insert(by_words.end(), Driver{std::move(words), {}, 0});
    same->names.push_back(features[i].name);
    same->contribution += contributions[i];
  }
  std::stable_sort(by_words.begin(), by_words.end(),
                   [](const Driver& a, const Driver& b) { return a.contribution > b.contribution; });
  std::vector<std::string> parts;
  nlohmann::json drivers = nlohmann::json::array();
  for (const Driver& x : by_words) {
    if (parts.size() >= top || x.contribution <= 0) break;
    parts.push_back(fmt::format("{} ({:+.2f})", x.words, x.contribution));
    drivers.push_back({{"feature", x.names.front()},
                       {"features", x.names},
                       {"contribution", x.contribution},
                       {"words", x.words}});
    if (auto m = describe_feature_message(x.names.front(), d, h); !m.is_null())
      drivers.back()["message"] = std::move(m);
  }
  std::string because;
  for (size_t i = 0; i < parts.size(); ++i) because += (i ? "; " : "") + parts[i];
  std::string reason =
      fmt::format("Fraud model fraud@v3 gives {:.0f}% chance of fraud{}", 100 * score,
                  parts.empty() ? " (no feature pushed it above the usual)" : ": " + because);
  nlohmann::json evidence = {{"score", score}, {"model", "fraud"},
                             {"version", 3},   {"drivers", drivers},
                             {"worded", true}, {"bias", contributions.empty() ? 0.0f : contributions.back()}};
  return {reason, evidence.dump()};
}

KeyHistory random_key(std::mt19937& rng) {
  std::uniform_int_distribution<int> n(0, 4);
  KeyHistory k;
  k.declarations = n(rng);
  k.labelled = std::min<double>(k.declarations, n(rng));
  k.frauds = std::min<double>(k.labelled, n(rng));
  k.fraud_rate = std::uniform_real_distribution<double>(0, 1)(rng);
  if (n(rng) > 1) k.first_seen = 18000 + n(rng);
  return k;
}

TEST(Explain, WordsAreThoseOfDescribingEveryFeatureByName) {
  std::vector<Declaration> ds = synthetic_period(day(0), 3, 8, 5);
  ds[1].attributes.push_back({"channel", "EDI"});
  // 0: the usual features; 1: with party ids as codes; 2: with a declaration
  // field named "origin", whose words can be the origin's ("origin CN").
  for (int setup : {0, 1, 2}) {
    const bool party_ids = setup == 1;
    if (setup == 2) ds[2].attributes.push_back({"origin", "CN"});
    FeatureEncoder enc = FeatureEncoder::fit(ds, party_ids);
    WordPlan plan(enc);
    ASSERT_EQ(plan.size(), enc.width());
    std::mt19937 rng(7 + setup);
    std::uniform_int_distribution<int> coin(0, 3);
    std::uniform_real_distribution<double> u(-1, 1);
    for (int round = 0; round < 400; ++round) {
      Declaration d = ds[static_cast<size_t>(round) % ds.size()];
      Item& it = d.items.front();
      // Missing facts, several items, other places and codes.
      if (coin(rng) == 0) it.value.reset();
      if (coin(rng) == 0) it.net_mass_kg.reset();
      if (coin(rng) == 0) it.tax_rate.reset();
      if (coin(rng) == 0) it.currency.clear();
      if (coin(rng) == 0) it.origin.reset();
      if (coin(rng) == 0) d.departure_country = Country::parse("VN");
      if (coin(rng) == 0) d.departure_country.reset();
      if (coin(rng) == 0) it.hs_code = HsCode{};
      if (coin(rng) == 0) it.net_mass_kg = 0.25 * coin(rng);
      if (coin(rng) == 0) d.items.push_back(it);
      if (coin(rng) == 0) d.attributes.push_back({"channel", "paper"});
      if (setup == 2 && coin(rng) == 0) d.attributes.push_back({"origin", "CN"});
      // Ids with a space or empty: phrases of different facts could then
      // share words.
      if (round % 7 == 0) d.importer.id = "and seller traded";
      if (round % 11 == 0) d.declarant_id.clear();
      if (round % 13 == 0) d.exporter.id = "X Y";
      HistoryFeatures h;
      h.prior_fraud_rate = 0.1;
      for (KeyHistory* k : {&h.importer, &h.declarant, &h.seller, &h.hs6, &h.route, &h.importer_seller,
                            &h.importer_hs6, &h.consignment})
        *k = random_key(rng);
      h.hs6_origin_declarations = coin(rng);
      if (coin(rng) > 0) h.usual_unit_value = 0.5 + coin(rng);
      h.usual_from_origin = coin(rng) > 1;
      // Contributions with ties, zeros and negatives; features that share
      // words then add up or cancel out.
      std::vector<float> contrib(enc.width() + 1);
      for (float& c : contrib) {
        const int k = coin(rng);
        c = k == 0 ? 0.0f : k == 1 ? 0.25f : static_cast<float>(u(rng));
      }
      const size_t top = static_cast<size_t>(coin(rng)) + 1;
      const double score = (coin(rng) + 0.5) / 4;
      Finding fast = model_finding({"fraud", 3}, plan, d, h, score, contrib, top);
      Finding by_encoder = model_finding({"fraud", 3}, enc, d, h, score, contrib, top);
      auto [reason, evidence] = reference_finding(enc, d, h, score, contrib, top);
      ASSERT_EQ(fast.reason, reason) << round;
      ASSERT_EQ(fast.evidence.dump(), evidence) << round;
      ASSERT_EQ(by_encoder.reason, reason) << round;
      ASSERT_EQ(by_encoder.evidence.dump(), evidence) << round;
      for (const FeatureInfo& x : enc.features())
        ASSERT_EQ(describe_feature(x.name, d, h), reference_words(x.name, d, h)) << x.name;
    }
  }
  // Names no encoder has keep their own words.
  Declaration d = ds[0];
  for (std::string_view f : {"log_duty", "something_else", "attr:missing", "consignment_anything"})
    EXPECT_EQ(describe_feature(f, d, HistoryFeatures{}), reference_words(f, d, HistoryFeatures{})) << f;
  d.items.front().tax_rate.reset();
  EXPECT_EQ(describe_feature("log_duty", d, HistoryFeatures{}), "log_duty");
}

}  // namespace
}  // namespace custos::ml
