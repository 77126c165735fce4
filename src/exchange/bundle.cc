#include "exchange/bundle.hpp"

#include <sodium.h>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <set>

#include "core/country.hpp"
#include "core/date.hpp"
#include "core/domain.hpp"
#include "core/hs_code.hpp"

namespace custos::exchange {
namespace {

using nlohmann::json;

std::string at(const std::string& path, const std::string& key) {
  return path.empty() ? key : path + "." + key;
}
std::string at(const std::string& path, size_t i) { return path + "[" + std::to_string(i) + "]"; }

void need_object(const json& j, const std::string& path) {
  if (!j.is_object()) throw BundleError(path, "expected a JSON object");
}

// Refuses keys the format does not define: a misspelt field would otherwise
// be dropped without a word.
void only_keys(const json& j, const std::string& path, std::initializer_list<const char*> allowed) {
  for (const auto& item : j.items()) {
    const std::string& key = item.key();  // named, not bound: clang 14 cannot capture a binding below
    if (std::none_of(allowed.begin(), allowed.end(), [&](const char* a) { return key == a; }))
      throw BundleError(at(path, key), "is not a field of this format (format_version " +
                                           std::to_string(kBundleFormatVersion) + ")");
  }
}

const json* field(const json& j, const char* key) {
  auto it = j.find(key);
  return it == j.end() || it->is_null() ? nullptr : &*it;
}

std::string str(const json& j, const std::string& path, const char* key, bool required, size_t max = 2000) {
  const json* v = field(j, key);
  if (!v) {
    if (required) throw BundleError(at(path, key), "is required");
    return "";
  }
  if (!v->is_string()) throw BundleError(at(path, key), "must be a string");
  std::string s = v->get<std::string>();
  if (required && s.empty()) throw BundleError(at(path, key), "must not be empty");
  if (s.size() > max) throw BundleError(at(path, key), "is longer than " + std::to_string(max) + " bytes");
  return s;
}

void check_date(const json& j, const std::string& path, const char* key, bool required) {
  const std::string s = str(j, path, key, required, 10);
  if (!s.empty() && (s.size() != 10 || !Date::parse(s)))
    throw BundleError(at(path, key), "must be a date YYYY-MM-DD");
}

void check_timestamp(const std::string& s, const std::string& path) {
  // YYYY-MM-DDTHH:MM:SSZ (what core/clock writes), optionally with milliseconds.
  bool ok =
      (s.size() == 20 || s.size() == 24) && s.back() == 'Z' && s[10] == 'T' && Date::parse(s.substr(0, 10));
  if (!ok) throw BundleError(path, "must be a UTC time YYYY-MM-DDTHH:MM:SSZ");
}

void check_country(const json& j, const std::string& path, const char* key, bool required) {
  const std::string s = str(j, path, key, required, 2);
  if (!s.empty() && (s.size() != 2 || !Country::parse(s) || s != Country::parse(s)->str()))
    throw BundleError(at(path, key), "must be an ISO 3166 alpha-2 country code in capitals");
}

void check_admin(const std::string& s, const std::string& path) {
  bool ok = s.size() >= 2 && s.size() <= 8 && s[0] >= 'A' && s[0] <= 'Z';
  for (char c : s) ok = ok && ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-');
  if (!ok) throw BundleError(path, "must be an administration code (2 to 8 characters A-Z, 0-9, '-')");
}

void check_bool(const json& j, const std::string& path, const char* key) {
  const json* v = field(j, key);
  if (v && !v->is_boolean()) throw BundleError(at(path, key), "must be true or false");
}

double number(const json& j, const std::string& path, const char* key, bool required) {
  const json* v = field(j, key);
  if (!v) {
    if (required) throw BundleError(at(path, key), "is required");
    return 0;
  }
  if (!v->is_number()) throw BundleError(at(path, key), "must be a number");
  const double d = v->get<double>();
  if (!std::isfinite(d) || d < 0) throw BundleError(at(path, key), "must be a number of 0 or more");
  return d;
}

void check_domain(const json& j, const std::string& path, bool required) {
  const std::string s = str(j, path, "domain", required, 40);
  if (!s.empty() && (!parse_domain(s) || to_string(*parse_domain(s)) != s))
    throw BundleError(at(path, "domain"),
                      "must be a domain: waste, ozone, cultural, strategic, precursors, "
                      "wildlife, fiscal or general");
}

void check_hs(const json& j, const std::string& path) {
  const std::string s = str(j, path, "hs_code", false, 20);
  if (!s.empty() && !HsCode::parse(s)) throw BundleError(at(path, "hs_code"), "must be 2 to 10 digits of HS");
}

template <class F>
void each(const json& j, const std::string& path, const char* key, bool required, size_t max, F f) {
  const json* v = field(j, key);
  if (!v) {
    if (required) throw BundleError(at(path, key), "is required");
    return;
  }
  if (!v->is_array()) throw BundleError(at(path, key), "must be an array");
  if (required && v->empty()) throw BundleError(at(path, key), "must hold at least one entry");
  if (v->size() > max)
    throw BundleError(at(path, key), "holds more than " + std::to_string(max) + " entries");
  for (size_t i = 0; i < v->size(); ++i) {
    need_object((*v)[i], at(at(path, key), i));
    f((*v)[i], at(at(path, key), i));
  }
}

void one_of(const std::string& value, const std::string& path, std::initializer_list<const char*> allowed) {
  if (value.empty()) return;
  std::string list;
  for (const char* a : allowed) {
    if (value == a) return;
    list += (list.empty() ? "" : ", ") + std::string(a);
  }
  throw BundleError(path, "must be one of: " + list);
}

void check_seizure(const json& d, const std::string& p) {
  only_keys(d, p,
            {"date", "place", "country", "office", "commodity", "domain", "hs_code", "description",
             "quantities", "value", "route", "conveyance", "concealment", "detection", "persons", "companies",
             "outcome", "redacted"});
  check_date(d, p, "date", true);
  str(d, p, "place", false);
  check_country(d, p, "country", true);
  str(d, p, "office", false, 100);
  str(d, p, "commodity", true, 200);
  check_domain(d, p, true);
  check_hs(d, p);
  str(d, p, "description", false);
  each(d, p, "quantities", true, 50, [](const json& q, const std::string& qp) {
    only_keys(q, qp, {"amount", "unit", "estimated"});
    number(q, qp, "amount", true);
    str(q, qp, "unit", true, 20);
    check_bool(q, qp, "estimated");
  });
  if (const json* v = field(d, "value")) {
    need_object(*v, at(p, "value"));
    only_keys(*v, at(p, "value"), {"amount", "currency"});
    number(*v, at(p, "value"), "amount", true);
    str(*v, at(p, "value"), "currency", true, 3);
  }
  each(d, p, "route", false, 20, [](const json& leg, const std::string& lp) {
    only_keys(leg, lp, {"country", "role", "confirmed"});
    check_country(leg, lp, "country", true);
    one_of(str(leg, lp, "role", true, 20), at(lp, "role"), {"origin", "export", "transit", "destination"});
    check_bool(leg, lp, "confirmed");
  });
  str(d, p, "conveyance", false, 200);
  str(d, p, "concealment", false, 200);
  str(d, p, "detection", false, 200);
  // Nominal data: kept apart, redacted or pseudonymised before it travels.
  each(d, p, "persons", false, 100, [](const json& per, const std::string& pp) {
    only_keys(per, pp, {"role", "name", "document", "address", "nationality", "pseudonymised", "redacted"});
    str(per, pp, "role", false, 40);
    str(per, pp, "name", false, 200);
    str(per, pp, "document", false, 100);
    str(per, pp, "address", false, 400);
    check_country(per, pp, "nationality", false);
    check_bool(per, pp, "pseudonymised");
    check_bool(per, pp, "redacted");
  });
  each(d, p, "companies", false, 100, [](const json& c, const std::string& cp) {
    only_keys(c, cp, {"role", "name", "country"});
    str(c, cp, "role", false, 40);
    str(c, cp, "name", true, 200);
    check_country(c, cp, "country", false);
  });
  str(d, p, "outcome", false, 400);
  check_bool(d, p, "redacted");
}

void check_alert(const json& d, const std::string& p) {
  only_keys(d, p,
            {"reason", "expires", "domain", "company", "container", "route", "hs_code", "description_pattern",
             "weight"});
  str(d, p, "reason", true, 1000);
  check_date(d, p, "expires", true);
  check_domain(d, p, false);
  const std::string company = str(d, p, "company", false, 200);
  const std::string container = str(d, p, "container", false, 20);
  check_hs(d, p);
  const std::string pattern = str(d, p, "description_pattern", false, 200);
  bool route = false;
  if (const json* r = field(d, "route")) {
    need_object(*r, at(p, "route"));
    only_keys(*r, at(p, "route"), {"from", "to"});
    check_country(*r, at(p, "route"), "from", false);
    check_country(*r, at(p, "route"), "to", false);
    route = field(*r, "from") || field(*r, "to");
  }
  if (company.empty() && container.empty() && pattern.empty() && !route && !field(d, "hs_code"))
    throw BundleError(
        p, "an alert names at least one of company, container, route, hs_code, description_pattern");
  if (field(d, "weight")) {
    const double w = number(d, p, "weight", false);
    if (w < 1 || w > 100) throw BundleError(at(p, "weight"), "must be from 1 to 100");
  }
}

void check_feedback(const json& d, const std::string& p) {
  only_keys(d, p, {"about", "to", "result", "note"});
  if (!is_uuid(str(d, p, "about", true, 36)))
    throw BundleError(at(p, "about"), "must be the UUID of a record");
  check_admin(str(d, p, "to", true, 8), at(p, "to"));
  one_of(str(d, p, "result", true, 20), at(p, "result"), {"seized", "nothing-found", "not-checked"});
  str(d, p, "note", false, 2000);
}

}  // namespace

std::optional<Level> parse_level(std::string_view t) {
  if (t == "administration") return Level::administration;
  if (t == "operation") return Level::operation;
  if (t == "partners") return Level::partners;
  if (t == "public") return Level::public_;
  return std::nullopt;
}

std::string_view to_string(Level l) {
  switch (l) {
    case Level::administration: return "administration";
    case Level::operation: return "operation";
    case Level::partners: return "partners";
    case Level::public_: return "public";
  }
  return "administration";
}

bool is_tlp_label(std::string_view t) {
  return t == "RED" || t == "AMBER" || t == "AMBER+STRICT" || t == "GREEN" || t == "CLEAR";
}

bool tlp_allows_passing_on(std::string_view label) { return label != "RED" && label != "AMBER+STRICT"; }

bool is_uuid(std::string_view t) {
  if (t.size() != 36) return false;
  for (size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      if (c != '-') return false;
    } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      return false;
    }
  }
  return true;
}

std::string new_uuid() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
  unsigned char b[16];
  randombytes_buf(b, sizeof b);
  b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x40);
  b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80);
  char hex[33];
  sodium_bin2hex(hex, sizeof hex, b, sizeof b);
  std::string h(hex);
  return h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" + h.substr(16, 4) + "-" +
         h.substr(20);
}

void check_record_data(const std::string& kind, const json& data, const std::string& path) {
  need_object(data, path);
  if (kind == "seizure")
    check_seizure(data, path);
  else if (kind == "alert")
    check_alert(data, path);
  else if (kind == "feedback")
    check_feedback(data, path);
  else
    throw BundleError(path, "unknown record kind '" + kind + "'");
}

json to_json(const Record& r) {
  json j = {{"uuid", r.uuid},     {"version", r.version},        {"kind", r.kind},
            {"issuer", r.issuer}, {"level", to_string(r.level)}, {"tlp", r.tlp},
            {"status", r.status}, {"issued_at", r.issued_at},    {"data", r.data}};
  if (!r.operation.empty()) j["operation"] = r.operation;
  return j;
}

Record parse_record(const json& j, const std::string& path) {
  need_object(j, path);
  only_keys(
      j, path,
      {"uuid", "version", "kind", "issuer", "level", "tlp", "operation", "status", "issued_at", "data"});
  Record r;
  r.uuid = str(j, path, "uuid", true, 36);
  if (!is_uuid(r.uuid)) throw BundleError(at(path, "uuid"), "must be a lower-case UUID");
  const json* v = field(j, "version");
  if (!v || !v->is_number_integer() || v->get<int64_t>() < 1 || v->get<int64_t>() > 1000000)
    throw BundleError(at(path, "version"), "must be a whole number from 1");
  r.version = v->get<int64_t>();
  r.kind = str(j, path, "kind", true, 20);
  one_of(r.kind, at(path, "kind"), {"seizure", "alert", "feedback"});
  r.issuer = str(j, path, "issuer", true, 8);
  check_admin(r.issuer, at(path, "issuer"));
  auto level = parse_level(str(j, path, "level", true, 20));
  if (!level) throw BundleError(at(path, "level"), "must be administration, operation, partners or public");
  r.level = *level;
  r.tlp = str(j, path, "tlp", true, 20);
  if (!is_tlp_label(r.tlp))
    throw BundleError(at(path, "tlp"), "must be a TLP 2.0 label: RED, AMBER, AMBER+STRICT, GREEN or CLEAR");
  r.operation = str(j, path, "operation", false, 100);
  if (r.level == Level::operation && r.operation.empty())
    throw BundleError(at(path, "operation"), "a record of level operation names its operation");
  r.status = str(j, path, "status", true, 20);
  one_of(r.status, at(path, "status"), {"active", "retracted"});
  r.issued_at = str(j, path, "issued_at", true, 30);
  check_timestamp(r.issued_at, at(path, "issued_at"));
  const json* data = field(j, "data");
  if (!data) throw BundleError(at(path, "data"), "is required");
  check_record_data(r.kind, *data, at(path, "data"));
  r.data = *data;
  return r;
}

json to_json(const Bundle& b) {
  json records = json::array();
  for (const Record& r : b.records) records.push_back(to_json(r));
  json j = {{"format", kBundleFormat},    {"format_version", kBundleFormatVersion},
            {"bundle_id", b.bundle_id},   {"issuer", b.issuer},
            {"created_at", b.created_at}, {"level", to_string(b.level)},
            {"audience", b.audience},     {"records", records},
            {"aggregates", b.aggregates}};
  if (!b.operation.empty()) j["operation"] = b.operation;
  if (b.signature)
    j["signature"] = {{"algorithm", b.signature->algorithm},
                      {"key_id", b.signature->key_id},
                      {"value", b.signature->value}};
  return j;
}

std::string canonical_text(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::strict); }

std::string canonical_text(const Bundle& b) {
  Bundle copy = b;
  copy.signature.reset();
  return canonical_text(to_json(copy));
}

Bundle parse_bundle(std::string_view text, std::string* canonical) {
  if (text.size() > kMaxBundleBytes)
    throw BundleError("", "the bundle is larger than " + std::to_string(kMaxBundleBytes >> 20) + " MiB");
  json j = json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded()) throw BundleError("", "not a JSON document (or not UTF-8)");
  need_object(j, "");
  only_keys(j, "",
            {"format", "format_version", "bundle_id", "issuer", "created_at", "level", "operation",
             "audience", "records", "aggregates", "signature"});
  if (str(j, "", "format", true, 40) != kBundleFormat)
    throw BundleError("format", std::string("must be \"") + kBundleFormat + "\"");
  const json* fv = field(j, "format_version");
  if (!fv || !fv->is_number_integer()) throw BundleError("format_version", "is required (a whole number)");
  if (fv->get<int64_t>() != kBundleFormatVersion)
    throw BundleError("format_version", "this Custos reads format_version " +
                                            std::to_string(kBundleFormatVersion) + ", the bundle has " +
                                            fv->dump());
  Bundle b;
  b.bundle_id = str(j, "", "bundle_id", true, 36);
  if (!is_uuid(b.bundle_id)) throw BundleError("bundle_id", "must be a lower-case UUID");
  b.issuer = str(j, "", "issuer", true, 8);
  check_admin(b.issuer, "issuer");
  b.created_at = str(j, "", "created_at", true, 30);
  check_timestamp(b.created_at, "created_at");
  auto level = parse_level(str(j, "", "level", true, 20));
  if (!level) throw BundleError("level", "must be operation, partners or public");
  if (*level == Level::administration)
    throw BundleError("level", "records of level administration never leave their administration");
  b.level = *level;
  b.operation = str(j, "", "operation", false, 100);
  if (b.level == Level::operation && b.operation.empty())
    throw BundleError("operation", "a bundle of level operation names its operation");
  const json* aud = field(j, "audience");
  if (!aud || !aud->is_array())
    throw BundleError("audience", "is required (an array of administration codes)");
  for (size_t i = 0; i < aud->size(); ++i) {
    if (!(*aud)[i].is_string()) throw BundleError(at("audience", i), "must be an administration code");
    b.audience.push_back((*aud)[i].get<std::string>());
    check_admin(b.audience.back(), at("audience", i));
  }
  const json* recs = field(j, "records");
  if (!recs || !recs->is_array()) throw BundleError("records", "is required (an array)");
  std::set<std::pair<std::string, int64_t>> seen;
  for (size_t i = 0; i < recs->size(); ++i) {
    Record r = parse_record((*recs)[i], at("records", i));
    if (!seen.emplace(r.uuid, r.version).second)
      throw BundleError(at("records", i), "the bundle holds this uuid and version twice");
    if (r.level == Level::administration)
      throw BundleError(at(at("records", i), "level"),
                        "a record of level administration never leaves its administration");
    if (b.level == Level::public_)
      throw BundleError(at("records", i), "a public bundle holds aggregated counts only, never records");
    b.records.push_back(std::move(r));
  }
  if (const json* agg = field(j, "aggregates")) {
    if (!agg->is_array()) throw BundleError("aggregates", "must be an array");
    for (size_t i = 0; i < agg->size(); ++i) {
      const json& a = (*agg)[i];
      const std::string p = at("aggregates", i);
      need_object(a, p);
      only_keys(a, p, {"operation", "domain", "commodity", "country", "seizures", "quantities"});
      str(a, p, "operation", false, 100);
      check_domain(a, p, true);
      str(a, p, "commodity", false, 200);
      check_country(a, p, "country", true);
      const json* n = field(a, "seizures");
      if (!n || !n->is_number_integer() || n->get<int64_t>() < 0)
        throw BundleError(at(p, "seizures"), "must be a whole number of 0 or more");
      each(a, p, "quantities", false, 50, [](const json& q, const std::string& qp) {
        only_keys(q, qp, {"amount", "unit", "estimated"});
        number(q, qp, "amount", true);
        str(q, qp, "unit", true, 20);
        check_bool(q, qp, "estimated");
      });
    }
    b.aggregates = *agg;
  }
  if (const json* s = field(j, "signature")) {
    need_object(*s, "signature");
    only_keys(*s, "signature", {"algorithm", "key_id", "value"});
    Signature sig;
    sig.algorithm = str(*s, "signature", "algorithm", true, 20);
    if (sig.algorithm != "Ed25519") throw BundleError("signature.algorithm", "must be Ed25519");
    sig.key_id = str(*s, "signature", "key_id", true, 16);
    sig.value = str(*s, "signature", "value", true, 128);
    b.signature = sig;
  }
  if (canonical) {
    j.erase("signature");
    *canonical = canonical_text(j);
  }
  return b;
}

}  // namespace custos::exchange
