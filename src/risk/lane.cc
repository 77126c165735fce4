#include "risk/lane.hpp"

namespace custos::risk {

std::string_view to_string(Lane lane) {
  switch (lane) {
    case Lane::green: return "green";
    case Lane::blue: return "blue";
    case Lane::yellow: return "yellow";
    case Lane::orange: return "orange";
    case Lane::red: return "red";
  }
  return "green";
}

std::optional<Lane> parse_lane(std::string_view text) {
  for (Lane l : kLanesBySeverity)
    if (text == to_string(l)) return l;
  return std::nullopt;
}

std::string_view lane_action(Lane lane) {
  switch (lane) {
    case Lane::green: return "release";
    case Lane::blue: return "release, post-clearance audit";
    case Lane::yellow: return "document check";
    case Lane::orange: return "non-intrusive scan";
    case Lane::red: return "physical examination";
  }
  return "release";
}

}  // namespace custos::risk
