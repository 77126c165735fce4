#pragma once
// The demo's last step: the day's targets with their reasons. It lives apart
// from cmd_demo.cc so the risk engine's assessment can plug in here.
#include <ostream>
#include <string>

#include "core/date.hpp"

#include "cli/command.hpp"

namespace custos::cli {

// Assesses the stored declarations of `day` (learning indicators from the
// days before), selects lanes, and prints the targets with their reasons.
// Returns an exit code.
int print_demo_targets(Context& ctx, Date day, int top, std::ostream& out);

}  // namespace custos::cli
