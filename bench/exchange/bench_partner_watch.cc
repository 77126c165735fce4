// What keeping partner alerts live costs the server's targeting engine. A
// server's engine lives across requests; before each one it asks the store
// whether the administration's alerts changed (PartnerWatch::refresh, one
// indexed count) and reads them again only then. Measured here, in the same
// run, against what it is added to (one assessment of one declaration by the
// engine, all sources plugged in) and against what the check spares (reading
// every alert again, and rebuilding the engine):
//
//   bench_partner_watch [--alerts N] [--history M] [--repeats R] [--db LOCATION]
//
// LOCATION is a SQLite file (default: a temporary one) or an empty PostgreSQL
// database's URL. Alerts come the real way: issued at a partner (KH), exported
// in a signed bundle, imported. Figures are medians of R rounds; the last
// line is JSON.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "audit/keys.hpp"
#include "auth/administrations.hpp"
#include "exchange/exchange.hpp"
#include "exchange/operations.hpp"
#include "exchange/partner_watch.hpp"
#include "exchange/trust.hpp"
#include "ingest/ingest.hpp"
#include "simulate/simulator.hpp"
#include "targeting/engine.hpp"

namespace {

using namespace custos;
using Clock = std::chrono::steady_clock;
using nlohmann::json;
const audit::Actor kActor{"cli:bench", ""};

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// Median over `repeats` rounds of the time per call (microseconds) of `n` calls.
double per_call_us(int repeats, int n, const std::function<void(int)>& f) {
  std::vector<double> rounds;
  for (int r = 0; r < repeats; ++r) {
    auto t0 = Clock::now();
    for (int i = 0; i < n; ++i) f(i);
    rounds.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count() / n);
  }
  return median(rounds);
}

void take_part(Store& s) {
  exchange::Operation op;
  op.name = "DEMETER-XI";
  op.from = *Date::parse("2026-10-01");
  op.to = *Date::parse("2026-11-30");
  op.domains = {"waste"};
  op.participants = {"KH", "TH"};
  op.coordinator = "KH";
  exchange::add_operation(s, kActor, op);
}

}  // namespace

int main(int argc, char** argv) {
  int alerts = 200, history = 2000, repeats = 7;
  std::string db;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--alerts")
      alerts = std::atoi(argv[i + 1]);
    else if (a == "--history")
      history = std::atoi(argv[i + 1]);
    else if (a == "--repeats")
      repeats = std::atoi(argv[i + 1]);
    else if (a == "--db")
      db = argv[i + 1];
    else
      return fmt::print(stderr, "bench_partner_watch: unknown option {}\n", a), 2;
  }
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / fmt::format("custos_bench_watch_{}", ::getpid());
  fs::create_directories(dir);
  if (db.empty()) db = (dir / "th.db").string();

  // KH issues the alerts; TH (the store measured) receives them.
  auto kh = open_store((dir / "kh.db").string());
  const std::string kh_master = (dir / "kh.master-key").string();
  audit::ensure_master_key(kh_master);
  auth::name_own_administration(*kh, kActor, "KH", "Administration KH");
  audit::generate_signing_key(*kh, kActor, kh_master);
  take_part(*kh);
  auto th = open_store(db);
  auth::name_own_administration(*th, kActor, "TH", "Administration TH");
  take_part(*th);
  json keys = json::array();
  for (const auto& k : audit::signing_keys(*kh))
    keys.push_back({{"key_id", k.key_id}, {"public_key", k.public_key}});
  exchange::trust_partner(*th, kActor, "KH", json{{"administration", "KH"}, {"keys", keys}}.dump());
  for (int i = 0; i < alerts; ++i)
    exchange::issue_record(*kh, kActor,
                           {{"kind", "alert"},
                            {"level", "operation"},
                            {"operation", "DEMETER-XI"},
                            {"data",
                             {{"reason", "shipper seized in KH"},
                              {"expires", "2026-12-31"},
                              {"company", fmt::format("Trader {} Co", i)},
                              {"hs_code", "8471"}}}});
  exchange::ExportOptions eo;
  eo.level = exchange::Level::operation;
  eo.operation = "DEMETER-XI";
  eo.master_key_path = kh_master;
  exchange::import_bundle(*th, kActor, exchange::to_json(exchange::export_bundle(*kh, kActor, eo)).dump());

  // Stored history for the indicators, and declarations to assess.
  SimulationOptions so;
  so.declarations = history;
  so.seed = 3;
  const std::string csv = (dir / "history.csv").string();
  simulate_to_file(so, Format::csv, csv);
  ingest_files(*th, {csv}, {});
  std::vector<Declaration> ds;
  th->scan({}, [&](const Declaration& d) {
    ds.push_back(d);
    return ds.size() < 500;
  });

  targeting::Options to;
  targeting::Engine engine(*th, to);
  const int n = static_cast<int>(ds.size());
  double assess_us =
      per_call_us(repeats, n, [&](int i) { engine.assess(ds[static_cast<size_t>(i)], false); });
  double refresh_us = per_call_us(repeats, 200, [&](int) { engine.refresh(*th); });
  double fingerprint_us = per_call_us(repeats, 200, [&](int) { targeting::fingerprint(*th); });
  double reload_us = per_call_us(repeats, 20, [&](int) { (void)exchange::partner_watch_entries(*th); });
  double rebuild_us = per_call_us(std::min(repeats, 3), 1, [&](int) { targeting::Engine e(*th, to); });
  size_t watched = exchange::partner_watch_entries(*th).size();

  fmt::print("Store: {} ({} partner alerts, {} declarations of history)\n",
             is_postgres_location(db) ? "PostgreSQL" : "SQLite", watched, history);
  fmt::print("One assessment by the engine (baseline):     {:9.1f} us\n", assess_us);
  fmt::print("Per-request alert check (refresh, unchanged): {:9.1f} us  ({:.3f} x an assessment)\n",
             refresh_us, refresh_us / assess_us);
  fmt::print("Per-request fingerprint (already there):      {:9.1f} us\n", fingerprint_us);
  fmt::print("Reading every alert again (on a change):      {:9.1f} us\n", reload_us);
  fmt::print("Rebuilding the engine (what the check spares):{:9.1f} us\n", rebuild_us);
  fmt::print("{}\n", json{{"store", is_postgres_location(db) ? "postgres" : "sqlite"},
                          {"alerts", watched},
                          {"history", history},
                          {"assess_us", assess_us},
                          {"refresh_us", refresh_us},
                          {"fingerprint_us", fingerprint_us},
                          {"reload_us", reload_us},
                          {"rebuild_us", rebuild_us},
                          {"refresh_over_assess", refresh_us / assess_us}}
                         .dump());
  th.reset();
  kh.reset();
  std::error_code ec;
  fs::remove_all(dir, ec);
  return 0;
}
