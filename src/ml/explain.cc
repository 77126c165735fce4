#include "ml/explain.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace custos::ml {
namespace {

std::string pct(double x) { return fmt::format("{:.0f}%", 100 * x); }

std::string amount(double x) {
  if (std::abs(x) >= 100) return fmt::format("{:.0f}", x);
  if (std::abs(x) >= 1) return fmt::format("{:.2f}", x);
  return fmt::format("{:.3g}", x);
}

// "once", "twice", "5 times"; "1 fraud", "3 frauds".
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

// What every model finding starts with: its source, the model's id, the
// fiscal domain and the probability as weight.
Finding model_headline(const ModelIdentity& model, double score) {
  Finding f;
  f.source = "model";
  f.id = fmt::format("{}@v{}", model.name, model.version);
  f.domain = Domain::fiscal;
  f.weight = score;
  return f;
}

}  // namespace

std::string describe_feature(std::string_view f, const Declaration& d, const HistoryFeatures& h) {
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

Finding model_finding(const ModelIdentity& model, const FeatureEncoder& encoder, const Declaration& d,
                      const HistoryFeatures& h, double score, std::span<const float> contributions,
                      size_t top) {
  // Features that state the same fact in words (the identical consignment's
  // count, inspections and rate) are one driver: their contributions add up.
  const auto& features = encoder.features();
  struct Driver {
    std::string words;
    std::vector<std::string> names;
    double contribution = 0;
  };
  std::vector<Driver> by_words;
  for (size_t i = 0; i < features.size() && i < contributions.size(); ++i) {
    std::string words = describe_feature(features[i].name, d, h);
    auto same =
        std::find_if(by_words.begin(), by_words.end(), [&](const Driver& x) { return x.words == words; });
    if (same == by_words.end()) same = by_words.insert(by_words.end(), Driver{std::move(words), {}, 0});
    same->names.push_back(features[i].name);
    same->contribution += contributions[i];
  }
  std::stable_sort(by_words.begin(), by_words.end(),
                   [](const Driver& a, const Driver& b) { return a.contribution > b.contribution; });
  Finding f = model_headline(model, score);
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
  f.reason = fmt::format("Fraud model {} gives {:.0f}% chance of fraud{}", f.id, 100 * score,
                         parts.empty() ? " (no feature pushed it above the usual)" : ": " + because);
  f.instructions =
      score >= 0.5 ? "Check value, origin and classification against invoice and goods; record the result "
                     "so the model learns from it."
                   : "";
  f.evidence = {{"score", score},           {"model", model.name},
                {"version", model.version}, {"drivers", drivers},
                {"worded", true},           {"bias", contributions.empty() ? 0.0f : contributions.back()}};
  return f;
}

Finding model_figures_finding(const ModelIdentity& model, const FeatureEncoder& encoder, double score,
                              std::span<const float> contributions, size_t top) {
  const auto& features = encoder.features();
  const size_t n = std::min(features.size(), contributions.size());
  // The `top` largest positive contributions, largest first (ties: feature order).
  std::vector<size_t> best;
  for (size_t i = 0; i < n; ++i) {
    if (!(contributions[i] > 0)) continue;
    auto at =
        std::find_if(best.begin(), best.end(), [&](size_t j) { return contributions[i] > contributions[j]; });
    if (static_cast<size_t>(at - best.begin()) >= top) continue;
    best.insert(at, i);
    if (best.size() > top) best.pop_back();
  }
  Finding f = model_headline(model, score);
  f.reason = fmt::format(
      "Fraud model {} gives {:.0f}% chance of fraud (too low to ask for a check; its "
      "drivers are kept as figures)",
      f.id, 100 * score);
  nlohmann::json drivers = nlohmann::json::array();
  for (size_t i : best)
    drivers.push_back({{"feature", features[i].name}, {"contribution", contributions[i]}});
  f.evidence = {{"score", score},           {"model", model.name},
                {"version", model.version}, {"drivers", drivers},
                {"worded", false},          {"bias", contributions.empty() ? 0.0f : contributions.back()}};
  return f;
}

Finding model_score_finding(const ModelIdentity& model, double score) {
  Finding f = model_headline(model, score);
  f.reason = fmt::format(
      "Fraud model {} gives {:.0f}% chance of fraud (too low to ask for a check; not broken down by "
      "feature)",
      f.id, 100 * score);
  f.evidence = {{"score", score},           {"model", model.name},
                {"version", model.version}, {"drivers", nlohmann::json::array()},
                {"worded", false},          {"explained", false}};
  return f;
}

namespace {

using Json = nlohmann::json;

Json message(std::string id, Json params = Json::object()) {
  return {{"id", std::move(id)}, {"params", std::move(params)}};
}
Json number(double x, const char* as) { return {{"number", x}, {"as", as}}; }
Json times_message(double n) {
  return n == 1   ? message("times.once")
         : n == 2 ? message("times.twice")
                  : message("times", {{"n", number(n, "int")}});
}
// "1 fraud", "3 frauds"; "1 inspection", "2 inspections".
Json count_message(double n, const std::string& noun) {
  return message(noun + (n == 1 ? ".one" : ".other"), {{"n", number(n, "int")}});
}
Json currency_message(const Item* it) {
  return it != nullptr && !it->currency.empty() ? Json(it->currency) : message("units");
}
Json party_rate_message(const std::string& who, const std::string& id, const KeyHistory& k) {
  if (k.labelled == 0)
    return message(who + "_fraud_rate.none", {{"party", id}, {"rate", number(k.fraud_rate, "pct")}});
  return message(who + "_fraud_rate", {{"party", id},
                                       {"rate", number(k.fraud_rate, "pct")},
                                       {"frauds", count_message(k.frauds, "frauds")},
                                       {"inspections", count_message(k.labelled, "inspections")}});
}
Json party_count_message(const std::string& who, const std::string& id, const KeyHistory& k) {
  if (k.declarations == 0) return message(who + "_declarations.none", {{"party", id}});
  return message(who + "_declarations", {{"party", id}, {"n", number(k.declarations, "int")}});
}

}  // namespace

// Mirrors describe_feature branch by branch (tests/ml/driver_messages_test.cc
// fills the English templates and compares).
Json describe_feature_message(std::string_view f, const Declaration& d, const HistoryFeatures& h) {
  const Item* it = main_item(d);
  std::string hs = it != nullptr && !it->hs_code.empty() ? it->hs_code.str() : "?";
  std::string origin = it != nullptr && it->origin ? it->origin->str() : "?";
  const std::optional<double> uv_opt = it != nullptr ? it->unit_value_per_kg() : std::nullopt;
  const bool has_uv = uv_opt.has_value();
  const double uv = uv_opt.value_or(0.0);
  if (f == "importer_fraud_rate") return party_rate_message("importer", d.importer.id, h.importer);
  if (f == "declarant_fraud_rate") return party_rate_message("declarant", d.declarant_id, h.declarant);
  if (f == "seller_fraud_rate") return party_rate_message("seller", d.exporter.id, h.seller);
  if (f == "importer_declarations") return party_count_message("importer", d.importer.id, h.importer);
  if (f == "declarant_declarations") return party_count_message("declarant", d.declarant_id, h.declarant);
  if (f == "seller_declarations") return party_count_message("seller", d.exporter.id, h.seller);
  if (f == "importer_inspections")
    return message("importer_inspections",
                   {{"party", d.importer.id}, {"times", times_message(h.importer.labelled)}});
  if (f == "declarant_inspections")
    return message("declarant_inspections",
                   {{"party", d.declarant_id}, {"times", times_message(h.declarant.labelled)}});
  if (f == "seller_inspections")
    return message("seller_inspections",
                   {{"party", d.exporter.id}, {"times", times_message(h.seller.labelled)}});
  if (f == "importer_days_known")
    return h.importer.first_seen
               ? message(
                     "importer_days_known",
                     {{"days", number(static_cast<double>(d.date.days() - *h.importer.first_seen), "int")}})
               : message("importer_days_known.none");
  if (f == "unit_value_vs_usual" && has_uv && h.usual_unit_value) {
    Json p = {{"value", number(uv, "amount")},
              {"currency", currency_message(it)},
              {"share", number(uv / *h.usual_unit_value, "pct")},
              {"hs", hs}};
    if (h.usual_from_origin) p["origin"] = origin;
    return message(h.usual_from_origin ? "unit_value_vs_usual.origin" : "unit_value_vs_usual", std::move(p));
  }
  if (f == "log_unit_value" || f == "unit_value_vs_usual")
    return has_uv ? message("log_unit_value",
                            {{"value", number(uv, "amount")}, {"currency", currency_message(it)}})
                  : message("log_unit_value.none");
  if (f == "log_value")
    return it && it->value ? message("log_value", {{"value", number(*it->value, "amount")},
                                                   {"currency", currency_message(it)}})
                           : message("log_value.none");
  if (f == "log_net_mass")
    return it && it->net_mass_kg ? message("log_net_mass", {{"mass", number(*it->net_mass_kg, "amount")}})
                                 : message("log_net_mass.none");
  if (f == "tax_rate")
    return it && it->tax_rate ? message("tax_rate", {{"rate", number(*it->tax_rate, "amount")}})
                              : message("tax_rate.none");
  if (f == "log_duty" && it && it->value && it->tax_rate)
    return message("log_duty", {{"duty", number(*it->value * *it->tax_rate / 100, "amount")},
                                {"currency", currency_message(it)}});
  if (f == "items") return message("items", {{"n", number(static_cast<double>(d.items.size()), "int")}});
  if (f == "hs2" || f == "hs4" || f == "hs6") return message("hs", {{"hs", hs}});
  if (f == "hs6_fraud_rate")
    return message("hs6_fraud_rate", {{"hs", hs.substr(0, 6)}, {"rate", number(h.hs6.fraud_rate, "pct")}});
  if (f == "hs6_declarations")
    return message("hs6_declarations",
                   {{"hs", hs.substr(0, 6)}, {"times", times_message(h.hs6.declarations)}});
  if (f == "hs6_origin_declarations")
    return message(
        "hs6_origin_declarations",
        {{"hs", hs.substr(0, 6)}, {"origin", origin}, {"times", times_message(h.hs6_origin_declarations)}});
  std::string dep = d.departure_country ? d.departure_country->str() : "?";
  Json route = {{"origin", origin}, {"departure", dep}, {"mode", d.transport_mode}, {"office", d.office}};
  if (f == "route_declarations") {
    route["times"] = times_message(h.route.declarations);
    return message("route_declarations", std::move(route));
  }
  if (f == "route_fraud_rate") {
    route["rate"] = number(h.route.fraud_rate, "pct");
    return message("route_fraud_rate", std::move(route));
  }
  if (f == "importer_seller_declarations")
    return h.importer_seller.declarations == 0
               ? message("importer_seller_declarations.none",
                         {{"importer", d.importer.id}, {"seller", d.exporter.id}})
               : message("importer_seller_declarations",
                         {{"times", times_message(h.importer_seller.declarations)}});
  if (f == "importer_seller_fraud_rate")
    return message("importer_seller_fraud_rate", {{"rate", number(h.importer_seller.fraud_rate, "pct")}});
  if (f == "importer_hs6_declarations")
    return h.importer_hs6.declarations == 0
               ? message("importer_hs6_declarations.none",
                         {{"party", d.importer.id}, {"hs", hs.substr(0, 6)}})
               : message("importer_hs6_declarations",
                         {{"hs", hs.substr(0, 6)}, {"times", times_message(h.importer_hs6.declarations)}});
  if (f.starts_with("consignment_")) {
    const Json what = it != nullptr && it->net_mass_kg && it->value
                          ? message("consignment_goods", {{"hs", hs.substr(0, 6)},
                                                          {"mass", number(*it->net_mass_kg, "amount")},
                                                          {"value", number(*it->value, "amount")},
                                                          {"currency", currency_message(it)}})
                          : message("consignment_goods.none");
    const KeyHistory& c = h.consignment;
    if (c.declarations == 0) return message("consignment.none", {{"goods", what}});
    if (c.labelled == 0)
      return message("consignment.never_inspected",
                     {{"goods", what}, {"times", times_message(c.declarations)}});
    return message("consignment", {{"goods", what},
                                   {"times", times_message(c.declarations)},
                                   {"frauds", count_message(c.frauds, "frauds")},
                                   {"inspections", count_message(c.labelled, "inspections")},
                                   {"rate", number(c.fraud_rate, "pct")}});
  }
  if (f == "origin") return message("origin", {{"country", origin}});
  if (f == "departure") return message("departure", {{"country", dep}});
  if (f == "office") return message("office", {{"office", d.office}});
  if (f == "transport_mode") return message("transport_mode", {{"mode", d.transport_mode}});
  if (f == "origin_is_departure")
    return origin == dep ? message("origin_is_departure")
                         : message("origin_is_departure.not", {{"departure", dep}, {"origin", origin}});
  if (f == "importer_id") return message("importer_id", {{"party", d.importer.id}});
  if (f == "declarant_id") return message("declarant_id", {{"party", d.declarant_id}});
  if (f == "seller_id") return message("seller_id", {{"party", d.exporter.id}});
  if (f.starts_with("attr:")) {
    const std::string* v = d.attribute(f.substr(5));
    return v != nullptr ? message("attribute", {{"name", std::string(f.substr(5))}, {"value", *v}})
                        : message("attribute.none", {{"name", std::string(f.substr(5))}});
  }
  return nullptr;
}

}  // namespace custos::ml
