// custos operations add | list | show: joint operations between administrations.
#include <iostream>
#include <nlohmann/json.hpp>

#include "auth/errors.hpp"
#include "cli/command.hpp"
#include "exchange/operation_summary.hpp"
#include "exchange/operations.hpp"

namespace custos::cli {
namespace {

struct Options {
  std::string name, from, to, domains, participants, coordinator;
  bool json = false;
};

nlohmann::json op_json(const exchange::Operation& op) {
  return {{"name", op.name},
          {"from", op.from.str()},
          {"to", op.to.str()},
          {"domains", op.domains},
          {"participants", op.participants},
          {"coordinator", op.coordinator},
          {"created_at", op.created_at}};
}

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ",") + x;
  return s;
}

int add(Context& ctx, const Options& o) {
  exchange::Operation op;
  op.name = o.name;
  auto from = Date::parse(o.from), to = Date::parse(o.to);
  if (!from)
    return std::cerr << "custos operations add: --from: not a date YYYY-MM-DD: " << o.from << "\n", kUsage;
  if (!to) return std::cerr << "custos operations add: --to: not a date YYYY-MM-DD: " << o.to << "\n", kUsage;
  op.from = *from;
  op.to = *to;
  op.domains = exchange::split_list(o.domains);
  op.participants = exchange::split_list(o.participants);
  op.coordinator = o.coordinator;
  try {
    op = exchange::add_operation(ctx.store(), audit::command_line_actor(), op);
  } catch (const auth::InvalidInput& e) {
    std::cerr << "custos operations add: --" << e.field() << ": " << e.what() << "\n";
    return kUsage;
  } catch (const ConflictError&) {
    std::cerr << "custos operations add: operation " << o.name << " already exists\n";
    return kFailure;
  }
  if (o.json)
    std::cout << op_json(op).dump() << "\n";
  else
    std::cout << "Added operation " << op.name << " (" << op.from.str() << " to " << op.to.str() << "; "
              << joined(op.domains) << "; participants " << joined(op.participants) << ", coordinated by "
              << op.coordinator << ")\n";
  return kOk;
}

int list(Context& ctx, const Options& o) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& op : exchange::list_operations(ctx.store())) {
    out.push_back(op_json(op));
    if (!o.json)
      std::cout << op.name << "\t" << op.from.str() << "\t" << op.to.str() << "\t" << joined(op.domains)
                << "\t" << joined(op.participants) << "\t" << op.coordinator << "\n";
  }
  if (o.json) std::cout << nlohmann::json{{"operations", out}}.dump() << "\n";
  return kOk;
}

int show(Context& ctx, const Options& o) {
  auto op = exchange::find_operation(ctx.store(), o.name);
  if (!op) return std::cerr << "custos operations show: no operation " << o.name << "\n", kFailure;
  if (o.json) {
    std::cout << op_json(*op).dump() << "\n";
  } else {
    std::cout << "Operation " << op->name << "\n  from " << op->from.str() << " to " << op->to.str()
              << "\n  domains: " << joined(op->domains) << "\n  participants: " << joined(op->participants)
              << "\n  coordinator: " << op->coordinator << "\n";
  }
  return kOk;
}

int summary(Context& ctx, const Options& o) {
  nlohmann::json s;
  try {
    s = exchange::operation_summary(ctx.store(), o.name);
  } catch (const std::invalid_argument& e) {
    return std::cerr << "custos operations summary: " << e.what() << "\n", kFailure;
  }
  if (o.json) return std::cout << s.dump() << "\n", kOk;
  std::cout << "Operation " << o.name << " (coordinator " << s["coordinator"].get<std::string>()
            << "): " << s["total"]["seizures"] << " shared seizure(s)\n";
  for (const auto& a : s["administrations"]) {
    std::cout << "  " << a["administration"].get<std::string>() << ": " << a["seizures"] << " seizure(s);";
    for (const auto& q : a["quantities"])
      std::cout << " " << q["amount"].get<double>() << " " << q["unit"].get<std::string>()
                << (q["estimated"].get<bool>() ? " (estimated)" : "") << ";";
    std::cout << "\n";
  }
  if (!s["silent"].empty()) std::cout << "  shared nothing yet: " << s["silent"].dump() << "\n";
  return kOk;
}

void setup(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<Options>();
  auto* cmd =
      app.add_subcommand("operations", "Joint operations with partner administrations (docs/exchange.md)");
  cmd->require_subcommand(1);
  auto* a = cmd->add_subcommand("add", "Record a joint operation this administration takes part in");
  a->add_option("name", o->name, "The operation's name, e.g. DEMETER-XI")->required();
  a->add_option("--from", o->from, "First day, YYYY-MM-DD")->required();
  a->add_option("--to", o->to, "Last day, YYYY-MM-DD")->required();
  a->add_option("--domains", o->domains, "Domains, comma-separated: waste,ozone")->required();
  a->add_option("--participants", o->participants, "Participating administrations, comma-separated: KH,TH,VN")
      ->required();
  a->add_option("--coordinator", o->coordinator, "The coordinating administration (one of the participants)")
      ->required();
  a->add_flag("--json", o->json, "Print JSON");
  a->callback([&ctx, o] { ctx.exit_code = add(ctx, *o); });
  auto* l = cmd->add_subcommand("list", "List the operations");
  l->add_flag("--json", o->json, "Print JSON");
  l->callback([&ctx, o] { ctx.exit_code = list(ctx, *o); });
  auto* s = cmd->add_subcommand("show", "Show one operation");
  s->add_option("name", o->name, "The operation's name")->required();
  s->add_flag("--json", o->json, "Print JSON");
  s->callback([&ctx, o] { ctx.exit_code = show(ctx, *o); });
  auto* su =
      cmd->add_subcommand("summary", "The seizures the participants shared, summed per administration");
  su->add_option("name", o->name, "The operation's name")->required();
  su->add_flag("--json", o->json, "Print JSON");
  su->callback([&ctx, o] { ctx.exit_code = summary(ctx, *o); });
}

const bool registered = register_command(87, setup);

}  // namespace
}  // namespace custos::cli
