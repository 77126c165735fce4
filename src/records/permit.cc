#include "records/permit.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <regex>
#include <set>

#include "core/clock.hpp"
#include "core/country.hpp"
#include "core/csv_reader.hpp"
#include "records/ods_potentials.hpp"

namespace custos::records {
namespace {

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return std::string(s);
}

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

std::string upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

std::string date_text(const std::optional<Date>& d) { return d ? d->str() : std::string(); }

std::string amount(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

nlohmann::json opt(const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(); }

Permit from_row(const sql::Row& r) {
  Permit p;
  p.type = r.text(0);
  p.reference = r.text(1);
  p.direction = r.text(2);
  p.issuing_country = r.text(3);
  p.holder_id = r.text(4);
  p.holder_name = r.text(5);
  p.counterpart_country = r.text(6);
  if (!r.text(7).empty()) p.valid_from = Date::parse(r.text(7));
  if (!r.text(8).empty()) p.valid_to = Date::parse(r.text(8));
  p.hs_code = r.text(9);
  p.taxon = r.text(10);
  p.cas_number = r.text(11);
  p.waste_code = r.text(12);
  p.description = r.text(13);
  p.quantity = r.opt_real(14);
  p.unit = r.text(15);
  p.shipments = r.opt_integer(16);
  return p;
}

constexpr const char* kSelect =
    "SELECT type, reference, direction, issuing_country, holder_id, holder_name, counterpart_country, "
    "valid_from, "
    "valid_to, hs_code, taxon, cas_number, waste_code, description, quantity, unit, shipments FROM permits ";

bool is_pieces(const std::string& u) {
  static const std::set<std::string> kPieces = {"pcs", "pc",    "pce",  "piece",     "pieces", "u", "nar",
                                                "no",  "units", "unit", "specimens", "items",  "p"};
  return kPieces.count(lower(u)) > 0;
}

// Codes of a kind found in free text.
std::vector<std::string> codes_in(const std::string& text, const std::regex& re) {
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it)
    out.push_back(upper(it->str()));
  return out;
}

struct Draws {
  double quantity = 0;
  int64_t shipments = 0;
};

// What the declarations lodged before (date, id) drew; an ODS licence's
// quota counts only the same calendar year.
Draws earlier_draws(Store& store, const Permit& p, const Declaration& d) {
  std::string year_from = p.type == "ODS_LICENCE" ? std::to_string(d.date.year()) + "-01-01" : std::string();
  auto r = store.sql().query_one(
      "SELECT coalesce(sum(quantity), 0), count(*) FROM permit_draws WHERE administration = $1 AND type = $2 "
      "AND "
      "reference = $3 AND declaration_id <> $5 AND (lodged < $4 OR (lodged = $4 AND declaration_id < $5)) "
      "AND "
      "lodged >= $6",
      {sql::text(store.administration()), sql::text(p.type), sql::text(p.reference), sql::text(d.date.str()),
       sql::text(d.id), sql::text(year_from)});
  return {r->real(0), r->integer(1)};
}

Finding finding(const std::string& id, const Permit* p, const std::string& type, const std::string& ref,
                const std::string& lane, double weight, std::string reason, std::string instructions) {
  Finding f;
  f.source = "permit";
  f.id = id;
  static const std::map<std::string, Domain> kDomain = {{"CITES_PERMIT", Domain::wildlife},
                                                        {"BASEL_CONSENT", Domain::waste},
                                                        {"ODS_LICENCE", Domain::ozone},
                                                        {"EXPORT_LICENCE", Domain::strategic},
                                                        {"PRECURSOR_LICENCE", Domain::precursors},
                                                        {"CULTURAL_EXPORT_CERTIFICATE", Domain::cultural}};
  if (auto it = kDomain.find(type); it != kDomain.end()) f.domain = it->second;
  f.weight = weight;
  f.reason = std::move(reason);
  f.instructions = std::move(instructions);
  f.evidence = {{"lane", lane}, {"document", type + ":" + ref}};
  if (p) f.evidence["permit"] = to_json(*p);
  return f;
}

}  // namespace

bool is_permit_type(std::string_view type) {
  return std::find(std::begin(kPermitTypes), std::end(kPermitTypes), type) != std::end(kPermitTypes);
}

nlohmann::json to_json(const Permit& p) {
  return {{"type", p.type},
          {"reference", p.reference},
          {"direction", p.direction},
          {"issuing_country", p.issuing_country},
          {"holder_id", p.holder_id},
          {"holder_name", p.holder_name},
          {"counterpart_country", p.counterpart_country},
          {"valid_from", date_text(p.valid_from)},
          {"valid_to", date_text(p.valid_to)},
          {"hs_code", p.hs_code},
          {"taxon", p.taxon},
          {"cas_number", p.cas_number},
          {"waste_code", p.waste_code},
          {"description", p.description},
          {"quantity", opt(p.quantity)},
          {"unit", p.unit},
          {"shipments", p.shipments ? nlohmann::json(*p.shipments) : nlohmann::json()}};
}

PermitRead read_permits_csv(std::string_view data) {
  PermitRead out;
  CsvReader reader = CsvReader::from_memory(data);
  CsvRecord rec;
  // A refused header is an error of the whole file; its code names the
  // error's detail (src/server/error_catalog.cc, kDetails).
  if (!reader.next(rec) || !rec.error.empty()) {
    if (rec.error.empty())
      out.rejects.push_back(
          {1, "", "header", "empty file; expected the permit CSV header", "permit_header_empty"});
    else
      out.rejects.push_back({1, "", "header", rec.error, rec.error_code});
    return out;
  }
  std::map<std::string, size_t> where;
  for (size_t i = 0; i < rec.fields.size(); ++i)
    if (!where.emplace(trim(rec.fields[i]), i).second) {
      out.rejects.push_back(
          {1,
           "",
           "header",
           "column '" + trim(rec.fields[i]) + "' is named twice; which one holds the value?",
           "header_twice",
           {{"column", trim(rec.fields[i])}}});
      return out;
    }
  std::string missing;
  for (std::string_view c : kPermitColumns)
    if (!where.count(std::string(c))) missing += (missing.empty() ? "" : ", ") + std::string(c);
  if (!missing.empty()) {
    out.rejects.push_back({1,
                           "",
                           "header",
                           "the header lacks " + missing + " (docs/records.md, permits)",
                           "permit_header_lacks",
                           {{"columns", missing}}});
    return out;
  }
  const size_t width = rec.fields.size();
  std::map<std::string, int64_t> seen;
  while (reader.next(rec)) {
    ++out.read;
    if (!rec.error.empty()) {
      out.rejects.push_back({rec.line, "", "record", rec.error, rec.error_code});
      continue;
    }
    if (rec.fields.size() != width) {
      out.rejects.push_back(
          {rec.line,
           "",
           "record",
           "expected " + std::to_string(width) + " fields, found " + std::to_string(rec.fields.size()),
           "record.width",
           {{"expected", std::to_string(width)}, {"found", std::to_string(rec.fields.size())}}});
      continue;
    }
    auto get = [&](const char* c) { return trim(rec.fields[where[c]]); };
    Permit p;
    std::vector<FieldProblem> bad;
    p.type = upper(get("type"));
    p.reference = get("reference");
    const std::string key = p.type + ":" + p.reference;
    if (p.type.empty())
      bad.push_back({"type",
                     "empty; one of CITES_PERMIT, BASEL_CONSENT, ODS_LICENCE, EXPORT_LICENCE, "
                     "PRECURSOR_LICENCE, CULTURAL_EXPORT_CERTIFICATE",
                     "permit.type.empty"});
    else if (!is_permit_type(p.type))
      bad.push_back({"type",
                     "'" + p.type +
                         "' is not one of CITES_PERMIT, BASEL_CONSENT, ODS_LICENCE, EXPORT_LICENCE, "
                         "PRECURSOR_LICENCE, CULTURAL_EXPORT_CERTIFICATE",
                     "not_a_permit_type",
                     {{"value", p.type}}});
    if (p.reference.empty())
      bad.push_back({"reference", "empty; the permit's number is needed", "reference.empty"});
    p.direction = lower(get("direction"));
    if (!p.direction.empty() &&
        std::find(std::begin(kDirections), std::end(kDirections), p.direction) == std::end(kDirections))
      bad.push_back({"direction",
                     "'" + p.direction + "' is not import, export, re-export or transit",
                     "not_a_direction",
                     {{"value", p.direction}}});
    for (auto [field, target] : {std::pair{"issuing_country", &p.issuing_country},
                                 std::pair{"counterpart_country", &p.counterpart_country}}) {
      *target = upper(get(field));
      if (!target->empty() && !Country::parse(*target))
        bad.push_back({field,
                       "'" + *target + "' is not an ISO 3166 alpha-2 code",
                       "not_a_country",
                       {{"value", *target}}});
    }
    p.holder_id = get("holder_id");
    p.holder_name = get("holder_name");
    for (auto [field, target] :
         {std::pair{"valid_from", &p.valid_from}, std::pair{"valid_to", &p.valid_to}}) {
      std::string t = get(field);
      if (t.empty()) continue;
      *target = Date::parse(t);
      if (!*target)
        bad.push_back({field, "'" + t + "' is not a date (YYYY-MM-DD)", "not_a_date", {{"value", t}}});
    }
    if (p.valid_from && p.valid_to && *p.valid_to < *p.valid_from)
      bad.push_back({"valid_to", "before valid_from", "valid_to.before"});
    p.hs_code = get("hs_code");
    p.hs_code.erase(std::remove(p.hs_code.begin(), p.hs_code.end(), '.'), p.hs_code.end());
    if (!p.hs_code.empty() && (p.hs_code.size() < 2 || p.hs_code.size() > 10 ||
                               !std::all_of(p.hs_code.begin(), p.hs_code.end(), ::isdigit)))
      bad.push_back({"hs_code",
                     "'" + get("hs_code") + "' is not an HS code or prefix (2 to 10 digits)",
                     "not_an_hs_code",
                     {{"value", get("hs_code")}}});
    p.taxon = get("taxon");
    p.cas_number = get("cas_number");
    if (!p.cas_number.empty() && !std::regex_match(p.cas_number, std::regex("[0-9]{2,7}-[0-9]{2}-[0-9]")))
      bad.push_back({"cas_number",
                     "'" + p.cas_number + "' is not a CAS number (e.g. 7722-84-1)",
                     "not_a_cas_number",
                     {{"value", p.cas_number}}});
    p.waste_code = upper(get("waste_code"));
    p.description = get("description");
    if (std::string q = get("quantity"); !q.empty()) {
      double v = 0;
      auto [ptr, ec] = std::from_chars(q.data(), q.data() + q.size(), v);
      if (ec != std::errc() || ptr != q.data() + q.size() || !std::isfinite(v))
        bad.push_back({"quantity", "'" + q + "' is not a number", "not_a_number", {{"value", q}}});
      else if (v < 0)
        bad.push_back({"quantity", "cannot be negative", "negative"});
      else
        p.quantity = v;
    }
    p.unit = get("unit");
    if (p.quantity && p.unit.empty())
      bad.push_back({"unit", "a quantity needs its unit (kg, t, l, m3, pcs...)", "unit.needed"});
    for (std::string_view u : {kOdpTonnes, kCo2eTonnes})
      if (lower(p.unit) == lower(std::string(u))) {
        p.unit = std::string(u);
        if (p.type != "ODS_LICENCE")
          bad.push_back({"unit",
                         p.unit + " (ODP or CO2-equivalent tonnes) counts an ODS licence's quota; a " +
                             p.type + " is counted in kg, t, l, m3 or pcs",
                         "unit.quota_only",
                         {{"unit", p.unit}, {"type", p.type}}});
      }
    if (std::string s = get("shipments"); !s.empty()) {
      int64_t v = 0;
      auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
      if (ec != std::errc() || ptr != s.data() + s.size() || v < 1)
        bad.push_back({"shipments",
                       "'" + s + "' is not a whole number of shipments (1 or more)",
                       "not_a_shipment_count",
                       {{"value", s}}});
      else
        p.shipments = v;
    }
    if (bad.empty() && seen.count(key))
      bad.push_back({"reference",
                     key + " appears again (first on line " + std::to_string(seen[key]) + ")",
                     "permit.duplicate",
                     {{"value", key}, {"line", std::to_string(seen[key])}}});
    if (!bad.empty()) {
      for (const FieldProblem& b : bad)
        out.rejects.push_back({rec.line, key, b.field, b.reason, b.code, b.params});
      continue;
    }
    seen[key] = rec.line;
    out.records.emplace_back(rec.line, std::move(p));
  }
  return out;
}

PutResult put_permit(Store& store, const Permit& p, const audit::Actor& actor, std::string_view source) {
  sql::Session& db = store.sql();
  const std::string admin = store.administration();
  const nlohmann::json doc = to_json(p);
  const std::string digest = digest_hex(doc.dump());
  sql::Transaction tx(db);
  auto old =
      db.query_one("SELECT digest FROM permits WHERE administration = $1 AND type = $2 AND reference = $3",
                   {sql::text(admin), sql::text(p.type), sql::text(p.reference)});
  if (old && old->text(0) == digest) return PutResult::duplicate;
  std::optional<Permit> before = old ? get_permit(store, p.type, p.reference) : std::nullopt;
  const std::string now = utc_now();
  sql::Params params{sql::text(admin),
                     sql::text(p.type),
                     sql::text(p.reference),
                     sql::text(digest),
                     sql::text(p.direction),
                     sql::text(p.issuing_country),
                     sql::text(p.holder_id),
                     sql::text(p.holder_name),
                     sql::text(p.counterpart_country),
                     sql::text(date_text(p.valid_from)),
                     sql::text(date_text(p.valid_to)),
                     sql::text(p.hs_code),
                     sql::text(p.taxon),
                     sql::text(p.cas_number),
                     sql::text(p.waste_code),
                     sql::text(p.description),
                     p.quantity ? sql::Value(*p.quantity) : sql::null(),
                     sql::text(p.unit),
                     p.shipments ? sql::integer(*p.shipments) : sql::null(),
                     sql::text(source),
                     sql::text(now)};
  db.execute(
      "INSERT INTO permits(administration, type, reference, digest, direction, issuing_country, holder_id, "
      "holder_name, counterpart_country, valid_from, valid_to, hs_code, taxon, cas_number, waste_code, "
      "description, "
      "quantity, unit, shipments, source, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, "
      "$9, $10, "
      "$11, $12, $13, $14, $15, $16, CAST($17 AS DOUBLE PRECISION), $18, CAST($19 AS BIGINT), $20, $21, $21) "
      "ON "
      "CONFLICT (administration, type, reference) DO UPDATE SET digest = excluded.digest, direction = "
      "excluded.direction, issuing_country = excluded.issuing_country, holder_id = excluded.holder_id, "
      "holder_name "
      "= excluded.holder_name, counterpart_country = excluded.counterpart_country, valid_from = "
      "excluded.valid_from, "
      "valid_to = excluded.valid_to, hs_code = excluded.hs_code, taxon = excluded.taxon, cas_number = "
      "excluded.cas_number, waste_code = excluded.waste_code, description = excluded.description, quantity = "
      "excluded.quantity, unit = excluded.unit, shipments = excluded.shipments, source = excluded.source, "
      "updated_at = excluded.updated_at",
      params);
  nlohmann::json change = {{"source", std::string(source)}};
  if (before) {
    nlohmann::json b = to_json(*before), diff = nlohmann::json::object();
    for (auto it = doc.begin(); it != doc.end(); ++it)
      if (b[it.key()] != it.value()) diff[it.key()] = {{"old", b[it.key()]}, {"new", it.value()}};
    change["changed"] = diff;
  } else {
    change["permit"] = doc;
  }
  audit::record(store, actor, before ? "permit.update" : "permit.create",
                "permit:" + p.type + ":" + p.reference, change);
  tx.commit();
  return before ? PutResult::updated : PutResult::stored;
}

std::optional<Permit> get_permit(Store& store, std::string_view type, std::string_view reference) {
  auto r = store.sql().query_one(
      std::string(kSelect) + "WHERE administration = $1 AND type = $2 AND reference = $3",
      {sql::text(store.administration()), sql::text(type), sql::text(reference)});
  if (!r) return std::nullopt;
  return from_row(*r);
}

std::vector<Permit> list_permits(Store& store) {
  std::vector<Permit> out;
  for (const sql::Row& r :
       store.sql().query(std::string(kSelect) + "WHERE administration = $1 ORDER BY type, reference",
                         {sql::text(store.administration())}))
    out.push_back(from_row(r));
  return out;
}

bool has_permits(Store& store) {
  return store.sql()
      .query_one("SELECT 1 FROM permits WHERE administration = $1", {sql::text(store.administration())})
      .has_value();
}

PermitBalance permit_balance(Store& store, const Permit& p, Date on) {
  PermitBalance b;
  std::string year_from = p.type == "ODS_LICENCE" ? std::to_string(on.year()) + "-01-01" : std::string();
  auto r = store.sql().query_one(
      "SELECT coalesce(sum(quantity), 0), count(*) FROM permit_draws WHERE administration = $1 AND type = $2 "
      "AND "
      "reference = $3 AND lodged >= $4",
      {sql::text(store.administration()), sql::text(p.type), sql::text(p.reference), sql::text(year_from)});
  b.used = r->real(0);
  b.shipments_used = r->integer(1);
  b.quantity = p.quantity;
  if (p.quantity) b.remaining = *p.quantity - *b.used;
  if (p.valid_to && on > *p.valid_to)
    b.status = "expired";
  else if (p.valid_from && on < *p.valid_from)
    b.status = "not_yet_valid";
  else if ((b.remaining && *b.remaining <= 1e-9) || (p.shipments && b.shipments_used >= *p.shipments))
    b.status = "exhausted";
  else
    b.status = "valid";
  return b;
}

nlohmann::json balance_json(Store& store, const Permit& p, Date on) {
  PermitBalance b = permit_balance(store, p, on);
  nlohmann::json draws = nlohmann::json::array();
  for (const sql::Row& r :
       store.sql().query("SELECT declaration_id, lodged, quantity, unit, drawn_at FROM permit_draws WHERE "
                         "administration = $1 AND "
                         "type = $2 AND reference = $3 ORDER BY lodged, declaration_id",
                         {sql::text(store.administration()), sql::text(p.type), sql::text(p.reference)}))
    draws.push_back({{"declaration_id", r.text(0)},
                     {"lodged", r.text(1)},
                     {"quantity", r.real(2)},
                     {"unit", r.text(3)},
                     {"drawn_at", r.text(4)}});
  return {{"type", p.type},
          {"reference", p.reference},
          {"quantity", opt(b.quantity)},
          {"used", opt(b.used)},
          {"remaining", opt(b.remaining)},
          {"shipments_used", b.shipments_used},
          {"shipments", p.shipments ? nlohmann::json(*p.shipments) : nlohmann::json()},
          {"unit", p.unit},
          {"status", b.status},
          {"as_of", on.str()},
          {"permit", to_json(p)},
          {"draws", draws}};
}

namespace {

bool odp_unit(const std::string& unit) { return lower(unit) == lower(std::string(kOdpTonnes)); }
bool co2e_unit(const std::string& unit) { return lower(unit) == lower(std::string(kCo2eTonnes)); }

// The unit as an officer reads it: ODP_t -> "ODP t", CO2e_t -> "t CO2e".
std::string unit_words(const std::string& unit) {
  if (odp_unit(unit)) return "ODP t";
  if (co2e_unit(unit)) return "t CO2e";
  return unit;
}

struct ItemDraw {
  double quantity = 0;                      // in the permit's unit
  std::optional<double> kg;                 // the net mass it came from
  const OdsPotential* substance = nullptr;  // for ODP and CO2e quotas
};

// The substance an ODP or CO2e quota counts: the licence's CAS number, else
// the one in the item's description, else a blend the description names
// (R-404A: its components weighed), else the one its HS subheading holds.
const OdsPotential* ods_substance(const Item& item, const Permit& p) {
  const OdsPotentials& table = OdsPotentials::builtin();
  if (!p.cas_number.empty()) return table.by_cas(p.cas_number);
  static const std::regex kCas("\\b[0-9]{2,7}-[0-9]{2}-[0-9]\\b");
  for (const std::string& cas : codes_in(item.description, kCas))
    if (const OdsPotential* s = table.by_cas(cas)) return s;
  if (const OdsPotential* blend = table.blend_named_in(item.description)) return blend;
  return item.hs_code.empty() ? nullptr : table.by_hs(item.hs_code.str());
}

std::optional<ItemDraw> item_draw(const Item& item, const Permit& p) {
  const std::string unit = lower(p.unit);
  const std::string qu = lower(item.quantity_unit);
  const bool ods = odp_unit(p.unit) || co2e_unit(p.unit);
  ItemDraw out;
  if (unit == "kg" || unit == "t" || unit == "g" || ods) {
    std::optional<double> kg = item.net_mass_kg;
    if (!kg && item.quantity && (qu == "kg" || qu == "kgm")) kg = item.quantity;
    if (!kg && item.quantity && (qu == "t" || qu == "tne")) kg = *item.quantity * 1000;
    if (!kg) return std::nullopt;
    out.kg = kg;
    if (ods) {
      out.substance = ods_substance(item, p);
      if (!out.substance) return std::nullopt;
      if (odp_unit(p.unit)) {
        out.quantity = *kg * out.substance->odp / 1000;
      } else {
        if (!out.substance->gwp) return std::nullopt;
        out.quantity = *kg * *out.substance->gwp / 1000;
      }
    } else {
      out.quantity = unit == "kg" ? *kg : unit == "t" ? *kg / 1000 : *kg * 1000;
    }
    return out;
  }
  if (item.quantity && (qu == unit || (is_pieces(unit) && is_pieces(qu)) || (unit == "l" && qu == "ltr") ||
                        (unit == "m3" && qu == "mtq"))) {
    out.quantity = *item.quantity;
    return out;
  }
  return std::nullopt;
}

bool carries(const Item& item, const Permit& p) {
  for (const Document& doc : item.documents)
    if (doc.type == p.type && doc.reference == p.reference) return true;
  return false;
}

// "120 kg HCFC-22 = 6.6 ODP kg = 0.0066 ODP t" for each item, and the
// evidence of the conversion; empty for a permit counted in kg, t, pcs...
std::pair<std::string, nlohmann::json> conversion(const Declaration& d, const Permit& p) {
  std::string words;
  nlohmann::json rows = nlohmann::json::array();
  if (!odp_unit(p.unit) && !co2e_unit(p.unit)) return {words, rows};
  for (const Item& item : d.items) {
    if (!carries(item, p)) continue;
    auto x = item_draw(item, p);
    if (!x || !x->substance || !x->kg) continue;
    const OdsPotential& s = *x->substance;
    const bool odp = odp_unit(p.unit);
    const double factor = odp ? s.odp : s.gwp.value_or(0);
    // A blend counts as its components weighed (the evidence lists them); the
    // words name it as declared, as the workbench does from the same rows.
    nlohmann::json components = nlohmann::json::array();
    for (const auto& [component, percent] : s.components)
      components.push_back({{"substance", component}, {"mass_percent", percent}});
    words += (words.empty() ? "" : "; ") + amount(*x->kg) + " kg " + s.substance + " = " +
             amount(*x->kg * factor) + (odp ? " ODP kg = " : " kg CO2e = ") + amount(x->quantity) + " " +
             unit_words(p.unit);
    nlohmann::json row = {{"item", item.item_no},
                          {"kg", *x->kg},
                          {"substance", s.substance},
                          {"cas_number", s.cas_number},
                          {odp ? "odp" : "gwp_100", factor},
                          {"quantity", x->quantity},
                          {"unit", p.unit},
                          {"source", s.source}};
    if (s.blend()) row["components"] = components;
    rows.push_back(std::move(row));
  }
  return {words, rows};
}

}  // namespace

std::optional<double> drawn_quantity(const Declaration& d, const Permit& p) {
  double total = 0;
  bool any = false;
  for (const Item& item : d.items) {
    if (!carries(item, p)) continue;
    any = true;
    auto x = item_draw(item, p);
    if (!x) return std::nullopt;
    total += x->quantity;
  }
  if (!any) return std::nullopt;
  return total;
}

void record_draws(Store& store, const Declaration& d) {
  sql::Session& db = store.sql();
  const std::string admin = store.administration();
  sql::Transaction tx(db);
  db.execute("DELETE FROM permit_draws WHERE administration = $1 AND declaration_id = $2",
             {sql::text(admin), sql::text(d.id)});
  std::set<std::pair<std::string, std::string>> done;
  for (const Item& item : d.items)
    for (const Document& doc : item.documents) {
      if (!is_permit_type(doc.type) || doc.reference.empty() ||
          !done.insert({doc.type, doc.reference}).second)
        continue;
      auto p = get_permit(store, doc.type, doc.reference);
      if (!p) continue;
      double q = drawn_quantity(d, *p).value_or(0.0);
      db.execute(
          "INSERT INTO permit_draws(administration, type, reference, declaration_id, lodged, quantity, unit, "
          "drawn_at) VALUES ($1, $2, $3, $4, $5, CAST($6 AS DOUBLE PRECISION), $7, $8)",
          {sql::text(admin), sql::text(doc.type), sql::text(doc.reference), sql::text(d.id),
           sql::text(d.date.str()), sql::Value(q), sql::text(p->unit), sql::text(utc_now())});
    }
  tx.commit();
}

int64_t refresh_draws(Store& store) {
  sql::Session& db = store.sql();
  const std::string admin = store.administration();
  if (!db.query_one("SELECT 1 FROM permits WHERE administration = $1", {sql::text(admin)})) return 0;
  // The draws as stored: declaration -> "type:ref=q@lodged;..."
  std::map<std::string, std::string> stored;
  for (const sql::Row& r :
       db.query("SELECT declaration_id, type, reference, quantity, lodged FROM permit_draws "
                "WHERE administration = $1 ORDER BY declaration_id, type, reference",
                {sql::text(admin)}))
    stored[r.text(0)] += r.text(1) + ":" + r.text(2) + "=" + amount(r.real(3)) + "@" + r.text(4) + ";";
  std::map<std::string, std::optional<Permit>> permits;
  std::vector<Declaration> changed;
  std::set<std::string> seen;
  store.scan({}, [&](const Declaration& d) {
    std::set<std::pair<std::string, std::string>> docs;
    for (const Item& item : d.items)
      for (const Document& doc : item.documents)
        if (is_permit_type(doc.type) && !doc.reference.empty()) docs.insert({doc.type, doc.reference});
    std::string want;
    for (const auto& [type, ref] : docs) {
      auto [it, fresh] = permits.try_emplace(type + ":" + ref);
      if (fresh) it->second = get_permit(store, type, ref);
      if (!it->second) continue;
      want += type + ":" + ref + "=" + amount(drawn_quantity(d, *it->second).value_or(0.0)) + "@" +
              d.date.str() + ";";
    }
    auto s = stored.find(d.id);
    if ((s == stored.end() ? std::string() : s->second) != want) changed.push_back(d);
    if (s != stored.end()) seen.insert(d.id);
    return true;
  });
  sql::Transaction tx(db);
  for (const Declaration& d : changed) record_draws(store, d);
  tx.commit();
  return static_cast<int64_t>(changed.size());
}

std::vector<Finding> check_permits(Store& store, const Declaration& d) {
  std::vector<Finding> out;
  static const std::regex kCas("\\b[0-9]{2,7}-[0-9]{2}-[0-9]\\b");
  static const std::regex kWaste("\\b([AB][0-9]{4}|G[A-Z][0-9]{3}|Y[0-9]{1,2})\\b", std::regex::icase);
  std::set<std::pair<std::string, std::string>> done;
  for (const Item& first : d.items)
    for (const Document& doc : first.documents) {
      if (!is_permit_type(doc.type) || !done.insert({doc.type, doc.reference}).second) continue;
      const std::string key = doc.type + ":" + doc.reference;
      std::optional<Permit> p =
          doc.reference.empty() ? std::nullopt : get_permit(store, doc.type, doc.reference);
      if (!p) {
        out.push_back(finding("PERMIT_UNKNOWN", nullptr, doc.type, doc.reference, "orange", 70,
                              "The declaration quotes " + key +
                                  ", which is not in the permit registry: it may be forged, "
                                  "cancelled, or issued by another authority and not yet registered.",
                              "Ask the issuing authority to confirm the permit (number, holder, goods, "
                              "quantity) before release; "
                              "hold the goods and examine them if it cannot be confirmed."));
        continue;
      }
      size_t before = out.size();
      std::vector<int> items;
      for (const Item& item : d.items)
        for (const Document& x : item.documents)
          if (x.type == doc.type && x.reference == doc.reference) items.push_back(item.item_no);
      // Validity on the declaration date.
      if (p->valid_to && d.date > *p->valid_to)
        out.push_back(
            finding("PERMIT_EXPIRED", &*p, doc.type, doc.reference, "orange", 60,
                    key + " expired on " + p->valid_to->str() + "; the declaration was lodged on " +
                        d.date.str() + ". CITES permits are never extended.",
                    "Refuse the permit as cover; the goods need a valid permit or are detained. Check "
                    "whether a new permit was issued."));
      if (p->valid_from && d.date < *p->valid_from)
        out.push_back(finding("PERMIT_NOT_YET_VALID", &*p, doc.type, doc.reference, "orange", 60,
                              key + " is valid only from " + p->valid_from->str() +
                                  "; the declaration was lodged on " + d.date.str() + ".",
                              "Refuse the permit as cover until its first day of validity; check that the "
                              "document is not a copy issued for a later shipment."));
      // Goods covered.
      for (const Item& item : d.items) {
        bool carries = false;
        for (const Document& x : item.documents)
          carries = carries || (x.type == doc.type && x.reference == doc.reference);
        if (!carries) continue;
        std::vector<std::string> why;
        nlohmann::json why_ev = nlohmann::json::array();  // the same clauses, for translation
        if (!p->hs_code.empty() && !item.hs_code.empty() && !item.hs_code.str().starts_with(p->hs_code)) {
          why.push_back("HS code " + item.hs_code.str() + " is not under the permit's " + p->hs_code);
          why_ev.push_back({{"kind", "hs"}, {"declared", item.hs_code.str()}, {"permitted", p->hs_code}});
        }
        if (!p->cas_number.empty()) {
          auto cas = codes_in(item.description, kCas);
          if (!cas.empty() && std::find(cas.begin(), cas.end(), p->cas_number) == cas.end()) {
            why.push_back("substance CAS " + cas.front() + " is not the permit's " + p->cas_number);
            why_ev.push_back({{"kind", "cas"}, {"declared", cas.front()}, {"permitted", p->cas_number}});
          }
        }
        if (!p->waste_code.empty()) {
          auto wc = codes_in(item.description, kWaste);
          if (!wc.empty() && std::find(wc.begin(), wc.end(), upper(p->waste_code)) == wc.end()) {
            why.push_back("waste code " + wc.front() + " is not the permit's " + p->waste_code);
            why_ev.push_back({{"kind", "waste"}, {"declared", wc.front()}, {"permitted", p->waste_code}});
          }
        }
        if (!p->taxon.empty()) {
          const std::string* taxon = d.attribute("taxon");
          if (taxon && !taxon->empty() && lower(*taxon) != lower(p->taxon)) {
            why.push_back("taxon " + *taxon + " is not the permit's " + p->taxon);
            why_ev.push_back({{"kind", "taxon"}, {"declared", *taxon}, {"permitted", p->taxon}});
          }
        }
        if (!why.empty()) {
          std::string w;
          for (const std::string& s : why) w += (w.empty() ? "" : "; ") + s;
          Finding f = finding(
              "PERMIT_GOODS_NOT_COVERED", &*p, doc.type, doc.reference, "orange", 60,
              "Item " + std::to_string(item.item_no) + " is not covered by " + key + ": " + w + ".",
              "Examine the goods against the permit's description (" +
                  (p->description.empty() ? std::string("goods named on the permit") : p->description) +
                  "); goods outside the permit are undeclared controlled goods.");
          f.evidence["item"] = item.item_no;
          f.evidence["not_covered"] = std::move(why_ev);
          out.push_back(std::move(f));
        }
      }
      // Holder and country.
      const bool exporting = p->direction == "export" || p->direction == "re-export";
      const custos::Party& party = exporting ? d.exporter : d.importer;
      if (!p->holder_id.empty() && !party.id.empty() && party.id != p->holder_id) {
        out.push_back(
            finding("PERMIT_WRONG_HOLDER", &*p, doc.type, doc.reference, "orange", 60,
                    key + " was issued to " + p->holder_id +
                        (p->holder_name.empty() ? "" : " (" + p->holder_name + ")") + ", but the " +
                        (exporting ? "exporter" : "importer") + " is " + party.id + ".",
                    "A permit is personal to its holder: refuse it as cover and ask the declarant to "
                    "explain; check whether the holder sold or lent the permit."));
        out.back().evidence["party"] = party.id;
      }
      if (!p->counterpart_country.empty()) {
        std::optional<Country> other;
        if (exporting)
          other = d.destination_country;
        else
          other = d.exporter.country ? d.exporter.country : d.departure_country;
        if (other && other->str() != p->counterpart_country) {
          out.push_back(
              finding("PERMIT_WRONG_COUNTRY", &*p, doc.type, doc.reference, "orange", 60,
                      key + " covers trade " + (exporting ? "to " : "from ") + p->counterpart_country +
                          ", but the declaration's " + (exporting ? "destination" : "exporting country") +
                          " is " + other->str() + ".",
                      "Refuse the permit as cover; a shipment to or from another country needs its own "
                      "permit or consent."));
          out.back().evidence["declared_country"] = other->str();
        }
      }
      // Balances in lodging order.
      Draws earlier = earlier_draws(store, *p, d);
      std::optional<double> q = drawn_quantity(d, *p);
      if (p->shipments && earlier.shipments >= *p->shipments) {
        out.push_back(finding(
            "PERMIT_SHIPMENTS_EXHAUSTED", &*p, doc.type, doc.reference, "orange", 65,
            key + " allows " + std::to_string(*p->shipments) + " shipment(s); " +
                std::to_string(earlier.shipments) + " declaration(s) lodged before this one already used it.",
            "Refuse the permit as cover: the consent is used up. Check the movement document's "
            "serial number and ask for a new notification."));
        out.back().evidence["shipments_before"] = earlier.shipments;
      }
      const std::string unit = unit_words(p->unit);
      auto [converted, conversion_rows] = conversion(d, *p);
      if (p->quantity && q && earlier.quantity + *q > *p->quantity + 1e-9) {
        const double remaining = std::max(0.0, *p->quantity - earlier.quantity);
        const bool quota = p->type == "ODS_LICENCE";
        Finding f = finding(
            quota ? "PERMIT_QUOTA_EXCEEDED" : "PERMIT_OVER_BALANCE", &*p, doc.type, doc.reference, "orange",
            65,
            quota ? key + ": the importer's quota for " + std::to_string(d.date.year()) + " is " +
                        amount(*p->quantity) + " " + unit + "; " + amount(earlier.quantity) + " " + unit +
                        " were imported before this declaration, which adds " + amount(*q) + " " + unit +
                        (converted.empty() ? std::string() : " (" + converted + ")") + "."
                  : key + " has " + amount(remaining) + " " + unit + " left of " + amount(*p->quantity) +
                        " " + unit + "; this declaration draws " + amount(*q) + " " + unit + ".",
            quota ? "Detain the quantity over the quota; report the excess to the ozone unit (it is deducted "
                    "from "
                    "the next allocation)."
                  : "Release at most the remaining balance against the permit; the excess needs another "
                    "permit or "
                    "is detained. Weigh or count the goods.");
        f.evidence["drawn"] = *q;
        f.evidence["drawn_before"] = earlier.quantity;
        f.evidence["remaining_before"] = remaining;
        if (quota) f.evidence["year"] = d.date.year();
        if (!conversion_rows.empty()) f.evidence["conversion"] = conversion_rows;
        out.push_back(std::move(f));
      }
      if (out.size() == before) {
        if (p->quantity && !q) {
          const bool ods = odp_unit(p->unit) || co2e_unit(p->unit);
          out.push_back(finding(
              "PERMIT_QUANTITY_UNKNOWN", &*p, doc.type, doc.reference, "yellow", 30,
              "The items under " + key + " do not state a quantity in the permit's unit (" + p->unit + ")" +
                  (ods ? ": the net mass and a substance of data/permits/ods_potentials.csv (the licence's "
                         "or "
                         "the item's CAS number, or an HS subheading holding one substance) with its " +
                             std::string(odp_unit(p->unit) ? "ODP" : "GWP-100") + " are needed"
                       : std::string()) +
                  ", so the balance cannot be drawn automatically.",
              "Establish the quantity (weigh or count" +
                  std::string(ods ? "; identify the substance and convert with its potential" : "") +
                  ") and draw it on the permit by hand."));
          continue;
        }
        Finding f = finding(
            "PERMIT_COVERED", &*p, doc.type, doc.reference, "green", 0,
            "The goods are covered by " + key + ": valid on " + d.date.str() +
                ", goods, holder and country match" +
                (p->quantity
                     ? ", and " +
                           (converted.empty() ? amount(*q) + " " + unit
                                              : converted + " of the " + amount(*p->quantity) + " " + unit +
                                                    (p->type == "ODS_LICENCE" ? " quota" : "")) +
                           " fit the remaining " + amount(*p->quantity - earlier.quantity) + " " + unit
                     : std::string()) +
                ".",
            "Lawful trade under a registered permit: check the original document only if other "
            "findings point to it. Endorse the quantity actually exported or imported.");
        f.evidence["mitigating"] = true;
        f.evidence["items"] = items;
        if (q) f.evidence["drawn"] = *q;
        if (p->quantity) f.evidence["remaining_after"] = *p->quantity - earlier.quantity - q.value_or(0);
        if (!conversion_rows.empty()) f.evidence["conversion"] = conversion_rows;
        out.push_back(std::move(f));
      }
    }
  // The lodging date the reasons quote, for their translations.
  for (Finding& f : out) f.evidence["lodged"] = d.date.str();
  return out;
}

risk::FindingSource permit_finding_source(Store& store) {
  return [&store](const Declaration& d, std::vector<Finding>& out) {
    for (Finding& f : check_permits(store, d)) out.push_back(std::move(f));
  };
}

}  // namespace custos::records
