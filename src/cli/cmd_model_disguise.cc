// custos model train-disguise: the disguise model (risk/disguise_model.hpp),
// learned from the store's recorded seizures and its lawful trade, plus case
// files, and kept in the store as the active version.
#include <fmt/format.h>

#include <iostream>

#include "audit/audit.hpp"
#include "cli/command.hpp"
#include "core/whole_file.hpp"
#include "ml/period.hpp"
#include "risk/disguise_model.hpp"
#include "targeting/disguise.hpp"

namespace custos::cli {
namespace {

// Below this many lawful declarations of its own, the model has not seen the
// administration's trade (docs/model.md, "The disguise model").
constexpr size_t kOwnTrade = 1000;

struct Args {
  std::string from, to, mapping, out;
  std::vector<std::string> cases;
  risk::DisguiseTraining training;
  bool json = false;
};

void setup(CLI::App& app, Context& ctx) {
  CLI::App* model = app.get_subcommand("model");
  auto a = std::make_shared<Args>();
  CLI::App* cmd = model->add_subcommand(
      "train-disguise",
      "Train the disguise model: which declarations look like the recorded seizures of each illicit domain "
      "(waste, ozone, cultural, strategic, precursors, wildlife) by route, transport mode, consignee, price "
      "per kg, mass, HS codes and the description's words, learned from the stored declarations whose "
      "outcome names an illicit domain against the rest (lawful trade), plus --cases files. The thresholds "
      "let --ordinary-share of the lawful declarations per domain through, in all, spent on the domains "
      "where it catches the most; each declaration is scored for this by a model that did not learn from "
      "it. Kept in the store as the active version (or written to --out); every assessment then uses it "
      "(source model, id disguise). Until one is trained, a "
      "store with fewer than 1,000 declarations uses the built-in model (data/models/disguise.json).");
  auto date_check = CLI::Validator(
      [](std::string& s) { return Date::parse(s) ? std::string() : "not a date (YYYY-MM-DD): " + s; },
      "DATE");
  cmd->add_option("--from", a->from,
                  "First day of the stored declarations to learn from (default: the oldest)")
      ->check(date_check);
  cmd->add_option("--to", a->to, "Last day (default: the newest)")->check(date_check);
  cmd->add_option(
         "--cases", a->cases,
         "Labelled declaration files (canonical CSV or NDJSON, outcome column illicit_domain) learned "
         "with the store's declarations, without being stored: recorded seizures of other "
         "administrations, exercises, case libraries")
      ->check(CLI::ExistingFile)
      ->expected(1, -1);
  cmd->add_option("--mapping", a->mapping, "Layout of the --cases files (default: canonical)");
  cmd->add_option(
         "--ordinary-share", a->training.ordinary_share,
         "Lawful budget: this share of the lawful training declarations per domain, in all, may score above "
         "the thresholds (each scored by a model that did not learn from it)")
      ->capture_default_str()
      ->check(CLI::Range(0.0001, 0.2));
  cmd->add_option("--min-probability", a->training.min_probability,
                  "Per domain: the threshold is never below this learned probability")
      ->capture_default_str()
      ->check(CLI::Range(0.1, 0.999));
  cmd->add_option(
         "--calibration-folds", a->training.calibration_folds,
         "Thresholds are set on each declaration's score from a model trained without it, in this many "
         "folds (0 or 1: in-sample scores)")
      ->capture_default_str()
      ->check(CLI::Range(0, 20));
  cmd->add_flag(
      "!--equal-shares", a->training.share_by_recall,
      "Give every domain the same --ordinary-share, instead of spending the budget (--ordinary-share per "
      "domain, in all) on the domains where it catches the most held-out seizures");
  cmd->add_option("--epochs", a->training.epochs, "Passes over the training declarations")
      ->capture_default_str()
      ->check(CLI::Range(1, 100));
  cmd->add_option("--seed", a->training.seed, "Order of the examples (the same seed gives the same model)")
      ->capture_default_str();
  cmd->add_option("--min-seizures", a->training.min_positives,
                  "A domain with fewer recorded seizures gets no classifier")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));
  cmd->add_option("--out", a->out,
                  "Write the model's document to this file instead of keeping it in the store (how the "
                  "built-in model, data/models/disguise.json, is made: scripts/train-builtin-disguise.sh)");
  cmd->add_flag("--json", a->json, "Print the new version and the training report as JSON on the last line");
  cmd->callback([a, &ctx] {
    ScanFilter window;
    if (!a->from.empty()) window.from = Date::parse(a->from);
    if (!a->to.empty()) window.to = Date::parse(a->to);
    std::vector<Declaration> cases;
    try {
      for (const std::string& path : a->cases) {
        ml::Period p = ml::read_period(path, a->mapping, Context::data_dir());
        std::cerr << p.describe() << "\n";
        for (const std::string& problem : p.first_problems) std::cerr << "  " << problem << "\n";
        cases.insert(cases.end(), std::make_move_iterator(p.declarations.begin()),
                     std::make_move_iterator(p.declarations.end()));
      }
    } catch (const std::exception& e) {
      std::cerr << "custos model train-disguise: " << e.what() << "\n";
      ctx.exit_code = kBadInput;
      return;
    }
    targeting::DisguiseTrainingRun run;
    try {
      run = targeting::train_disguise(ctx.store(), audit::command_line_actor(), window, std::move(cases),
                                      a->cases, Context::data_dir(), a->training, a->out.empty());
    } catch (const risk::DisguiseModelError& e) {
      std::cerr << "custos model train-disguise: " << e.what() << "\n";
      ctx.exit_code = kFailure;
      return;
    } catch (const std::exception& e) {
      std::cerr << "custos model train-disguise: " << e.what() << "\n";
      ctx.exit_code = kBadInput;
      return;
    }
    const risk::DisguiseModel& m = run.model;
    const int version = run.version;
    const size_t stored = run.stored, stored_lawful = run.stored_lawful;
    const nlohmann::json& r = m.report();
    if (!a->out.empty()) {
      if (const std::string error = write_whole_file(a->out, m.to_json().dump() + "\n"); !error.empty()) {
        std::cerr << "custos model train-disguise: " << error << "\n";
        ctx.exit_code = kBadInput;
        return;
      }
    }
    std::cout << fmt::format(
        "Disguise model {} learned from {} declarations ({} stored, {} from case files), {} lawful; "
        "{} weights. {}\n",
        a->out.empty() ? "version " + std::to_string(version) : std::string("document"),
        r["declarations"].get<size_t>(), stored, run.from_cases, r["negatives"].get<size_t>(),
        r["weights"].get<size_t>(), a->out.empty() ? "Now active." : "Written to " + a->out + ".");
    std::cout << fmt::format("  {:<11} {:>9} {:>10} {:>16} {:>18}\n", "domain", "seizures", "threshold",
                             "lawful above it", "seizures above it");
    for (Domain d : kIllicitDomains) {
      const std::string name(to_string(d));
      const auto seizures = r["positives"][name].get<size_t>();
      if (!m.trained(d)) {
        std::cout << fmt::format("  {:<11} {:>9} {:>10} {:>16}\n", name, seizures, "-", "(too few to learn)");
        continue;
      }
      const auto caught = r["seizures_above_threshold"][name].get<size_t>();
      std::cout << fmt::format("  {:<11} {:>9} {:>10.3f} {:>16} {:>9} ({:>4.1f} %)\n", name, seizures,
                               r["thresholds"][name].get<double>(),
                               r["negatives_above_threshold"][name].get<size_t>(), caught,
                               100.0 * static_cast<double>(caught) / static_cast<double>(seizures));
    }
    if (a->training.calibration_folds >= 2)
      std::cout << fmt::format(
          "  Counted on scores from models that had not learned the declaration scored ({} folds).\n",
          a->training.calibration_folds);
    if (stored_lawful < kOwnTrade && a->out.empty())
      std::cerr << fmt::format(
          "Warning: the store holds {} lawful declarations; the thresholds were set mostly on the case "
          "files' lawful rows. On an administration's own trade the alarm rate is then unknown (7 to 8 % "
          "on the two trades measured, docs/model.md): ingest at least {} declarations of your own trade "
          "and train again.\n",
          stored_lawful, kOwnTrade);
    if (a->json) std::cout << nlohmann::json{{"version", version}, {"report", r}}.dump() << "\n";
  });
}

const bool registered = register_command(61, setup);

}  // namespace
}  // namespace custos::cli
