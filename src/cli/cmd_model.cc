// `custos model`: learned targeting. Train a model on stored inspection
// results, list and activate versions, evaluate on files, replay history.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <memory>

#include "audit/audit.hpp"
#include "cli/command.hpp"
#include "ml/evaluation.hpp"
#include "ml/scorer.hpp"
#include "ml/scoring_benchmark.hpp"
#include "ml/simulate.hpp"
#include "risk/disguise_model.hpp"
#include "risk/pipeline.hpp"
#include "risk/profile_set.hpp"
#include "store/sql.hpp"
#include "targeting/actions.hpp"

namespace custos::cli {
namespace {

struct EvaluateArgs {
  std::string train, valid, test, mapping, rank = "probability";
  bool json = false, no_refit = false, party_ids = false, no_consignment = false;
  std::vector<int> depths{6};
  double tail = 1.0 / 6;
  double eta = 0.1;
  int max_rounds = 1500;
  int patience = 50;
};

void print_evaluation(const ml::EvaluationResult& r, std::ostream& os) {
  os << fmt::format("Scored {} declarations, {} frauds ({:.1f}%){}.\n", r.metrics.declarations,
                    r.metrics.frauds,
                    r.metrics.declarations ? 100.0 * r.metrics.frauds / r.metrics.declarations : 0.0,
                    r.metrics.critical ? fmt::format(", {} critical", r.metrics.critical) : "");
  auto table = [&](const ml::RankingMetrics& m, const char* title) {
    os << title << "\n";
    os << "inspect  declarations  precision  recall  critical-recall  revenue\n";
    for (const ml::RateResult& x : m.at) {
      os << fmt::format("{:>5.0f}%  {:>12}  {:>9.3f}  {:>6.3f}  {:>15}  {:>7}\n", x.rate * 100, x.inspected,
                        x.precision, x.recall,
                        x.critical_recall ? fmt::format("{:.3f}", *x.critical_recall) : "-",
                        x.revenue ? fmt::format("{:.3f}", *x.revenue) : "-");
    }
  };
  const bool revenue_first = r.rank == ml::RankBy::revenue;
  table(revenue_first ? r.by_revenue : r.by_probability,
        revenue_first ? "Ranked by expected duty at stake (probability x duty; --rank revenue):"
                      : "Ranked by probability of fraud (--rank probability):");
  table(revenue_first ? r.by_probability : r.by_revenue,
        revenue_first ? "For comparison, ranked by probability of fraud:"
                      : "For comparison, ranked by expected duty at stake (probability x duty):");
  os << "(revenue = share of the duty at stake on frauds that the inspected declarations catch)\n";
  os << fmt::format("AUC {}\n", r.metrics.auc ? fmt::format("{:.3f}", *r.metrics.auc) : "n/a");
  const auto& m = r.model_report;
  os << fmt::format(
      "Model: depth {}, {} rounds, chosen on {} ({} to {}); trained in {:.1f} s, scored in {:.2f} s.\n",
      m["parameters"]["max_depth"].get<int>(), m["rounds"].get<int>(),
      m["choice_window"]["source"].get<std::string>(), m["choice_window"]["from"].get<std::string>(),
      m["choice_window"]["to"].get<std::string>(), r.train_seconds, r.score_seconds);
  os << "Features that carried the ranking (mean |contribution| on the scored period):\n";
  for (const auto& f : r.feature_gain)
    os << fmt::format("  {:<32} {:.3f}\n", f["feature"].get<std::string>(), f["mean_abs_shap"].get<double>());
}

void setup_evaluate(CLI::App& model, Context& ctx) {
  auto args = std::make_shared<EvaluateArgs>();
  CLI::App* cmd = model.add_subcommand(
      "evaluate",
      "Measure how well a model trained on past inspection results would have targeted a later period: "
      "precision and recall when inspecting the top 1, 2, 5 and 10% of declarations, AUC, critical frauds "
      "and revenue caught, ranked by probability of fraud and by expected duty at stake.");
  cmd->add_option("--train", args->train, "Declarations of the training period, with inspection results")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--valid", args->valid,
                  "A later period used only to stop training and choose settings. Without it, the last sixth "
                  "of the training period is held out for that")
      ->check(CLI::ExistingFile);
  cmd->add_option("--test", args->test, "The period to score; must start after the others end")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--mapping", args->mapping, "Layout of the files (e.g. korea); default: canonical");
  cmd->add_option("--depths", args->depths, "Tree depths to choose from on the held-out days")
      ->expected(1, 8);
  cmd->add_option("--holdout", args->tail, "Share of the training days held out to choose on")
      ->check(CLI::Range(0.05, 0.5));
  cmd->add_option("--eta", args->eta, "Learning rate")->capture_default_str()->check(CLI::Range(0.001, 1.0));
  cmd->add_option("--max-rounds", args->max_rounds, "Most boosting rounds before early stopping")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));
  cmd->add_option("--patience", args->patience,
                  "Early stopping: rounds without a better held-out AUC before training stops")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));
  cmd->add_option("--rank", args->rank,
                  "Inspection order of the main table: probability (of fraud) or revenue (expected duty at "
                  "stake = probability x duty of the main item); both are printed")
      ->check(CLI::IsMember({"probability", "revenue"}))
      ->capture_default_str();
  cmd->add_flag("--no-refit", args->no_refit, "Keep the model trained without the held-out days");
  cmd->add_flag("--party-ids", args->party_ids, "Also feed raw importer/declarant/seller ids as codes");
  cmd->add_flag("--no-consignment-history", args->no_consignment,
                "Leave out the identical-consignment history (to measure what it adds)");
  cmd->add_flag("--json", args->json, "Print the results as JSON on the last line");
  cmd->callback([args, &ctx] {
    ml::Period train, valid, test;
    try {
      train = ml::read_period(args->train, args->mapping, Context::data_dir());
      if (!args->valid.empty()) valid = ml::read_period(args->valid, args->mapping, Context::data_dir());
      test = ml::read_period(args->test, args->mapping, Context::data_dir());
    } catch (const std::exception& e) {
      std::cerr << "custos model evaluate: " << e.what() << "\n";
      ctx.exit_code = kBadInput;
      return;
    }
    std::cerr << train.describe() << "\n";
    if (!args->valid.empty()) std::cerr << valid.describe() << "\n";
    std::cerr << test.describe() << "\n";
    ml::FitOptions o;
    o.depths = args->depths;
    o.tail_fraction = args->tail;
    o.refit = !args->no_refit;
    o.party_ids = args->party_ids;
    if (args->no_consignment) o.feature_version = 1;
    o.params.eta = args->eta;
    o.params.max_rounds = args->max_rounds;
    o.params.early_stopping_rounds = args->patience;
    ml::EvaluationResult r;
    try {
      r = ml::evaluate_periods(train, args->valid.empty() ? nullptr : &valid, test, o,
                               *ml::parse_rank(args->rank));
    } catch (const std::invalid_argument& e) {
      std::cerr << "custos model evaluate: " << e.what() << "\n";
      ctx.exit_code = kUsage;
      return;
    }
    print_evaluation(r, std::cout);
    if (args->json) std::cout << r.to_json().dump() << "\n";
  });
}

// Declarations with an inspection result in [from, to], in date order.
std::vector<Declaration> stored_period(Store& store, const std::string& from, const std::string& to) {
  ScanFilter f;
  if (!from.empty()) f.from = Date::parse(from);
  if (!to.empty()) f.to = Date::parse(to);
  std::vector<Declaration> out;
  store.scan(f, [&](const Declaration& d) {
    out.push_back(d);
    return true;
  });
  return out;
}

void setup_train(CLI::App& model, Context& ctx) {
  struct Args {
    std::string name{ml::kDefaultModelName}, from, to;
    std::vector<int> depths{6};
    double holdout = 1.0 / 6;
    bool json = false, no_activate = false;
  };
  auto a = std::make_shared<Args>();
  CLI::App* cmd = model.add_subcommand(
      "train",
      "Train a fraud model on the stored declarations whose inspection result is known, and keep it as a new "
      "version in the store (active unless --no-activate).");
  cmd->add_option("--name", a->name, "Model name")->capture_default_str();
  auto date_check = CLI::Validator(
      [](std::string& s) { return Date::parse(s) ? std::string() : "not a date (YYYY-MM-DD): " + s; },
      "DATE");
  cmd->add_option("--from", a->from, "First day of the training window (default: the oldest stored)")
      ->check(date_check);
  cmd->add_option("--to", a->to, "Last day of the training window (default: the newest stored)")
      ->check(date_check);
  cmd->add_option("--depths", a->depths, "Tree depths to choose from on the window's last days")
      ->expected(1, 8);
  cmd->add_option("--holdout", a->holdout, "Share of the window's days held out to choose settings")
      ->check(CLI::Range(0.05, 0.5));
  cmd->add_flag("--no-activate", a->no_activate, "Keep the currently active version active");
  cmd->add_flag("--json", a->json,
                "Print the new version and its validation metrics as JSON on the last line");
  cmd->callback([a, &ctx] {
    std::vector<Declaration> ds = stored_period(ctx.store(), a->from, a->to);
    // Results recorded after lodging (the API, `custos outcomes ingest`, seizure records) count too.
    targeting::apply_recorded_outcomes(ctx.store(), ds);
    size_t labelled =
        std::count_if(ds.begin(), ds.end(), [](const Declaration& d) { return d.outcome.fraud.has_value(); });
    if (labelled == 0) {
      std::cerr << "custos model train: no stored declaration in the window has an inspection result; ingest "
                   "declarations with outcomes first\n";
      ctx.exit_code = kFailure;
      return;
    }
    ml::FitOptions o;
    o.depths = a->depths;
    o.tail_fraction = a->holdout;
    ml::FitResult fit = [&] {
      try {
        return ml::fit_targeting_model(ds, {}, o);
      } catch (const std::invalid_argument& e) {
        std::cerr << "custos model train: " << e.what() << "\n";
        ctx.exit_code = kFailure;
        throw CLI::RuntimeError(kFailure);
      }
    }();
    Artifact art;
    art.kind = std::string(ml::kModelKind);
    art.name = a->name;
    art.metadata = fit.report.dump();
    art.payload = fit.model.to_payload();
    std::optional<Artifact> before = ctx.store().get_artifact(ml::kModelKind, a->name);
    int version = ctx.store().put_artifact(art);
    if (a->no_activate && before) ctx.store().activate_artifact(ml::kModelKind, a->name, before->version);
    const auto& v = fit.report["validation"];
    std::cout << fmt::format(
        "Model {} version {} trained on {} declarations ({} to {}), {} rounds, depth {}.\n", a->name, version,
        fit.report["training_declarations"].get<size_t>(),
        fit.report["training_window"]["from"].get<std::string>(),
        fit.report["training_window"]["to"].get<std::string>(), fit.report["rounds"].get<int>(),
        fit.report["parameters"]["max_depth"].get<int>());
    std::cout << fmt::format(
        "On the held-out last days ({} to {}): precision at 1/2/5/10% = {:.3f}/{:.3f}/{:.3f}/{:.3f}{}.\n",
        fit.report["choice_window"]["from"].get<std::string>(),
        fit.report["choice_window"]["to"].get<std::string>(), v["precision"]["1"].get<double>(),
        v["precision"]["2"].get<double>(), v["precision"]["5"].get<double>(),
        v["precision"]["10"].get<double>(),
        v.contains("auc") ? fmt::format(", AUC {:.3f}", v["auc"].get<double>()) : "");
    std::cout << (a->no_activate && before ? fmt::format("Version {} stays active.\n", before->version)
                                           : fmt::format("Version {} is now active.\n", version));
    if (a->json)
      std::cout << nlohmann::json{{"name", a->name}, {"version", version}, {"report", fit.report}}.dump()
                << "\n";
  });
}

void setup_list(CLI::App& model, Context& ctx) {
  auto json = std::make_shared<bool>(false);
  CLI::App* cmd = model.add_subcommand(
      "list", "List the stored model versions, which one is active, how each was trained");
  cmd->add_flag("--json", *json, "Print the list as JSON on the last line");
  cmd->callback([json, &ctx] {
    std::vector<Artifact> all = ctx.store().list_artifacts(ml::kModelKind);
    nlohmann::json out = nlohmann::json::array();
    if (all.empty()) std::cout << "No model stored yet; run 'custos model train'.\n";
    for (const Artifact& a : all) {
      nlohmann::json meta = nlohmann::json::parse(a.metadata, nullptr, false);
      std::string window = "?", p = "";
      if (!meta.is_discarded() && meta.contains("training_window")) {
        window = meta["training_window"]["from"].get<std::string>() + " to " +
                 meta["training_window"]["to"].get<std::string>();
        const auto& v = meta["validation"];
        if (v.contains("precision"))
          p = fmt::format("held-out P@1/5/10% {:.3f}/{:.3f}/{:.3f}", v["precision"]["1"].get<double>(),
                          v["precision"]["5"].get<double>(), v["precision"]["10"].get<double>());
      }
      std::cout << fmt::format("{} {}v{}  created {}  trained on {}  {}\n", a.active ? "*" : " ", a.name,
                               a.version, a.created_at, window, p);
      out.push_back({{"name", a.name},
                     {"version", a.version},
                     {"active", a.active},
                     {"created_at", a.created_at},
                     {"metadata", meta.is_discarded() ? nlohmann::json(nullptr) : meta}});
    }
    // The disguise model's versions (risk/disguise_model.hpp), by their training report.
    nlohmann::json disguise = nlohmann::json::array();
    for (const Artifact& a : ctx.store().list_artifacts(risk::kDisguiseModelKind)) {
      nlohmann::json meta = nlohmann::json::parse(a.metadata, nullptr, false);
      std::string seizures;
      if (!meta.is_discarded() && meta.contains("positives") && meta["positives"].is_object())
        for (const auto& [domain, n] : meta["positives"].items())
          seizures += fmt::format("{}{} {}", seizures.empty() ? "" : ", ", domain, n.dump());
      std::cout << fmt::format("{} {}v{}  created {}  seizures learned: {}\n", a.active ? "*" : " ", a.name,
                               a.version, a.created_at, seizures.empty() ? "?" : seizures);
      disguise.push_back({{"name", a.name},
                          {"version", a.version},
                          {"active", a.active},
                          {"created_at", a.created_at},
                          {"metadata", meta.is_discarded() ? nlohmann::json(nullptr) : meta}});
    }
    // Without a trained version, the built-in model may stand in.
    const risk::DisguiseModelInUse in_use = risk::disguise_model_in_use(ctx.store(), Context::data_dir());
    if (in_use == risk::DisguiseModelInUse::builtin)
      std::cout << fmt::format(
          "  (no disguise model trained: assessments use the built-in one, {}, until the store holds {} "
          "declarations; then train one on your own trade with 'custos model train-disguise')\n",
          risk::builtin_disguise_model_path(Context::data_dir()), risk::kBuiltinDisguiseModelUntil);
    if (in_use == risk::DisguiseModelInUse::builtin_set_aside)
      std::cout << "  " << risk::describe(in_use) << "\n";
    if (*json)
      std::cout << nlohmann::json{{"models", out},
                                  {"disguise_models", disguise},
                                  {"disguise_model_in_use",
                                   in_use == risk::DisguiseModelInUse::stored    ? "stored"
                                   : in_use == risk::DisguiseModelInUse::builtin ? "built-in"
                                   : in_use == risk::DisguiseModelInUse::builtin_set_aside
                                       ? "built-in set aside"
                                       : "none"}}
                       .dump()
                << "\n";
  });
}

void setup_activate(CLI::App& model, Context& ctx) {
  struct Args {
    std::string name;
    int version = 0;
  };
  auto a = std::make_shared<Args>();
  CLI::App* cmd = model.add_subcommand(
      "activate",
      "Make a stored model version the one the risk engine uses (e.g. to roll back); the name 'disguise' "
      "names the disguise model when no fraud model has that name");
  cmd->add_option("name", a->name, "Model name (see 'custos model list')")->required();
  cmd->add_option("version", a->version, "Version number")->required();
  cmd->callback([a, &ctx] {
    std::string_view kind = ml::kModelKind;
    if (a->name == risk::kDisguiseModelName && !ctx.store().get_artifact(ml::kModelKind, a->name))
      kind = risk::kDisguiseModelKind;
    if (!ctx.store().get_artifact(kind, a->name, a->version)) {
      std::cerr << fmt::format("custos model activate: no model {} version {} in the store\n", a->name,
                               a->version);
      ctx.exit_code = kUsage;
      return;
    }
    {
      sql::Transaction tx(ctx.store().sql());
      ctx.store().activate_artifact(kind, a->name, a->version);
      audit::record(ctx.store(), audit::command_line_actor(), "model.activate",
                    std::string(kind) + ":" + a->name, {{"version", a->version}});
      tx.commit();
    }
    std::cout << fmt::format("Model {} version {} is now active.\n", a->name, a->version);
  });
}

void setup_simulate(CLI::App& model, Context& ctx) {
  struct Args {
    std::vector<std::string> inputs;
    std::string mapping, explore_by = "random";
    ml::SimulationOptions o;
    bool weeks = false, json = false;
  };
  auto a = std::make_shared<Args>();
  CLI::App* cmd = model.add_subcommand("simulate",
                                       "Replay past declarations week by week: train on what inspections "
                                       "revealed, select the next week at the "
                                       "inspection rate, reveal outcomes of the inspected only, retrain. "
                                       "Compares pure exploitation (top scores) "
                                       "with keeping part of the capacity for exploration.");
  cmd->add_option("--input", a->inputs, "Declarations with outcomes (repeat for consecutive files)")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--mapping", a->mapping, "Layout of the files (e.g. korea); default: canonical");
  cmd->add_option("--rate", a->o.rate, "Share of each week's declarations inspected")
      ->capture_default_str()
      ->check(CLI::Range(0.001, 1.0));
  cmd->add_option("--exploration", a->o.exploration,
                  "Share of inspections spent exploring in the mixed strategy")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--explore-by", a->explore_by, "random, or uncertain (scores nearest 0.5)")
      ->check(CLI::IsMember({"random", "uncertain"}))
      ->capture_default_str();
  cmd->add_option("--initial-weeks", a->o.initial_weeks, "Weeks whose outcomes are all known at the start")
      ->capture_default_str();
  cmd->add_option("--max-weeks", a->o.max_weeks, "Stop after this many weeks (0: all)")
      ->capture_default_str();
  cmd->add_option("--rounds", a->o.rounds, "Boosting rounds of each weekly retrain")->capture_default_str();
  cmd->add_flag("--weeks", a->weeks, "Print every week, not only the totals");
  cmd->add_flag("--json", a->json, "Print the results as JSON on the last line");
  cmd->callback([a, &ctx] {
    std::vector<Declaration> all;
    try {
      for (const std::string& in : a->inputs) {
        ml::Period p = ml::read_period(in, a->mapping, Context::data_dir());
        std::cerr << p.describe() << "\n";
        all.insert(all.end(), std::make_move_iterator(p.declarations.begin()),
                   std::make_move_iterator(p.declarations.end()));
      }
    } catch (const std::exception& e) {
      std::cerr << "custos model simulate: " << e.what() << "\n";
      ctx.exit_code = kBadInput;
      return;
    }
    ml::sort_by_date(all);
    a->o.explore_by = a->explore_by == "uncertain" ? ml::Exploration::uncertain : ml::Exploration::random;
    a->o.params.eta = 0.1;
    std::vector<ml::StrategyResult> results;
    try {
      results = ml::simulate_selection(all, a->o);
    } catch (const std::invalid_argument& e) {
      std::cerr << "custos model simulate: " << e.what() << "\n";
      ctx.exit_code = kBadInput;
      return;
    }
    nlohmann::json j = nlohmann::json::array();
    for (const ml::StrategyResult& r : results) {
      std::cout << fmt::format("{} ({:.0f}% of inspections exploring):\n", r.name, 100 * r.exploration);
      if (a->weeks) {
        std::cout
            << "  week  from        declarations  inspected  frauds  caught  precision  recall  normalised\n";
        for (const ml::WeekResult& w : r.weeks)
          std::cout << fmt::format(
              "  {:>4}  {}  {:>12}  {:>9}  {:>6}  {:>6}  {:>9.3f}  {:>6.3f}  {:>10.3f}\n", w.week, w.from,
              w.declarations, w.inspected, w.frauds, w.caught, w.precision, w.recall, w.normalised_precision);
      }
      const ml::WeekResult& o = r.overall;
      std::cout << fmt::format(
          "  overall {} weeks ({} to {}): inspected {}, caught {} of {} frauds: precision {:.3f}, recall "
          "{:.3f}, "
          "mean normalised precision {:.3f}\n",
          o.week, o.from, o.to, o.inspected, o.caught, o.frauds, o.precision, o.recall,
          o.normalised_precision);
      j.push_back(r.to_json());
    }
    if (a->json) std::cout << nlohmann::json{{"rate", a->o.rate}, {"strategies", j}}.dump() << "\n";
  });
}

void setup_bench(CLI::App& app, Context& ctx) {
  struct Args {
    std::string train, test, mapping;
    bool json = false;
  };
  auto a = std::make_shared<Args>();
  CLI::App* cmd = bench_group(app).add_subcommand(
      "model",
      "Measure the fraud model's speed: training time on a period (two threads), then scoring a later period "
      "end to end (history, features, prediction; one thread) beside XGBoost's own prediction on the same "
      "matrix; explaining it (SHAP contributions through per-leaf tables and the exact walk, words) beside "
      "XGBoost's contributions and the old "
      "one-at-a-time path; whole assessments with and without the model");
  cmd->add_option("--train", a->train, "Training period")->required()->check(CLI::ExistingFile);
  cmd->add_option("--test", a->test, "Period to score")->required()->check(CLI::ExistingFile);
  cmd->add_option("--mapping", a->mapping, "Layout of the files (e.g. korea); default: canonical");
  cmd->add_flag("--json", a->json, "Print the figures as JSON on the last line");
  cmd->callback([a, &ctx] {
    ml::Period train, test;
    try {
      train = ml::read_period(a->train, a->mapping, Context::data_dir());
      test = ml::read_period(a->test, a->mapping, Context::data_dir());
    } catch (const std::exception& e) {
      std::cerr << "custos bench model: " << e.what() << "\n";
      ctx.exit_code = kBadInput;
      return;
    }
    // Whole assessments (built-in profiles, indicators, value floors) of the
    // scored period, without and with the model, alternating, fresh pipeline
    // each pass (indicators learn as they go); medians.
    risk::PipelineOptions po;
    po.profiles_path = risk::default_profiles_path(Context::data_dir());
    po.groups_path = risk::default_groups_path(Context::data_dir());
    po.value_floors_path = risk::default_value_floors_path(Context::data_dir());
    po.value_ceilings_path = risk::default_value_ceilings_path(Context::data_dir());
    po.currency_rates_path = risk::default_currency_rates_path(Context::data_dir());
    std::vector<double> without_model, with_model;
    std::vector<Declaration> scored = test.declarations;
    ml::sort_by_date(scored);
    ml::ScoringBenchOptions bo;
    bo.with_scorer = [&](const ml::ModelScorer& scorer) {
      using clock = std::chrono::steady_clock;
      for (int rep = 0; rep < 5; ++rep)
        for (bool model : {false, true}) {
          risk::Pipeline p(po);
          std::vector<Finding> findings;
          const Declaration* first = scored.data();
          if (model)
            p.add_source([&findings, first](const Declaration& d, std::vector<Finding>& out) {
              Finding f = std::move(findings[static_cast<size_t>(&d - first)]);
              f.weight *= 100.0;
              out.push_back(std::move(f));
            });
          std::vector<risk::Assessment> results;
          results.reserve(scored.size());
          auto a = clock::now();
          if (model) findings = scorer.explain(std::span<const Declaration>(scored));
          for (const Declaration& d : scored) results.push_back(p.assess(d));
          auto b = clock::now();
          (model ? with_model : without_model)
              .push_back(scored.size() / std::chrono::duration<double>(b - a).count());
        }
    };
    ml::ScoringBenchResult r = ml::run_scoring_bench(train.declarations, test.declarations, bo);
    auto median = [](std::vector<double> v) {
      std::sort(v.begin(), v.end());
      return v.empty() ? 0.0 : v[v.size() / 2];
    };
    const double assess_per_s = median(without_model), assess_model_per_s = median(with_model);
    std::cout << fmt::format("Training on {} declarations: {:.1f} s ({} rounds, depth {}).\n",
                             r.training_declarations, r.train_seconds, r.rounds, r.depth);
    std::cout << fmt::format(
        "Scoring {} declarations on one thread (median of {}): {:.0f}/s with history and features "
        "(features alone {:.0f}/s, compiled forest alone {:.0f}/s); XGBoost's own predict on the same "
        "matrix {:.0f}/s (ratio {:.2f}; largest score difference {:.1e}).\n",
        r.scored_declarations, r.repeats, r.scoring_per_s, r.features_per_s, r.forest_predict_per_s,
        r.xgboost_predict_per_s, r.ratio, r.max_abs_difference);
    std::cout << fmt::format(
        "Explaining them (one thread, median of {}): {:.0f}/s with score, and contributions and words "
        "for the {:.1f}% scored 40% or more ({:.0f}/s with every one in words, {:.0f}/s with contributions "
        "of every one); contributions alone {:.0f}/s through the tables ({} of {} trees), {:.0f}/s through "
        "the exact walk (ratio {:.1f}), XGBoost's pred_contribs on the same matrix {:.0f}/s (largest "
        "difference {:.1e}); one declaration at a time through XGBoost, as before: {:.0f}/s (ratio "
        "{:.1f}).\n",
        r.repeats, r.explain_per_s, 100 * r.worded_share, r.explain_all_words_per_s,
        r.explain_all_contributions_per_s, r.shap_per_s, r.tabled_trees, r.trees, r.shap_exact_per_s,
        r.shap_ratio, r.xgboost_contribs_per_s, r.max_contribution_difference, r.row_at_a_time_per_s,
        r.explain_ratio);
    std::cout << fmt::format(
        "Whole assessment (built-in profiles, indicators; median of 5): {:.0f}/s without the model, {:.0f}/s "
        "with it, explanations included (ratio {:.2f}).\n",
        assess_per_s, assess_model_per_s, assess_per_s > 0 ? assess_model_per_s / assess_per_s : 0.0);
    if (a->json) {
      nlohmann::json j = r.to_json();
      j["assess_per_s"] = assess_per_s;
      j["assess_with_model_per_s"] = assess_model_per_s;
      j["assess_runs"] = {{"without_model", without_model}, {"with_model", with_model}};
      std::cout << j.dump() << "\n";
    }
  });
}

void setup(CLI::App& app, Context& ctx) {
  CLI::App* model = app.add_subcommand(
      "model",
      "Learned targeting: train a fraud model on past inspection results, evaluate it, replay history");
  model->require_subcommand(1);
  setup_train(*model, ctx);
  setup_list(*model, ctx);
  setup_activate(*model, ctx);
  setup_evaluate(*model, ctx);
  setup_simulate(*model, ctx);
  setup_bench(app, ctx);
}

const bool registered = register_command(60, setup);

}  // namespace
}  // namespace custos::cli
