// custos evaluate: recall and precision per domain at an inspection rate,
// on declarations whose outcomes are known.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "ingest/declaration_file.hpp"
#include "risk/disguise_model.hpp"
#include "risk/flag_report.hpp"
#include "risk/pipeline.hpp"
#include "risk/profile_set.hpp"
#if __has_include("ml/scorer.hpp")
#include "ml/scorer.hpp"
#define CUSTOS_EVALUATE_MODEL 1
#endif
#if __has_include("screen/screen.hpp") && __has_include("screen/list_versions.hpp")
#include "screen/list_versions.hpp"
#include "screen/screen.hpp"
#define CUSTOS_EVALUATE_SCREENING 1
#endif

namespace custos::cli {
namespace {

struct Options {
  std::string input, mapping, format, profiles, groups, rank = "score";
  double rate = 0.05;
  bool no_indicators = false, no_model = false, no_screening = false, json = false, list = false;
  int min_history = 30;
};

struct Labelled {
  risk::Assessment a;
  std::optional<Domain> illicit;
  bool positive = false;  // illicit in any domain, or fraud
  double at_stake = 0;    // duty at stake (value x tax rate of the main item), 0 when not declared
};

// The finding sources `custos evaluate` reports on, in this order (others
// found in the findings are added after them).
constexpr const char* kSources[] = {"profile", "indicator", "model", "screening", "permit", "partner"};

// Other modules report scores from 0 to 1; the assessment's weights are 0-100.
Finding rescaled(Finding f) {
  if (f.weight > 0 && f.weight <= 1.0) f.weight *= 100.0;
  return f;
}

double duty_at_stake(const Declaration& d) {
  const Item* best = nullptr;
  for (const Item& it : d.items)
    if (it.value && (best == nullptr || *it.value > *best->value)) best = &it;
  return best != nullptr && best->tax_rate ? *best->value * *best->tax_rate / 100.0 : 0.0;
}

double ratio(int64_t a, int64_t b) { return b ? static_cast<double>(a) / static_cast<double>(b) : 0.0; }

int run(Context& ctx, const Options& o) {
  risk::PipelineOptions po;
  po.profiles_path = o.profiles.empty() ? risk::default_profiles_path(Context::data_dir()) : o.profiles;
  po.groups_path = o.groups.empty() ? risk::default_groups_path(Context::data_dir()) : o.groups;
  po.value_floors_path = risk::default_value_floors_path(Context::data_dir());
  po.value_ceilings_path = risk::default_value_ceilings_path(Context::data_dir());
  po.currency_rates_path = risk::default_currency_rates_path(Context::data_dir());
  po.indicators = !o.no_indicators;
  po.indicator_options.min_history = o.min_history;
  std::unique_ptr<risk::Pipeline> pipeline;
  try {
    pipeline = std::make_unique<risk::Pipeline>(po);
  } catch (const risk::ProfileSetError& e) {
    for (const risk::LoadError& err : e.errors()) std::cerr << err.str() << "\n";
    return kBadInput;
  }
  std::vector<Declaration> input;
  int64_t rejected = 0;
  try {
    DeclarationFile file = read_declaration_file(
        o.input, o.format.empty() ? std::nullopt : parse_format(o.format), o.mapping, Context::data_dir());
    input = std::move(file.declarations);
    rejected = file.rejected;
  } catch (const std::exception& e) {
    std::cerr << "custos evaluate: " << e.what() << "\n";
    return kBadInput;
  }
  std::stable_sort(input.begin(), input.end(),
                   [](const Declaration& a, const Declaration& b) { return a.date < b.date; });
  // The sources the store holds: the active model (the whole file explained
  // at once) and party screening against the imported lists.
  std::vector<std::string> plugged;
#ifdef CUSTOS_EVALUATE_SCREENING
  if (!o.no_screening) {
    auto entities = screen::load_active_lists(ctx.store());
    if (!entities.empty()) {
      auto screener = std::make_shared<screen::Screener>(std::move(entities));
      pipeline->add_source([screener](const Declaration& d, std::vector<Finding>& out) {
        for (Finding& f : screen::screen_declaration(*screener, d)) out.push_back(rescaled(std::move(f)));
      });
      plugged.push_back("screening");
    }
  }
#endif
#ifdef CUSTOS_EVALUATE_MODEL
  std::vector<Finding> model_findings;
  if (!o.no_model) {
    if (auto scorer = ml::ModelScorer::load_active(ctx.store())) {
      model_findings = scorer->explain(std::span<const Declaration>(input));
      const Declaration* first = input.data();
      pipeline->add_source([&model_findings, first](const Declaration& d, std::vector<Finding>& out) {
        out.push_back(rescaled(std::move(model_findings[static_cast<size_t>(&d - first)])));
      });
      plugged.push_back("learned model " + scorer->identity().name + "@v" +
                        std::to_string(scorer->identity().version));
    }
  }
#endif
  try {
    if (!o.no_model)
      if (auto in_use = risk::add_active_disguise_model(*pipeline, ctx.store(), Context::data_dir());
          in_use != risk::DisguiseModelInUse::none)
        plugged.push_back(risk::describe(in_use));
  } catch (const risk::ProfileSetError& e) {
    for (const risk::LoadError& err : e.errors()) std::cerr << err.str() << "\n";
    return kBadInput;
  }
  std::vector<Labelled> rows;
  risk::FlagReport flags;
  int64_t with_outcome = 0;
  for (const Declaration& d : input) {
    Labelled l{pipeline->assess(d), d.outcome.illicit_domain, false, duty_at_stake(d)};
    flags.add(d, l.a);
    l.positive = d.outcome.illicit_domain.has_value() || d.outcome.fraud.value_or(false) ||
                 d.outcome.inspection == InspectionResult::seizure;
    if (!d.outcome.empty()) ++with_outcome;
    rows.push_back(std::move(l));
  }
  if (with_outcome == 0) {
    std::cerr << "custos evaluate: " << o.input
              << " has no outcome columns (inspection_result, fraud, illicit_domain); nothing to evaluate\n";
    return kBadInput;
  }
  // Inspect the highest lanes first, then the highest scores (--rank
  // revenue: the highest expected duty at stake, score x duty).
  const bool by_revenue = o.rank == "revenue";
  auto key = [by_revenue](const Labelled* l) { return by_revenue ? l->a.score * l->at_stake : l->a.score; };
  std::vector<const Labelled*> ranked;
  for (const Labelled& l : rows) ranked.push_back(&l);
  std::stable_sort(ranked.begin(), ranked.end(), [&](const Labelled* x, const Labelled* y) {
    if (x->a.requested != y->a.requested) return x->a.requested > y->a.requested;
    if (key(x) != key(y)) return key(x) > key(y);
    if (x->a.score != y->a.score) return x->a.score > y->a.score;
    return x->a.declaration_id < y->a.declaration_id;
  });
  size_t k = static_cast<size_t>(std::llround(o.rate * static_cast<double>(ranked.size())));
  size_t flagged_total = 0;
  for (const Labelled* l : ranked)
    if (l->a.score > 0) ++flagged_total;
  struct DomainCount {
    int64_t positives = 0, found = 0, flagged = 0, flagged_right = 0;
  };
  std::map<Domain, DomainCount> dc;
  int64_t positives = 0, selected_positive = 0;
  for (const Labelled& l : rows) {
    if (l.illicit) ++dc[*l.illicit].positives;
    if (l.positive) ++positives;
  }
  for (size_t i = 0; i < k && i < ranked.size(); ++i) {
    const Labelled& l = *ranked[i];
    if (l.positive) ++selected_positive;
    if (l.illicit) ++dc[*l.illicit].found;
    std::map<Domain, bool> domains;
    for (const Finding& f : l.a.findings) domains[f.domain] = true;
    for (const auto& [d, _] : domains) {
      ++dc[d].flagged;
      if (l.illicit == d) ++dc[d].flagged_right;
    }
  }
  std::cout << "Evaluated " << rows.size() << " declaration(s) from " << o.input
            << " at an inspection rate of " << o.rate * 100 << "% (" << k << " inspected; " << flagged_total
            << " had at least one finding)\n";
  std::cout << "domain       illicit  found  recall   flagged  precision\n";
  nlohmann::json domains = nlohmann::json::object();
  for (Domain d : kAllDomains) {
    const DomainCount& c = dc[d];
    bool illicit_domain =
        std::find(std::begin(kIllicitDomains), std::end(kIllicitDomains), d) != std::end(kIllicitDomains);
    if (!illicit_domain && c.flagged == 0) continue;
    double recall = ratio(c.found, c.positives), precision = ratio(c.flagged_right, c.flagged);
    char line[160];
    std::snprintf(line, sizeof line, "%-11s %8lld %6lld  %6.3f  %8lld  %9.3f\n",
                  std::string(to_string(d)).c_str(), static_cast<long long>(c.positives),
                  static_cast<long long>(c.found), recall, static_cast<long long>(c.flagged), precision);
    std::cout << line;
    domains[std::string(to_string(d))] = {{"illicit", c.positives},
                                          {"found", c.found},
                                          {"recall", recall},
                                          {"flagged", c.flagged},
                                          {"precision", precision}};
  }
  double precision = ratio(selected_positive, static_cast<int64_t>(std::min(k, ranked.size())));
  double recall = ratio(selected_positive, positives);
  // Revenue: share of the duty at stake on positive declarations that the inspected ones hold.
  double revenue_total = 0, revenue_caught = 0;
  for (const Labelled& l : rows)
    if (l.positive) revenue_total += l.at_stake;
  for (size_t i = 0; i < k && i < ranked.size(); ++i)
    if (ranked[i]->positive) revenue_caught += ranked[i]->at_stake;
  const std::optional<double> revenue =
      revenue_total > 0 ? std::optional<double>(revenue_caught / revenue_total) : std::nullopt;
  std::cout << "overall: precision " << precision << ", recall " << recall
            << (revenue ? fmt::format(", revenue {:.3f}", *revenue) : std::string())
            << " (positives: illicit, fraud or "
            << "seizure; base rate " << ratio(positives, static_cast<int64_t>(rows.size())) << "; ranked by "
            << (by_revenue ? "lane, then expected duty at stake" : "lane, then score") << ")\n";

  // Per source: which source's findings the inspected declarations carried,
  // and, before capacity, what each source asks a check for on its own.
  struct SourceCount {
    int64_t inspected = 0, inspected_right = 0, positives_caught = 0;  // among the inspected
    int64_t asked = 0, asked_right = 0;                                // its own findings ask >= yellow
  };
  std::map<std::string, SourceCount> sc;
  for (const char* name : kSources) sc[name];
  std::vector<std::string> order(std::begin(kSources), std::end(kSources));
  auto sources_of = [](const risk::Assessment& a, bool asking) {
    std::map<std::string, bool> out;
    for (size_t i = 0; i < a.findings.size(); ++i)
      if (!asking || (i < a.finding_lanes.size() && a.finding_lanes[i] >= risk::Lane::yellow))
        out[a.findings[i].source] = true;
    return out;
  };
  for (const Labelled& l : rows)
    for (const auto& [name, _] : sources_of(l.a, true)) {
      if (!sc.count(name)) order.push_back(name);
      ++sc[name].asked;
      if (l.positive) ++sc[name].asked_right;
    }
  for (size_t i = 0; i < k && i < ranked.size(); ++i)
    for (const auto& [name, _] : sources_of(ranked[i]->a, false)) {
      if (!sc.count(name)) order.push_back(name);
      ++sc[name].inspected;
      if (ranked[i]->positive) ++sc[name].inspected_right, ++sc[name].positives_caught;
    }
  std::cout << "\nper source (positives: " << positives << "):\n"
            << "source       inspected-with  precision  recall   asks-check  precision  recall\n";
  nlohmann::json sources = nlohmann::json::object();
  for (const std::string& name : order) {
    const SourceCount& c = sc[name];
    const double p_in = ratio(c.inspected_right, c.inspected), r_in = ratio(c.positives_caught, positives);
    const double p_ask = ratio(c.asked_right, c.asked), r_ask = ratio(c.asked_right, positives);
    std::cout << fmt::format("{:<11} {:>15}  {:>9.3f}  {:>6.3f}  {:>11}  {:>9.3f}  {:>6.3f}\n", name,
                             c.inspected, p_in, r_in, c.asked, p_ask, r_ask);
    sources[name] = {{"inspected", c.inspected},
                     {"inspected_positive", c.inspected_right},
                     {"precision", p_in},
                     {"recall", r_in},
                     {"asks_check", c.asked},
                     {"asks_check_positive", c.asked_right},
                     {"asks_check_precision", p_ask},
                     {"asks_check_recall", r_ask}};
  }
  std::cout << "(inspected-with: inspected declarations carrying a finding of that source; asks-check: "
               "declarations, inspected or not, where that source's own finding asks for a document check "
               "or more)\n";
  std::cout << "Finding sources besides profiles and indicators: "
            << (plugged.empty() ? std::string("none") : std::string());
  for (size_t i = 0; i < plugged.size(); ++i) std::cout << (i ? ", " : "") << plugged[i];
  std::cout << "\n";
  std::cout << "\nflagged (a finding asks for a document check or more; before capacity):\n"
            << "domain       illicit  caught  recall   flagged (by a finding of any domain)\n";
  nlohmann::json flagged = nlohmann::json::object();
  for (const auto& [d, c] : flags.domains) {
    char line[160];
    std::snprintf(line, sizeof line, "%-11s %8lld %7lld  %6.3f   %7lld\n", std::string(to_string(d)).c_str(),
                  static_cast<long long>(c.illicit), static_cast<long long>(c.caught),
                  risk::FlagReport::rate(c.caught, c.illicit), static_cast<long long>(c.flagged));
    std::cout << line;
    flagged[std::string(to_string(d))] = {{"illicit", c.illicit},
                                          {"caught", c.caught},
                                          {"recall", risk::FlagReport::rate(c.caught, c.illicit)}};
  }
  std::cout << "caught " << flags.caught << " of " << flags.illicit << " illicit ("
            << fmt::format("{:.3f}", risk::FlagReport::rate(flags.caught, flags.illicit))
            << "); legitimate flagged " << flags.legitimate_flagged << " of " << flags.legitimate << " ("
            << fmt::format("{:.1f}%",
                           100 * risk::FlagReport::rate(flags.legitimate_flagged, flags.legitimate))
            << "), sent to examination (orange or red) " << flags.legitimate_examined << "\n";
  if (o.list) {
    for (const auto& m : flags.missed)
      std::cout << "missed  " << m.declaration_id << "  " << to_string(*m.illicit_domain)
                << "  (lane asked: " << risk::to_string(m.requested) << ")\n";
    for (const auto& m : flags.flagged_legitimate)
      std::cout << "flagged " << m.declaration_id
                << "  legitimate  (lane asked: " << risk::to_string(m.requested) << ")\n";
  }
  if (rejected) std::cout << rejected << " input record(s) were invalid and skipped\n";
  if (o.json)
    std::cout << nlohmann::json{{"declarations", rows.size()},
                                {"rate", o.rate},
                                {"inspected", k},
                                {"precision", precision},
                                {"recall", recall},
                                {"positives", positives},
                                {"base_rate", ratio(positives, static_cast<int64_t>(rows.size()))},
                                {"rank", by_revenue ? "revenue" : "score"},
                                {"revenue", revenue ? nlohmann::json(*revenue) : nlohmann::json(nullptr)},
                                {"domains", domains},
                                {"sources", sources},
                                {"flagged",
                                 {{"domains", flagged},
                                  {"illicit", flags.illicit},
                                  {"caught", flags.caught},
                                  {"recall", risk::FlagReport::rate(flags.caught, flags.illicit)},
                                  {"legitimate", flags.legitimate},
                                  {"legitimate_flagged", flags.legitimate_flagged},
                                  {"legitimate_examined", flags.legitimate_examined}}}}
                     .dump()
              << "\n";
  return kOk;
}

void setup(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<Options>();
  auto* cmd = app.add_subcommand(
      "evaluate",
      "Measure targeting on declarations whose outcomes are known: recall and precision per domain when "
      "inspecting the given share of declarations, highest lanes and scores first");
  cmd->add_option("--input", o->input,
                  "Declarations with outcome columns (inspection_result, fraud, illicit_domain)")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--mapping", o->mapping, "Foreign layout of --input (e.g. korea)");
  cmd->add_option("--format", o->format, "csv or ndjson (default: from the file name)");
  cmd->add_option("--rate", o->rate, "Share of declarations inspected (default 0.05)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--profiles", o->profiles, "Profile folder or file (default: the built-in packs)");
  cmd->add_option("--groups", o->groups, "Country groups file (default: the shipped one)");
  cmd->add_flag("--no-indicators", o->no_indicators, "Profiles only");
  cmd->add_flag(
      "--no-model", o->no_model,
      "Do not score with the store's active learned models (the fraud model and the disguise model)");
  cmd->add_flag("--no-screening", o->no_screening, "Do not screen parties against the imported lists");
  cmd->add_option("--rank", o->rank,
                  "Within a lane, inspect by score (default) or by revenue: expected duty at stake, score x "
                  "duty of the main item")
      ->check(CLI::IsMember({"score", "revenue"}))
      ->capture_default_str();
  cmd->add_option("--min-history", o->min_history,
                  "Observations an indicator's reference needs (default 30)");
  cmd->add_flag("--list", o->list,
                "Also list the illicit declarations no finding of their domain flagged, and the legitimate "
                "ones flagged, with the lane asked for");
  cmd->add_flag("--json", o->json, "Print the figures as JSON on the last line");
  cmd->footer(
      "Recall of a domain: share of its illicit declarations among those inspected. Precision of a domain: "
      "share of the inspected declarations with a finding in that domain that are illicit in that domain. "
      "No random selection; indicators learn from the file itself in date order, each declaration assessed "
      "before it is learned. The 'flagged' table counts, before capacity, the illicit declarations of each "
      "domain "
      "with a finding of that domain asking for a document check or more, and the legitimate declarations "
      "that "
      "any finding sends to a document check (yellow) or to examination (orange, red). The 'per source' "
      "table gives the same for each finding source (profile, indicator, model, screening, permit, "
      "partner). The store's active models (fraud, disguise) and imported lists are used when present. "
      "Revenue: share of the "
      "duty at stake (value x tax rate of the main item) on positive declarations held by the inspected "
      "ones.");
  cmd->callback([&ctx, o] { ctx.exit_code = run(ctx, *o); });
}

const bool registered = register_command(56, setup);

}  // namespace
}  // namespace custos::cli
