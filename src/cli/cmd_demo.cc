// custos demo: a day of trade, from nothing to a stored, checked day.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "cli/command.hpp"
#include "cli/demo_targets.hpp"
#include "cli/ingest_report.hpp"
#include "cli/progress.hpp"
#include "ingest/ingest.hpp"
#include "refdata/hs_nomenclature.hpp"
#include "simulate/simulator.hpp"

namespace custos::cli {
namespace {

struct Options {
  int64_t declarations = 20000;
  uint64_t seed = 7;
  std::string work_dir = "custos-demo";
  int top = 15;
  int history_days = 5;
};

int run(Context& ctx, const Options& o) {
  namespace fs = std::filesystem;
  fs::create_directories(o.work_dir);
  const std::string day_file = (fs::path(o.work_dir) / "day.csv").string();
  const std::string rejects = (fs::path(o.work_dir) / "rejects.csv").string();

  SimulationOptions sim;
  sim.declarations = o.declarations;
  sim.seed = o.seed;
  // The weeks before: history for the indicators (usual prices, traders, routes).
  SimulationOptions past = sim;
  past.seed = o.seed + 1000;
  past.days = o.history_days;
  past.declarations = o.declarations * o.history_days;
  past.first_day = sim.first_day.plus_days(-o.history_days);
  const std::string past_file = (fs::path(o.work_dir) / "history.csv").string();
  if (o.history_days > 0) {
    std::cout << fmt::format("1. Simulating {} earlier days of trade as history: {} declarations -> {}\n",
                             past.days, past.declarations, past_file);
    simulate_to_file(past, Format::csv, past_file);
  }
  std::cout << fmt::format("   Simulating the day {} at a {} sea/air hub: {} declarations (seed {}) -> {}\n",
                           sim.first_day.str(), sim.country, sim.declarations, sim.seed, day_file);
  simulate_to_file(sim, Format::csv, day_file);

  std::cout << "2. Ingesting into the store " << ctx.db_path() << "\n";
  Store& store = ctx.store();
  HsNomenclatureSet nomenclature = HsNomenclatureSet::from_store(store);
  IngestOptions io;
  io.nomenclature = &nomenclature;
  if (o.history_days > 0) {
    ProgressBar bar("history");
    io.progress = [&](int64_t done, int64_t total) { bar.update(done, total); };
    IngestCounts h = ingest_files(store, {past_file}, io);
    std::cout << fmt::format("   history: read {}, stored {}, rejected {}, duplicates {}\n", h.read, h.stored,
                             h.rejected, h.duplicates);
  }
  io.rejects_path = rejects;
  ProgressBar bar("ingest");
  io.progress = [&](int64_t done, int64_t total) { bar.update(done, total); };
  IngestCounts c = ingest_files(store, {day_file}, io);
  std::cout << "   the day:\n";
  print_ingest_report(std::cout, c, rejects, false, nomenclature.editions());

  StoreStats s = store.stats();
  std::cout << fmt::format("3. The store now holds {} declarations ({} items) from {} to {}\n",
                           s.declarations, s.items, s.first_date ? s.first_date->str() : "-",
                           s.last_date ? s.last_date->str() : "-");
  return print_demo_targets(ctx, sim.first_day, o.top, std::cout);
}

void setup(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<Options>();
  auto* cmd = app.add_subcommand(
      "demo",
      "Show Custos at work: simulate a day of trade, ingest it into the store, and print the day's "
      "summary and targets with their reasons");
  cmd->add_option("--declarations", o->declarations, "Declarations in the simulated day (default 20000)")
      ->check(CLI::Range(int64_t{1}, int64_t{10000000}));
  cmd->add_option("--seed", o->seed, "Random seed of the day (default 7)");
  cmd->add_option("--work-dir", o->work_dir, "Folder for the day's file and rejects (default ./custos-demo)");
  cmd->add_option("--top", o->top, "How many targets to print (default 15)");
  cmd->add_option("--history-days", o->history_days,
                  "Earlier days simulated first, so indicators know usual prices and traders (default 5)")
      ->check(CLI::Range(0, 60));
  cmd->callback([&ctx, o] { ctx.exit_code = run(ctx, *o); });
}

const bool registered = register_command(5, setup);

}  // namespace
}  // namespace custos::cli
