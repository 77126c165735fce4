// custos report: operation reports (seizures counted and charted) and profile reports.
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "report/operation_report.hpp"
#include "risk/profile_set.hpp"

namespace custos::cli {
namespace {

struct Options {
  std::string name, from, to, domain, format = "html", out, profiles, groups;
  bool json = false;
};

std::unique_ptr<risk::ProfileEngine> engine(const Options& o, bool required) {
  auto r = risk::load_profile_set(
      o.profiles.empty() ? risk::default_profiles_path(Context::data_dir()) : o.profiles,
      o.groups.empty() ? risk::default_groups_path(Context::data_dir()) : o.groups);
  if (!r.ok()) {
    for (const risk::LoadError& e : r.errors) std::cerr << e.str() << "\n";
    if (required) return nullptr;
    std::cerr << "custos report: the profiles have errors; top profiles are left out\n";
    return nullptr;
  }
  return std::make_unique<risk::ProfileEngine>(std::move(r.profiles));
}

// Writes html or pdf to --out; json goes to stdout's last line (and --out when given).
int emit(const Options& o, const std::string& html, const nlohmann::json& j) {
  try {
    if (o.format == "pdf") {
      if (o.out.empty()) return std::cerr << "custos report: --format pdf needs --out FILE.pdf\n", kUsage;
      report::html_to_pdf(html, o.out);
    } else if (!o.out.empty()) {
      std::ofstream out(o.out, std::ios::binary);
      out << (o.format == "json" ? j.dump(2) + "\n" : html);
      if (!out) return std::cerr << "custos report: cannot write " << o.out << "\n", kBadInput;
    } else if (o.format == "html") {
      std::cout << html;
    }
  } catch (const std::exception& e) {
    std::cerr << "custos report: " << e.what() << "\n";
    return kFailure;
  }
  if (!o.out.empty()) std::cerr << "Written to " << o.out << "\n";
  if (o.format == "json" || !o.out.empty()) std::cout << j.dump() << "\n";
  return kOk;
}

int operation(Context& ctx, const Options& o) {
  report::OperationQuery q;
  q.name = o.name;
  q.domain = o.domain;
  auto from = Date::parse(o.from), to = Date::parse(o.to);
  if (!from || !to)
    return std::cerr << "custos report operation: --from and --to must be dates (YYYY-MM-DD)\n", kUsage;
  if (*to < *from) return std::cerr << "custos report operation: --to is before --from\n", kUsage;
  if (!o.domain.empty() && !parse_domain(o.domain))
    return std::cerr << "custos report operation: unknown --domain '" << o.domain << "'\n", kUsage;
  q.from = *from;
  q.to = *to;
  auto eng = engine(o, false);
  nlohmann::json j = report::operation_report(ctx.store(), q, eng.get());
  return emit(o, report::operation_html(j), j);
}

int profiles(Context& ctx, const Options& o) {
  auto eng = engine(o, true);
  if (!eng) return kBadInput;
  nlohmann::json j = report::profile_report(ctx.store(), *eng);
  if (o.format == "html" && o.out.empty()) {
    // On a terminal the table reads better than HTML.
    std::cout << "profile                                  hits  inspections  seizures  seizure-rate\n";
    for (const auto& p : j["profiles"]) {
      if (p["hits"].get<int64_t>() == 0) continue;
      char line[256];
      std::snprintf(
          line, sizeof line, "%-40s %5lld  %11lld  %8lld  %s\n", p["profile"].get<std::string>().c_str(),
          static_cast<long long>(p["hits"].get<int64_t>()),
          static_cast<long long>(p["inspections"].get<int64_t>()),
          static_cast<long long>(p["seizures"].get<int64_t>()),
          p["seizure_rate"].is_null() ? "n/a" : std::to_string(p["seizure_rate"].get<double>()).c_str());
      std::cout << line;
    }
    if (o.json) std::cout << j.dump() << "\n";
    return kOk;
  }
  return emit(o, report::profile_html(j), j);
}

void setup(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("report", "Operation and profile reports (HTML with charts, JSON, PDF)");
  cmd->require_subcommand(1);
  auto o = std::make_shared<Options>();
  auto* op = cmd->add_subcommand(
      "operation", "Seizures of a period (and operation) by domain, commodity, country, route and detection");
  op->add_option("--name", o->name, "The operation (the seizures' operation column); default: every seizure");
  op->add_option("--from", o->from, "First day, YYYY-MM-DD")->required();
  op->add_option("--to", o->to, "Last day, YYYY-MM-DD")->required();
  op->add_option("--domain", o->domain, "Only this domain");
  op->add_option("--format", o->format, "html (default), json or pdf (headless Chromium)")
      ->check(CLI::IsMember({"html", "json", "pdf"}));
  op->add_option("--out", o->out, "Write the report here (needed for pdf); otherwise HTML goes to stdout");
  op->add_option("--profiles", o->profiles,
                 "Profile folder for the top profiles (default: the shipped packs)");
  op->footer(
      "The JSON (last line of stdout with --format json or --out) holds seizures, quantities {kg,pcs,l,m3} "
      "(t and g "
      "converted to kg; pieces and weights never added), by_domain, by_commodity, by_country "
      "{CC:{seizures,kg,pcs}}, by_departure, by_route, by_detection, by_detection_group, top_profiles. A "
      "seizure "
      "dated only by month or year counts when its period overlaps --from..--to. For the coordinator of "
      "operation --name, \"partners\" (and a section of the HTML) holds what each participant shared "
      "(seizures, quantities, who reported what, who stayed silent), as 'custos operations summary' "
      "prints it; null otherwise.");
  op->callback([&ctx, o] { ctx.exit_code = operation(ctx, *o); });
  auto* pr = cmd->add_subcommand("profiles", "Each profile's hits, inspections, seizures and seizure rate");
  pr->add_option("--format", o->format, "html, json or pdf")->check(CLI::IsMember({"html", "json", "pdf"}));
  pr->add_option("--out", o->out, "Write the report here");
  pr->add_option("--profiles", o->profiles, "Profile folder (default: the shipped packs)");
  pr->add_flag("--json", o->json, "Print the JSON on the last line");
  pr->callback([&ctx, o] { ctx.exit_code = profiles(ctx, *o); });
}

const bool registered = register_command(61, setup);

}  // namespace
}  // namespace custos::cli
