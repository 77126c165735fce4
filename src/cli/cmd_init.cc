// custos init: create (or upgrade) the store, and name its own administration.
#include <iostream>
#include <nlohmann/json.hpp>

#include "audit/keys.hpp"
#include "auth/administrations.hpp"
#include "auth/errors.hpp"
#include "cli/command.hpp"

namespace custos::cli {
namespace {

struct Options {
  std::string administration, name, master_key;
  bool json = false;
};

int run(Context& ctx, const Options& o) {
  Store& store = ctx.store();
  if (!o.administration.empty() || !o.name.empty()) {
    if (o.administration.empty() || o.name.empty()) {
      std::cerr << "custos init: --administration and --name go together\n";
      return kUsage;
    }
    try {
      auth::name_own_administration(store, audit::command_line_actor(), o.administration, o.name);
    } catch (const auth::InvalidInput& e) {
      std::cerr << "custos init: " << e.what() << "\n";
      return kFailure;
    }
  }
  const std::string key_path =
      o.master_key.empty() ? audit::default_master_key_path(ctx.db_path()) : o.master_key;
  bool key_created = false;
  if (ctx.db_path().find("://") == std::string::npos || !o.master_key.empty()) {
    try {
      key_created = audit::ensure_master_key(key_path);
    } catch (const audit::KeyError& e) {
      std::cerr << "custos init: " << e.what() << "\n";
      return kFailure;
    }
  }
  StoreStats st = store.stats();
  const std::string own = store.own_administration();
  if (o.json) {
    std::cout << nlohmann::json{{"store", ctx.db_path()}, {"schema_version", st.schema_version},
                                {"administration", own},  {"declarations", st.declarations},
                                {"master_key", key_path}, {"master_key_created", key_created}}
                     .dump()
              << "\n";
  } else {
    std::cout << "Store ready: " << ctx.db_path() << " (schema version " << st.schema_version
              << ", administration " << own << ", " << st.declarations << " declarations)\n";
    if (key_created)
      std::cout << "Master key created: " << key_path
                << " (mode 0600; it seals the signing keys: back it up apart from the store)\n";
  }
  return kOk;
}

void setup(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<Options>();
  auto* cmd = app.add_subcommand("init", "Create the store (or bring an existing one to the current schema)");
  cmd->add_option(
      "--administration", o->administration,
      "Name the store's own administration by its code (e.g. the ISO 3166 code: KH); the placeholder "
      "XX can be replaced only while the store holds no records");
  cmd->add_option("--name", o->name, "The administration's name (with --administration)");
  cmd->add_option(
      "--master-key", o->master_key,
      "Where to create the master key that seals the signing keys (default: $CUSTOS_MASTER_KEY, else "
      "STORE.master-key)");
  cmd->add_flag("--json", o->json, "Print the result as JSON");
  cmd->callback([&ctx, o] { ctx.exit_code = run(ctx, *o); });
}

const bool registered = register_command(10, setup);

}  // namespace
}  // namespace custos::cli
