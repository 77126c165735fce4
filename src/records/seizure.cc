#include "records/seizure.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>

#include "core/country.hpp"
#include "core/currency.hpp"
#include "core/domain.hpp"

namespace custos::records {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::optional<int> digits(std::string_view s) {
  int v = 0;
  if (s.empty()) return std::nullopt;
  for (char c : s)
    if (c < '0' || c > '9') return std::nullopt;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

std::optional<double> number(std::string_view s) {
  s = trim(s);
  if (s.empty()) return std::nullopt;
  double v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

bool known_unit(std::string_view u) {
  return std::find(std::begin(kUnits), std::end(kUnits), u) != std::end(kUnits);
}

std::string str(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  if (!it->is_string()) throw RecordError(std::string(key) + ": expected a string", "json.expected_string");
  return it->get<std::string>();
}

std::optional<double> opt_num(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  if (!it->is_number()) throw RecordError(std::string(key) + ": expected a number", "json.expected_number");
  return it->get<double>();
}

nlohmann::json opt(const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(); }

}  // namespace

Date PartialDate::first() const {
  int y = std::stoi(text.substr(0, 4));
  int m = precision == Precision::year ? 1 : std::stoi(text.substr(5, 2));
  int d = precision == Precision::day ? std::stoi(text.substr(8, 2)) : 1;
  return *Date::from_ymd(y, m, d);
}

Date PartialDate::last() const {
  if (precision == Precision::day) return first();
  int y = std::stoi(text.substr(0, 4));
  if (precision == Precision::year) return *Date::from_ymd(y, 12, 31);
  int m = std::stoi(text.substr(5, 2));
  return (m == 12 ? *Date::from_ymd(y + 1, 1, 1) : *Date::from_ymd(y, m + 1, 1)).plus_days(-1);
}

std::optional<PartialDate> PartialDate::parse(std::string_view t) {
  t = trim(t);
  PartialDate p;
  p.text = std::string(t);
  if (t.size() == 4) {
    auto y = digits(t);
    if (!y || *y < 1900) return std::nullopt;
    p.precision = Precision::year;
    return p;
  }
  if (t.size() == 7 && t[4] == '-') {
    auto y = digits(t.substr(0, 4)), m = digits(t.substr(5, 2));
    if (!y || !m || *y < 1900 || *m < 1 || *m > 12) return std::nullopt;
    p.precision = Precision::month;
    return p;
  }
  if (t.size() == 10 && t[4] == '-' && t[7] == '-' && Date::parse(t)) {
    if (*digits(t.substr(0, 4)) < 1900) return std::nullopt;
    p.precision = Precision::day;
    return p;
  }
  return std::nullopt;
}

std::vector<Quantity> parse_quantities(std::string_view text) {
  std::vector<Quantity> out;
  text = trim(text);
  if (text.empty())
    throw RecordError("no quantity; expected 'AMOUNT UNIT' entries separated by '|'", "quantities.empty");
  while (true) {
    size_t bar = text.find('|');
    std::string_view entry = trim(text.substr(0, bar));
    std::string e(entry);
    Quantity q;
    // '~' after the amount or at the end marks an estimate.
    if (auto t = e.find('~'); t != std::string::npos) {
      q.estimate = true;
      e.erase(t, 1);
      if (e.find('~') != std::string::npos)
        throw RecordError("'" + std::string(entry) + "': '~' given twice", "quantity.estimate_twice",
                          {{"entry", std::string(entry)}});
    }
    std::string_view ev = trim(e);
    size_t sp = ev.find_first_of(" \t");
    std::string_view amount = sp == std::string_view::npos ? ev : ev.substr(0, sp);
    std::string_view unit = sp == std::string_view::npos ? std::string_view() : trim(ev.substr(sp));
    if (entry.empty()) throw RecordError("an empty entry between '|'", "quantity.empty_entry");
    auto a = number(amount);
    if (!a)
      throw RecordError("'" + std::string(entry) + "': '" + std::string(amount) + "' is not a number",
                        "quantity.not_a_number",
                        {{"entry", std::string(entry)}, {"value", std::string(amount)}});
    if (*a < 0)
      throw RecordError("'" + std::string(entry) + "': a quantity cannot be negative", "quantity.negative",
                        {{"entry", std::string(entry)}});
    if (unit.empty())
      throw RecordError("'" + std::string(entry) + "': no unit (kg, g, t, l, m3 or pcs)", "quantity.no_unit",
                        {{"entry", std::string(entry)}});
    if (!known_unit(unit))
      throw RecordError(
          "'" + std::string(entry) + "': unit '" + std::string(unit) + "' is not one of kg, g, t, l, m3, pcs",
          "quantity.unknown_unit", {{"entry", std::string(entry)}, {"unit", std::string(unit)}});
    q.amount = *a;
    q.unit = std::string(unit);
    out.push_back(std::move(q));
    if (bar == std::string_view::npos) break;
    text = text.substr(bar + 1);
  }
  return out;
}

std::string format_quantities(const std::vector<Quantity>& qs) {
  std::string s;
  for (const Quantity& q : qs) {
    if (!s.empty()) s += "|";
    nlohmann::json a = q.amount;
    s += a.dump() + " " + q.unit + (q.estimate ? "~" : "");
  }
  return s;
}

std::optional<double> to_kg(const Quantity& q) {
  if (q.unit == "kg") return q.amount;
  if (q.unit == "g") return q.amount / 1000.0;
  if (q.unit == "t") return q.amount * 1000.0;
  return std::nullopt;
}

nlohmann::json to_json(const Seizure& s, bool with_parties) {
  nlohmann::json q = nlohmann::json::array();
  for (const Quantity& x : s.quantities)
    q.push_back({{"amount", x.amount}, {"unit", x.unit}, {"estimate", x.estimate}});
  nlohmann::json route = nlohmann::json::array();
  for (const RouteLeg& l : s.route)
    route.push_back({{"role", l.role}, {"country", l.country}, {"confirmed", l.confirmed}});
  nlohmann::json j = {{"id", s.id},
                      {"date", s.date.text},
                      {"office", s.office},
                      {"place", s.place},
                      {"latitude", opt(s.latitude)},
                      {"longitude", opt(s.longitude)},
                      {"country", s.country},
                      {"domain", s.domain},
                      {"commodity", s.commodity},
                      {"hs_code", s.hs_code},
                      {"taxon", s.taxon},
                      {"cites_appendix", s.cites_appendix},
                      {"substance", s.substance},
                      {"cas_number", s.cas_number},
                      {"waste_code", s.waste_code},
                      {"quantities", q},
                      {"value", opt(s.value)},
                      {"currency", s.currency},
                      {"transport_mode", s.transport_mode},
                      {"conveyance", s.conveyance},
                      {"concealment", s.concealment},
                      {"detection", s.detection},
                      {"route", route},
                      {"declarations", s.declarations},
                      {"outcome", s.outcome},
                      {"operation", s.operation},
                      {"source", s.source},
                      {"description", s.description}};
  if (with_parties) {
    nlohmann::json persons = nlohmann::json::array(), companies = nlohmann::json::array();
    for (const Party& p : s.parties)
      (p.kind == "company" ? companies : persons)
          .push_back({{"name", p.name}, {"nationality", p.nationality}});
    j["persons"] = persons;
    j["companies"] = companies;
  }
  return j;
}

Seizure seizure_from_json(const nlohmann::json& j) {
  if (!j.is_object()) throw RecordError("record: expected a JSON object", "json.expected_object");
  Seizure s;
  s.id = str(j, "id");
  if (s.id.empty()) s.id = str(j, "seizure_id");
  std::string date = str(j, "date");
  auto d = PartialDate::parse(date);
  if (!d)
    throw RecordError("date: '" + date + "' is not YYYY-MM-DD, YYYY-MM or YYYY", "not_a_partial_date",
                      {{"value", date}});
  s.date = *d;
  s.office = str(j, "office");
  s.place = str(j, "place");
  s.latitude = opt_num(j, "latitude");
  s.longitude = opt_num(j, "longitude");
  s.country = str(j, "country");
  s.domain = str(j, "domain");
  s.commodity = str(j, "commodity");
  s.hs_code = str(j, "hs_code");
  s.taxon = str(j, "taxon");
  s.cites_appendix = str(j, "cites_appendix");
  s.substance = str(j, "substance");
  s.cas_number = str(j, "cas_number");
  s.waste_code = str(j, "waste_code");
  if (auto it = j.find("quantities"); it != j.end() && !it->is_null()) {
    if (it->is_string()) {
      try {
        s.quantities = parse_quantities(it->get<std::string>());
      } catch (const RecordError& e) {
        throw RecordError(std::string("quantities: ") + e.what(), e.code, e.params);
      }
    } else if (it->is_array()) {
      for (const auto& q : *it) {
        if (!q.is_object() || !q.contains("amount") || !q["amount"].is_number() || !q.contains("unit") ||
            !q["unit"].is_string())
          throw RecordError("quantities: each entry needs a numeric amount and a unit", "quantity.entry");
        Quantity x{q["amount"].get<double>(), q["unit"].get<std::string>(), q.value("estimate", false)};
        if (!known_unit(x.unit))
          throw RecordError("quantities: unit '" + x.unit + "' is not one of kg, g, t, l, m3, pcs",
                            "quantity.unit", {{"unit", x.unit}});
        s.quantities.push_back(std::move(x));
      }
    } else {
      throw RecordError("quantities: expected 'AMOUNT UNIT|...' or an array", "json.quantities");
    }
  }
  s.value = opt_num(j, "value");
  s.currency = str(j, "currency");
  s.transport_mode = str(j, "transport_mode");
  s.conveyance = str(j, "conveyance");
  s.concealment = str(j, "concealment");
  s.detection = str(j, "detection");
  if (auto it = j.find("route"); it != j.end() && it->is_array())
    for (const auto& l : *it) {
      if (!l.is_object()) throw RecordError("route: each leg must be an object", "json.route_leg");
      s.route.push_back({str(l, "role"), str(l, "country"), l.value("confirmed", true)});
    }
  if (auto it = j.find("declarations"); it != j.end() && it->is_array())
    for (const auto& d : *it) {
      if (!d.is_string()) throw RecordError("declarations: expected strings", "json.declarations");
      s.declarations.push_back(d.get<std::string>());
    }
  if (std::string one = str(j, "declaration_id"); !one.empty()) s.declarations.push_back(one);
  for (const char* kind : {"persons", "companies"})
    if (auto it = j.find(kind); it != j.end() && it->is_array())
      for (const auto& p : *it) {
        Party party;
        party.kind = std::string(kind) == "persons" ? "person" : "company";
        if (p.is_string()) {
          party.name = p.get<std::string>();
        } else if (p.is_object()) {
          party.name = str(p, "name");
          party.nationality = str(p, "nationality");
        } else {
          throw RecordError(std::string(kind) + ": expected names or objects", "json.parties");
        }
        s.parties.push_back(std::move(party));
      }
  s.outcome = str(j, "outcome");
  s.operation = str(j, "operation");
  s.source = str(j, "source");
  s.description = str(j, "description");
  return s;
}

std::vector<FieldProblem> validate(const Seizure& s) {
  std::vector<FieldProblem> p;
  if (s.id.empty()) p.push_back({"seizure_id", "empty; every seizure needs its id", "seizure_id.empty"});
  if (s.date.text.empty() || !PartialDate::parse(s.date.text))
    p.push_back({"date",
                 "'" + s.date.text + "' is not YYYY-MM-DD, YYYY-MM or YYYY",
                 "not_a_partial_date",
                 {{"value", s.date.text}}});
  if (s.country.empty())
    p.push_back(
        {"country", "empty; the country of the seizure is needed (ISO 3166 alpha-2)", "country.empty"});
  else if (!Country::parse(s.country))
    p.push_back({"country",
                 "'" + s.country + "' is not an ISO 3166 alpha-2 code",
                 "not_a_country",
                 {{"value", s.country}}});
  if (s.domain.empty())
    p.push_back({"domain",
                 "empty; one of waste, ozone, cultural, strategic, precursors, wildlife, fiscal, general",
                 "domain.empty"});
  else if (!parse_domain(s.domain))
    p.push_back(
        {"domain",
         "'" + s.domain +
             "' is not one of waste, ozone, cultural, strategic, precursors, wildlife, fiscal, general",
         "not_a_domain",
         {{"value", s.domain}}});
  if (s.quantities.empty())
    p.push_back(
        {"quantities", "no quantity; expected 'AMOUNT UNIT' entries separated by '|'", "quantities.empty"});
  if (s.latitude && (*s.latitude < -90 || *s.latitude > 90))
    p.push_back({"latitude", "must be between -90 and 90", "latitude.range"});
  if (s.longitude && (*s.longitude < -180 || *s.longitude > 180))
    p.push_back({"longitude", "must be between -180 and 180", "longitude.range"});
  if (s.latitude.has_value() != s.longitude.has_value())
    p.push_back({s.latitude ? "longitude" : "latitude", "coordinates need both latitude and longitude",
                 "coordinates.both"});
  if (s.value && *s.value < 0) p.push_back({"value", "cannot be negative", "negative"});
  if (!s.currency.empty() && !is_iso4217_currency(s.currency))
    p.push_back({"currency",
                 "'" + s.currency + "' is not an ISO 4217 code",
                 "not_a_currency",
                 {{"value", s.currency}}});
  if (s.value && s.currency.empty())
    p.push_back({"currency", "a value needs its currency", "currency.needed"});
  if (!s.detection.empty() &&
      std::find(std::begin(kDetections), std::end(kDetections), s.detection) == std::end(kDetections))
    p.push_back({"detection",
                 "'" + s.detection +
                     "' is not one of profile, model, random, tip-off, scanner, dog, spectrometer, routine",
                 "not_a_detection",
                 {{"value", s.detection}}});
  for (const RouteLeg& l : s.route)
    if (!Country::parse(l.country))
      p.push_back({l.role == "transit" ? "transit_countries" : l.role + "_country",
                   "'" + l.country + "' is not an ISO 3166 alpha-2 code",
                   "not_a_country",
                   {{"value", l.country}}});
  for (const Party& x : s.parties) {
    if (x.name.empty())
      p.push_back({x.kind == "company" ? "companies" : "persons", "an empty name", "name.empty"});
    if (!x.nationality.empty() && !Country::parse(x.nationality))
      p.push_back({x.kind == "company" ? "companies" : "persons",
                   "'" + x.nationality + "' (of " + x.name + ") is not an ISO 3166 alpha-2 code",
                   "not_a_nationality",
                   {{"value", x.nationality}, {"name", x.name}}});
  }
  if (!s.cites_appendix.empty() && s.cites_appendix != "I" && s.cites_appendix != "II" &&
      s.cites_appendix != "III")
    p.push_back({"cites_appendix",
                 "'" + s.cites_appendix + "' is not I, II or III",
                 "not_a_cites_appendix",
                 {{"value", s.cites_appendix}}});
  return p;
}

}  // namespace custos::records
