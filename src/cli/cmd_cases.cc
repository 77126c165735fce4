// custos cases: group declarations, seizures, parties and spectra results; notes, tasks, status, timeline.
#include <iostream>
#include <nlohmann/json.hpp>

#include "audit/audit.hpp"
#include "cli/command.hpp"
#include "records/cases.hpp"

namespace custos::cli {
namespace {

struct Options {
  std::string id, title, kind, ref, status, text, assignee;
  int64_t task = 0;
  bool json = false;
};

template <class F>
int guarded(const char* what, F f) {
  try {
    return f();
  } catch (const records::NotFound& e) {
    std::cerr << "custos cases " << what << ": " << e.what() << "\n";
    return kFailure;
  } catch (const records::BadValue& e) {
    std::cerr << "custos cases " << what << ": " << e.field << ": " << e.what() << "\n";
    return kUsage;
  }
}

void print(const records::Case& c, bool json) {
  if (json) {
    std::cout << records::to_json(c).dump() << "\n";
    return;
  }
  std::cout << c.id << "  " << c.status << "  " << c.title << "\n";
  for (const auto& l : c.links) std::cout << "  " << l.kind << " " << l.ref << " (" << l.added_by << ")\n";
  for (const auto& t : c.tasks)
    std::cout << "  task " << t.seq << " [" << t.status << "] " << t.title << " -> " << t.assignee << "\n";
  for (const auto& n : c.notes)
    std::cout << "  note " << n.seq << " " << n.author << " " << n.at << ": " << n.text << "\n";
  for (const auto& e : c.timeline)
    std::cout << "  " << e.at << " " << e.actor << " " << e.what << ": '" << e.old_value << "' -> '"
              << e.new_value << "'\n";
}

void setup(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand(
      "cases", "Cases: declarations, seizures, parties and spectra results grouped, with a timeline");
  cmd->require_subcommand(1);
  auto o = std::make_shared<Options>();
  const audit::Actor actor = audit::command_line_actor();
  auto* cr = cmd->add_subcommand("create", "Open a case");
  cr->add_option("title", o->title, "The case's title")->required();
  cr->add_flag("--json", o->json, "Print the case as JSON");
  cr->callback([&ctx, o, actor] {
    ctx.exit_code = guarded("create", [&] {
      print(records::create_case(ctx.store(), o->title, actor), o->json);
      return kOk;
    });
  });
  auto* ls = cmd->add_subcommand("list", "List the cases");
  ls->add_flag("--json", o->json, "Print the cases as JSON on the last line");
  ls->callback([&ctx, o] {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& c : records::list_cases(ctx.store())) {
      std::cout << c.id << "  " << c.status << "  " << c.title << "\n";
      arr.push_back({{"id", c.id}, {"title", c.title}, {"status", c.status}, {"updated_at", c.updated_at}});
    }
    if (o->json) std::cout << nlohmann::json{{"cases", arr}}.dump() << "\n";
  });
  auto* sh = cmd->add_subcommand("show", "Show a case with links, tasks, notes and timeline");
  sh->add_option("id", o->id)->required();
  sh->add_flag("--json", o->json, "Print the case as JSON");
  sh->callback([&ctx, o] {
    auto c = records::get_case(ctx.store(), o->id);
    if (!c) {
      std::cerr << "custos cases show: no case '" << o->id << "'\n";
      ctx.exit_code = kFailure;
      return;
    }
    print(*c, o->json);
  });
  auto* li = cmd->add_subcommand("link", "Add a declaration, seizure, party or spectrum result to a case");
  li->add_option("id", o->id)->required();
  li->add_option("kind", o->kind, "declaration, seizure, party or spectrum")->required();
  li->add_option("ref", o->ref, "Its id")->required();
  li->callback([&ctx, o, actor] {
    ctx.exit_code = guarded("link", [&] {
      records::link_case(ctx.store(), o->id, o->kind, o->ref, actor);
      return kOk;
    });
  });
  auto* st = cmd->add_subcommand("status", "Change a case's status (open, investigating, referred, closed)");
  st->add_option("id", o->id)->required();
  st->add_option("status", o->status)->required();
  st->callback([&ctx, o, actor] {
    ctx.exit_code = guarded("status", [&] {
      records::set_case_status(ctx.store(), o->id, o->status, actor);
      return kOk;
    });
  });
  auto* no = cmd->add_subcommand("note", "Append a note to a case");
  no->add_option("id", o->id)->required();
  no->add_option("text", o->text)->required();
  no->callback([&ctx, o, actor] {
    ctx.exit_code = guarded("note", [&] {
      records::add_case_note(ctx.store(), o->id, o->text, actor);
      return kOk;
    });
  });
  auto* ta = cmd->add_subcommand("task", "Add a task to a case, or with --done/--status change one");
  ta->add_option("id", o->id)->required();
  ta->add_option("title", o->title, "The new task's title");
  ta->add_option("--assignee", o->assignee, "Who does it");
  ta->add_option("--task", o->task, "An existing task's number (with --status)");
  ta->add_option("--status", o->status, "open, done or cancelled");
  ta->callback([&ctx, o, actor] {
    ctx.exit_code = guarded("task", [&] {
      if (o->task > 0)
        records::set_task_status(ctx.store(), o->id, o->task, o->status.empty() ? "done" : o->status, actor);
      else
        records::add_case_task(ctx.store(), o->id, o->title, o->assignee, actor);
      return kOk;
    });
  });
}

const bool registered = register_command(59, setup);

}  // namespace
}  // namespace custos::cli
