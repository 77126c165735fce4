// `custos model`: learned targeting. Train a model on stored inspection
// results, list and activate versions, evaluate on files, replay history.
#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "cli/command.hpp"
#include "ml/evaluation.hpp"

namespace custos::cli {
namespace {

struct EvaluateArgs {
  std::string train, valid, test, mapping;
  bool json = false, no_refit = false, party_ids = false;
  std::vector<int> depths{6};
  double tail = 1.0 / 6;
};

void print_evaluation(const ml::EvaluationResult& r, std::ostream& os) {
  os << fmt::format("Scored {} declarations, {} frauds ({:.1f}%){}.\n", r.metrics.declarations,
                    r.metrics.frauds,
                    r.metrics.declarations ? 100.0 * r.metrics.frauds / r.metrics.declarations : 0.0,
                    r.metrics.critical ? fmt::format(", {} critical", r.metrics.critical) : "");
  os << "inspect  declarations  precision  recall  critical-recall  revenue\n";
  for (const ml::RateResult& x : r.metrics.at) {
    os << fmt::format("{:>5.0f}%  {:>12}  {:>9.3f}  {:>6.3f}  {:>15}  {:>7}\n", x.rate * 100, x.inspected,
                      x.precision, x.recall,
                      x.critical_recall ? fmt::format("{:.3f}", *x.critical_recall) : "-",
                      x.revenue ? fmt::format("{:.3f}", *x.revenue) : "-");
  }
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
      "and revenue caught.");
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
  cmd->add_flag("--no-refit", args->no_refit, "Keep the model trained without the held-out days");
  cmd->add_flag("--party-ids", args->party_ids, "Also feed raw importer/declarant/seller ids as codes");
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
    ml::EvaluationResult r;
    try {
      r = ml::evaluate_periods(train, args->valid.empty() ? nullptr : &valid, test, o);
    } catch (const std::invalid_argument& e) {
      std::cerr << "custos model evaluate: " << e.what() << "\n";
      ctx.exit_code = kUsage;
      return;
    }
    print_evaluation(r, std::cout);
    if (args->json) std::cout << r.to_json().dump() << "\n";
  });
}

void setup(CLI::App& app, Context& ctx) {
  CLI::App* model = app.add_subcommand(
      "model",
      "Learned targeting: train a fraud model on past inspection results, evaluate it, replay history");
  model->require_subcommand(1);
  setup_evaluate(*model, ctx);
}

const bool registered = register_command(60, setup);

}  // namespace
}  // namespace custos::cli
