#pragma once
// The demo's last step: the day's targets with their reasons. It lives apart
// from cmd_demo.cc so the risk engine's assessment can plug in here.
#include <ostream>
#include <string>

#include "cli/command.hpp"

namespace custos::cli {

// Returns an exit code.
int print_demo_targets(Context& ctx, const std::string& day_file, int top, std::ostream& out);

}  // namespace custos::cli
