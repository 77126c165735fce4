#include "risk/override.hpp"

#include <map>
#include <stdexcept>

namespace custos::risk {
namespace {

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

}  // namespace

Event to_event(const LaneOverride& o) {
  if (o.declaration_id.empty()) throw std::invalid_argument("an override needs the declaration id");
  if (blank(o.reason))
    throw std::invalid_argument(
        "an override needs a reason: say why the lane is changed (it is kept for audit)");
  if (blank(o.officer)) throw std::invalid_argument("an override needs the officer's name or id");
  Event e;
  e.kind = "override";
  e.declaration_id = o.declaration_id;
  e.actor = o.officer;
  e.at = o.at;
  e.data = nlohmann::json{{"lane", to_string(o.lane)}, {"reason", o.reason}}.dump();
  return e;
}

std::optional<LaneOverride> override_from_event(const Event& e) {
  if (e.kind != "override") return std::nullopt;
  auto j = nlohmann::json::parse(e.data, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return std::nullopt;
  auto lane = parse_lane(j.value("lane", ""));
  if (!lane) return std::nullopt;
  return LaneOverride{e.declaration_id, *lane, e.actor, j.value("reason", ""), e.at};
}

std::vector<LaneOverride> latest_overrides(Store& store) {
  std::map<std::string, LaneOverride> last;
  for (const Event& e : store.events("override"))
    if (auto o = override_from_event(e)) last[o->declaration_id] = *o;
  std::vector<LaneOverride> out;
  for (auto& [id, o] : last) out.push_back(std::move(o));
  return out;
}

void apply_override(Assessment& a, const LaneOverride& o) {
  a.selection["override"] = {{"from", to_string(a.lane)},
                             {"to", to_string(o.lane)},
                             {"officer", o.officer},
                             {"reason", o.reason},
                             {"at", o.at}};
  a.lane = o.lane;
  a.selected_by = "override";
}

}  // namespace custos::risk
