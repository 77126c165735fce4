// custos simulate: write synthetic trade with disguised illicit cases.
#include <chrono>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "simulate/simulator.hpp"

namespace custos::cli {
namespace {

struct Options {
  SimulationOptions sim;
  std::string format = "csv", out, first_day;
  bool json = false;
};

int run(const Options& o) {
  SimulationOptions s = o.sim;
  if (!o.first_day.empty()) {
    auto d = Date::parse(o.first_day);
    if (!d) {
      std::cerr << "custos simulate: --first-day '" << o.first_day << "' is not a date (YYYY-MM-DD)\n";
      return kUsage;
    }
    s.first_day = *d;
  }
  if (!Country::parse(s.country) || Country::parse(s.country)->is_user_assigned()) {
    std::cerr << "custos simulate: --country '" << s.country << "' is not an ISO 3166 country code\n";
    return kUsage;
  }
  auto t0 = std::chrono::steady_clock::now();
  simulate_to_file(s, o.format == "ndjson" ? Format::ndjson : Format::csv, o.out);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (o.out == "-") return kOk;
  if (o.json) {
    std::cout << nlohmann::json{{"declarations", s.declarations},
                                {"seed", s.seed},
                                {"out", o.out},
                                {"format", o.format},
                                {"seconds", secs}}
                     .dump()
              << "\n";
  } else {
    std::cout << "Wrote " << s.declarations << " declarations (seed " << s.seed << ", " << s.days
              << " day(s) from " << s.first_day.str() << ") to " << o.out << " in " << secs << " s\n";
  }
  return kOk;
}

void setup(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<Options>();
  auto* cmd = app.add_subcommand(
      "simulate",
      "Write synthetic trade for exercises, tests and demos: recurring traders and routes, and disguised "
      "illicit shipments in the six domains (waste, ozone, cultural, strategic, precursors, wildlife), "
      "lawful parcels to private persons, labelled in the outcome columns. The same seed gives the same "
      "trade");
  cmd->add_option("--declarations", o->sim.declarations, "How many declarations")
      ->required()
      ->check(CLI::Range(int64_t{1}, int64_t{1} << 40));
  cmd->add_option("--seed", o->sim.seed, "Random seed (default 1)");
  cmd->add_option("--format", o->format, "csv (default) or ndjson")->check(CLI::IsMember({"csv", "ndjson"}));
  cmd->add_option("--out", o->out, "Output file ('-' for standard output)")->required();
  cmd->add_option("--days", o->sim.days, "Spread the declarations over this many days (default 1)")
      ->check(CLI::Range(1, 3650));
  cmd->add_option("--first-day", o->first_day, "First date, YYYY-MM-DD (default 2026-03-02)");
  cmd->add_option("--country", o->sim.country, "The administration's country (default NL)");
  cmd->add_option("--illicit-share", o->sim.illicit_share,
                  "Share of declarations hiding illicit goods (default 0.01)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--fiscal-share", o->sim.fiscal_share, "Share of undervalued declarations (default 0.02)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option(
         "--parcel-share", o->sim.parcel_share,
         "Share of lawful declarations that are postal or express parcels to private persons (default "
         "0.05; 0 = none)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_flag("--json", o->json, "Print a JSON summary on the last line");
  cmd->callback([&ctx, o] { ctx.exit_code = run(*o); });
}

const bool registered = register_command(20, setup);

}  // namespace
}  // namespace custos::cli
