// custos screen: check party names against the imported lists; evaluate the
// matcher on labelled pairs; `custos bench screen`.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>

#include "cli/command.hpp"
#include "screen/country_names.hpp"
#include "screen/header_table.hpp"
#include "screen/importers.hpp"
#include "screen/list_versions.hpp"
#include "screen/ordinary_evaluation.hpp"
#include "screen/pair_evaluation.hpp"
#include "screen/screen.hpp"
#include "screen/screen_benchmark.hpp"
#include "screen/typo_evaluation.hpp"

namespace custos::cli {
namespace {

using screen::Screener;
using screen::ScreenQuery;
using screen::ScreenResult;

struct Options {
  std::string name, input, country, kind;
  int birth_year = 0;
  std::size_t max = 5;
  bool json = false;
};

std::unique_ptr<Screener> load_screener(Context& ctx) {
  auto entities = screen::load_active_lists(ctx.store());
  if (entities.empty()) return nullptr;
  return std::make_unique<Screener>(std::move(entities));
}

nlohmann::json match_json(const ScreenResult& r) {
  return {{"list", r.entity->list},           {"id", r.entity->id},
          {"name", r.entity->primary_name()}, {"kind", screen::to_string(r.entity->kind)},
          {"matched_name", r.matched_name},   {"name_strength", screen::to_string(r.strength)}};
}

nlohmann::json result_line(const std::string& query, const std::vector<ScreenResult>& results) {
  if (results.empty())
    return {{"query", query}, {"score", 0.0}, {"alert", false}, {"match", nullptr}, {"explanation", nullptr}};
  const ScreenResult& best = results.front();
  return {{"query", query},
          {"score", std::round(best.score * 1000.0) / 1000.0},
          {"alert", best.alert},
          {"match", match_json(best)},
          {"explanation", best.explanation(query)}};
}

bool parse_query(const Options& o, ScreenQuery& q) {
  if (!o.country.empty()) {
    q.country = screen::country_from_name(o.country);
    if (!q.country) {
      std::cerr << "custos screen: unknown country '" << o.country << "' (use an ISO 3166 code such as IR)\n";
      return false;
    }
  }
  if (!o.kind.empty()) q.kind = screen::parse_entity_kind(o.kind);
  if (o.birth_year > 0) q.birth_year = o.birth_year;
  q.max_results = o.max;
  return true;
}

int screen_one(const Screener& s, const Options& o) {
  ScreenQuery q;
  if (!parse_query(o, q)) return kUsage;
  auto results = s.screen(o.name, q);
  const screen::QueryReading reading = s.read_query(o.name, q);
  std::cout << "The name is " << reading.reason << ".\n";
  if (results.empty())
    std::cout << "No list entry resembles '" << o.name << "' (nothing scored 0.50 or more).\n";
  for (const auto& r : results) {
    std::cout << (r.alert ? "ALERT " : "      ") << fmt::format("{:.3f}  ", r.score) << r.summary(o.name)
              << "\n";
    std::string pairs;
    for (const auto& p : r.comparison.pairs)
      pairs += fmt::format("{}{}~{} {:.2f} ({})", pairs.empty() ? "" : "; ", p.query, p.candidate,
                           p.similarity, p.how);
    std::cout << "        word pairs: " << pairs << "\n";
    for (const auto& [word, why] : r.weight_reasons)
      std::cout << "        '" << word << "' weighs less: " << why << "\n";
  }
  if (o.json) {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& r : results)
      arr.push_back({{"score", std::round(r.score * 1000.0) / 1000.0},
                     {"alert", r.alert},
                     {"match", match_json(r)},
                     {"explanation", r.explanation(o.name)}});
    nlohmann::json out = result_line(o.name, results);
    out["results"] = arr;
    out["reading"] = {
        {"kind", reading.kind ? nlohmann::json(screen::to_string(*reading.kind)) : nlohmann::json()},
        {"said", reading.said},
        {"reason", reading.reason}};
    std::cout << out.dump() << "\n";
  }
  return kOk;
}

int screen_file(const Screener& s, const Options& o) {
  std::vector<std::pair<std::string, std::optional<Country>>> parties;
  try {
    screen::HeaderTable t(screen::read_list_file(o.input), ',', o.input);
    auto c_name = t.require("name");
    auto c_country = t.find("country");
    for (const auto& r : t.rows()) {
      std::string country = t.get(r, c_country);
      std::optional<Country> c;
      if (!country.empty()) {
        c = screen::country_from_name(country);
        if (!c) throw screen::ImportError(o.input, r.line, "unknown country '" + country + "'");
      }
      parties.emplace_back(t.get(r, c_name), c);
    }
  } catch (const screen::ImportError& e) {
    std::cerr << "custos screen: " << e.what() << "\n";
    return kBadInput;
  }
  ScreenQuery base;
  if (!parse_query(o, base)) return kUsage;
  std::size_t alerts = 0;
  for (const auto& [name, country] : parties) {
    ScreenQuery q = base;
    if (country) q.country = country;
    auto results = s.screen(name, q);
    nlohmann::json line = result_line(name, results);
    if (line["alert"].get<bool>()) ++alerts;
    std::cout << line.dump() << "\n";
  }
  std::cerr << fmt::format("Screened {} parties: {} alert(s) at threshold {:.2f}.\n", parties.size(), alerts,
                           screen::kAlertThreshold);
  return kOk;
}

// OFAC SDN, UN, UK and BIS from a folder laid out as shared/data/sanctions,
// or the store's active lists when `sanctions` is empty. Prints the reason
// and returns nullopt when nothing can be loaded.
std::optional<std::vector<screen::ListEntity>> load_lists(Context& ctx, const std::string& sanctions,
                                                          const char* command, std::string& from) {
  std::vector<screen::ListEntity> entities;
  if (!sanctions.empty()) {
    namespace fs = std::filesystem;
    fs::path d(sanctions);
    try {
      auto add = [&](std::vector<screen::ListEntity> part) {
        entities.insert(entities.end(), std::make_move_iterator(part.begin()),
                        std::make_move_iterator(part.end()));
      };
      add(screen::import_ofac((d / "ofac-sdn-2021-07").string(), "ofac"));
      add(screen::import_un((d / "un-consolidated-2026-02" / "UN_consolidated.xml").string(), "un"));
      add(screen::import_uk((d / "uk-sanctions-2026-04").string(), "uk"));
      add(screen::import_bis((d / "bis-dpl-2022-09" / "dpl.txt").string(), "bis"));
    } catch (const screen::ImportError& e) {
      std::cerr << command << ": " << e.what() << "\n";
      return std::nullopt;
    }
    from = sanctions;
  } else {
    entities = screen::load_active_lists(ctx.store());
    from = "the store's active lists";
  }
  if (entities.empty()) {
    std::cerr << command << ": no lists loaded; import lists first or pass --sanctions DIR\n";
    return std::nullopt;
  }
  return entities;
}

struct EvalOptions {
  std::string pairs, split = "all";
  double target = 0.85;
  std::string ordinary, typos, sanctions;
  double max_rate = 0.005, min_recall = 0.99;
  std::uint64_t seed = 1;
  int variants = 3;
  std::size_t min_letters = 5, show = 20, show_errors = 0;
  bool json = false;
};

int evaluate_ordinary(Context& ctx, const EvalOptions& o) {
  std::vector<screen::OrdinaryName> names;
  try {
    names = screen::read_ordinary_names(o.ordinary);
  } catch (const screen::ImportError& e) {
    std::cerr << "custos screen evaluate: " << e.what() << "\n";
    return kBadInput;
  }
  std::string from;
  auto entities = load_lists(ctx, o.sanctions, "custos screen evaluate", from);
  if (!entities) return kBadInput;
  Screener s(std::move(*entities));
  auto e = screen::evaluate_ordinary(s, names);
  std::cout << fmt::format(
      "{} ordinary names from {} screened against {} names of {}: {} alert(s) at the shipped threshold "
      "{:.2f}, {:.2f}% ({} name(s) left out: the same words as a listed name).\n",
      e.screened, o.ordinary, s.names(), from, e.alerts, screen::kAlertThreshold, 100.0 * e.rate, e.listed);
  std::string causes;
  for (const auto& [cause, n] : e.alerts_by_cause)
    causes += fmt::format("{}{} {}", causes.empty() ? "" : ", ", cause, n);
  if (!causes.empty()) std::cout << "Alerts by what matched: " << causes << ".\n";
  for (std::size_t i = 0; i < e.examples.size() && i < o.show; ++i) {
    const auto& x = e.examples[i];
    std::cout << fmt::format("  [{}] {} ({}): {}\n", x.culture, x.name, x.cause, x.summary);
  }
  bool met = e.rate <= o.max_rate;
  std::cout << fmt::format("Target alert rate <= {:.2f}%: {}.\n", 100.0 * o.max_rate, met ? "met" : "missed");
  if (o.json) {
    nlohmann::json j{{"threshold", screen::kAlertThreshold},
                     {"names", e.names},
                     {"listed", e.listed},
                     {"screened", e.screened},
                     {"alerts", e.alerts},
                     {"alert_rate", e.rate},
                     {"alerts_by_cause", e.alerts_by_cause},
                     {"alerts_by_culture", e.alerts_by_culture}};
    std::cout << j.dump() << "\n";
  }
  return met ? kOk : kFailure;
}

int evaluate_typos(Context& ctx, const EvalOptions& o) {
  std::string from;
  auto entities = load_lists(ctx, o.sanctions, "custos screen evaluate", from);
  if (!entities) return kBadInput;
  Screener s(std::move(*entities));
  screen::TypoOptions to;
  to.list = o.typos;
  to.seed = o.seed;
  to.variants = o.variants;
  to.min_letters = o.min_letters;
  auto e = screen::evaluate_typos(s, to);
  if (e.entries == 0) {
    std::cerr << "custos screen evaluate: no entry of list '" << o.typos << "' is loaded\n";
    return kBadInput;
  }
  std::cout << fmt::format(
      "{} entries of list '{}' ({} left out: no word of {} letters), {} queries (primary name with one typo, "
      "seed {}), screened against {} names of {}: the entry alerts on {} at the shipped threshold {:.2f}: "
      "recall {:.4f}.\n",
      e.entries, o.typos, e.skipped, o.min_letters, e.queries, o.seed, s.names(), from, e.found,
      screen::kAlertThreshold, e.recall);
  for (std::size_t i = 0; i < e.misses.size() && i < o.show; ++i) {
    const auto& m = e.misses[i];
    std::cout << fmt::format("  missed {} '{}' as '{}': {}\n", m.entry_id, m.listed_name, m.query,
                             m.best.empty() ? "nothing found" : m.best);
  }
  bool met = e.recall >= o.min_recall;
  std::cout << fmt::format("Target recall >= {:.2f}: {}.\n", o.min_recall, met ? "met" : "missed");
  if (o.json) {
    nlohmann::json j{{"threshold", screen::kAlertThreshold},
                     {"list", o.typos},
                     {"entries", e.entries},
                     {"queries", e.queries},
                     {"found", e.found},
                     {"recall", e.recall},
                     {"seed", o.seed}};
    std::cout << j.dump() << "\n";
  }
  return met ? kOk : kFailure;
}

int evaluate(Context& ctx, const EvalOptions& o) {
  int modes = (o.pairs.empty() ? 0 : 1) + (o.ordinary.empty() ? 0 : 1) + (o.typos.empty() ? 0 : 1);
  if (modes != 1) {
    std::cerr
        << "custos screen evaluate: give one of --pairs FILE, --ordinary FILE or --typos LIST (see --help)\n";
    return kUsage;
  }
  if (!o.ordinary.empty()) return evaluate_ordinary(ctx, o);
  if (!o.typos.empty()) return evaluate_typos(ctx, o);
  std::vector<screen::PairCase> cases;
  try {
    cases = screen::read_pair_cases(o.pairs);
  } catch (const screen::ImportError& e) {
    std::cerr << "custos screen evaluate: " << e.what() << "\n";
    return kBadInput;
  }
  // The documented procedure: parameters were chosen on the odd-numbered
  // pairs; the even-numbered ones were held out.
  if (o.split != "all") {
    std::vector<screen::PairCase> part;
    for (std::size_t i = 0; i < cases.size(); ++i)
      if ((i % 2 == 0) == (o.split == "odd")) part.push_back(cases[i]);
    cases = std::move(part);
  }
  auto scores = screen::score_pairs(cases);
  auto e = screen::evaluate_scores(cases, scores, screen::kAlertThreshold);
  std::cout << fmt::format(
      "{} labelled pairs from {} ({}): at the shipped threshold {:.2f}: precision {:.3f}, recall {:.3f}, F1 "
      "{:.3f} "
      "(TP {}, FP {}, FN {}, TN {}).\nBest F1 on these same pairs: {:.3f} at threshold {:.2f} (for "
      "information; "
      "the shipped threshold is not changed by this command).\n",
      e.cases, o.pairs, o.split == "all" ? "all pairs" : o.split + "-numbered pairs", e.threshold,
      e.precision, e.recall, e.f1, e.true_pos, e.false_pos, e.false_neg, e.true_neg, e.best_f1,
      e.best_threshold);
  std::size_t shown = 0;
  for (std::size_t i = 0; i < cases.size() && shown < o.show_errors; ++i) {
    bool alert = scores[i] >= screen::kAlertThreshold;
    if (alert == cases[i].is_match) continue;
    ++shown;
    std::cout << fmt::format("  {} line {} {:.3f} {}: '{}' ~ '{}'\n", alert ? "false alert" : "missed",
                             cases[i].line, scores[i], cases[i].schema, cases[i].name1, cases[i].name2);
  }
  bool met = e.f1 >= o.target;
  std::cout << fmt::format("Target F1 >= {:.2f}: {}.\n", o.target, met ? "met" : "missed");
  if (o.json) {
    nlohmann::json j{{"threshold", e.threshold}, {"precision", e.precision},
                     {"recall", e.recall},       {"f1", e.f1},
                     {"best_f1", e.best_f1},     {"best_threshold", e.best_threshold},
                     {"cases", e.cases},         {"true_pos", e.true_pos},
                     {"false_pos", e.false_pos}, {"false_neg", e.false_neg},
                     {"true_neg", e.true_neg},   {"split", o.split}};
    std::cout << j.dump() << "\n";
  }
  return met ? kOk : kFailure;
}

struct BenchOptions {
  std::string sanctions;
  std::size_t queries = 20000, scan_queries = 100;
  bool json = false;
};

int bench(Context& ctx, const BenchOptions& o) {
  std::string from;
  auto entities = load_lists(ctx, o.sanctions, "custos bench screen", from);
  if (!entities) return kBadInput;
  Screener s(std::move(*entities));
  screen::ScreenBenchOptions bo;
  bo.queries = o.queries;
  bo.scan_queries = o.scan_queries;
  auto r = screen::run_screen_bench(s, bo);
  std::cout << fmt::format(
      "Screening {} queries against {} names ({} entries) from {}, one thread:\n"
      "  indexed:   {:.0f} queries/s (median of {} passes), p50 {:.3f} ms, p99 {:.3f} ms\n"
      "  full scan: {:.1f} queries/s on the first {} queries, p50 {:.1f} ms\n"
      "  index is {:.0f}x faster; it alerts on {:.1f}% of the entries the full scan alerts on ({} alerts)\n",
      r.queries, r.names, r.entities, from, r.queries_per_s, bo.repeats, r.p50_ms, r.p99_ms,
      r.scan_queries_per_s, r.scan_queries, r.scan_p50_ms, r.speedup, 100.0 * r.alert_recall_vs_scan,
      r.scan_alerts);
  if (o.json) {
    nlohmann::json j{{"p50_ms", r.p50_ms},
                     {"p99_ms", r.p99_ms},
                     {"scan_p50_ms", r.scan_p50_ms},
                     {"speedup", r.speedup},
                     {"alert_recall_vs_scan", r.alert_recall_vs_scan},
                     {"queries", r.queries},
                     {"queries_per_s", r.queries_per_s},
                     {"scan_queries_per_s", r.scan_queries_per_s},
                     {"names", r.names}};
    std::cout << j.dump() << "\n";
  }
  return kOk;
}

void setup(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<Options>();
  auto* cmd =
      app.add_subcommand("screen",
                         "Screen party names (importers, exporters, consignees) against the imported "
                         "sanctions, denied-party and "
                         "own lists; every result says which entry, which name and which words matched");
  cmd->add_option("name", o->name,
                  "The party name to screen, in any script (e.g. \"Banco Nacional de Cuba\")");
  cmd->add_option("--input", o->input,
                  "A CSV of parties (columns name and optionally country): one JSON line each")
      ->check(CLI::ExistingFile);
  cmd->add_option("--country", o->country, "The party's country (ISO code such as IR, or a name)");
  cmd->add_option(
         "--kind", o->kind,
         "What the party is: only entries of this kind are compared, and the name is read as that kind's "
         "(without it, a name that reads as a person's is not compared with vessels or aircraft)")
      ->check(CLI::IsMember({"person", "organisation", "organization", "vessel", "aircraft"}));
  cmd->add_option("--birth-year", o->birth_year, "For a person: year of birth, compared with the entry's");
  cmd->add_option("--max", o->max, "Results to show (default 5)")->check(CLI::Range(1, 100));
  cmd->add_flag("--json", o->json, "Print the results as JSON on the last line");
  cmd->footer(
      fmt::format("A result ALERTS at score {:.2f} or more (see docs/screening.md). Scores run from 0 to 1 "
                  "and rank: only an "
                  "identical name reaches 1. A matching country or birth year moves the score up a quarter "
                  "of the way to 1; a "
                  "different one multiplies it by 0.85 or 0.8. Exit code 3 when no list is imported or the "
                  "input is unreadable.",
                  screen::kAlertThreshold));
  cmd->callback([&ctx, o, cmd] {
    if (cmd->get_subcommands().size() > 0) return;
    if (o->name.empty() == o->input.empty()) {
      std::cerr << "custos screen: give a NAME or --input FILE.csv (see --help)\n";
      ctx.exit_code = kUsage;
      return;
    }
    auto s = load_screener(ctx);
    if (!s) {
      std::cerr << "custos screen: no lists imported; run 'custos lists import --help'\n";
      ctx.exit_code = kBadInput;
      return;
    }
    ctx.exit_code = o->input.empty() ? screen_one(*s, *o) : screen_file(*s, *o);
  });

  auto e = std::make_shared<EvalOptions>();
  auto* ev = cmd->add_subcommand("evaluate",
                                 "Measure screening: labelled pairs (precision, recall, F1), ordinary names "
                                 "(alert rate) or listed names "
                                 "with a typo (recall), at the shipped threshold");
  ev->add_option("--pairs", e->pairs, "CSV with columns name1, name2, is_match and optionally schema")
      ->check(CLI::ExistingFile);
  ev->add_option(
        "--ordinary", e->ordinary,
        "CSV of ordinary personal names on no list (column name, optionally culture): the share that "
        "alerts")
      ->check(CLI::ExistingFile);
  ev->add_option(
      "--typos", e->typos,
      "A loaded list (e.g. un): each entry's primary name with one typo, screened against all lists; "
      "the share whose entry alerts");
  ev->add_option(
        "--sanctions", e->sanctions,
        "With --ordinary or --typos: import OFAC SDN, UN, UK and BIS from this folder (the layout of "
        "shared/data/sanctions) instead of using the store's active lists")
      ->check(CLI::ExistingDirectory);
  ev->add_option("--max-rate", e->max_rate,
                 "With --ordinary: highest alert rate (default 0.005); exit code 1 above");
  ev->add_option("--min-recall", e->min_recall,
                 "With --typos: lowest recall (default 0.99); exit code 1 below");
  ev->add_option("--seed", e->seed, "With --typos: seed of the typos (default 1)");
  ev->add_option("--variants", e->variants, "With --typos: typo'd queries per entry (default 3)")
      ->check(CLI::Range(1, 100));
  ev->add_option("--min-letters", e->min_letters,
                 "With --typos: the typo falls inside a word of at least this many letters (default 5)")
      ->check(CLI::Range(4, 20));
  ev->add_option("--show", e->show, "With --ordinary or --typos: alerts or misses to print (default 20)");
  ev->add_option("--show-errors", e->show_errors,
                 "With --pairs: misclassified pairs to print, with their scores (default 0)");
  ev->add_option("--split", e->split, "all pairs, or only the odd- or even-numbered ones (default all)")
      ->check(CLI::IsMember({"all", "odd", "even"}));
  ev->add_option("--target", e->target,
                 "F1 to reach at the shipped threshold (default 0.85); exit code 1 below it");
  ev->add_flag("--json", e->json, "Print the figures as JSON on the last line");
  ev->callback([&ctx, e] { ctx.exit_code = evaluate(ctx, *e); });

  auto b = std::make_shared<BenchOptions>();
  auto* bc = bench_group(app).add_subcommand(
      "screen", "Measure screening speed: the name index against a full scan of every listed name, same run");
  bc->add_option(
        "--sanctions", b->sanctions,
        "Import OFAC SDN, UN, UK and BIS from this folder (the layout of shared/data/sanctions) instead "
        "of using the store's active lists")
      ->check(CLI::ExistingDirectory);
  bc->add_option("--queries", b->queries, "Queries in the indexed passes (default 20000)")
      ->check(CLI::Range(100, 10000000));
  bc->add_option("--scan-queries", b->scan_queries, "Queries given to the full scan (default 100)")
      ->check(CLI::Range(1, 100000));
  bc->add_flag("--json", b->json, "Print the figures as JSON on the last line");
  bc->callback([&ctx, b] { ctx.exit_code = bench(ctx, *b); });
}

const bool registered = register_command(55, setup);

}  // namespace
}  // namespace custos::cli
