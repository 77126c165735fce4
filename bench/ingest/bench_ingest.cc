// Ingest benchmark: throughput of the CSV reader (parse only), of the whole
// ingest into SQLite, and of the simulator, each beside a baseline measured
// in the same run; optionally the peak memory of ingesting a ~1 GB file.
//
//   bench_ingest [--declarations N] [--repeat R] [--memory-gb G] [--dir DIR]
//
// Baselines: parse-only against std::getline line splitting (which does no
// CSV at all); ingest against sqlite3's own `.import` of the same CSV into one
// table (which validates nothing and keeps no history). Figures are medians.
// The last line is JSON.
#include <fmt/format.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/csv_reader.hpp"
#include "ingest/ingest.hpp"
#include "simulate/simulator.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

double seconds(const std::function<void()>& f) {
  auto t0 = Clock::now();
  f();
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

struct Ran {
  double wall = 0, cpu = 0;  // seconds; cpu = user + system, the child's threads and children included
  long rss_kb = 0;           // peak resident memory
};

// Runs a shell command; returns its wall and CPU seconds and peak RSS.
Ran run(const std::string& cmd) {
  auto t0 = Clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = 0;
  struct rusage ru {};
  wait4(pid, &status, 0, &ru);
  double s = std::chrono::duration<double>(Clock::now() - t0).count();
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    fmt::print(stderr, "bench_ingest: command failed: {}\n", cmd);
    std::exit(1);
  }
  auto secs = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6;
  };
  return {s, secs(ru.ru_utime) + secs(ru.ru_stime), ru.ru_maxrss};
}

double db_mb(const std::string& p) {
  double b = 0;
  for (const char* suffix : {"", "-wal"})
    if (fs::exists(p + suffix)) b += static_cast<double>(fs::file_size(p + suffix));
  return b / 1e6;
}

void remove_db(const std::string& p) {
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(p + suffix);
}

}  // namespace

int main(int argc, char** argv) {
  int64_t declarations = 200000;
  int repeat = 5;
  double memory_gb = 0;
  std::string dir = fs::temp_directory_path() / "custos-bench";
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--declarations")
      declarations = std::atoll(argv[i + 1]);
    else if (a == "--repeat")
      repeat = std::atoi(argv[i + 1]);
    else if (a == "--memory-gb")
      memory_gb = std::atof(argv[i + 1]);
    else if (a == "--dir")
      dir = argv[i + 1];
    else {
      fmt::print(stderr, "usage: bench_ingest [--declarations N] [--repeat R] [--memory-gb G] [--dir DIR]\n");
      return 2;
    }
  }
  fs::create_directories(dir);
  const std::string csv = dir + "/bench.csv";
  custos::SimulationOptions sim;
  sim.declarations = declarations;
  sim.seed = 42;

  // 1. simulator
  std::vector<double> sim_s;
  for (int r = 0; r < repeat; ++r)
    sim_s.push_back(seconds([&] { custos::simulate_to_file(sim, custos::Format::csv, csv); }));
  const double bytes = static_cast<double>(fs::file_size(csv));

  // rows in the file (items + header)
  int64_t rows = 0;
  {
    std::ifstream in(csv);
    std::string line;
    while (std::getline(in, line)) ++rows;
    --rows;
  }

  // 2. parse only, and the getline baseline
  std::vector<double> parse_s, getline_s;
  for (int r = 0; r < repeat; ++r) {
    parse_s.push_back(seconds([&] {
      custos::CsvReader reader(csv);
      custos::CsvRecord rec;
      size_t fields = 0;
      while (reader.next(rec)) fields += rec.fields.size();
      if (fields == 0) std::abort();
    }));
    getline_s.push_back(seconds([&] {
      std::ifstream in(csv);
      std::string line;
      size_t n = 0;
      while (std::getline(in, line)) n += line.size();
      if (n == 0) std::abort();
    }));
  }

  // 3. ingest (the custos binary, as a user runs it) against sqlite3 .import
  std::vector<double> ingest_s, import_s, ingest_cpu, import_cpu;
  long ingest_rss = 0;
  double ingest_mb = 0, import_mb = 0;
  const std::string db = dir + "/bench.db", imp = dir + "/import.db";
  for (int r = 0; r < repeat; ++r) {
    remove_db(db);
    remove_db(imp);
    Ran a = run(fmt::format("{} --db {} ingest {} > /dev/null", CUSTOS_BINARY, db, csv));
    ingest_s.push_back(a.wall);
    ingest_cpu.push_back(a.cpu);
    ingest_rss = std::max(ingest_rss, a.rss_kb);
    Ran b = run(fmt::format("sqlite3 {} '.mode csv' '.import {} items'", imp, csv));
    import_s.push_back(b.wall);
    import_cpu.push_back(b.cpu);
    ingest_mb = db_mb(db);
    import_mb = db_mb(imp);
  }

  const double sim_rate = static_cast<double>(declarations) / median(sim_s);
  const double parse_rate = static_cast<double>(rows) / median(parse_s);
  const double getline_rate = static_cast<double>(rows) / median(getline_s);
  const double ingest_rate = static_cast<double>(rows) / median(ingest_s);
  const double import_rate = static_cast<double>(rows) / median(import_s);

  fmt::print("Custos ingest benchmark: {} declarations, {} item rows, {:.1f} MB of CSV, median of {} runs\n",
             declarations, rows, bytes / 1e6, repeat);
  fmt::print("  simulate            {:>12.0f} declarations/s  ({:.2f} s per 1M)\n", sim_rate, 1e6 / sim_rate);
  fmt::print(
      "  parse only (CSV)    {:>12.0f} rows/s   {:.0f} MB/s   vs getline line split {:.0f} rows/s: x{:.2f}\n",
      parse_rate, bytes / 1e6 / median(parse_s), getline_rate, parse_rate / getline_rate);
  fmt::print(
      "  ingest into SQLite  {:>12.0f} rows/s   vs sqlite3 .import {:.0f} rows/s: x{:.2f}   peak RSS {} MB\n",
      ingest_rate, import_rate, ingest_rate / import_rate, ingest_rss / 1024);
  fmt::print(
      "                      CPU {:.2f} s (all threads) vs .import {:.2f} s; store {:.1f} MB vs .import's "
      "{:.1f} MB\n",
      median(ingest_cpu), median(import_cpu), ingest_mb, import_mb);

  nlohmann::json out{{"declarations", declarations},
                     {"rows", rows},
                     {"simulate_declarations_per_s", sim_rate},
                     {"parse_rows_per_s", parse_rate},
                     {"getline_rows_per_s", getline_rate},
                     {"ingest_rows_per_s", ingest_rate},
                     {"sqlite_import_rows_per_s", import_rate},
                     {"ingest_vs_sqlite_import", ingest_rate / import_rate},
                     {"ingest_peak_rss_mb", ingest_rss / 1024},
                     {"ingest_cpu_s", median(ingest_cpu)},
                     {"sqlite_import_cpu_s", median(import_cpu)},
                     {"store_mb", ingest_mb},
                     {"sqlite_import_mb", import_mb}};

  // 4. peak memory on a large file
  if (memory_gb > 0) {
    const std::string big = dir + "/big.csv";
    custos::SimulationOptions s = sim;
    s.declarations = static_cast<int64_t>(memory_gb * 1e9 / (bytes / static_cast<double>(declarations)));
    s.days = 30;
    custos::simulate_to_file(s, custos::Format::csv, big);
    remove_db(db);
    Ran big_run = run(fmt::format("{} --db {} ingest {} > /dev/null", CUSTOS_BINARY, db, big));
    const double secs = big_run.wall;
    const long rss = big_run.rss_kb;
    double gb = static_cast<double>(fs::file_size(big)) / 1e9;
    fmt::print("  large file          {:.2f} GB, {} declarations in {:.1f} s, peak RSS {} MB\n", gb,
               s.declarations, secs, rss / 1024);
    out["large_file_gb"] = gb;
    out["large_file_peak_rss_mb"] = rss / 1024;
    out["large_file_seconds"] = secs;
    fs::remove(big);
  }
  remove_db(db);
  remove_db(imp);
  fs::remove(csv);
  fmt::print("{}\n", out.dump());
  return 0;
}
