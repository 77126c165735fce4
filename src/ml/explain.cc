#include "ml/explain.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace custos::ml {
namespace {

using Json = nlohmann::json;

// A JSON object built in place, key by key: object("a", 1, "b", x). The
// initializer-list form {{"a", 1}, {"b", x}} builds every pair as a JSON
// array first and then copies its parts into the object; this one allocates
// only the object's own nodes and moves what it is given. Same value.
inline void put(Json::object_t&) {}
template <class V, class... Rest>
void put(Json::object_t& o, const char* key, V&& value, Rest&&... rest) {
  o.emplace(key, std::forward<V>(value));
  put(o, std::forward<Rest>(rest)...);
}
template <class... KeysAndValues>
Json object(KeysAndValues&&... kv) {
  Json j(Json::value_t::object);
  put(*j.get_ptr<Json::object_t*>(), std::forward<KeysAndValues>(kv)...);
  return j;
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

namespace {

// What describe_feature says of a feature, decided from its name alone. The
// order of the checks is describe_feature's: a feature whose words depend on
// the data (unit_value_vs_usual, log_duty) keeps every branch it can take.
enum class Kind : uint8_t {
  importer_fraud_rate,
  declarant_fraud_rate,
  seller_fraud_rate,
  importer_declarations,
  declarant_declarations,
  seller_declarations,
  importer_inspections,
  declarant_inspections,
  seller_inspections,
  importer_days_known,
  unit_value_vs_usual,
  log_unit_value,
  log_value,
  log_net_mass,
  tax_rate,
  log_duty,
  items,
  hs,
  hs6_fraud_rate,
  hs6_declarations,
  hs6_origin_declarations,
  route_declarations,
  route_fraud_rate,
  importer_seller_declarations,
  importer_seller_fraud_rate,
  importer_hs6_declarations,
  consignment,
  origin,
  departure,
  office,
  transport_mode,
  origin_is_departure,
  importer_id,
  declarant_id,
  seller_id,
  attribute,
  name,  // no words of its own: the feature's name
};

Kind kind_of(std::string_view f) {
  static const std::pair<std::string_view, Kind> kNamed[] = {
      {"importer_fraud_rate", Kind::importer_fraud_rate},
      {"declarant_fraud_rate", Kind::declarant_fraud_rate},
      {"seller_fraud_rate", Kind::seller_fraud_rate},
      {"importer_declarations", Kind::importer_declarations},
      {"declarant_declarations", Kind::declarant_declarations},
      {"seller_declarations", Kind::seller_declarations},
      {"importer_inspections", Kind::importer_inspections},
      {"declarant_inspections", Kind::declarant_inspections},
      {"seller_inspections", Kind::seller_inspections},
      {"importer_days_known", Kind::importer_days_known},
      {"unit_value_vs_usual", Kind::unit_value_vs_usual},
      {"log_unit_value", Kind::log_unit_value},
      {"log_value", Kind::log_value},
      {"log_net_mass", Kind::log_net_mass},
      {"tax_rate", Kind::tax_rate},
      {"log_duty", Kind::log_duty},
      {"items", Kind::items},
      {"hs2", Kind::hs},
      {"hs4", Kind::hs},
      {"hs6", Kind::hs},
      {"hs6_fraud_rate", Kind::hs6_fraud_rate},
      {"hs6_declarations", Kind::hs6_declarations},
      {"hs6_origin_declarations", Kind::hs6_origin_declarations},
      {"route_declarations", Kind::route_declarations},
      {"route_fraud_rate", Kind::route_fraud_rate},
      {"importer_seller_declarations", Kind::importer_seller_declarations},
      {"importer_seller_fraud_rate", Kind::importer_seller_fraud_rate},
      {"importer_hs6_declarations", Kind::importer_hs6_declarations},
  };
  for (const auto& [n, k] : kNamed)
    if (f == n) return k;
  if (f.starts_with("consignment_")) return Kind::consignment;
  static const std::pair<std::string_view, Kind> kCodes[] = {
      {"origin", Kind::origin},
      {"departure", Kind::departure},
      {"office", Kind::office},
      {"transport_mode", Kind::transport_mode},
      {"origin_is_departure", Kind::origin_is_departure},
      {"importer_id", Kind::importer_id},
      {"declarant_id", Kind::declarant_id},
      {"seller_id", Kind::seller_id},
  };
  for (const auto& [n, k] : kCodes)
    if (f == n) return k;
  if (f.starts_with("attr:")) return Kind::attribute;
  return Kind::name;
}

using Out = std::back_insert_iterator<std::string>;

void party_rate(Out o, const char* who, const std::string& id, const KeyHistory& k) {
  if (k.labelled == 0) {
    fmt::format_to(o, "{} {} has no inspection on record (overall rate {:.0f}% used)", who, id,
                   100 * k.fraud_rate);
    return;
  }
  fmt::format_to(o, "{} {}'s past fraud rate {:.0f}% ({:.0f} fraud{} in {:.0f} inspection{})", who, id,
                 100 * k.fraud_rate, k.frauds, k.frauds == 1 ? "" : "s", k.labelled,
                 k.labelled == 1 ? "" : "s");
}

void party_count(Out o, const char* who, const std::string& id, const KeyHistory& k) {
  if (k.declarations == 0)
    fmt::format_to(o, "{} {} has never declared before", who, id);
  else
    fmt::format_to(o, "{} {} has {:.0f} earlier declarations", who, id, k.declarations);
}

void put_times(Out o, double n) {
  if (n == 1)
    fmt::format_to(o, "once");
  else if (n == 2)
    fmt::format_to(o, "twice");
  else
    fmt::format_to(o, "{:.0f} times", n);
}

void put_amount(Out o, double x) {
  if (std::abs(x) >= 100)
    fmt::format_to(o, "{:.0f}", x);
  else if (std::abs(x) >= 1)
    fmt::format_to(o, "{:.2f}", x);
  else
    fmt::format_to(o, "{:.3g}", x);
}

// The declaration's facts the words are made of, read once per declaration
// (not once per feature).
struct Facts {
  Facts(const Declaration& d_, const HistoryFeatures& h_) : d(d_), h(h_), it(main_item(d_)) {
    hs = it != nullptr && !it->hs_code.empty() ? it->hs_code.str() : "?";
    origin = it != nullptr && it->origin ? it->origin->str() : "?";
    const std::optional<double> u = it != nullptr ? it->unit_value_per_kg() : std::nullopt;
    has_uv = u.has_value();
    uv = u.value_or(0.0);
    dep = d.departure_country ? d.departure_country->str() : "?";
    currency = it != nullptr && !it->currency.empty() ? std::string_view(it->currency) : "units";
  }
  std::string_view hs6() const { return std::string_view(hs).substr(0, 6); }
  void route(Out o) const {
    fmt::format_to(o, "route {} via {} by mode {} into office {}", origin, dep, d.transport_mode, d.office);
  }

  const Declaration& d;
  const HistoryFeatures& h;
  const Item* it;
  std::string hs, origin, dep;
  bool has_uv = false;
  double uv = 0;
  std::string_view currency;
};

// Appends describe_feature's words for a feature of kind `k` named `f`.
void describe(Kind k, std::string_view f, const Facts& x, std::string& s) {
  Out o(s);
  const Declaration& d = x.d;
  const HistoryFeatures& h = x.h;
  const Item* it = x.it;
  switch (k) {
    case Kind::importer_fraud_rate: return party_rate(o, "importer", d.importer.id, h.importer);
    case Kind::declarant_fraud_rate: return party_rate(o, "declarant", d.declarant_id, h.declarant);
    case Kind::seller_fraud_rate: return party_rate(o, "seller", d.exporter.id, h.seller);
    case Kind::importer_declarations: return party_count(o, "importer", d.importer.id, h.importer);
    case Kind::declarant_declarations: return party_count(o, "declarant", d.declarant_id, h.declarant);
    case Kind::seller_declarations: return party_count(o, "seller", d.exporter.id, h.seller);
    case Kind::importer_inspections:
      fmt::format_to(o, "importer {} inspected ", d.importer.id);
      put_times(o, h.importer.labelled);
      s += " before";
      return;
    case Kind::declarant_inspections:
      fmt::format_to(o, "declarant {} inspected ", d.declarant_id);
      put_times(o, h.declarant.labelled);
      s += " before";
      return;
    case Kind::seller_inspections:
      fmt::format_to(o, "seller {} inspected ", d.exporter.id);
      put_times(o, h.seller.labelled);
      s += " before";
      return;
    case Kind::importer_days_known:
      if (h.importer.first_seen)
        fmt::format_to(o, "importer first seen {} days earlier", d.date.days() - *h.importer.first_seen);
      else
        s += "importer never seen before";
      return;
    case Kind::unit_value_vs_usual:
      if (x.has_uv && h.usual_unit_value) {
        s += "unit value ";
        put_amount(o, x.uv);
        fmt::format_to(o, " {}/kg, {:.0f}% of the usual for HS {}", x.currency,
                       100 * (x.uv / *h.usual_unit_value), x.hs);
        if (h.usual_from_origin) fmt::format_to(o, " from {}", x.origin);
        return;
      }
      [[fallthrough]];
    case Kind::log_unit_value:
      if (x.has_uv) {
        s += "unit value ";
        put_amount(o, x.uv);
        fmt::format_to(o, " {}/kg", x.currency);
      } else {
        s += "unit value unknown";
      }
      return;
    case Kind::log_value:
      if (it && it->value) {
        s += "declared value ";
        put_amount(o, *it->value);
        fmt::format_to(o, " {}", x.currency);
      } else {
        s += "no declared value";
      }
      return;
    case Kind::log_net_mass:
      if (it && it->net_mass_kg) {
        s += "net mass ";
        put_amount(o, *it->net_mass_kg);
        s += " kg";
      } else {
        s += "no net mass";
      }
      return;
    case Kind::tax_rate:
      if (it && it->tax_rate) {
        s += "tax rate ";
        put_amount(o, *it->tax_rate);
        s += "%";
      } else {
        s += "no tax rate";
      }
      return;
    case Kind::log_duty:
      if (it && it->value && it->tax_rate) {
        s += "duty at stake ";
        put_amount(o, *it->value * *it->tax_rate / 100);
        fmt::format_to(o, " {}", x.currency);
      } else {
        s += f;
      }
      return;
    case Kind::items: fmt::format_to(o, "{} items", d.items.size()); return;
    case Kind::hs:
      s += "HS ";
      s += x.hs;
      return;
    case Kind::hs6_fraud_rate:
      fmt::format_to(o, "HS {}'s past fraud rate {:.0f}%", x.hs6(), 100 * h.hs6.fraud_rate);
      return;
    case Kind::hs6_declarations:
      fmt::format_to(o, "HS {} declared ", x.hs6());
      put_times(o, h.hs6.declarations);
      s += " before";
      return;
    case Kind::hs6_origin_declarations:
      fmt::format_to(o, "HS {} from {} declared ", x.hs6(), x.origin);
      put_times(o, h.hs6_origin_declarations);
      s += " before";
      return;
    case Kind::route_declarations:
      x.route(o);
      s += " used ";
      put_times(o, h.route.declarations);
      s += " before";
      return;
    case Kind::route_fraud_rate:
      x.route(o);
      fmt::format_to(o, ": past fraud rate {:.0f}%", 100 * h.route.fraud_rate);
      return;
    case Kind::importer_seller_declarations:
      if (h.importer_seller.declarations == 0) {
        fmt::format_to(o, "first trade between importer {} and seller {}", d.importer.id, d.exporter.id);
      } else {
        s += "importer and seller traded ";
        put_times(o, h.importer_seller.declarations);
        s += " before";
      }
      return;
    case Kind::importer_seller_fraud_rate:
      fmt::format_to(o, "past fraud rate between importer and seller {:.0f}%",
                     100 * h.importer_seller.fraud_rate);
      return;
    case Kind::importer_hs6_declarations:
      if (h.importer_hs6.declarations == 0) {
        fmt::format_to(o, "importer {} never declared HS {} before", d.importer.id, x.hs6());
      } else {
        fmt::format_to(o, "importer declared HS {} ", x.hs6());
        put_times(o, h.importer_hs6.declarations);
        s += " before";
      }
      return;
    case Kind::consignment: {
      const KeyHistory& c = h.consignment;
      s += "identical consignment (";
      if (it != nullptr && it->net_mass_kg && it->value) {
        fmt::format_to(o, "HS {}, ", x.hs6());
        put_amount(o, *it->net_mass_kg);
        s += " kg, ";
        put_amount(o, *it->value);
        fmt::format_to(o, " {}", x.currency);
      } else {
        s += "these goods and figures";
      }
      if (c.declarations == 0) {
        s += ") never declared before";
        return;
      }
      s += ") declared ";
      put_times(o, c.declarations);
      if (c.labelled == 0) {
        s += " before, never inspected";
        return;
      }
      fmt::format_to(o, " before: {:.0f} fraud{} in {:.0f} inspection{} (smoothed rate {:.0f}%)", c.frauds,
                     c.frauds == 1 ? "" : "s", c.labelled, c.labelled == 1 ? "" : "s", 100 * c.fraud_rate);
      return;
    }
    case Kind::origin:
      s += "origin ";
      s += x.origin;
      return;
    case Kind::departure:
      s += "departure ";
      s += x.dep;
      return;
    case Kind::office:
      s += "office ";
      s += d.office;
      return;
    case Kind::transport_mode:
      s += "transport mode ";
      s += d.transport_mode;
      return;
    case Kind::origin_is_departure:
      if (x.origin == x.dep)
        s += "shipped from its country of origin";
      else
        fmt::format_to(o, "shipped from {}, not from origin {}", x.dep, x.origin);
      return;
    case Kind::importer_id:
      s += "importer ";
      s += d.importer.id;
      return;
    case Kind::declarant_id:
      s += "declarant ";
      s += d.declarant_id;
      return;
    case Kind::seller_id:
      s += "seller ";
      s += d.exporter.id;
      return;
    case Kind::attribute: {
      const std::string* v = d.attribute(f.substr(5));
      fmt::format_to(o, "{} {}", f.substr(5), v != nullptr ? std::string_view(*v) : "(absent)");
      return;
    }
    case Kind::name: s += f; return;
  }
}

}  // namespace

std::string describe_feature(std::string_view f, const Declaration& d, const HistoryFeatures& h) {
  std::string s;
  describe(kind_of(f), f, Facts(d, h), s);
  return s;
}

WordPlan::WordPlan(const FeatureEncoder& encoder) {
  int hs = -1, consignment = -1;
  by_fact_ = true;
  for (const FeatureInfo& x : encoder.features()) {
    const uint32_t i = static_cast<uint32_t>(names_.size());
    const Kind k = kind_of(x.name);
    names_.push_back(x.name);
    kinds_.push_back(static_cast<uint8_t>(k));
    uint32_t rep = i;
    if (k == Kind::hs) rep = static_cast<uint32_t>(hs < 0 ? (hs = static_cast<int>(i)) : hs);
    if (k == Kind::consignment)
      rep = static_cast<uint32_t>(consignment < 0 ? (consignment = static_cast<int>(i)) : consignment);
    if (k == Kind::log_unit_value) unit_value_ = static_cast<int>(i);
    if (k == Kind::unit_value_vs_usual) vs_usual_ = static_cast<int>(i);
    if (k == Kind::attribute) attributes_.push_back(i);
    if (k == Kind::name) by_fact_ = false;  // a name of its own could be anything
    first_of_fact_.push_back(rep);
  }
}

namespace {

struct Driver {
  size_t begin = 0, end = 0;  // its words in the text, once written
  size_t hash = 0;
  double contribution = 0;
  uint32_t first = 0;  // its first feature
  bool written = false;
};

// The first word of every phrase describe() writes for a feature that is not
// a declaration field of its own (attribute). A field's words "NAME VALUE"
// starting otherwise (and not with a digit, as "3 items") never equal them.
bool stands_apart(std::string_view words) {
  static constexpr std::string_view kFirst[] = {
      "importer", "declarant", "seller", "unit",      "declared", "no",      "net",
      "tax",      "duty",      "HS",     "route",     "first",    "past",    "identical",
      "origin",   "departure", "office", "transport", "shipped",  "log_duty"};
  if (!words.empty() && words.front() >= '0' && words.front() <= '9') return false;
  const std::string_view first = words.substr(0, words.find(' '));
  return std::find(std::begin(kFirst), std::end(kFirst), first) == std::end(kFirst);
}

// Drivers by fact instead of by words, when they are certainly the same:
// features of one fact (hs2/hs4/hs6; the identical consignment's three; the
// unit value and its ratio to the usual when there is no usual) always share
// their words, and features of different facts never do as long as no id,
// office, transport mode or currency holds a space and no declaration
// field's words start like another phrase (the phrases then differ in a word
// of their own, checked phrase by phrase in docs/model.md). Only the fields'
// words are written here; the others' only when named. False (nothing
// changed) when this declaration is not certain to group the same.
bool group_by_fact(const WordPlan& plan, const Facts& x, std::span<const float> contributions, size_t n,
                   std::string& text, std::vector<Driver>& by_words, std::vector<uint32_t>& driver_of) {
  if (!plan.by_fact()) return false;
  const Declaration& d = x.d;
  for (std::string_view v :
       {std::string_view(d.importer.id), std::string_view(d.declarant_id), std::string_view(d.exporter.id),
        std::string_view(d.office), std::string_view(d.transport_mode), x.currency})
    if (v.find(' ') != std::string_view::npos) return false;
  std::vector<uint32_t> first(plan.first_of_fact().begin(), plan.first_of_fact().begin() + n);
  const int a = plan.unit_value(), b = plan.vs_usual();
  if (a >= 0 && b >= 0 && static_cast<size_t>(std::max(a, b)) < n && !(x.has_uv && x.h.usual_unit_value))
    first[static_cast<size_t>(a)] = first[static_cast<size_t>(b)] = static_cast<uint32_t>(std::min(a, b));
  // Declaration fields: written now, grouped by their words among themselves.
  std::vector<std::pair<size_t, size_t>> field_words;  // (begin, end) in text, by position in attributes()
  for (uint32_t i : plan.attributes()) {
    if (i >= n) break;
    const size_t begin = text.size();
    describe(Kind::attribute, plan.name(i), x, text);
    const std::string_view words(text.data() + begin, text.size() - begin);
    if (!stands_apart(words)) return false;
    for (size_t j = 0; j < field_words.size(); ++j)
      if (std::string_view(text.data() + field_words[j].first,
                           field_words[j].second - field_words[j].first) == words) {
        first[i] = first[plan.attributes()[j]];
        break;
      }
    field_words.emplace_back(begin, text.size());
  }
  std::vector<int32_t> driver_at(n, -1);  // by first feature
  for (size_t i = 0; i < n; ++i) {
    const uint32_t f = first[i];
    if (driver_at[f] < 0) {
      driver_at[f] = static_cast<int32_t>(by_words.size());
      Driver g;
      g.first = f;
      by_words.push_back(g);
    }
    Driver& g = by_words[static_cast<size_t>(driver_at[f])];
    g.contribution += contributions[i];
    driver_of[i] = static_cast<uint32_t>(driver_at[f]);
  }
  for (size_t j = 0; j < field_words.size(); ++j) {
    const uint32_t i = plan.attributes()[j];
    Driver& g = by_words[static_cast<size_t>(driver_at[first[i]])];
    if (g.first == i) g.begin = field_words[j].first, g.end = field_words[j].second, g.written = true;
  }
  return true;
}

// Every feature's words written, drivers by identical words.
void group_by_words(const WordPlan& plan, const Facts& x, std::span<const float> contributions, size_t n,
                    std::string& text, std::vector<Driver>& by_words, std::vector<uint32_t>& driver_of) {
  text.clear();
  by_words.clear();
  for (size_t i = 0; i < n; ++i) {
    const size_t begin = text.size();
    describe(static_cast<Kind>(plan.kind(i)), plan.name(i), x, text);
    const std::string_view words(text.data() + begin, text.size() - begin);
    const size_t hash = std::hash<std::string_view>{}(words);
    size_t g = 0;
    while (g < by_words.size() &&
           !(by_words[g].hash == hash &&
             std::string_view(text.data() + by_words[g].begin, by_words[g].end - by_words[g].begin) == words))
      ++g;
    if (g == by_words.size()) {
      Driver fresh;
      fresh.begin = begin, fresh.end = text.size(), fresh.hash = hash, fresh.first = static_cast<uint32_t>(i);
      fresh.written = true;
      by_words.push_back(fresh);
    } else {
      text.resize(begin);  // said already: keep the first
    }
    by_words[g].contribution += contributions[i];
    driver_of[i] = static_cast<uint32_t>(g);
  }
}

}  // namespace

namespace {

// describe_feature_message's parts. Ids are written out whole (no string
// built per call); every object is built in place (object() above).
Json message(const char* id) { return object("id", id, "params", Json(Json::value_t::object)); }
Json message(const char* id, Json params) { return object("id", id, "params", std::move(params)); }
Json number(double x, const char* as) { return object("number", x, "as", as); }
Json times_message(double n) {
  return n == 1   ? message("times.once")
         : n == 2 ? message("times.twice")
                  : message("times", object("n", number(n, "int")));
}
// "1 fraud", "3 frauds"; "1 inspection", "2 inspections".
Json frauds_message(double n) {
  return message(n == 1 ? "frauds.one" : "frauds.other", object("n", number(n, "int")));
}
Json inspections_message(double n) {
  return message(n == 1 ? "inspections.one" : "inspections.other", object("n", number(n, "int")));
}
Json currency_message(const Item* it) {
  return it != nullptr && !it->currency.empty() ? Json(it->currency) : message("units");
}
Json party_rate_message(const char* id, const char* none_id, const std::string& party, const KeyHistory& k) {
  if (k.labelled == 0) return message(none_id, object("party", party, "rate", number(k.fraud_rate, "pct")));
  return message(id, object("party", party, "rate", number(k.fraud_rate, "pct"), "frauds",
                            frauds_message(k.frauds), "inspections", inspections_message(k.labelled)));
}
Json party_count_message(const char* id, const char* none_id, const std::string& party, const KeyHistory& k) {
  if (k.declarations == 0) return message(none_id, object("party", party));
  return message(id, object("party", party, "n", number(k.declarations, "int")));
}
Json route_message(const Facts& x, const char* id, const char* key, Json value) {
  const Declaration& d = x.d;
  return message(id, object("origin", x.origin, "departure", x.dep, "mode", d.transport_mode, "office",
                            d.office, key, std::move(value)));
}

// describe_feature_message for a feature of kind `k` named `f`, from the
// declaration's facts read once: branch by branch describe()'s words
// (tests/ml/driver_messages_test.cc fills the English templates and compares).
Json message_of(Kind k, std::string_view f, const Facts& x) {
  const Declaration& d = x.d;
  const HistoryFeatures& h = x.h;
  const Item* it = x.it;
  switch (k) {
    case Kind::importer_fraud_rate:
      return party_rate_message("importer_fraud_rate", "importer_fraud_rate.none", d.importer.id, h.importer);
    case Kind::declarant_fraud_rate:
      return party_rate_message("declarant_fraud_rate", "declarant_fraud_rate.none", d.declarant_id,
                                h.declarant);
    case Kind::seller_fraud_rate:
      return party_rate_message("seller_fraud_rate", "seller_fraud_rate.none", d.exporter.id, h.seller);
    case Kind::importer_declarations:
      return party_count_message("importer_declarations", "importer_declarations.none", d.importer.id,
                                 h.importer);
    case Kind::declarant_declarations:
      return party_count_message("declarant_declarations", "declarant_declarations.none", d.declarant_id,
                                 h.declarant);
    case Kind::seller_declarations:
      return party_count_message("seller_declarations", "seller_declarations.none", d.exporter.id, h.seller);
    case Kind::importer_inspections:
      return message("importer_inspections",
                     object("party", d.importer.id, "times", times_message(h.importer.labelled)));
    case Kind::declarant_inspections:
      return message("declarant_inspections",
                     object("party", d.declarant_id, "times", times_message(h.declarant.labelled)));
    case Kind::seller_inspections:
      return message("seller_inspections",
                     object("party", d.exporter.id, "times", times_message(h.seller.labelled)));
    case Kind::importer_days_known:
      return h.importer.first_seen
                 ? message("importer_days_known",
                           object("days",
                                  number(static_cast<double>(d.date.days() - *h.importer.first_seen), "int")))
                 : message("importer_days_known.none");
    case Kind::unit_value_vs_usual:
      if (x.has_uv && h.usual_unit_value) {
        Json p = object("value", number(x.uv, "amount"), "currency", currency_message(it), "share",
                        number(x.uv / *h.usual_unit_value, "pct"), "hs", x.hs);
        if (h.usual_from_origin) p.emplace("origin", x.origin);
        return message(h.usual_from_origin ? "unit_value_vs_usual.origin" : "unit_value_vs_usual",
                       std::move(p));
      }
      [[fallthrough]];
    case Kind::log_unit_value:
      return x.has_uv ? message("log_unit_value",
                                object("value", number(x.uv, "amount"), "currency", currency_message(it)))
                      : message("log_unit_value.none");
    case Kind::log_value:
      return it && it->value ? message("log_value", object("value", number(*it->value, "amount"), "currency",
                                                           currency_message(it)))
                             : message("log_value.none");
    case Kind::log_net_mass:
      return it && it->net_mass_kg
                 ? message("log_net_mass", object("mass", number(*it->net_mass_kg, "amount")))
                 : message("log_net_mass.none");
    case Kind::tax_rate:
      return it && it->tax_rate ? message("tax_rate", object("rate", number(*it->tax_rate, "amount")))
                                : message("tax_rate.none");
    case Kind::log_duty:
      if (it && it->value && it->tax_rate)
        return message("log_duty", object("duty", number(*it->value * *it->tax_rate / 100, "amount"),
                                          "currency", currency_message(it)));
      return nullptr;  // its words are its name
    case Kind::items:
      return message("items", object("n", number(static_cast<double>(d.items.size()), "int")));
    case Kind::hs: return message("hs", object("hs", x.hs));
    case Kind::hs6_fraud_rate:
      return message("hs6_fraud_rate", object("hs", x.hs6(), "rate", number(h.hs6.fraud_rate, "pct")));
    case Kind::hs6_declarations:
      return message("hs6_declarations", object("hs", x.hs6(), "times", times_message(h.hs6.declarations)));
    case Kind::hs6_origin_declarations:
      return message("hs6_origin_declarations", object("hs", x.hs6(), "origin", x.origin, "times",
                                                       times_message(h.hs6_origin_declarations)));
    case Kind::route_declarations:
      return route_message(x, "route_declarations", "times", times_message(h.route.declarations));
    case Kind::route_fraud_rate:
      return route_message(x, "route_fraud_rate", "rate", number(h.route.fraud_rate, "pct"));
    case Kind::importer_seller_declarations:
      return h.importer_seller.declarations == 0
                 ? message("importer_seller_declarations.none",
                           object("importer", d.importer.id, "seller", d.exporter.id))
                 : message("importer_seller_declarations",
                           object("times", times_message(h.importer_seller.declarations)));
    case Kind::importer_seller_fraud_rate:
      return message("importer_seller_fraud_rate",
                     object("rate", number(h.importer_seller.fraud_rate, "pct")));
    case Kind::importer_hs6_declarations:
      return h.importer_hs6.declarations == 0
                 ? message("importer_hs6_declarations.none", object("party", d.importer.id, "hs", x.hs6()))
                 : message("importer_hs6_declarations",
                           object("hs", x.hs6(), "times", times_message(h.importer_hs6.declarations)));
    case Kind::consignment: {
      Json what = it != nullptr && it->net_mass_kg && it->value
                      ? message("consignment_goods",
                                object("hs", x.hs6(), "mass", number(*it->net_mass_kg, "amount"), "value",
                                       number(*it->value, "amount"), "currency", currency_message(it)))
                      : message("consignment_goods.none");
      const KeyHistory& c = h.consignment;
      if (c.declarations == 0) return message("consignment.none", object("goods", std::move(what)));
      if (c.labelled == 0)
        return message("consignment.never_inspected",
                       object("goods", std::move(what), "times", times_message(c.declarations)));
      return message("consignment",
                     object("goods", std::move(what), "times", times_message(c.declarations), "frauds",
                            frauds_message(c.frauds), "inspections", inspections_message(c.labelled), "rate",
                            number(c.fraud_rate, "pct")));
    }
    case Kind::origin: return message("origin", object("country", x.origin));
    case Kind::departure: return message("departure", object("country", x.dep));
    case Kind::office: return message("office", object("office", d.office));
    case Kind::transport_mode: return message("transport_mode", object("mode", d.transport_mode));
    case Kind::origin_is_departure:
      return x.origin == x.dep
                 ? message("origin_is_departure")
                 : message("origin_is_departure.not", object("departure", x.dep, "origin", x.origin));
    case Kind::importer_id: return message("importer_id", object("party", d.importer.id));
    case Kind::declarant_id: return message("declarant_id", object("party", d.declarant_id));
    case Kind::seller_id: return message("seller_id", object("party", d.exporter.id));
    case Kind::attribute: {
      const std::string_view name = f.substr(5);
      const std::string* v = d.attribute(name);
      return v != nullptr ? message("attribute", object("name", name, "value", *v))
                          : message("attribute.none", object("name", name));
    }
    case Kind::name: return nullptr;
  }
  return nullptr;
}

}  // namespace

Finding model_finding(const ModelIdentity& model, const FeatureEncoder& encoder, const Declaration& d,
                      const HistoryFeatures& h, double score, std::span<const float> contributions,
                      size_t top) {
  return model_finding(model, WordPlan(encoder), d, h, score, contributions, top);
}

Finding model_finding(const ModelIdentity& model, const WordPlan& plan, const Declaration& d,
                      const HistoryFeatures& h, double score, std::span<const float> contributions,
                      size_t top) {
  // Features that state the same fact in words (the identical consignment's
  // count, inspections and rate) are one driver: their contributions add up.
  // Drivers come in order of first appearance, their contributions summed in
  // feature order, then a stable sort by contribution: the ranking and the
  // figures do not depend on how the drivers were found, and only the named
  // ones need their words (group_by_fact), unless grouping by fact is not
  // certain to equal grouping by words for this declaration.
  const size_t n = std::min(plan.size(), contributions.size());
  const Facts facts(d, h);
  std::string text;
  text.reserve(64 * (top + plan.attributes().size()));
  std::vector<Driver> by_words;
  by_words.reserve(n);
  std::vector<uint32_t> driver_of(n);
  if (!group_by_fact(plan, facts, contributions, n, text, by_words, driver_of))
    group_by_words(plan, facts, contributions, n, text, by_words, driver_of);
  std::vector<uint32_t> order(by_words.size());
  for (size_t g = 0; g < order.size(); ++g) order[g] = static_cast<uint32_t>(g);
  // Only the `top` first are read: the order of a stable sort by
  // contribution (ties in order of appearance), for those alone.
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(std::min(top, order.size())),
                    order.end(), [&](uint32_t a, uint32_t b) {
                      const double ca = by_words[a].contribution, cb = by_words[b].contribution;
                      return ca > cb || (ca == cb && a < b);
                    });
  Finding f = model_headline(model, score);
  std::string because;
  size_t named = 0;
  Json drivers(Json::value_t::array);
  Json::array_t& list = *drivers.get_ptr<Json::array_t*>();
  list.reserve(std::min(top, order.size()));
  for (uint32_t g : order) {
    Driver& x = by_words[g];
    if (named >= top || x.contribution <= 0) break;
    if (!x.written) {
      x.begin = text.size();
      describe(static_cast<Kind>(plan.kind(x.first)), plan.name(x.first), facts, text);
      x.end = text.size();
      x.written = true;
    }
    const std::string_view words(text.data() + x.begin, x.end - x.begin);
    if (named++ > 0) because += "; ";
    fmt::format_to(std::back_inserter(because), "{} ({:+.2f})", words, x.contribution);
    Json names(Json::value_t::array);
    size_t first = n;
    for (size_t i = 0; i < n; ++i)
      if (driver_of[i] == g) {
        if (first == n) first = i;
        names.get_ptr<Json::array_t*>()->emplace_back(plan.name(i));
      }
    Json driver = object("feature", plan.name(first), "features", std::move(names), "contribution",
                         x.contribution, "words", words);
    if (Json m = message_of(static_cast<Kind>(plan.kind(first)), plan.name(first), facts); !m.is_null())
      driver.get_ptr<Json::object_t*>()->emplace("message", std::move(m));
    list.push_back(std::move(driver));
  }
  f.reason = fmt::format("Fraud model {} gives {:.0f}% chance of fraud{}", f.id, 100 * score,
                         named == 0 ? " (no feature pushed it above the usual)" : ": " + because);
  f.instructions =
      score >= 0.5 ? "Check value, origin and classification against invoice and goods; record the result "
                     "so the model learns from it."
                   : "";
  f.evidence =
      object("score", score, "model", model.name, "version", model.version, "drivers", std::move(drivers),
             "worded", true, "bias", contributions.empty() ? 0.0f : contributions.back());
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
  Json drivers(Json::value_t::array);
  for (size_t i : best)
    drivers.get_ptr<Json::array_t*>()->push_back(
        object("feature", features[i].name, "contribution", contributions[i]));
  f.evidence =
      object("score", score, "model", model.name, "version", model.version, "drivers", std::move(drivers),
             "worded", false, "bias", contributions.empty() ? 0.0f : contributions.back());
  return f;
}

Finding model_score_finding(const ModelIdentity& model, double score) {
  Finding f = model_headline(model, score);
  f.reason = fmt::format(
      "Fraud model {} gives {:.0f}% chance of fraud (too low to ask for a check; not broken down by "
      "feature)",
      f.id, 100 * score);
  f.evidence = object("score", score, "model", model.name, "version", model.version, "drivers",
                      Json(Json::value_t::array), "worded", false, "explained", false);
  return f;
}

Json describe_feature_message(std::string_view f, const Declaration& d, const HistoryFeatures& h) {
  return message_of(kind_of(f), f, Facts(d, h));
}

}  // namespace custos::ml
