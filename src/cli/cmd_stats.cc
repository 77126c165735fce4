// custos stats: what the store holds.
#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/command.hpp"

namespace custos::cli {
namespace {

void setup(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("stats",
                                 "What the store holds: declarations, items, dates, outcomes, nomenclatures");
  auto json = std::make_shared<bool>(false);
  cmd->add_flag("--json", *json, "Print as JSON");
  cmd->callback([&ctx, json] {
    StoreStats s = ctx.store().stats();
    if (*json) {
      nlohmann::json j{{"store", ctx.db_path()},
                       {"schema_version", s.schema_version},
                       {"declarations", s.declarations},
                       {"items", s.items},
                       {"versions", s.versions},
                       {"first_date", s.first_date ? s.first_date->str() : ""},
                       {"last_date", s.last_date ? s.last_date->str() : ""},
                       {"with_outcome", s.with_outcome},
                       {"fraud", s.fraud},
                       {"by_flow", nlohmann::json(s.by_flow)},
                       {"by_illicit_domain", nlohmann::json(s.by_illicit_domain)},
                       {"nomenclatures", nlohmann::json(s.nomenclatures)}};
      std::cout << j.dump() << "\n";
      return;
    }
    std::cout << "Store " << ctx.db_path() << " (schema version " << s.schema_version << ")\n";
    std::cout << fmt::format("  declarations {:>10}   items {}   versions {}\n", s.declarations, s.items,
                             s.versions);
    if (s.first_date)
      std::cout << "  dates        " << s.first_date->str() << " to " << s.last_date->str() << "\n";
    for (const auto& [flow, n] : s.by_flow) std::cout << fmt::format("  {:<12} {:>10}\n", flow, n);
    std::cout << fmt::format("  with a fraud label {}   fraud {}\n", s.with_outcome, s.fraud);
    for (const auto& [dom, n] : s.by_illicit_domain)
      std::cout << fmt::format("  illicit: {:<11} {:>6}\n", dom, n);
    for (const auto& [ed, n] : s.nomenclatures)
      std::cout << "  nomenclature HS " << ed << ": " << n << " codes\n";
  });
}

const bool registered = register_command(45, setup);

}  // namespace
}  // namespace custos::cli
