#include "exchange/partner_watch.hpp"

#include <algorithm>
#include <memory>

#include "exchange/exchange.hpp"

namespace custos::exchange {
namespace {

std::string upper(std::string s, bool drop_spaces = false) {
  std::string out;
  for (char c : s) {
    if (drop_spaces && (c == ' ' || c == '-')) continue;
    out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c);
  }
  return out;
}

}  // namespace

std::vector<WatchEntry> partner_watch_entries(Store& store) {
  std::vector<WatchEntry> out;
  const std::string own = store.administration();
  for (const StoredRecord& s : current_records(store, "alert")) {
    const Record& r = s.record;
    if (r.issuer == own || r.status != "active") continue;
    const auto& d = r.data;
    WatchEntry e;
    e.partner = r.issuer;
    e.operation = r.operation;
    e.uuid = r.uuid;
    e.version = r.version;
    e.reason = d.value("reason", "");
    auto expires = Date::parse(d.value("expires", ""));
    if (!expires) continue;
    e.expires = *expires;
    if (auto dom = parse_domain(d.value("domain", ""))) e.domain = *dom;
    e.weight = d.value("weight", 60.0);
    e.company = upper(d.value("company", ""));
    e.container = upper(d.value("container", ""), true);
    if (d.contains("route") && d["route"].is_object()) {
      e.route_from = d["route"].value("from", "");
      e.route_to = d["route"].value("to", "");
    }
    if (d.contains("hs_code") && d["hs_code"].is_string())
      e.hs_code = HsCode::parse(d["hs_code"].get<std::string>());
    e.description_pattern = upper(d.value("description_pattern", ""));
    out.push_back(std::move(e));
  }
  return out;
}

void match_watch_entries(const std::vector<WatchEntry>& entries, const Declaration& d,
                         std::vector<Finding>& out) {
  if (entries.empty()) return;
  // The declaration's text folded once, not once per entry.
  const Party* parties[] = {&d.importer, &d.exporter, &d.consignor, &d.consignee};
  std::string names[4], ids[4];
  for (size_t i = 0; i < 4; ++i) {
    names[i] = upper(parties[i]->name);
    ids[i] = upper(parties[i]->id);
  }
  std::vector<std::string> containers, descriptions;
  for (const auto& c : d.containers) containers.push_back(upper(c, true));
  for (const Item& it : d.items) descriptions.push_back(upper(it.description));
  auto has = [](const std::string& folded, const std::string& needle) {
    return !needle.empty() && folded.find(needle) != std::string::npos;
  };
  for (const WatchEntry& e : entries) {
    if (d.date > e.expires) continue;
    const Party* company = nullptr;
    if (!e.company.empty()) {
      for (size_t i = 0; i < 4 && !company; ++i)
        if (has(names[i], e.company) || (!parties[i]->id.empty() && ids[i] == e.company))
          company = parties[i];
      if (!company) continue;
    }
    if (!e.container.empty() &&
        std::find(containers.begin(), containers.end(), e.container) == containers.end())
      continue;
    if (!e.route_from.empty() && (!d.departure_country || d.departure_country->str() != e.route_from))
      continue;
    if (!e.route_to.empty() && (!d.destination_country || d.destination_country->str() != e.route_to))
      continue;
    const Item* item = nullptr;
    if (e.hs_code || !e.description_pattern.empty()) {
      for (size_t i = 0; i < d.items.size() && !item; ++i) {
        if (e.hs_code && !d.items[i].hs_code.starts_with(*e.hs_code)) continue;
        if (!e.description_pattern.empty() && !has(descriptions[i], e.description_pattern)) continue;
        item = &d.items[i];
      }
      if (!item) continue;
    }
    nlohmann::json matched = nlohmann::json::object();
    if (company) matched["company"] = company->name.empty() ? company->id : company->name;
    if (!e.container.empty()) matched["container"] = e.container;
    if (!e.route_from.empty()) matched["departure_country"] = e.route_from;
    if (!e.route_to.empty()) matched["destination_country"] = e.route_to;
    if (item) {
      matched["item_no"] = item->item_no;
      if (e.hs_code) matched["hs_code"] = item->hs_code.str();
      if (!e.description_pattern.empty()) matched["description"] = item->description;
    }
    Finding f;
    f.source = "partner";
    f.id = "PARTNER-" + e.partner + "-" + e.uuid.substr(0, 8);
    f.domain = e.domain;
    f.weight = e.weight;
    f.reason = "Alert from partner administration " + e.partner +
               (e.operation.empty() ? std::string() : " (operation " + e.operation + ")") + ": " + e.reason +
               " (valid until " + e.expires.str() + ")";
    f.instructions = "Examine as the partner's alert asks, then send feedback: custos exchange feedback " +
                     e.uuid + " --result seized|nothing-found";
    f.evidence = {{"message_id", "exchange.partner_alert"},
                  {"partner", e.partner},
                  {"operation", e.operation},
                  {"alert", e.uuid},
                  {"version", e.version},
                  {"expires", e.expires.str()},
                  {"matched", matched}};
    // The partner's own words, as the reason quotes them (translations fill their templates with it).
    f.evidence["partner_reason"] = e.reason;
    out.push_back(std::move(f));
  }
}

risk::FindingSource partner_watch_source(Store& store) {
  auto entries = std::make_shared<std::vector<WatchEntry>>(partner_watch_entries(store));
  if (entries->empty()) return {};
  return
      [entries](const Declaration& d, std::vector<Finding>& out) { match_watch_entries(*entries, d, out); };
}

std::string partner_watch_stamp_sql(const std::string& param) {
  return "(SELECT COUNT(*) FROM exchange_records WHERE administration = " + param + " AND kind = 'alert')";
}

std::string partner_watch_stamp(Store& store) {
  auto r =
      store.sql().query_one("SELECT " + partner_watch_stamp_sql("$1"), {sql::text(store.administration())});
  return store.administration() + "|" + (r ? r->text(0) : std::string());
}

bool PartnerWatch::refresh(Store& store) {
  std::string now = partner_watch_stamp(store);
  if (loaded_ && now == stamp_) return false;
  entries_ = partner_watch_entries(store);
  stamp_ = std::move(now);
  loaded_ = true;
  return true;
}

}  // namespace custos::exchange
