// custos override: an officer changes a declaration's lane, with a reason.
#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "risk/override.hpp"

namespace custos::cli {
namespace {

struct Options {
  std::string declaration_id, lane, reason, officer;
  bool json = false;
};

int run(Context& ctx, const Options& o) {
  risk::LaneOverride ov;
  ov.declaration_id = o.declaration_id;
  ov.lane = *risk::parse_lane(o.lane);
  ov.reason = o.reason;
  ov.officer = o.officer;
  if (ov.officer.empty())
    if (const char* user = std::getenv("USER")) ov.officer = user;
  Event e;
  try {
    e = risk::to_event(ov);
  } catch (const std::invalid_argument& err) {
    std::cerr << "custos override: refused: " << err.what() << "\n";
    return kUsage;
  }
  Store& store = ctx.store();
  bool known = store.get(o.declaration_id).has_value();
  int64_t id = store.append_event(e);
  std::cout << "Recorded override #" << id << ": " << o.declaration_id << " -> " << o.lane << " ("
            << risk::lane_action(ov.lane) << ") by " << ov.officer << ": " << ov.reason << "\n";
  if (!known)
    std::cout << "Note: " << o.declaration_id
              << " is not in the store yet; the override applies when it is assessed.\n";
  if (o.json)
    std::cout << nlohmann::json{{"event", id},         {"declaration_id", o.declaration_id},
                                {"lane", o.lane},      {"officer", ov.officer},
                                {"reason", ov.reason}, {"stored_declaration", known}}
                     .dump()
              << "\n";
  return kOk;
}

void setup(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<Options>();
  auto* cmd = app.add_subcommand(
      "override",
      "Change a declaration's lane as an officer, with a written justification (who, when and why are kept)");
  cmd->add_option("declaration", o->declaration_id, "Declaration id")->required();
  cmd->add_option("--lane", o->lane, "New lane: green, blue, yellow, orange or red")
      ->required()
      ->check(CLI::IsMember({"green", "blue", "yellow", "orange", "red"}));
  cmd->add_option("--reason", o->reason, "Why the lane is changed; required and kept for audit");
  cmd->add_option("--officer", o->officer, "Officer name or id (default: $USER)");
  cmd->add_flag("--json", o->json, "Print the recorded override as JSON on the last line");
  cmd->footer(
      "An override without a reason is refused (exit code 2). The next 'custos assess' applies it, "
      "recorded as selected_by \"override\" with the officer, time and reason.");
  cmd->callback([&ctx, o] { ctx.exit_code = run(ctx, *o); });
}

const bool registered = register_command(53, setup);

}  // namespace
}  // namespace custos::cli
