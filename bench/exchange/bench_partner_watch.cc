// What keeping partner alerts live costs the server's targeting engine. A
// server's engine lives across requests; before each one it reads, in the
// same query as the engine's fingerprint, a count of the administration's
// alert rows, and reads the alerts again only when it changed. Measured here,
// in the same run: one assessment of one declaration with partner alerts
// against an engine without them (every other source plugged in); the
// per-request check against main's (the fingerprint alone, two queries); and
// what the check spares (reading every alert again, rebuilding the engine):
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
  targeting::Options without = to;
  without.partner_alerts = false;
  targeting::Engine baseline(*th, without);
  const int n = static_cast<int>(ds.size());
  double baseline_us =
      per_call_us(repeats, n, [&](int i) { baseline.assess(ds[static_cast<size_t>(i)], false); });
  double assess_us =
      per_call_us(repeats, n, [&](int i) { engine.assess(ds[static_cast<size_t>(i)], false); });
  // The per-request check: main's two fingerprint queries, and the one query
  // that now reads the fingerprint and the alerts' stamp together.
  const std::string admin = th->administration();
  double before_us = per_call_us(repeats, 200, [&](int) {
    th->sql().query_one(
        "SELECT COUNT(*), COALESCE(MAX(created_at), ''), COALESCE(SUM(version), 0) FROM artifacts "
        "WHERE administration = $1",
        {sql::text(admin)});
    th->sql().query_one(
        "SELECT COUNT(*), COALESCE(SUM(version), 0) FROM artifact_active WHERE administration = $1",
        {sql::text(admin)});
  });
  double stamps_us = per_call_us(repeats, 200, [&](int) { (void)targeting::stamps(*th); });
  double reload_us = per_call_us(repeats, 20, [&](int) { (void)exchange::partner_watch_entries(*th); });
  double rebuild_us = per_call_us(std::min(repeats, 3), 1, [&](int) { targeting::Engine e(*th, to); });
  size_t watched = exchange::partner_watch_entries(*th).size();

  fmt::print("Store: {} ({} partner alerts, {} declarations of history)\n",
             is_postgres_location(db) ? "PostgreSQL" : "SQLite", watched, history);
  fmt::print("One assessment, partner alerts off (baseline): {:10.1f} us\n", baseline_us);
  fmt::print("One assessment, partner alerts on:             {:10.1f} us  ({:.2f} x the baseline)\n",
             assess_us, assess_us / baseline_us);
  fmt::print("Per-request check before (2 queries):         {:10.1f} us\n", before_us);
  fmt::print("Per-request check now, with the alerts' stamp: {:10.1f} us  ({:.2f} x before)\n", stamps_us,
             stamps_us / before_us);
  fmt::print("Reading every alert again (after a change):    {:10.1f} us\n", reload_us);
  fmt::print("Rebuilding the engine (what the check spares): {:10.1f} us\n", rebuild_us);
  fmt::print("{}\n", json{{"store", is_postgres_location(db) ? "postgres" : "sqlite"},
                          {"alerts", watched},
                          {"history", history},
                          {"baseline_assess_us", baseline_us},
                          {"assess_us", assess_us},
                          {"assess_over_baseline", assess_us / baseline_us},
                          {"check_before_us", before_us},
                          {"check_us", stamps_us},
                          {"check_over_before", stamps_us / before_us},
                          {"reload_us", reload_us},
                          {"rebuild_us", rebuild_us}}
                         .dump());
  th.reset();
  kh.reset();
  std::error_code ec;
  fs::remove_all(dir, ec);
  return 0;
}
