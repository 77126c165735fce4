// custos demo: a day of trade, from nothing to a stored, checked day.
#include <fmt/format.h>

#include <ctime>
#include <filesystem>
#include <iostream>
#include <map>

#include "audit/audit.hpp"
#include "auth/secret.hpp"
#include "auth/users.hpp"
#include "cli/command.hpp"
#include "cli/demo_targets.hpp"
#include "cli/ingest_report.hpp"
#include "cli/progress.hpp"
#include "ingest/ingest.hpp"
#include "refdata/hs_nomenclature.hpp"
#include "server/server.hpp"
#include "simulate/simulator.hpp"
#include "targeting/disguise.hpp"

namespace custos::cli {
namespace {

struct Options {
  int64_t declarations = 20000;
  uint64_t seed = 7;
  std::string work_dir = "custos-demo";
  int top = 15;
  int history_days = 5;
  bool serve = false;
  std::string listen = "127.0.0.1:8080";
  std::string day;  // YYYY-MM-DD; default 2026-03-02, or today with --serve
};

// Today's date on this machine's clock (the workbench opens on today's targets).
Date local_today() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  return *Date::from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

// The demo's users, one per role, with passwords generated afresh on every
// run (an existing demo user gets a new one). The officer works at the day's
// busiest office, so the day's targets are theirs.
struct DemoUser {
  std::string username;
  auth::Role role;
  std::string office;
  std::string password;
};

std::vector<DemoUser> make_demo_users(Store& store, Date day) {
  std::map<std::string, int64_t> per_office;
  store.scan({day, day}, [&](const Declaration& d) {
    ++per_office[d.office];
    return true;
  });
  std::string busiest;
  int64_t most = -1;
  for (const auto& [office, n] : per_office)
    if (n > most) most = n, busiest = office;
  std::vector<DemoUser> users = {{"officer", auth::Role::officer, busiest, ""},
                                 {"supervisor", auth::Role::supervisor, busiest, ""},
                                 {"analyst", auth::Role::analyst, "", ""},
                                 {"admin", auth::Role::admin, "", ""},
                                 {"auditor", auth::Role::auditor, "", ""}};
  const audit::Actor actor = audit::command_line_actor();
  for (DemoUser& u : users) {
    u.password = auth::random_token(12);  // 16 characters of base64url
    if (auth::find_user(store, u.username))
      auth::set_password(store, actor, u.username, u.password);
    else
      auth::add_user(store, actor, {u.username, u.role, u.office, u.password});
  }
  return users;
}

int serve_demo(Context& ctx, const Options& o, Date day) {
  std::vector<DemoUser> users = make_demo_users(ctx.store(), day);
  server::ServerOptions s;
  s.db = ctx.db_path();
  s.listen = o.listen;
  server::Server srv(s);
  try {
    srv.start();
  } catch (const StoreError&) {
    throw;
  } catch (const std::exception& e) {
    std::cerr << "custos demo: " << e.what() << "\n";
    return kFailure;
  }
  srv.handle_signals();
  const std::string host = o.listen.substr(0, o.listen.rfind(':'));
  std::cout << fmt::format(
      "6. The workbench of the day {} is at http://{}:{}/ (Ctrl-C to stop). Log in as:\n", day.str(), host,
      srv.port());
  for (const DemoUser& u : users)
    std::cout << fmt::format("     {:<11} password {}   ({}{})\n", u.username, u.password,
                             auth::role_name(u.role),
                             u.office.empty() ? std::string() : ", office " + u.office);
  std::cout << std::flush;
  srv.run();
  std::cout << "custos demo: stopped" << std::endl;
  return kOk;
}

// The disguise model learns from the history's recorded seizures (never from
// the day's hidden outcomes), so the day's assessment has every source.
void learn_disguises(Store& store, Date day) {
  ScanFilter history;
  history.to = day.plus_days(-1);
  try {
    targeting::DisguiseTrainingRun r = targeting::train_disguise(
        store, audit::command_line_actor(), history, {}, {}, Context::data_dir(), risk::DisguiseTraining{});
    size_t seizures = 0;
    for (const auto& [domain, n] : r.model.report()["positives"].items()) seizures += n.get<size_t>();
    std::cout << fmt::format(
        "   The disguise model learned from the history's {} recorded seizures and {} lawful declarations "
        "(version {})\n",
        seizures, r.stored_lawful, r.version);
  } catch (const std::exception& e) {
    std::cout << "   The disguise model was not trained: " << e.what() << "\n";
  }
}

int run(Context& ctx, const Options& o) {
  namespace fs = std::filesystem;
  fs::create_directories(o.work_dir);
  const std::string day_file = (fs::path(o.work_dir) / "day.csv").string();
  const std::string rejects = (fs::path(o.work_dir) / "rejects.csv").string();

  SimulationOptions sim;
  sim.declarations = o.declarations;
  sim.seed = o.seed;
  if (!o.day.empty()) {
    auto d = Date::parse(o.day);
    if (!d) {
      std::cerr << "custos demo: --day must be YYYY-MM-DD\n";
      return kUsage;
    }
    sim.first_day = *d;
  } else if (o.serve) {
    sim.first_day = local_today();
  }
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
  if (o.history_days > 0) learn_disguises(store, sim.first_day);
  const int rc = print_demo_targets(ctx, sim.first_day, o.top, std::cout);
  if (rc != kOk || !o.serve) return rc;
  return serve_demo(ctx, o, sim.first_day);
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
  cmd->add_flag("--serve", o->serve,
                "Then add the demo users (officer, supervisor, analyst, admin, auditor) with new passwords, "
                "print them, and serve the web workbench until Ctrl-C");
  cmd->add_option("--day", o->day,
                  "The simulated day, YYYY-MM-DD (default 2026-03-02; with --serve, today, so that the "
                  "workbench opens on the demo's targets)");
  cmd->add_option("--listen", o->listen,
                  "ADDRESS:PORT the workbench listens on with --serve (port 0: a free one)")
      ->capture_default_str();
  cmd->callback([&ctx, o] { ctx.exit_code = run(ctx, *o); });
}

const bool registered = register_command(5, setup);

}  // namespace
}  // namespace custos::cli
