#include "exchange/misp.hpp"

#include <algorithm>

#include "audit/keys.hpp"

namespace custos::exchange {
namespace {

using nlohmann::json;

std::string lower(std::string s) {
  for (char& c : s) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  return s;
}
std::string upper(std::string s) {
  for (char& c : s) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
  return s;
}

std::string summary(const Record& r) {
  const json& d = r.data;
  if (r.kind == "seizure")
    return "Seizure: " + d.value("commodity", "") + " (" + d.value("domain", "") + ") in " +
           d.value("country", "");
  if (r.kind == "alert") return "Alert: " + d.value("reason", "");
  return "Feedback on " + d.value("about", "") + ": " + d.value("result", "");
}

json attribute(const std::string& uuid_seed, const char* comment, const std::string& value,
               const char* category) {
  (void)uuid_seed;
  return {
      {"type", "text"}, {"category", category}, {"value", value}, {"comment", comment}, {"to_ids", false}};
}

json event_of(const Record& r) {
  json tags = json::array({{{"name", "tlp:" + lower(r.tlp)}},
                           {{"name", "custos:kind=\"" + r.kind + "\""}},
                           {{"name", "custos:version=\"" + std::to_string(r.version) + "\""}},
                           {{"name", "custos:status=\"" + r.status + "\""}},
                           {{"name", "custos:issued-at=\"" + r.issued_at + "\""}}});
  if (!r.operation.empty()) tags.push_back({{"name", "custos:operation=\"" + r.operation + "\""}});
  json attrs = json::array();
  attrs.push_back(attribute(r.uuid, "custos-data", canonical_text(r.data), "Other"));
  for (const char* key : {"company", "container", "hs_code", "description_pattern", "reason", "commodity"})
    if (r.data.contains(key) && r.data[key].is_string())
      attrs.push_back(attribute(r.uuid, key, r.data[key].get<std::string>(),
                                std::string(key) == "company" ? "Attribution" : "Other"));
  json e = {{"uuid", r.uuid},
            {"info", summary(r)},
            {"date", r.data.value("date", r.issued_at.substr(0, 10))},
            {"threat_level_id", "2"},
            {"analysis", "2"},
            {"published", false},
            {"distribution", r.level == Level::operation ? "4" : "1"},
            {"Orgc", {{"name", r.issuer}}},
            {"Tag", tags},
            {"Attribute", attrs}};
  if (r.level == Level::operation) e["SharingGroup"] = {{"name", r.operation}};
  return e;
}

std::string tag_value(const json& tags, const std::string& prefix) {
  if (!tags.is_array()) return "";
  for (const json& t : tags) {
    if (!t.is_object() || !t.contains("name") || !t["name"].is_string()) continue;
    const std::string name = t["name"];
    if (name.rfind(prefix, 0) == 0) {
      std::string v = name.substr(prefix.size());
      if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
      return v;
    }
  }
  return "";
}

Record record_of(const json& e, const std::string& path) {
  if (!e.is_object()) throw BundleError(path, "expected a MISP Event object");
  json r;
  r["uuid"] = e.value("uuid", "");
  r["issuer"] = e.contains("Orgc") && e["Orgc"].is_object() ? e["Orgc"].value("name", "") : "";
  const json tags = e.value("Tag", json::array());
  r["tlp"] = upper(tag_value(tags, "tlp:"));
  r["kind"] = tag_value(tags, "custos:kind=");
  const std::string version = tag_value(tags, "custos:version=");
  r["version"] = version.empty() ? 1
                                 : std::stoll(version.find_first_not_of("0123456789") == std::string::npos &&
                                                      version.size() < 7
                                                  ? version
                                                  : "0");
  r["status"] = tag_value(tags, "custos:status=").empty() ? "active" : tag_value(tags, "custos:status=");
  r["issued_at"] = tag_value(tags, "custos:issued-at=");
  const std::string dist = e.value("distribution", "");
  if (dist == "0")
    throw BundleError(path + ".distribution", "an event of this organisation only never leaves it");
  if (dist == "4") {
    r["level"] = "operation";
    if (e.contains("SharingGroup") && e["SharingGroup"].is_object())
      r["operation"] = e["SharingGroup"].value("name", "");
  } else {
    r["level"] = "partners";
  }
  if (const std::string op = tag_value(tags, "custos:operation="); !op.empty()) r["operation"] = op;
  for (const json& a : e.value("Attribute", json::array()))
    if (a.is_object() && a.value("comment", "") == "custos-data" && a.contains("value") &&
        a["value"].is_string()) {
      r["data"] = json::parse(a["value"].get<std::string>(), nullptr, false);
      if (r["data"].is_discarded()) throw BundleError(path + ".Attribute", "custos-data is not JSON");
    }
  if (!r.contains("data"))
    throw BundleError(path + ".Attribute", "the event carries no custos-data attribute");
  return parse_record(r, path);
}

}  // namespace

json to_misp(const Bundle& b) {
  json events = json::array();
  for (const Record& r : b.records) events.push_back({{"Event", event_of(r)}});
  json custos = {{"format", "custos-misp"},    {"format_version", kBundleFormatVersion},
                 {"bundle_id", b.bundle_id},   {"issuer", b.issuer},
                 {"created_at", b.created_at}, {"level", to_string(b.level)},
                 {"audience", b.audience}};
  if (!b.operation.empty()) custos["operation"] = b.operation;
  return {{"response", events}, {"custos", custos}};
}

json to_misp_signed(Store& store, const Bundle& b, const std::string& master_key_path) {
  json doc = to_misp(b);
  auto [signature, key_id] = audit::sign(store, master_key_path, canonical_text(doc));
  doc["custos"]["signature"] = {{"algorithm", "Ed25519"}, {"key_id", key_id}, {"value", signature}};
  return doc;
}

bool looks_like_misp(std::string_view text) {
  const size_t head = std::min<size_t>(text.size(), 4096);
  const std::string_view start = text.substr(0, head);
  return start.find("\"response\"") != std::string_view::npos ||
         start.find("\"Event\"") != std::string_view::npos;
}

Bundle parse_misp(std::string_view text, std::string* canonical) {
  if (text.size() > kMaxBundleBytes) throw BundleError("", "the document is too large");
  json doc = json::parse(text.begin(), text.end(), nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) throw BundleError("", "not a JSON object (or not UTF-8)");
  if (!doc.contains("custos") || !doc["custos"].is_object() || !doc["custos"].contains("signature"))
    throw BundleError("custos.signature",
                      "unsigned MISP events are refused: ask the partner for a bundle signed by Custos "
                      "('custos exchange export --format misp')");
  // The envelope is read as a bundle (same checks), with the events as records.
  json env = doc["custos"];
  if (env.value("format", "") != "custos-misp") throw BundleError("custos.format", "must be \"custos-misp\"");
  env["format"] = kBundleFormat;
  env["records"] = json::array();
  json events = doc.value("response", json::array());
  if (!events.is_array()) throw BundleError("response", "must be an array of {\"Event\": ...}");
  for (size_t i = 0; i < events.size(); ++i) {
    const std::string p = "response[" + std::to_string(i) + "].Event";
    if (!events[i].is_object() || !events[i].contains("Event")) throw BundleError(p, "is missing");
    env["records"].push_back(to_json(record_of(events[i]["Event"], p)));
  }
  Bundle b = parse_bundle(env.dump());
  if (canonical) {
    doc["custos"].erase("signature");
    *canonical = canonical_text(doc);
  }
  return b;
}

ImportResult import_misp(Store& store, const audit::Actor& actor, std::string_view text) {
  std::string canonical;
  Bundle b = parse_misp(text, &canonical);
  return apply_bundle(store, actor, b, canonical);
}

}  // namespace custos::exchange
