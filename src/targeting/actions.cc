#include "targeting/actions.hpp"

#include <unordered_map>

#include "core/clock.hpp"
#include "core/declaration.hpp"
#include "core/domain.hpp"
#include "risk/override.hpp"
#include "targeting/assessments.hpp"

namespace custos::targeting {
namespace {

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

}  // namespace

int64_t record_outcome(Store& store, const audit::Actor& actor, std::string_view id, const OutcomeInput& in) {
  auto result = parse_inspection_result(in.inspection_result);
  if (!result) throw InvalidInput("inspection_result", "one of clean, discrepancy, seizure");
  nlohmann::json data = {{"inspection_result", std::string(to_string(*result))}, {"officer", actor.username}};
  if (in.fraud) data["fraud"] = *in.fraud;
  if (!in.illicit_domain.empty()) {
    auto d = parse_domain(in.illicit_domain);
    if (!d) throw InvalidInput("illicit_domain", "not a known domain (e.g. precursors, waste, wildlife)");
    data["illicit_domain"] = std::string(to_string(*d));
  }
  if (in.notes.size() > 4000) throw InvalidInput("notes", "at most 4000 bytes");
  if (!in.notes.empty()) data["notes"] = in.notes;
  data["source"] = "api";
  Event e;
  e.kind = "outcome";
  e.declaration_id = std::string(id);
  e.actor = actor.username;
  e.data = data.dump();
  sql::Transaction tx(store.sql());
  const int64_t event = store.append_event(e);
  data["event"] = event;
  audit::record(store, actor, "declaration.outcome", "declaration:" + std::string(id), data);
  tx.commit();
  return event;
}

std::optional<nlohmann::json> latest_outcome(Store& store, std::string_view id) {
  auto events = store.events("outcome", id);
  if (events.empty()) return std::nullopt;
  const Event& e = events.back();
  nlohmann::json j = nlohmann::json::parse(e.data, nullptr, false);
  if (!j.is_object()) j = nlohmann::json::object();
  j["officer"] = e.actor;
  j["at"] = e.at;
  j["event"] = e.id;
  return j;
}

namespace {

std::optional<bool> truth(const nlohmann::json& v) {
  if (v.is_boolean()) return v.get<bool>();
  if (v.is_number()) return v.get<double>() != 0;
  if (v.is_string()) {
    const std::string t = v.get<std::string>();
    if (t == "1" || t == "true" || t == "yes") return true;
    if (t == "0" || t == "false" || t == "no") return false;
  }
  return std::nullopt;
}

}  // namespace

void apply_recorded_outcomes(Store& store, std::vector<Declaration>& declarations) {
  std::unordered_map<std::string, nlohmann::json> latest;
  for (const Event& e : store.events("outcome")) {  // oldest first: the last one stays
    nlohmann::json j = nlohmann::json::parse(e.data, nullptr, false);
    if (j.is_object()) latest[e.declaration_id] = std::move(j);
  }
  if (latest.empty()) return;
  for (Declaration& d : declarations) {
    auto it = latest.find(d.id);
    if (it == latest.end()) continue;
    const nlohmann::json& j = it->second;
    Outcome& o = d.outcome;
    std::optional<InspectionResult> result;
    if (auto r = j.find("inspection_result"); r != j.end() && r->is_string())
      result = parse_inspection_result(r->get<std::string>());
    if (result) o.inspection = *result;
    std::optional<bool> fraud;
    if (auto f = j.find("fraud"); f != j.end()) fraud = truth(*f);
    if (fraud)
      o.fraud = *fraud;
    else if (result == InspectionResult::clean)
      o.fraud = false;
    std::optional<Domain> domain;
    if (auto dm = j.find("illicit_domain"); dm != j.end() && dm->is_string())
      domain = parse_domain(dm->get<std::string>());
    o.illicit_domain = domain;
  }
}

int64_t record_override(Store& store, const audit::Actor& actor, std::string_view id, std::string_view lane,
                        const std::string& reason) {
  auto l = risk::parse_lane(lane);
  if (!l) throw InvalidInput("lane", "one of green, blue, yellow, orange, red");
  if (blank(reason)) throw InvalidInput("reason", "a lane override needs a written reason");
  if (reason.size() > 4000) throw InvalidInput("reason", "at most 4000 bytes");
  risk::LaneOverride o;
  o.declaration_id = std::string(id);
  o.lane = *l;
  o.officer = actor.username;
  o.reason = reason;
  o.at = utc_now();
  Event e = risk::to_event(o);
  sql::Transaction tx(store.sql());
  const int64_t event = store.append_event(e);
  const auto before = latest_assessment(store, id);
  nlohmann::json ov = {{"from", before ? before->lane : std::string()},
                       {"to", std::string(to_string(*l))},
                       {"officer", o.officer},
                       {"reason", reason},
                       {"at", o.at}};
  apply_stored_override(store, id, *l, ov);
  ov["event"] = event;
  audit::record(store, actor, "declaration.override", "declaration:" + std::string(id), ov);
  tx.commit();
  return event;
}

}  // namespace custos::targeting
