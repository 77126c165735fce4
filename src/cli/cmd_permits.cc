// custos permits: the permit and licence registry, balances, and the permit check.
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "audit/audit.hpp"
#include "cli/command.hpp"
#include "core/clock.hpp"
#include "ingest/rejects_writer.hpp"
#include "records/permit.hpp"

namespace custos::cli {
namespace {

struct Options {
  std::string file, key, rejects, on;
  bool json = false;
};

int import(Context& ctx, const Options& o) {
  std::ifstream in(o.file, std::ios::binary);
  if (!in) return std::cerr << "custos permits import: cannot open " << o.file << "\n", kBadInput;
  std::stringstream ss;
  ss << in.rdbuf();
  records::PermitRead read = records::read_permits_csv(ss.str());
  for (const records::Reject& r : read.rejects)
    if (r.field == "header")
      return std::cerr << o.file << ":" << r.line << ": " << r.reason << "\n", kBadInput;
  Store& store = ctx.store();
  const audit::Actor actor = audit::command_line_actor();
  int64_t stored = 0, updated = 0, duplicates = 0, redrawn = 0;
  {
    sql::Transaction tx(store.sql());
    for (const auto& [line, p] : read.records)
      switch (records::put_permit(store, p, actor, o.file + ":" + std::to_string(line))) {
        case records::PutResult::stored: ++stored; break;
        case records::PutResult::updated: ++updated; break;
        case records::PutResult::duplicate: ++duplicates; break;
      }
    // Declarations stored before their permits draw on them now.
    redrawn = records::refresh_draws(store);
    tx.commit();
  }
  std::set<int64_t> bad;
  for (const records::Reject& r : read.rejects) {
    bad.insert(r.line);
    std::cerr << o.file << ":" << r.line << ": " << r.seizure_id << ": " << r.field << ": " << r.reason
              << " (record skipped)\n";
  }
  if (!o.rejects.empty()) {
    std::ofstream rej(o.rejects, std::ios::binary);
    rej << "file,line,permit,field,reason\n";
    for (const records::Reject& r : read.rejects)
      rej << csv_quote(o.file) << "," << r.line << "," << csv_quote(r.seizure_id) << "," << csv_quote(r.field)
          << "," << csv_quote(r.reason) << "\n";
  }
  std::cout << "Read " << read.read << " permit(s) from " << o.file << ": stored " << stored + updated << " ("
            << updated << " changed), rejected " << bad.size() << ", duplicates " << duplicates
            << "; draws of " << redrawn << " declaration(s) brought up to date\n";
  if (o.json)
    std::cout << nlohmann::json{{"read", read.read},      {"stored", stored + updated}, {"updated", updated},
                                {"rejected", bad.size()}, {"duplicates", duplicates},   {"redrawn", redrawn}}
                     .dump()
              << "\n";
  return kOk;
}

int show(Context& ctx, const Options& o) {
  size_t colon = o.key.find(':');
  if (colon == std::string::npos)
    return std::cerr << "custos permits show: expected TYPE:REFERENCE, e.g. CITES_PERMIT:FR-2024-0173\n",
           kUsage;
  Date on = today_utc();
  if (!o.on.empty()) {
    auto d = Date::parse(o.on);
    if (!d) return std::cerr << "custos permits show: bad --on date\n", kUsage;
    on = *d;
  }
  Store& store = ctx.store();
  auto p = records::get_permit(store, o.key.substr(0, colon), o.key.substr(colon + 1));
  if (!p) return std::cerr << "custos permits show: no permit " << o.key << " in the registry\n", kFailure;
  nlohmann::json j = records::balance_json(store, *p, on);
  if (o.json) {
    std::cout << j.dump() << "\n";
    return kOk;
  }
  auto num = [](const nlohmann::json& v) { return v.is_null() ? std::string("-") : v.dump(); };
  std::cout << o.key << " (" << p->direction << ", holder " << p->holder_id << " " << p->holder_name
            << ") valid " << j["permit"]["valid_from"].get<std::string>() << " to "
            << j["permit"]["valid_to"].get<std::string>() << "\n  quantity " << num(j["quantity"]) << " "
            << p->unit << ", used " << num(j["used"]) << ", remaining " << num(j["remaining"])
            << "; shipments used " << j["shipments_used"] << " of " << num(j["shipments"]) << "\n  status on "
            << on.str() << ": " << j["status"].get<std::string>() << "\n";
  for (const auto& d : j["draws"])
    std::cout << "  " << d["lodged"].get<std::string>() << "  " << d["declaration_id"].get<std::string>()
              << "  " << d["quantity"] << " " << d["unit"].get<std::string>() << "\n";
  return kOk;
}

int list(Context& ctx, const Options& o) {
  Store& store = ctx.store();
  nlohmann::json arr = nlohmann::json::array();
  for (const records::Permit& p : records::list_permits(store)) {
    nlohmann::json b = records::balance_json(store, p, today_utc());
    b.erase("draws");
    std::cout << p.type << ":" << p.reference << "  " << b["status"].get<std::string>() << "  remaining "
              << (b["remaining"].is_null() ? "-" : b["remaining"].dump()) << " " << p.unit << "\n";
    arr.push_back(b);
  }
  if (o.json) std::cout << nlohmann::json{{"permits", arr}}.dump() << "\n";
  return kOk;
}

void setup(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("permits", "The permit and licence registry and its balances");
  cmd->require_subcommand(1);
  auto o = std::make_shared<Options>();
  auto* im = cmd->add_subcommand("import", "Read permits and licences from a CSV file into the registry");
  im->add_option("file", o->file, "FILE.csv")->required()->check(CLI::ExistingFile);
  im->add_option("--rejects", o->rejects,
                 "Write rejected rows to this CSV (file, line, permit, field, reason)");
  im->add_flag("--json", o->json,
               "Print {\"read\",\"stored\",\"rejected\",\"duplicates\"} as JSON on the last line");
  im->footer(
      "Columns: "
      "type,reference,direction,issuing_country,holder_id,holder_name,counterpart_country,valid_from,"
      "valid_to,hs_code,taxon,cas_number,waste_code,description,quantity,unit,shipments. type is "
      "CITES_PERMIT, "
      "BASEL_CONSENT, ODS_LICENCE, EXPORT_LICENCE, PRECURSOR_LICENCE or CULTURAL_EXPORT_CERTIFICATE; hs_code "
      "may be "
      "a prefix; unit is kg, t, g, l, m3 or pcs, and an ODS_LICENCE may count its yearly quota in ODP_t "
      "(ODP tonnes) or CO2e_t (tonnes CO2 equivalent), converted from the declared net mass with "
      "data/permits/ods_potentials.csv. Stored declarations quoting the permits draw on them at once "
      "(docs/records.md).");
  im->callback([&ctx, o] { ctx.exit_code = import(ctx, *o); });
  auto* sh =
      cmd->add_subcommand("show", "A permit's balance: quantity, used, remaining, shipments used, status");
  sh->add_option("permit", o->key, "TYPE:REFERENCE")->required();
  sh->add_option("--on", o->on, "The status on this day (default today)");
  sh->add_flag(
      "--json", o->json,
      "Print {\"type\",\"reference\",\"quantity\",\"used\",\"remaining\",\"shipments_used\",\"status\"} and "
      "the draws");
  sh->callback([&ctx, o] { ctx.exit_code = show(ctx, *o); });
  auto* ls = cmd->add_subcommand("list", "Every permit of the registry with its status today");
  ls->add_flag("--json", o->json, "Print the balances as JSON on the last line");
  ls->callback([&ctx, o] { ctx.exit_code = list(ctx, *o); });
}

const bool registered = register_command(58, setup);

}  // namespace
}  // namespace custos::cli
