#pragma once
// How sub-commands plug into the `custos` command: each cmd_*.cc file
// registers a setup function that adds its sub-command to the CLI11 app.
// Nothing else needs editing to add a command.
#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "store/store.hpp"

namespace custos::cli {

// Documented exit codes (README, "Exit codes").
enum ExitCode : int {
  kOk = 0,
  kFailure = 1,     // the command ran and found a failure (e.g. an evaluation below target)
  kUsage = 2,       // wrong arguments
  kBadInput = 3,    // an input file could not be read, or --strict refused it
  kStoreError = 4,  // the store could not be opened or written
};

class Context {
 public:
  std::string db_option;  // --db, if given
  int exit_code = kOk;

  // --db, else $CUSTOS_DB, else ./custos.db
  std::string db_path() const;
  // Opens the store once, creating and migrating it as needed.
  Store& store();
  // The folder of data the project ships (profiles, mappings):
  // $CUSTOS_DATA, else the installed share folder, else the source tree's data/.
  static std::string data_dir();

 private:
  std::unique_ptr<Store> store_;
};

using Setup = void (*)(CLI::App& app, Context& ctx);

// The `custos bench` group, shared by the modules that add a benchmark
// (`custos bench assess`, `custos bench screen`, ...): created on first use.
CLI::App& bench_group(CLI::App& app);
// Called from a static initializer in each cmd_*.cc; `order` sorts --help.
bool register_command(int order, Setup setup);

}  // namespace custos::cli
