// custos lists: import sanctions, denied-party and own lists; show what is loaded.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "screen/importers.hpp"
#include "screen/list_versions.hpp"

namespace custos::cli {
namespace {

struct Options {
  std::string path, name;
  bool json = false;
};

std::string first_ids(const std::vector<std::string>& ids) {
  std::string s;
  for (std::size_t i = 0; i < ids.size() && i < 8; ++i) s += (i ? ", " : "") + ids[i];
  if (ids.size() > 8) s += fmt::format(", ... ({} more)", ids.size() - 8);
  return s;
}

int import(Context& ctx, const std::string& layout, const Options& o) {
  std::vector<screen::ListEntity> entities;
  std::string list = o.name;
  try {
    if (layout == "ofac") {
      if (list.empty())
        list = std::filesystem::exists(std::filesystem::path(o.path) / "sdn.csv") ? "ofac" : "ofac-cons";
      entities = screen::import_ofac(o.path, list);
    } else if (layout == "un") {
      if (list.empty()) list = "un";
      entities = screen::import_un(o.path, list);
    } else if (layout == "uk") {
      if (list.empty()) list = "uk";
      entities = screen::import_uk(o.path, list);
    } else if (layout == "bis") {
      if (list.empty()) list = "bis";
      entities = screen::import_bis(o.path, list);
    } else {
      entities = screen::import_own_csv(o.path, list);
    }
  } catch (const screen::ImportError& e) {
    std::cerr << "custos lists import: " << e.what() << "\nNothing was stored; the active version of '"
              << list << "' is unchanged.\n";
    return kBadInput;
  }
  if (entities.empty()) {
    std::cerr << "custos lists import: " << o.path << " holds no entries; the active version of '" << list
              << "' is unchanged.\n";
    return kBadInput;
  }
  screen::ListImport r = screen::store_list(ctx.store(), list, entities, o.path);
  std::cout << fmt::format("Imported list '{}' version {} from {}: {} entries, {} names.\n", r.list,
                           r.version, o.path, r.entities, r.names);
  std::cout << fmt::format("  added {}{}\n", r.diff.added.size(),
                           r.diff.added.empty() ? "" : ": " + first_ids(r.diff.added));
  std::cout << fmt::format("  removed {}{}\n", r.diff.removed.size(),
                           r.diff.removed.empty() ? "" : ": " + first_ids(r.diff.removed));
  std::cout << fmt::format("  changed {}{}\n", r.diff.changed.size(),
                           r.diff.changed.empty() ? "" : ": " + first_ids(r.diff.changed));
  if (o.json) {
    nlohmann::json j{{"list", r.list},
                     {"version", r.version},
                     {"entries", r.entities},
                     {"names", r.names},
                     {"added", r.diff.added.size()},
                     {"removed", r.diff.removed.size()},
                     {"changed", r.diff.changed.size()},
                     {"added_ids", r.diff.added},
                     {"removed_ids", r.diff.removed},
                     {"changed_ids", r.diff.changed}};
    std::cout << j.dump() << "\n";
  }
  return kOk;
}

int status(Context& ctx, bool json) {
  auto lists = screen::list_status(ctx.store());
  if (lists.empty()) std::cout << "No lists imported. Run 'custos lists import --help'.\n";
  nlohmann::json arr = nlohmann::json::array();
  for (const auto& s : lists) {
    std::cout << fmt::format(
        "{:<12} version {:<3} {:>7} entries {:>7} names  imported {}  from {}  ({} version{} kept)\n", s.list,
        s.version, s.entities, s.names, s.imported_at, s.source, s.versions, s.versions == 1 ? "" : "s");
    arr.push_back({{"list", s.list},
                   {"version", s.version},
                   {"entries", s.entities},
                   {"names", s.names},
                   {"imported_at", s.imported_at},
                   {"source", s.source},
                   {"versions", s.versions}});
  }
  if (json) std::cout << nlohmann::json{{"lists", arr}}.dump() << "\n";
  return kOk;
}

void setup(CLI::App& app, Context& ctx) {
  auto* group = app.add_subcommand(
      "lists", "Import sanctions, denied-party and the administration's own lists for party screening");
  group->require_subcommand(1);
  auto* imp = group->add_subcommand(
      "import",
      "Import a list (a new version replaces the active one whole; a malformed file changes nothing)");
  imp->require_subcommand(1);
  imp->footer(
      "Each import prints the entries added, removed and changed against the version it replaces. "
      "Exit code 3 when a file cannot be read or is malformed (the message names file and line).");
  struct Layout {
    const char* name;
    const char* help;
    const char* what;
    bool dir;
  };
  const Layout layouts[] = {
      {"ofac",
       "OFAC SDN list (sdn.csv, alt.csv, add.csv, sdn_comments.csv) or the non-SDN consolidated list "
       "(cons_*.csv)",
       "Folder holding the OFAC CSV files", true},
      {"un", "UN Security Council Consolidated List (XML)", "The consolidated list XML file", false},
      {"uk", "UK Sanctions List as CSV tables (subjects.csv, subject_names.csv, ...)",
       "Folder holding the UK tables", true},
      {"bis", "US BIS Denied Persons List (tab-separated dpl.txt)", "The denied persons file", false},
      {"csv",
       "The administration's own list: CSV with columns name and optionally id, kind, country, aliases "
       "(';'-separated), birth_year, address, programme",
       "The CSV file", false},
  };
  for (const auto& l : layouts) {
    auto o = std::make_shared<Options>();
    auto* cmd = imp->add_subcommand(l.name, l.help);
    auto* path = cmd->add_option("path", o->path, l.what)->required();
    if (l.dir)
      path->check(CLI::ExistingDirectory);
    else
      path->check(CLI::ExistingFile);
    auto* name =
        cmd->add_option("--name", o->name,
                        std::string(l.name) == "csv" ? "Name of the list (e.g. offenders)"
                                                     : "Store under this list name instead of the default");
    if (std::string(l.name) == "csv") name->required();
    cmd->add_flag("--json", o->json, "Print the import report as JSON on the last line");
    std::string layout = l.name;
    cmd->callback([&ctx, o, layout] { ctx.exit_code = import(ctx, layout, *o); });
  }
  auto json = std::make_shared<bool>(false);
  auto* st =
      group->add_subcommand("status", "Show each list's active version, entries, names and import date");
  st->add_flag("--json", *json, "Print the lists as JSON on the last line");
  st->callback([&ctx, json] { ctx.exit_code = status(ctx, *json); });
}

const bool registered = register_command(50, setup);

}  // namespace
}  // namespace custos::cli
