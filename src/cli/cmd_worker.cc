// custos worker: claim batches of lodged, unassessed declarations, assess
// them and store the result (src/targeting/worker.hpp); several workers on
// one PostgreSQL store share the queue (docs/scale-out.md, "Workers").
#include <signal.h>

#include <atomic>
#include <iostream>
#include <nlohmann/json.hpp>

#include "auth/administrations.hpp"
#include "cli/command.hpp"
#include "risk/pipeline.hpp"
#include "targeting/worker.hpp"

namespace custos::cli {
namespace {

struct Options {
  int batch = 500;
  bool once = false, json = false;
  int poll_ms = 1000;
  std::string administration, data_dir, capacity;
  double random_share = 0.02;
};

std::atomic<bool> g_stop{false};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void on_stop_signal(int) { g_stop.store(true); }

void handle_stop_signals() {
  struct sigaction sa {};
  sa.sa_handler = on_stop_signal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;  // a statement under way finishes; the loop looks at the flag between batches
  sigaction(SIGTERM, &sa, nullptr);
  sigaction(SIGINT, &sa, nullptr);
}

nlohmann::json counts_json(const targeting::WorkerCounts& c) {
  return {{"assessed", c.assessed},
          {"batches", c.batches},
          {"lanes", c.lanes},
          {"seconds", c.seconds},
          {"per_second", c.seconds > 0 ? static_cast<double>(c.assessed) / c.seconds : 0.0}};
}

int run(Context& ctx, const Options& o) {
  targeting::WorkerOptions w;
  try {
    w.policy = targeting::online_policy(o.capacity, o.random_share);
  } catch (const std::invalid_argument& e) {
    std::cerr << "custos worker: capacity: " << e.what() << "\n";
    return kUsage;
  }
  w.targeting.data_dir = o.data_dir.empty() ? Context::data_dir() : o.data_dir;
  w.batch = o.batch;
  w.once = o.once;
  w.poll_ms = o.poll_ms;
  Store& store = ctx.store();
  if (!o.administration.empty()) {
    if (!auth::find_administration(store, o.administration)) {
      std::cerr << "custos worker: no administration " << o.administration << " in this store\n";
      return kUsage;
    }
    store.set_administration(o.administration);
  }
  g_stop.store(false);
  handle_stop_signals();
  if (!o.json)
    std::cout << "custos worker: assessing lodged declarations of " << store.administration() << " (batch "
              << o.batch << (o.once ? ", until the queue is empty" : "") << ")" << std::endl;
  targeting::WorkerCounts c;
  try {
    c = targeting::run_worker(store, w, g_stop, [&](const targeting::WorkerCounts& so_far, int64_t n) {
      if (!o.json)
        std::cout << "custos worker: batch of " << n << " stored, " << so_far.assessed << " in all"
                  << std::endl;
    });
  } catch (const risk::ProfileSetError& e) {
    std::cerr << "custos worker: the profile set is broken: " << e.what() << "\n";
    return kFailure;
  }
  if (o.json) {
    std::cout << counts_json(c).dump() << std::endl;
  } else {
    std::cout << "custos worker: " << c.assessed << " declaration(s) assessed in " << c.batches
              << " batch(es), " << c.seconds << " s" << (g_stop.load() ? " (stopped by a signal)" : "")
              << std::endl;
  }
  return kOk;
}

void setup(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<Options>();
  auto* cmd = app.add_subcommand(
      "worker",
      "Assess lodged declarations waiting in the store's queue, a batch per transaction; several workers "
      "share one PostgreSQL store");
  cmd->add_option("--batch", o->batch, "Declarations claimed per transaction")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  cmd->add_flag("--once", o->once, "Drain the queue and exit (default: keep polling)");
  cmd->add_option("--poll-ms", o->poll_ms, "Milliseconds between polls of an empty queue")
      ->check(CLI::Range(10, 3600000))
      ->capture_default_str();
  cmd->add_option("--administration", o->administration, "The administration (default: the store's own)");
  cmd->add_option("--data-dir", o->data_dir,
                  "Shipped data folder: profiles, groups, value floors and ceilings (default: as installed)");
  cmd->add_option("--capacity", o->capacity,
                  "Lane capacity per office and day, e.g. red=20,orange=5% (default unlimited); as "
                  "custos serve");
  cmd->add_option("--random-share", o->random_share,
                  "Random floor: share of declarations left green sent to control at random; as custos serve")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  cmd->add_flag("--json", o->json, "Print the counts as JSON on the last line");
  cmd->footer(
      "Declarations enter the queue when lodged: POST /api/v1/declarations (assessed at once unless the "
      "profile set is broken) or custos ingest --lodge. On PostgreSQL a batch is claimed with SELECT ... "
      "FOR UPDATE SKIP LOCKED, so workers never take the same declaration; a worker killed mid-batch "
      "leaves its batch to the others. SIGTERM or SIGINT: the batch under way is committed, then exit 0. "
      "On SQLite run one worker. See docs/scale-out.md.");
  cmd->callback([&ctx, o] { ctx.exit_code = run(ctx, *o); });
}

const bool registered = register_command(92, setup);

}  // namespace
}  // namespace custos::cli
