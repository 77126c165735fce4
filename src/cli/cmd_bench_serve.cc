// custos bench serve: requests per second and latency of POST /api/v1/assess
// (one declaration per request, keep-alive connections, many concurrent
// clients) on a server started in this process over a temporary store,
// beside in-process assessment of the same declarations in the same run.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <thread>

#include "auth/users.hpp"
#include "cli/command.hpp"
#include "core/declaration_json.hpp"
#include "risk/synthetic.hpp"
#include "server/server.hpp"
#include "targeting/engine.hpp"

namespace custos::cli {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;

struct Options {
  int clients = 32, runs = 3, declarations = 2000, threads = 0, workers = 0;
  double seconds = 5, warmup = 2;
  bool ingest = false, json = false;
  uint64_t seed = 1;
  std::string connect;  // ADDR:PORT[,ADDR:PORT...]: servers already running on --db
};

struct Target {
  std::string address;
  unsigned short port = 0;
};

// "127.0.0.1:8081,127.0.0.1:8082"; throws std::invalid_argument.
std::vector<Target> parse_targets(const std::string& text) {
  std::vector<Target> out;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find(',', pos);
    if (end == std::string::npos) end = text.size();
    const std::string part = text.substr(pos, end - pos);
    pos = end + 1;
    const size_t colon = part.rfind(':');
    if (colon == std::string::npos || colon == 0)
      throw std::invalid_argument("'" + part + "' is not ADDRESS:PORT");
    int port = 0;
    try {
      port = std::stoi(part.substr(colon + 1));
    } catch (const std::exception&) {
      port = 0;
    }
    if (port <= 0 || port > 65535) throw std::invalid_argument("'" + part + "' has no valid port");
    boost::system::error_code ec;
    asio::ip::make_address(part.substr(0, colon), ec);
    if (ec) throw std::invalid_argument("'" + part + "' needs a numeric IP address");
    out.push_back({part.substr(0, colon), static_cast<unsigned short>(port)});
  }
  return out;
}

struct RunResult {
  double requests_per_s = 0, p50_ms = 0, p99_ms = 0;
  int64_t requests = 0, errors = 0, lodged = 0;
};

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

double percentile(std::vector<double>& v, double p) {
  if (v.empty()) return 0;
  const size_t k = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())));
  std::nth_element(v.begin(), v.begin() + static_cast<long>(k), v.end());
  return v[k];
}

// One keep-alive client: POSTs bodies round-robin until `stop`, timing each answer.
void client(const Target& to, const std::string& token, const std::string& target,
            const std::vector<std::string>& bodies, size_t first, const std::atomic<bool>& measuring,
            const std::atomic<bool>& stop, std::vector<double>& latencies, int64_t& errors) {
  try {
    asio::io_context ioc;
    beast::tcp_stream stream(ioc);
    stream.connect(tcp::endpoint(asio::ip::make_address(to.address), to.port));
    beast::flat_buffer buffer;
    size_t i = first;
    while (!stop.load(std::memory_order_relaxed)) {
      bhttp::request<bhttp::string_body> req{bhttp::verb::post, target, 11};
      req.set(bhttp::field::host, to.address);
      req.set(bhttp::field::authorization, "Bearer " + token);
      req.set(bhttp::field::content_type, "application/json");
      req.keep_alive(true);
      req.body() = bodies[i++ % bodies.size()];
      req.prepare_payload();
      const auto t0 = Clock::now();
      bhttp::write(stream, req);
      bhttp::response<bhttp::string_body> res;
      bhttp::read(stream, buffer, res);
      const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
      if (!measuring.load(std::memory_order_relaxed)) continue;
      latencies.push_back(ms);
      if (res.result_int() != 200) ++errors;
    }
    beast::error_code ec;
    stream.socket().shutdown(tcp::socket::shutdown_both, ec);
  } catch (const std::exception& e) {
    ++errors;
    std::cerr << "custos bench serve: a client stopped: " << e.what() << "\n";
  }
}

// Clients are spread round-robin over the targets.
RunResult run_once(const Options& o, const std::vector<Target>& targets, const std::string& token,
                   const std::vector<std::string>& bodies, const std::vector<std::string>& batches) {
  std::atomic<bool> measuring{false}, stop{false};
  std::vector<std::vector<double>> lat(static_cast<size_t>(o.clients));
  std::vector<int64_t> errors(static_cast<size_t>(o.clients) + 1, 0);
  std::vector<double> ingest_lat;
  std::vector<std::thread> threads;
  for (int c = 0; c < o.clients; ++c)
    threads.emplace_back([&, c] {
      client(targets[static_cast<size_t>(c) % targets.size()], token, "/api/v1/assess", bodies,
             static_cast<size_t>(c) * 61, measuring, stop, lat[static_cast<size_t>(c)],
             errors[static_cast<size_t>(c)]);
    });
  if (o.ingest)
    threads.emplace_back([&] {
      client(targets.front(), token, "/api/v1/declarations", batches, 0, measuring, stop, ingest_lat,
             errors[static_cast<size_t>(o.clients)]);
    });
  std::this_thread::sleep_for(std::chrono::milliseconds(500));  // warm-up: connections, engines
  measuring = true;
  const auto t0 = Clock::now();
  std::this_thread::sleep_for(std::chrono::duration<double>(o.seconds));
  measuring = false;
  const double elapsed = std::chrono::duration<double>(Clock::now() - t0).count();
  stop = true;
  for (auto& t : threads) t.join();
  std::vector<double> all;
  RunResult r;
  for (auto& v : lat) all.insert(all.end(), v.begin(), v.end());
  for (int64_t e : errors) r.errors += e;
  r.requests = static_cast<int64_t>(all.size());
  r.lodged = static_cast<int64_t>(ingest_lat.size());
  r.requests_per_s = static_cast<double>(all.size()) / elapsed;
  r.p50_ms = percentile(all, 0.50);
  r.p99_ms = percentile(all, 0.99);
  return r;
}

// The warm-up (not measured: the servers' workers build their engines
// first), then the runs.
std::vector<RunResult> measure(const Options& o, const std::vector<Target>& targets, const std::string& token,
                               const std::vector<std::string>& bodies,
                               const std::vector<std::string>& batches) {
  if (o.warmup > 0) {
    Options warm = o;
    warm.seconds = o.warmup;
    // On a loaded machine the engines may take longer than the warm-up to
    // build: a warm-up that saw no answer is repeated, for a minute at most.
    const auto until = Clock::now() + std::chrono::seconds(60);
    while (run_once(warm, targets, token, bodies, batches).requests == 0 && Clock::now() < until) {
    }
  }
  std::vector<RunResult> runs;
  for (int r = 0; r < o.runs; ++r) runs.push_back(run_once(o, targets, token, bodies, batches));
  return runs;
}

int report(const Options& o, const std::vector<RunResult>& runs, double inprocess, size_t servers) {
  std::vector<double> rps, p50, p99;
  int64_t errors = 0, lodged = 0;
  for (const RunResult& r : runs) {
    rps.push_back(r.requests_per_s);
    p50.push_back(r.p50_ms);
    p99.push_back(r.p99_ms);
    errors += r.errors;
    lodged += r.lodged;
    std::cout << "run: " << static_cast<int64_t>(r.requests_per_s) << " requests/s, p50 " << r.p50_ms
              << " ms, p99 " << r.p99_ms << " ms, " << r.requests << " requests, " << r.errors << " errors"
              << (o.ingest ? ", " + std::to_string(r.lodged) + " lodging batches of 100" : std::string())
              << "\n";
  }
  std::cout << "POST /api/v1/assess, one declaration a request, " << o.clients << " keep-alive clients, "
            << servers << " server(s): median of " << runs.size() << " runs of " << o.seconds
            << " s: " << static_cast<int64_t>(median(rps)) << " requests/s, p50 " << median(p50)
            << " ms, p99 " << median(p99)
            << " ms\nIn-process assessment (one thread, same engine): " << static_cast<int64_t>(inprocess)
            << " declarations/s\n";
  if (o.json)
    std::cout << nlohmann::json{{"clients", o.clients},
                                {"servers", servers},
                                {"runs", runs.size()},
                                {"seconds", o.seconds},
                                {"errors", errors},
                                {"ingest", o.ingest},
                                {"lodging_batches", lodged},
                                {"runs_requests_per_s", rps},
                                {"requests_per_s", median(rps)},
                                {"p50_ms", median(p50)},
                                {"p99_ms", median(p99)},
                                {"inprocess_items_per_s", inprocess}}
                     .dump()
              << "\n";
  return errors == 0 ? kOk : kFailure;
}

int run(Context& ctx, const Options& o) {
  namespace fs = std::filesystem;
  std::vector<Target> targets;
  if (!o.connect.empty()) {
    try {
      targets = parse_targets(o.connect);
    } catch (const std::invalid_argument& e) {
      std::cerr << "custos bench serve: --connect: " << e.what() << "\n";
      return kUsage;
    }
  }
  const fs::path dir = fs::temp_directory_path() / ("custos-bench-serve-" + std::to_string(::getpid()));
  if (targets.empty()) fs::create_directories(dir);
  // With --connect the servers run on --db; else a temporary store here.
  const std::string db = targets.empty() ? (dir / "bench.db").string() : ctx.db_path();
  const std::string user = targets.empty() ? "bench" : "bench-" + std::to_string(::getpid());
  std::string token;
  std::vector<Declaration> ds = risk::synthetic_declarations(o.declarations, o.seed);
  std::vector<std::string> bodies, batches;
  for (const Declaration& d : ds) bodies.push_back(to_canonical_json(d));
  for (size_t i = 0; i < ds.size(); i += 100) {
    nlohmann::json arr = nlohmann::json::array();
    for (size_t k = i; k < std::min(ds.size(), i + 100); ++k) {
      nlohmann::json j = to_json(ds[k]);
      j["declaration_id"] = "ING-" + ds[k].id;
      arr.push_back(std::move(j));
    }
    batches.push_back(arr.dump());
  }
  double inprocess = 0;
  {
    auto store = open_store(db);
    auth::add_user(*store, audit::command_line_actor(),
                   {user, auth::Role::analyst, "", "bench-password-not-secret"});
    token = auth::issue_token(*store, audit::command_line_actor(), user, "bench serve").token;
    // In-process: the same engine the server's workers use, one thread.
    targeting::Options to;
    to.data_dir = Context::data_dir();
    targeting::Engine engine(*store, to);
    std::vector<double> rates;
    for (int r = 0; r < o.runs; ++r) {
      const auto t0 = Clock::now();
      for (const Declaration& d : ds) engine.assess(d, false);
      rates.push_back(static_cast<double>(ds.size()) /
                      std::chrono::duration<double>(Clock::now() - t0).count());
    }
    inprocess = median(rates);
  }
  if (!targets.empty()) {
    try {
      return report(o, measure(o, targets, token, bodies, batches), inprocess, targets.size());
    } catch (const std::exception& e) {
      std::cerr << "custos bench serve: " << e.what() << "\n";
      return kFailure;
    }
  }
  server::ServerOptions so;
  so.db = db;
  so.listen = "127.0.0.1:0";
  so.threads = o.threads;
  so.workers = o.workers;
  so.data_dir = Context::data_dir();
  so.web_root = "/nonexistent";
  so.max_connections = o.clients + 16;
  server::Server srv(so);
  srv.start();
  std::thread serving([&] { srv.run(); });
  std::vector<RunResult> runs;
  try {
    runs = measure(o, {{"127.0.0.1", srv.port()}}, token, bodies, batches);
  } catch (const std::exception& e) {
    srv.stop();
    serving.join();
    std::cerr << "custos bench serve: " << e.what() << "\n";
    return kFailure;
  }
  srv.stop();
  serving.join();
  std::error_code ec;
  fs::remove_all(dir, ec);
  return report(o, runs, inprocess, 1);
}

void setup(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<Options>();
  auto* cmd = bench_group(app).add_subcommand(
      "serve",
      "Measure POST /api/v1/assess (one declaration a request, keep-alive, concurrent clients) on a server "
      "started here over a temporary store, beside in-process assessment in the same run");
  cmd->add_option("--clients", o->clients, "Concurrent keep-alive clients (default 32)")
      ->check(CLI::Range(1, 1000));
  cmd->add_option("--runs", o->runs, "Runs; medians are reported (default 3)")->check(CLI::Range(1, 50));
  cmd->add_option("--seconds", o->seconds, "Measured seconds per run (default 5)")
      ->check(CLI::Range(0.5, 600.0));
  cmd->add_option("--warmup", o->warmup,
                  "Unmeasured seconds of the same load before the runs, while the server's workers build "
                  "their engines (default 2; 0 none; repeated while nothing answers, a minute at most)")
      ->check(CLI::Range(0.0, 600.0));
  cmd->add_option("--declarations", o->declarations, "Synthetic declarations sent round-robin (default 2000)")
      ->check(CLI::Range(1, 1000000));
  cmd->add_option("--threads", o->threads, "Server I/O threads (0: one per core)");
  cmd->add_option("--workers", o->workers, "Server workers (0: two per core)");
  cmd->add_flag("--ingest", o->ingest,
                "Also lodge batches of 100 declarations (POST /api/v1/declarations) from one more client "
                "during the measurement");
  cmd->add_option("--seed", o->seed, "Seed of the synthetic declarations");
  cmd->add_option("--connect", o->connect,
                  "ADDRESS:PORT[,ADDRESS:PORT...]: load `custos serve` processes already running on --db "
                  "instead of a server started here (clients spread round-robin; a bench user and token "
                  "are added to --db)");
  cmd->add_flag("--json", o->json,
                "Last line: {\"requests_per_s\",\"p50_ms\",\"p99_ms\",\"inprocess_items_per_s\"} (medians)");
  cmd->callback([&ctx, o] { ctx.exit_code = run(ctx, *o); });
}

const bool registered = register_command(91, setup);

}  // namespace
}  // namespace custos::cli
