// custos administrations: the administrations a store knows (add, list).
#include <iostream>
#include <nlohmann/json.hpp>

#include "auth/administrations.hpp"
#include "auth/errors.hpp"
#include "cli/command.hpp"

namespace custos::cli {
namespace {

struct Options {
  std::string code, name;
  bool json = false;
};

int add(Context& ctx, const Options& o) {
  try {
    auto a = auth::add_administration(ctx.store(), audit::command_line_actor(), o.code, o.name);
    std::cout << "Added administration " << a.code << " (" << a.name << ")\n";
  } catch (const auth::InvalidInput& e) {
    std::cerr << "custos administrations add: " << e.what() << "\n";
    return kUsage;
  } catch (const ConflictError&) {
    std::cerr << "custos administrations add: administration " << o.code << " already exists\n";
    return kFailure;
  }
  return kOk;
}

int list(Context& ctx, const Options& o) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& a : auth::list_administrations(ctx.store())) {
    out.push_back({{"code", a.code}, {"name", a.name}, {"own", a.own}, {"created_at", a.created_at}});
    if (!o.json) std::cout << a.code << "\t" << a.name << (a.own ? "\t(this store's own)" : "") << "\n";
  }
  if (o.json) std::cout << nlohmann::json{{"administrations", out}}.dump() << "\n";
  return kOk;
}

void setup(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<Options>();
  auto* cmd = app.add_subcommand("administrations", "The administrations this store knows (tenancy)");
  cmd->require_subcommand(1);
  auto* add_cmd = cmd->add_subcommand("add", "Add an administration (a partner, or a hosted service)");
  add_cmd->add_option("code", o->code, "Its code, e.g. the ISO 3166 code: TH")->required();
  add_cmd->add_option("--name", o->name, "Its name")->required();
  add_cmd->callback([&ctx, o] { ctx.exit_code = add(ctx, *o); });
  auto* list_cmd = cmd->add_subcommand("list", "List the administrations");
  list_cmd->add_flag("--json", o->json, "Print JSON");
  list_cmd->callback([&ctx, o] { ctx.exit_code = list(ctx, *o); });
}

const bool registered = register_command(81, setup);

}  // namespace
}  // namespace custos::cli
