// custos assess: apply the profiles, indicators and other finding sources to
// declarations, select lanes, and write one explained assessment per line.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "ingest/declaration_file.hpp"
#include "risk/bench_assess.hpp"
#include "risk/pipeline.hpp"
#include "risk/profile_set.hpp"
#include "risk/synthetic.hpp"
#include "targeting/engine.hpp"

namespace custos::cli {
namespace {

struct Options {
  std::string input, mapping, format, profiles, groups, out, capacity, from, to;
  bool no_random = false, no_indicators = false, no_screening = false, no_model = false, json = false;
  double random_share = 0.02;
  std::string random_lane = "red";
  uint64_t seed = 1;
  int max_hits = 20, min_history = 30, top = 10;
};

// Reads the input file; bad records are reported and skipped.
int read_input(const Options& o, std::vector<Declaration>& out, int64_t& rejected) {
  DeclarationFile file;
  try {
    file = read_declaration_file(o.input, o.format.empty() ? std::nullopt : parse_format(o.format), o.mapping,
                                 Context::data_dir());
  } catch (const std::exception& e) {
    std::cerr << "custos assess: " << e.what() << "\n";
    return kBadInput;
  }
  for (const ReadRecord& r : file.first_rejects)
    for (const Problem& p : r.problems)
      std::cerr << o.input << ":" << p.line << ": " << p.field << ": " << p.reason << " (record skipped)\n";
  rejected += file.rejected;
  if (file.rejected > 5) std::cerr << o.input << ": " << file.rejected << " record(s) skipped in all\n";
  out = std::move(file.declarations);
  return kOk;
}

// Declarations are assessed in batches of this many: the learned model
// explains a batch at once, giving the findings it gives one at a time.
constexpr size_t kAssessBatch = 4096;

void assess_batch(risk::Pipeline& pipeline, std::span<const Declaration> batch,
                  std::vector<risk::Assessment>& results) {
  for (risk::Assessment& a : pipeline.assess(batch)) results.push_back(std::move(a));
}

std::string top_reason(const risk::Assessment& a) {
  const Finding* best = risk::strongest_finding(a);
  return best ? best->id + ": " + best->reason : "";
}

int run(Context& ctx, const Options& o) {
  // Every source in one place (src/targeting): the profiles (the packs with
  // the administration's edits, or --profiles), indicators and value floors,
  // the active model, party screening, the permit check and partner alerts.
  targeting::Options topt;
  topt.data_dir = Context::data_dir();
  topt.profiles_path = o.profiles;
  topt.groups_path = o.groups;
  topt.indicators = !o.no_indicators;
  topt.screening = !o.no_screening;
  topt.model = !o.no_model;
  topt.min_history = o.min_history;
  topt.selection.random_share = o.no_random ? 0.0 : o.random_share;
  topt.selection.seed = o.seed;
  topt.selection.max_hits_without_selection = o.max_hits;
  try {
    topt.selection.random_lane = *risk::parse_lane(o.random_lane);
    if (!o.capacity.empty()) topt.selection.capacity = risk::parse_capacity(o.capacity);
  } catch (const std::invalid_argument& e) {
    std::cerr << "custos assess: " << e.what() << "\n";
    return kUsage;
  }
  std::optional<Date> from, to;
  if (!o.from.empty() && !(from = Date::parse(o.from)))
    return std::cerr << "custos assess: bad --from date\n", kUsage;
  if (!o.to.empty() && !(to = Date::parse(o.to)))
    return std::cerr << "custos assess: bad --to date\n", kUsage;

  Store& store = ctx.store();
  std::vector<risk::Assessment> results;
  int64_t rejected = 0, history = 0;
  // The input is read before the pipeline is built: it is this
  // administration's trade, on which the built-in disguise model's fit is
  // judged as on the stored declarations (risk::builtin_fit).
  std::vector<Declaration> input;
  std::optional<Date> first_input_date;
  if (!o.input.empty()) {
    if (int rc = read_input(o, input, rejected); rc != kOk) return rc;
    std::stable_sort(input.begin(), input.end(),
                     [](const Declaration& a, const Declaration& b) { return a.date < b.date; });
    if (!input.empty()) first_input_date = input.front().date;
    std::erase_if(input,
                  [&](const Declaration& d) { return (from && d.date < *from) || (to && d.date > *to); });
  }
  std::unique_ptr<risk::Pipeline> pipeline;
  std::vector<std::string> plugged;
  try {
    pipeline = targeting::make_pipeline(ctx.store(), topt, &plugged, nullptr, input);
  } catch (const risk::ProfileSetError& e) {
    for (const risk::LoadError& err : e.errors()) std::cerr << err.str() << "\n";
    std::cerr << "custos assess: the profile set has errors; nothing was assessed\n";
    return kBadInput;
  }
  if (!o.input.empty()) {
    if (first_input_date) history = pipeline->learn_history(store, *first_input_date);
    for (size_t at = 0; at < input.size(); at += kAssessBatch)
      assess_batch(*pipeline,
                   std::span<const Declaration>(input).subspan(at, std::min(kAssessBatch, input.size() - at)),
                   results);
  } else {
    // Stored declarations: everything before --from is history only.
    if (from) history = pipeline->learn_history(store, from);
    ScanFilter f{from, to};
    std::vector<Declaration> batch;
    store.scan(f, [&](const Declaration& d) {
      batch.push_back(d);
      if (batch.size() == kAssessBatch) assess_batch(*pipeline, batch, results), batch.clear();
      return true;
    });
    assess_batch(*pipeline, batch, results);
  }
  pipeline->select(results, &store);

  std::ofstream out(o.out, std::ios::binary);
  if (!out) {
    std::cerr << "custos assess: cannot write " << o.out << "\n";
    return kBadInput;
  }
  std::map<std::string, int64_t> lanes, selected_by;
  for (const risk::Assessment& a : results) {
    out << risk::to_json(a).dump() << "\n";
    ++lanes[std::string(to_string(a.lane))];
    ++selected_by[a.selected_by];
  }
  out.close();
  if (!out) {
    std::cerr << "custos assess: writing " << o.out << " failed\n";
    return kBadInput;
  }
  std::cout << "Assessed " << results.size() << " declaration(s) with " << pipeline->profile_count()
            << " profile(s)"
            << (o.no_indicators
                    ? ""
                    : "; indicators learned from " + std::to_string(history) + " stored declaration(s) first")
            << "\nLanes:";
  for (risk::Lane l : risk::kLanesBySeverity)
    std::cout << " " << to_string(l) << " " << lanes[std::string(to_string(l))];
  std::cout << "\nOther finding sources: " << (plugged.empty() ? std::string("none") : "");
  for (size_t i = 0; i < plugged.size(); ++i) std::cout << (i ? ", " : "") << plugged[i];
  std::cout << "\nSelected by:";
  for (const auto& [k, n] : selected_by) std::cout << " " << k << " " << n;
  std::cout << "\n";
  const auto targets = risk::ranked_targets(results, risk::Lane::blue, true);
  if (!targets.empty()) std::cout << "Top targets:\n";
  for (size_t i = 0; i < targets.size() && static_cast<int>(i) < o.top; ++i) {
    const risk::Assessment& a = *targets[i];
    std::cout << "  " << a.declaration_id << "  " << to_string(a.lane) << " (" << risk::lane_action(a.lane)
              << "), score " << static_cast<int>(a.score + 0.5) << ", by " << a.selected_by << ": "
              << top_reason(a) << "\n";
  }
  std::cout << "Written to " << o.out << "\n";
  if (rejected) std::cout << rejected << " input record(s) were invalid and skipped\n";
  if (o.json)
    std::cout << nlohmann::json{{"declarations", results.size()}, {"rejected", rejected}, {"lanes", lanes},
                                {"selected_by", selected_by},     {"history", history},   {"out", o.out}}
                     .dump()
              << "\n";
  return kOk;
}

void setup(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<Options>();
  auto* cmd = app.add_subcommand(
      "assess",
      "Apply the risk profiles, anomaly indicators and other sources to declarations, choose each one's lane "
      "(green release, blue audit later, yellow documents, orange scan, red physical) and explain why");
  cmd->add_option("--input", o->input, "Declarations to assess (default: the stored declarations)")
      ->check(CLI::ExistingFile);
  cmd->add_option("--mapping", o->mapping, "Foreign layout of --input (e.g. korea)");
  cmd->add_option("--format", o->format, "csv or ndjson (default: from the file name)");
  cmd->add_option("--profiles", o->profiles, "Profile folder or file (default: the built-in packs)");
  cmd->add_option("--groups", o->groups, "Country groups file (default: the shipped one)");
  cmd->add_option("--out", o->out, "Write one JSON assessment per declaration here (.ndjson)")->required();
  cmd->add_option("--from", o->from,
                  "First declaration date to assess (YYYY-MM-DD); earlier ones are history");
  cmd->add_option("--to", o->to, "Last declaration date to assess");
  cmd->add_flag("--no-random", o->no_random, "No random selection (for evaluation; never in operations)");
  cmd->add_option("--random-share", o->random_share,
                  "Random floor: share of each day's declarations per office "
                  "sent to control at random (default 0.02)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--random-lane", o->random_lane, "Lane for random selections (default red)")
      ->check(CLI::IsMember({"blue", "yellow", "orange", "red"}));
  cmd->add_option("--seed", o->seed, "Seed of the random draw: the same seed gives the same selection");
  cmd->add_option(
      "--capacity", o->capacity,
      "Per-lane capacity per day and office, e.g. red=2%,orange=30,yellow=10% (default unlimited)");
  cmd->add_option(
      "--max-hits-without-selection", o->max_hits,
      "After this many hits of a profile that all ended green for lack of capacity, its next hit goes "
      "first (default 20; 0 off)");
  cmd->add_flag("--no-indicators", o->no_indicators, "Profiles and other sources only");
  cmd->add_flag("--no-screening", o->no_screening, "Do not screen parties against the imported lists");
  cmd->add_flag("--no-model", o->no_model,
                "Do not score with the active learned models (the fraud model and the disguise model)");
  cmd->add_option("--min-history", o->min_history,
                  "Observations an indicator's reference needs (default 30)");
  cmd->add_option("--top", o->top, "Targets to print (default 10)");
  cmd->add_flag("--json", o->json, "Print the counts as JSON on the last line");
  cmd->footer(
      "Each line of --out: {\"declaration_id\", \"score\" 0-100, \"lane\", \"selected_by\" "
      "(profile|indicator|model|screening|random|override|none), \"findings\": [{source, id, domain, weight, "
      "reason, instructions, evidence}]}. Indicators learn from the stored declarations dated before the "
      "input "
      "(or before --from), then from the input itself in date order. Officers' overrides recorded with "
      "'custos override' are applied last. See docs/risk.md.");
  cmd->callback([&ctx, o] { ctx.exit_code = run(ctx, *o); });
}

const bool registered = register_command(50, setup);

struct BenchOptions {
  int declarations = 100000, repeats = 5;
  std::string profiles = "builtin";
  uint64_t seed = 1;
  bool json = false;
};

int run_bench(const BenchOptions& o) {
  risk::LoadResult r;
  if (o.profiles == "builtin") {
    r = risk::load_profile_set(risk::default_profiles_path(Context::data_dir()),
                               risk::default_groups_path(Context::data_dir()));
  } else if (o.profiles.rfind("synthetic:", 0) == 0) {
    int k = 0;
    try {
      k = std::stoi(o.profiles.substr(10));
    } catch (const std::exception&) {
    }
    if (k <= 0) return std::cerr << "custos bench assess: synthetic:K needs K > 0\n", kUsage;
    r = risk::load_profiles({{"synthetic", risk::synthetic_profiles_toml(k, o.seed)}},
                            risk::CountryGroups::load(risk::default_groups_path(Context::data_dir())));
  } else {
    r = risk::load_profile_set(o.profiles, risk::default_groups_path(Context::data_dir()));
  }
  if (!r.ok()) {
    for (const risk::LoadError& e : r.errors) std::cerr << e.str() << "\n";
    return kBadInput;
  }
  std::vector<Declaration> ds = risk::synthetic_declarations(o.declarations, o.seed);
  risk::BenchAssessOptions bo;
  bo.repeats = o.repeats;
  risk::BenchAssessResult b = risk::bench_assess(r.profiles, ds, bo);
  double ratio = b.naive_items_per_s > 0 ? b.items_per_s / b.naive_items_per_s : 0;
  std::cout << "Profiles: " << b.profiles << " (" << o.profiles << "), declarations: " << b.declarations
            << ", items: " << b.items << ", compile " << static_cast<int>(b.compile_ms) << " ms\n"
            << "Compiled engine: " << static_cast<int64_t>(b.items_per_s) << " items/s (median of "
            << b.runs.size() << ", one core, evidence included)\n"
            << "Naive evaluator: " << static_cast<int64_t>(b.naive_items_per_s) << " items/s (median of "
            << b.naive_runs.size() << " over the first " << b.naive_items << " items)\n"
            << "Ratio: " << ratio << "x; hits per item " << b.hits_per_item
            << "; both evaluators agree: " << (b.agree ? "yes" : "NO") << "\n"
            << "Index: " << b.engine.indexed_by_hs << " profiles by HS code, "
            << b.engine.indexed_by_description << " by description, " << b.engine.indexed_by_party
            << " by party, " << b.engine.indexed_by_country << " by country, " << b.engine.unindexed
            << " tried on every item; " << b.engine.patterns << " description patterns, "
            << b.engine.lazy_patterns << " scanned on demand in " << b.engine.lazy_sets << " databases\n";
  if (o.json)
    std::cout << nlohmann::json{{"items_per_s", b.items_per_s},
                                {"naive_items_per_s", b.naive_items_per_s},
                                {"ratio", ratio},
                                {"profiles", b.profiles},
                                {"declarations", b.declarations},
                                {"items", b.items},
                                {"naive_items", b.naive_items},
                                {"hits_per_item", b.hits_per_item},
                                {"compile_ms", b.compile_ms},
                                {"runs", b.runs},
                                {"naive_runs", b.naive_runs},
                                {"agree", b.agree},
                                {"index",
                                 {{"hs", b.engine.indexed_by_hs},
                                  {"description", b.engine.indexed_by_description},
                                  {"party", b.engine.indexed_by_party},
                                  {"country", b.engine.indexed_by_country},
                                  {"unindexed", b.engine.unindexed},
                                  {"patterns", b.engine.patterns},
                                  {"lazy_patterns", b.engine.lazy_patterns},
                                  {"lazy_sets", b.engine.lazy_sets}}}}
                     .dump()
              << "\n";
  return b.agree ? kOk : kFailure;
}

void setup_bench(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<BenchOptions>();
  auto* cmd = bench_group(app).add_subcommand(
      "assess",
      "Measure how many declaration items per second the compiled profile engine assesses, against "
      "a naive evaluator (every profile against every item) in the same run");
  cmd->add_option("--declarations", o->declarations,
                  "Synthetic declarations (1-3 items each; default 100000)")
      ->check(CLI::Range(1, 100000000));
  cmd->add_option("--profiles", o->profiles,
                  "builtin, synthetic:K (K generated profiles) or a profile folder");
  cmd->add_option("--repeats", o->repeats, "Timed repeats; medians are reported (default 5)")
      ->check(CLI::Range(1, 100));
  cmd->add_option("--seed", o->seed, "Seed of the synthetic data");
  cmd->add_flag("--json", o->json, "Last line: {\"items_per_s\":X,\"naive_items_per_s\":Y,...}");
  cmd->footer("One thread. Exit code 1 if the two evaluators disagree on any declaration.");
  cmd->callback([&ctx, o] { ctx.exit_code = run_bench(*o); });
}

const bool bench_registered = register_command(90, setup_bench);

}  // namespace
}  // namespace custos::cli
