#pragma once
// The control lanes of selectivity, as in ASYCUDA: green releases, blue
// releases and flags for post-clearance audit, yellow checks documents,
// orange scans, red examines physically. Lanes are ordered by how much they
// hold the goods at the border, so "the highest lane any finding asks for"
// is a max().
#include <optional>
#include <string_view>

namespace custos::risk {

enum class Lane : unsigned char { green = 0, blue = 1, yellow = 2, orange = 3, red = 4 };

inline constexpr Lane kLanesBySeverity[] = {Lane::red, Lane::orange, Lane::yellow, Lane::blue, Lane::green};

std::string_view to_string(Lane lane);
std::optional<Lane> parse_lane(std::string_view text);
// What the lane means for the officer, in a few words.
std::string_view lane_action(Lane lane);

}  // namespace custos::risk
