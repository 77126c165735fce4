// custos: the command line of the Custos customs enforcement platform.
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <vector>

#include "cli/command.hpp"

namespace custos::cli {
namespace {

std::vector<std::pair<int, Setup>>& registry() {
  static std::vector<std::pair<int, Setup>> r;
  return r;
}

}  // namespace

bool register_command(int order, Setup setup) {
  registry().emplace_back(order, setup);
  return true;
}

CLI::App& bench_group(CLI::App& app) {
  for (CLI::App* sub : app.get_subcommands([](CLI::App* a) { return a->get_name() == "bench"; })) return *sub;
  CLI::App* bench = app.add_subcommand("bench", "Measure the speed of Custos' engines on this machine");
  bench->require_subcommand(1);
  return *bench;
}

std::string Context::db_path() const {
  if (!db_option.empty()) return db_option;
  if (const char* env = std::getenv("CUSTOS_DB"); env != nullptr && *env != '\0') return env;
  return "custos.db";
}

Store& Context::store() {
  if (!store_) store_ = open_store(db_path());
  return *store_;
}

std::string Context::data_dir() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("CUSTOS_DATA"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "custos";
    if (fs::exists(installed / "mappings")) return installed.string();
  }
  return CUSTOS_DATA_DIR;
}

}  // namespace custos::cli

int main(int argc, char** argv) {
  using namespace custos::cli;
  CLI::App app{
      "Custos: open customs enforcement. Ingest declarations, target the risky ones, screen "
      "traders, identify substances, learn from inspection results.",
      "custos"};
  app.set_version_flag("--version", std::string("custos ") + CUSTOS_VERSION);
  app.require_subcommand(1);
  app.fallthrough();
  Context ctx;
  app.add_option("--db", ctx.db_option,
                 "Store to use: a SQLite file, or a PostgreSQL database as postgres://USER@HOST:PORT/DBNAME. "
                 "Default: $CUSTOS_DB, else ./custos.db");
  app.footer(
      "Exit codes: 0 done; 1 the command found a failure; 2 wrong arguments; 3 an input file "
      "could not be read or was refused; 4 the store could not be opened or written.\n"
      "Run 'custos COMMAND --help' for a command's options.");

  auto& reg = registry();
  std::stable_sort(reg.begin(), reg.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [order, setup] : reg) setup(app, ctx);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : kUsage;
  } catch (const custos::StoreError& e) {
    std::cerr << "custos: store error: " << e.what() << "\n";
    return kStoreError;
  } catch (const std::exception& e) {
    std::cerr << "custos: " << e.what() << "\n";
    return kFailure;
  }
  return ctx.exit_code;
}
