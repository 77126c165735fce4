// custos profiles check|list|report: the analyst's view of the profile set.
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "risk/profile_engine.hpp"
#include "risk/profile_set.hpp"

namespace custos::cli {
namespace {

struct Options {
  std::string dir, groups;
  bool json = false;
};

std::string profiles_dir(const Options& o) {
  return o.dir.empty() ? risk::default_profiles_path(Context::data_dir()) : o.dir;
}
std::string groups_file(const Options& o) {
  return o.groups.empty() ? risk::default_groups_path(Context::data_dir()) : o.groups;
}

nlohmann::json error_json(const risk::LoadError& e) {
  return {{"file", e.file}, {"line", e.line}, {"column", e.column}, {"message", e.message}, {"hint", e.hint}};
}

bool uses_concentration(const risk::Condition& c) {
  if (c.kind == risk::Condition::Kind::leaf) return c.field == risk::Field::concentration;
  for (const risk::Condition& ch : c.children)
    if (uses_concentration(ch)) return true;
  return false;
}

int check(const Options& o) {
  risk::LoadResult r = risk::load_profile_set(profiles_dir(o), groups_file(o));
  std::vector<risk::LoadError> example_errors = risk::check_examples(r.profiles, false);
  std::map<std::string, bool> broken;
  for (const risk::LoadError& e : example_errors) {
    size_t q = e.message.find('\'');
    if (q != std::string::npos) broken[e.message.substr(q + 1, e.message.find('\'', q + 1) - q - 1)] = true;
  }
  std::vector<risk::LoadError> all = r.errors;
  all.insert(all.end(), example_errors.begin(), example_errors.end());
  int valid = 0;
  for (const risk::Profile& p : r.profiles)
    if (!broken.count(p.id)) ++valid;
  for (const risk::LoadError& e : all) std::cout << e.str() << "\n";
  // How the concentration conditions are indexed (docs/profiles.md, "Concentrations in the
  // description"): their substance names are description entries, and a concentration among
  // the top-level conditions may be the profile's key; the engine is built to tell only then.
  size_t concentration = 0, top_level = 0;
  for (const risk::Profile& p : r.profiles) {
    if (!uses_concentration(p.when)) continue;
    ++concentration;
    for (const risk::Condition& ch : p.when.children)
      if (ch.kind == risk::Condition::Kind::leaf && ch.field == risk::Field::concentration) {
        ++top_level;
        break;
      }
  }
  if (concentration > 0 && r.errors.empty()) {
    size_t keyed = top_level > 0 ? risk::ProfileEngine(r.profiles).stats().indexed_by_concentration : 0;
    std::cout << concentration << " profile(s) test a concentration; " << keyed
              << " indexed by its substance names (its 'of' entries serve as description keys when no more "
                 "selective condition stands beside it)\n";
  }
  std::cout << valid << " valid profile(s) in " << r.files << " file(s) under " << profiles_dir(o) << "; "
            << all.size() << " error(s)" << (all.empty() ? "" : ": the set would not be loaded") << "\n";
  if (o.json) {
    nlohmann::json errs = nlohmann::json::array();
    for (const risk::LoadError& e : all) errs.push_back(error_json(e));
    std::cout << nlohmann::json{{"profiles", valid}, {"errors", errs}}.dump() << "\n";
  }
  return all.empty() ? kOk : kBadInput;
}

int list(const Options& o) {
  risk::LoadResult r = risk::load_profile_set(profiles_dir(o), groups_file(o));
  if (!r.ok()) {
    for (const risk::LoadError& e : r.errors) std::cerr << e.str() << "\n";
    std::cerr << "custos profiles list: the set has errors; run 'custos profiles check'\n";
    return kBadInput;
  }
  nlohmann::json arr = nlohmann::json::array();
  std::map<std::string, int> by_domain;
  for (const risk::Profile& p : r.profiles) {
    std::string domain(to_string(p.domain));
    ++by_domain[domain];
    std::string validity = (p.valid_from ? p.valid_from->str() : std::string("...")) + " to " +
                           (p.valid_to ? p.valid_to->str() : std::string("..."));
    if (!o.json)
      std::cout << p.id << "  [" << domain << ", " << to_string(p.min_lane) << ", weight " << p.weight << "]"
                << (p.enabled ? "" : " DISABLED") << (p.operation.empty() ? "" : "  op " + p.operation)
                << "  " << validity << "\n    " << p.title << "\n";
    arr.push_back({{"id", p.id},
                   {"title", p.title},
                   {"domain", domain},
                   {"min_lane", to_string(p.min_lane)},
                   {"weight", p.weight},
                   {"enabled", p.enabled},
                   {"operation", p.operation},
                   {"valid_from", p.valid_from ? p.valid_from->str() : ""},
                   {"valid_to", p.valid_to ? p.valid_to->str() : ""},
                   {"version", p.version},
                   {"author", p.author},
                   {"file", p.pos.file},
                   {"line", p.pos.line}});
  }
  std::cout << r.profiles.size() << " profile(s):";
  for (const auto& [d, n] : by_domain) std::cout << " " << d << " " << n;
  std::cout << "\n";
  if (o.json) std::cout << nlohmann::json{{"profiles", arr}, {"by_domain", by_domain}}.dump() << "\n";
  return kOk;
}

struct ProfileStats {
  int64_t hits = 0, inspected = 0, seizures = 0, discrepancies = 0, labelled = 0, fraud = 0;
};

int report(Context& ctx, const Options& o) {
  risk::LoadResult r = risk::load_profile_set(profiles_dir(o), groups_file(o));
  if (!r.ok()) {
    for (const risk::LoadError& e : r.errors) std::cerr << e.str() << "\n";
    return kBadInput;
  }
  risk::ProfileEngine engine(std::move(r.profiles));
  Store& store = ctx.store();
  // Recorded inspection results win over results carried in the declaration.
  std::map<std::string, InspectionResult> recorded;
  for (const Event& e : store.events("outcome")) {
    auto j = nlohmann::json::parse(e.data, nullptr, false);
    if (j.is_object())
      if (auto res = parse_inspection_result(j.value("inspection_result", "")))
        recorded[e.declaration_id] = *res;
  }
  std::vector<ProfileStats> stats(engine.profiles().size());
  std::vector<risk::ProfileHit> hits;
  int64_t declarations = 0;
  store.scan({}, [&](const Declaration& d) {
    ++declarations;
    engine.match(d, hits, false);
    std::optional<InspectionResult> res = d.outcome.inspection;
    if (auto it = recorded.find(d.id); it != recorded.end()) res = it->second;
    for (const risk::ProfileHit& h : hits) {
      ProfileStats& s = stats[h.profile];
      ++s.hits;
      if (res) {
        ++s.inspected;
        if (*res == InspectionResult::seizure) ++s.seizures;
        if (*res == InspectionResult::discrepancy) ++s.discrepancies;
      }
      if (d.outcome.fraud) {
        ++s.labelled;
        if (*d.outcome.fraud) ++s.fraud;
      }
    }
    return true;
  });
  nlohmann::json rows = nlohmann::json::array(), never_hit = nlohmann::json::array(),
                 never_seized = nlohmann::json::array();
  std::cout << "Per-profile results over " << declarations << " stored declaration(s); " << recorded.size()
            << " recorded inspection result(s)\n";
  std::cout << "profile                                  hits  hit-rate  inspected  seizures  seizure-rate\n";
  for (size_t i = 0; i < stats.size(); ++i) {
    const risk::Profile& p = engine.profiles()[i];
    const ProfileStats& s = stats[i];
    double hit_rate = declarations ? static_cast<double>(s.hits) / static_cast<double>(declarations) : 0;
    nlohmann::json seizure_rate =
        s.inspected ? nlohmann::json(static_cast<double>(s.seizures) / static_cast<double>(s.inspected))
                    : nlohmann::json();
    if (s.hits == 0)
      never_hit.push_back(p.id);
    else if (s.inspected > 0 && s.seizures == 0)
      never_seized.push_back(p.id);
    char line[256];
    std::snprintf(
        line, sizeof line, "%-40s %5lld  %8.4f  %9lld  %8lld  %s\n", p.id.c_str(),
        static_cast<long long>(s.hits), hit_rate, static_cast<long long>(s.inspected),
        static_cast<long long>(s.seizures),
        s.inspected
            ? std::to_string(static_cast<double>(s.seizures) / static_cast<double>(s.inspected)).c_str()
            : "n/a");
    if (s.hits > 0) std::cout << line;
    nlohmann::json row = {{"id", p.id},
                          {"domain", to_string(p.domain)},
                          {"hits", s.hits},
                          {"hit_rate", hit_rate},
                          {"inspected", s.inspected},
                          {"seizures", s.seizures},
                          {"discrepancies", s.discrepancies},
                          {"seizure_rate", seizure_rate}};
    if (s.labelled) row["fraud_rate"] = static_cast<double>(s.fraud) / static_cast<double>(s.labelled);
    rows.push_back(row);
  }
  std::cout << never_hit.size()
            << " profile(s) never hit: " << (never_hit.empty() ? "none" : never_hit.dump()) << "\n"
            << never_seized.size() << " profile(s) hit and inspected but never led to a seizure: "
            << (never_seized.empty() ? "none" : never_seized.dump()) << "\n";
  if (o.json)
    std::cout << nlohmann::json{{"declarations", declarations},
                                {"profiles", rows},
                                {"never_hit", never_hit},
                                {"never_seized", never_seized}}
                     .dump()
              << "\n";
  return kOk;
}

void setup(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("profiles", "Check, list and measure the risk profiles analysts write");
  cmd->require_subcommand(1);
  auto add_common = [](CLI::App* sub, Options& o) {
    sub->add_option("--groups", o.groups,
                    "Country groups file (default: the shipped data/country-groups.toml)");
    sub->add_flag("--json", o.json, "Print the result as JSON on the last line");
  };
  auto oc = std::make_shared<Options>();
  auto* c =
      cmd->add_subcommand("check",
                          "Check every profile file in a folder: each error with file, line, column and a "
                          "hint, and each profile's crafted examples");
  c->add_option("dir", oc->dir, "Profile folder or file (default: the built-in packs)");
  add_common(c, *oc);
  c->footer("Exit code 3 when any error is found: such a set is never loaded (all or nothing).");
  c->callback([&ctx, oc] { ctx.exit_code = check(*oc); });

  auto ol = std::make_shared<Options>();
  auto* l =
      cmd->add_subcommand("list", "List the profiles: id, domain, lane, weight, operation, validity, title");
  l->add_option("dir", ol->dir, "Profile folder or file (default: the built-in packs)");
  add_common(l, *ol);
  l->callback([&ctx, ol] { ctx.exit_code = list(*ol); });

  auto orp = std::make_shared<Options>();
  auto* rp = cmd->add_subcommand(
      "report",
      "Per-profile hits, hit rate and seizure rate over the stored declarations and recorded inspection "
      "results; names the profiles that never hit or never led to a seizure");
  rp->add_option("--profiles", orp->dir, "Profile folder or file (default: the built-in packs)");
  add_common(rp, *orp);
  rp->footer("Record inspection results first with 'custos outcomes ingest FILE'.");
  rp->callback([&ctx, orp] { ctx.exit_code = report(ctx, *orp); });
}

const bool registered = register_command(52, setup);

}  // namespace
}  // namespace custos::cli
