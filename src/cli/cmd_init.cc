// custos init: create (or upgrade) the store.
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/command.hpp"

namespace custos::cli {
namespace {

void setup(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("init", "Create the store (or bring an existing one to the current schema)");
  auto json = std::make_shared<bool>(false);
  cmd->add_flag("--json", *json, "Print the result as JSON");
  cmd->callback([&ctx, json] {
    StoreStats st = ctx.store().stats();
    if (*json) {
      std::cout << nlohmann::json{{"store", ctx.db_path()},
                                  {"schema_version", st.schema_version},
                                  {"declarations", st.declarations}}
                       .dump()
                << "\n";
    } else {
      std::cout << "Store ready: " << ctx.db_path() << " (schema version " << st.schema_version << ", "
                << st.declarations << " declarations)\n";
    }
  });
}

const bool registered = register_command(10, setup);

}  // namespace
}  // namespace custos::cli
