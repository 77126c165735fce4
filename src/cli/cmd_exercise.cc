// custos exercise: training exercises (docs/exercises.md): create one from a
// scenario, add trainees and instructors, start, pause and end it, report
// the scores and the debrief. Every change is audited as the command line's user.
#include <iostream>
#include <nlohmann/json.hpp>

#include "auth/errors.hpp"
#include "cli/command.hpp"
#include "exercise/exercise.hpp"
#include "risk/pipeline.hpp"

namespace custos::cli {
namespace {

struct Options {
  exercise::CreateOptions create;
  std::string illicit_rate_text;
  double illicit_rate = 0;
  int capacity = 0;
  std::string domains_text;
  std::string name, username, format = "json";
  bool password_stdin = false, json = false, hide = false, show = false;
};

std::vector<std::string> split_list(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s + ",") {
    if (c == ',' || c == ' ') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  return out;
}

int create(Context& ctx, Options& o, CLI::App* cmd) {
  o.create.data_dir = Context::data_dir();
  if (cmd->count("--illicit-rate")) o.create.illicit_rate = o.illicit_rate;
  if (cmd->count("--capacity")) o.create.capacity = o.capacity;
  o.create.domains = split_list(o.domains_text);
  o.create.name = o.name;
  try {
    exercise::CreateSummary s = exercise::create(ctx.store(), audit::command_line_actor(), o.create);
    nlohmann::json out = exercise::to_json(s.exercise);
    out["cases"] = s.cases;
    out["cases_by_domain"] = s.cases_by_domain;
    out["permits"] = s.permits;
    out["forged_permits"] = s.forged_permits;
    out["samples"] = s.samples;
    out["listed_parties"] = s.listed_parties;
    if (!o.json) {
      std::cout << "Created exercise " << s.exercise.name << " (" << s.exercise.scenario
                << ") in administration " << s.exercise.administration << ": " << s.declarations
                << " declarations on " << s.exercise.day << ", " << s.cases << " hidden case(s), "
                << s.permits << " permit(s) (" << s.forged_permits << " forged), " << s.samples
                << " sample(s), " << s.listed_parties << " listed part(y/ies); capacity "
                << s.exercise.capacity << " inspections per trainee.\n"
                << "Add trainees with 'custos exercise trainee " << s.exercise.name
                << " USER --password-stdin', then 'custos exercise start " << s.exercise.name << "'.\n";
    }
    std::cout << out.dump() << "\n";
  } catch (const auth::InvalidInput& e) {
    std::cerr << "custos exercise create: --" << e.field() << ": " << e.what() << "\n";
    return kUsage;
  } catch (const risk::ProfileSetError& e) {
    std::cerr << "custos exercise create: the profile packs do not load: " << e.what() << "\n";
    return kBadInput;
  } catch (const ConflictError&) {
    std::cerr << "custos exercise create: an exercise named " << o.name << " exists\n";
    return kFailure;
  }
  return kOk;
}

int member(Context& ctx, const Options& o, auth::Role role) {
  if (!o.password_stdin) {
    std::cerr << "custos exercise: give the password on standard input with --password-stdin\n";
    return kUsage;
  }
  std::string password;
  if (!std::getline(std::cin, password)) {
    std::cerr << "custos exercise: no password on standard input\n";
    return kUsage;
  }
  if (!password.empty() && password.back() == '\r') password.pop_back();
  try {
    exercise::add_member(ctx.store(), audit::command_line_actor(), o.name, o.username, role, password);
    std::cout << "Added " << role_name(role) << " " << o.username << " to exercise " << o.name << "\n";
  } catch (const auth::InvalidInput& e) {
    std::cerr << "custos exercise: " << e.field() << ": " << e.what() << "\n";
    return kUsage;
  } catch (const auth::NotFound& e) {
    std::cerr << "custos exercise: " << e.what() << "\n";
    return kFailure;
  } catch (const ConflictError&) {
    std::cerr << "custos exercise: user " << o.username << " already exists\n";
    return kFailure;
  }
  return kOk;
}

// Switches the store to the exercise's administration.
bool use_exercise(Context& ctx, const std::string& name) {
  auto e = exercise::find_by_name(ctx.store(), name);
  if (!e) {
    std::cerr << "custos exercise: no exercise " << name << " (see 'custos exercise list')\n";
    return false;
  }
  ctx.store().set_administration(e->administration);
  return true;
}

int change(Context& ctx, const Options& o, const std::string& action) {
  if (!use_exercise(ctx, o.name)) return kFailure;
  try {
    exercise::Exercise e = exercise::change_state(ctx.store(), audit::command_line_actor(), action);
    std::cout << "Exercise " << e.name << " is " << e.state << "\n";
  } catch (const exercise::StateError& e) {
    std::cerr << "custos exercise " << action << ": " << e.what() << "\n";
    return kFailure;
  }
  return kOk;
}

int findings(Context& ctx, const Options& o) {
  if (!use_exercise(ctx, o.name)) return kFailure;
  if (o.hide == o.show) {
    std::cerr << "custos exercise findings: say --hide or --show\n";
    return kUsage;
  }
  exercise::Exercise e = exercise::set_hide_findings(ctx.store(), audit::command_line_actor(), o.hide);
  std::cout << "Trainees of " << e.name << (e.hide_findings ? " no longer see" : " see")
            << " the engine's findings\n";
  return kOk;
}

int list(Context& ctx, const Options& o) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& e : exercise::list(ctx.store())) {
    out.push_back(exercise::to_json(e));
    if (!o.json)
      std::cout << e.name << "\t" << e.scenario << "\t" << e.administration << "\t" << e.state << "\t"
                << e.day << "\n";
  }
  if (o.json) std::cout << nlohmann::json{{"exercises", out}}.dump() << "\n";
  return kOk;
}

int report(Context& ctx, const Options& o) {
  if (o.format != "json" && o.format != "html") {
    std::cerr << "custos exercise report: --format must be json or html\n";
    return kUsage;
  }
  if (!use_exercise(ctx, o.name)) return kFailure;
  nlohmann::json r = exercise::report(ctx.store());
  if (o.format == "html") {
    std::cout << exercise::report_html(r);
    return kOk;
  }
  std::cout << "Exercise " << o.name << ": " << r["cases"] << " hidden case(s); the engine found "
            << r["engine"]["found"] << " (precision " << r["engine"]["precision"] << "), a random selection "
            << r["random"]["found"] << " (precision " << r["random"]["precision"] << ") at capacity "
            << r["capacity"] << "\n";
  for (const auto& t : r["trainees"])
    std::cout << "  " << t["username"].get<std::string>() << ": found " << t["found"] << " of " << r["cases"]
              << ", precision " << t["precision"] << ", false inspections " << t["false_inspections"] << "\n";
  std::cout << r.dump() << "\n";
  return kOk;
}

void setup(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<Options>();
  auto* cmd =
      app.add_subcommand("exercise",
                         "Training exercises: simulated trade with hidden cases, trainees scored against "
                         "the truth (docs/exercises.md)");
  cmd->require_subcommand(1);

  auto* c = cmd->add_subcommand("create", "Create an exercise in an administration of its own");
  c->add_option("name", o->name, "The exercise's name: a-z, 0-9, '-'")->required();
  c->add_option("--scenario", o->create.scenario,
                "waste-ods|cultural|strategic|precursors|wildlife|mixed (data/exercises/scenarios.toml)")
      ->required();
  c->add_option("--declarations", o->create.declarations, "Declarations in the exercise's day (default 400)");
  c->add_option("--seed", o->create.seed, "Seed: the same seed gives the same exercise (default 1)");
  c->add_option("--illicit-rate", o->illicit_rate,
                "Share of declarations hiding a case (default: the scenario's, e.g. 0.03)");
  c->add_option(
      "--domains", o->domains_text,
      "Domains to hide, comma-separated (waste,ozone,cultural,strategic,precursors,wildlife; default: "
      "the scenario's)");
  c->add_option("--capacity", o->capacity,
                "Inspections per trainee (default: the scenario's share of the day)");
  c->add_option("--country", o->create.country, "The simulated administration's country (default NL)");
  c->add_flag("--json", o->json, "Print only the JSON line");
  c->callback([&ctx, o, c] { ctx.exit_code = create(ctx, *o, c); });

  auto* t = cmd->add_subcommand("trainee", "Add a trainee to an exercise (password on standard input)");
  t->add_option("name", o->name, "The exercise")->required();
  t->add_option("user", o->username, "The trainee's username")->required();
  t->add_flag("--password-stdin", o->password_stdin,
              "Read the password (12 characters or more) from standard input");
  t->callback([&ctx, o] { ctx.exit_code = member(ctx, *o, auth::Role::trainee); });

  auto* i =
      cmd->add_subcommand("instructor", "Add an instructor to an exercise (password on standard input)");
  i->add_option("name", o->name, "The exercise")->required();
  i->add_option("user", o->username, "The instructor's username")->required();
  i->add_flag("--password-stdin", o->password_stdin,
              "Read the password (12 characters or more) from standard input");
  i->callback([&ctx, o] { ctx.exit_code = member(ctx, *o, auth::Role::instructor); });

  for (const char* action : {"start", "pause", "end"}) {
    auto* s = cmd->add_subcommand(action, std::string(action) == "start" ? "Start (or resume) an exercise"
                                          : std::string(action) == "pause"
                                              ? "Pause an exercise (trainees may read, not act)"
                                              : "End an exercise");
    s->add_option("name", o->name, "The exercise")->required();
    const std::string a = action;
    s->callback([&ctx, o, a] { ctx.exit_code = change(ctx, *o, a); });
  }

  auto* f = cmd->add_subcommand("findings", "Hide the engine's findings from trainees, or show them");
  f->add_option("name", o->name, "The exercise")->required();
  f->add_flag("--hide", o->hide, "Hide them (harder)");
  f->add_flag("--show", o->show, "Show them");
  f->callback([&ctx, o] { ctx.exit_code = findings(ctx, *o); });

  auto* l = cmd->add_subcommand("list", "List the exercises in the store");
  l->add_flag("--json", o->json, "Print JSON");
  l->callback([&ctx, o] { ctx.exit_code = list(ctx, *o); });

  auto* r = cmd->add_subcommand("report", "Scores and debrief (reads the truth: for instructors)");
  r->add_option("name", o->name, "The exercise")->required();
  r->add_option("--format", o->format, "json (a summary, then the report as the last line) or html");
  r->callback([&ctx, o] { ctx.exit_code = report(ctx, *o); });
}

const bool registered = register_command(95, setup);

}  // namespace
}  // namespace custos::cli
