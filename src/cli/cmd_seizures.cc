// custos seizures: import, list and show seizure records; files and chain of custody.
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "audit/audit.hpp"
#include "cli/command.hpp"
#include "ingest/rejects_writer.hpp"
#include "records/seizure_reader.hpp"
#include "records/seizure_store.hpp"

namespace custos::cli {
namespace {

struct Options {
  std::string file, format, mapping, rejects, id, name, action, place, note;
  bool json = false;
  std::string from, to, domain, operation;
};

// Writes rejects as CSV: file, line, seizure_id, field, reason.
bool write_rejects(const std::string& path, const std::string& file,
                   const std::vector<records::Reject>& rejects) {
  if (path.empty()) return true;
  std::ofstream out(path, std::ios::binary);
  if (!out) return false;
  out << "file,line,seizure_id,field,reason\n";
  for (const records::Reject& r : rejects)
    out << csv_quote(file) << "," << r.line << "," << csv_quote(r.seizure_id) << "," << csv_quote(r.field)
        << "," << csv_quote(r.reason) << "\n";
  return static_cast<bool>(out);
}

int import(Context& ctx, const Options& o) {
  std::optional<records::SeizureMapping> mapping;
  if (!o.mapping.empty()) {
    try {
      mapping = records::SeizureMapping::load(o.mapping, Context::data_dir());
    } catch (const std::exception& e) {
      std::cerr << "custos seizures import: " << e.what() << "\n";
      return kBadInput;
    }
  }
  records::SeizureRead read;
  try {
    std::optional<records::SeizureFormat> format;
    if (o.format == "csv") format = records::SeizureFormat::csv;
    if (o.format == "ndjson") format = records::SeizureFormat::ndjson;
    read = records::read_seizure_file(o.file, format, mapping ? &*mapping : nullptr);
  } catch (const std::exception& e) {
    std::cerr << "custos seizures import: " << e.what() << "\n";
    return kBadInput;
  }
  for (const records::Reject& r : read.rejects)
    if (r.field == "header") {
      std::cerr << o.file << ":" << r.line << ": " << r.reason << "\n";
      return kBadInput;
    }
  Store& store = ctx.store();
  const audit::Actor actor = audit::command_line_actor();
  int64_t stored = 0, updated = 0, duplicates = 0;
  {
    sql::Transaction tx(store.sql());
    for (const auto& [line, s] : read.records) {
      switch (records::put_seizure(store, s, actor, o.file + ":" + std::to_string(line))) {
        case records::PutResult::stored: ++stored; break;
        case records::PutResult::updated: ++updated; break;
        case records::PutResult::duplicate: ++duplicates; break;
      }
    }
    tx.commit();
  }
  std::set<int64_t> bad_lines;
  for (const records::Reject& r : read.rejects) bad_lines.insert(r.line);
  for (size_t i = 0; i < read.rejects.size() && i < 20; ++i) {
    const records::Reject& r = read.rejects[i];
    std::cerr << o.file << ":" << r.line << ": " << r.field << ": " << r.reason << " (record skipped)\n";
  }
  if (read.rejects.size() > 20) std::cerr << "... " << read.rejects.size() - 20 << " more problem(s)\n";
  if (!write_rejects(o.rejects, o.file, read.rejects)) {
    std::cerr << "custos seizures import: cannot write " << o.rejects << "\n";
    return kBadInput;
  }
  const int64_t rejected = static_cast<int64_t>(bad_lines.size());
  std::cout << "Read " << read.read << " seizure record(s) from " << o.file << ": stored " << stored + updated
            << " (" << updated << " changed), rejected " << rejected << ", duplicates " << duplicates << "\n";
  if (rejected && !o.rejects.empty()) std::cout << "Rejected records written to " << o.rejects << "\n";
  if (o.json)
    std::cout << nlohmann::json{{"read", read.read},
                                {"stored", stored + updated},
                                {"updated", updated},
                                {"rejected", rejected},
                                {"duplicates", duplicates}}
                     .dump()
              << "\n";
  return kOk;
}

int list(Context& ctx, const Options& o) {
  records::SeizureFilter f;
  if (!o.from.empty() && !(f.from = Date::parse(o.from)))
    return std::cerr << "custos seizures list: bad --from\n", kUsage;
  if (!o.to.empty() && !(f.to = Date::parse(o.to)))
    return std::cerr << "custos seizures list: bad --to\n", kUsage;
  f.domain = o.domain;
  f.operation = o.operation;
  auto all = records::list_seizures(ctx.store(), f);
  nlohmann::json arr = nlohmann::json::array();
  for (const records::Seizure& s : all) {
    std::cout << s.id << "  " << s.date.text << "  " << s.country << "  " << s.domain << "  "
              << records::format_quantities(s.quantities) << "  "
              << (s.commodity.empty() ? s.description : s.commodity) << "\n";
    arr.push_back(records::to_json(s, false));
  }
  std::cout << all.size() << " seizure(s)\n";
  if (o.json) std::cout << nlohmann::json{{"seizures", arr}}.dump() << "\n";
  return kOk;
}

int show(Context& ctx, const Options& o) {
  Store& store = ctx.store();
  auto s = records::get_seizure(store, o.id);
  if (!s) {
    std::cerr << "custos seizures show: no seizure '" << o.id << "'\n";
    return kFailure;
  }
  nlohmann::json j = records::to_json(*s);
  nlohmann::json files = nlohmann::json::array(), chain = nlohmann::json::array();
  for (const auto& f : records::seizure_files(store, o.id))
    files.push_back({{"sha256", f.sha256},
                     {"name", f.name},
                     {"size", f.size},
                     {"added_by", f.added_by},
                     {"added_at", f.added_at}});
  for (const auto& e : records::custody(store, o.id))
    chain.push_back({{"seq", e.seq},
                     {"at", e.at},
                     {"actor", e.actor},
                     {"action", e.action},
                     {"place", e.place},
                     {"note", e.note}});
  j["files"] = files;
  j["custody"] = chain;
  if (!o.json) {
    std::cout << "Seizure " << s->id << " on " << s->date.text << " in " << s->country
              << (s->office.empty() ? "" : " (" + s->office + ")") << "\n  domain " << s->domain << ", "
              << (s->commodity.empty() ? s->description : s->commodity) << "\n  quantities "
              << records::format_quantities(s->quantities) << "\n  detection "
              << (s->detection.empty() ? "unknown" : s->detection) << "\n";
    for (const auto& l : s->route)
      std::cout << "  " << l.role << " " << l.country << (l.confirmed ? "" : " (not confirmed)") << "\n";
    for (const auto& d : s->declarations) std::cout << "  declaration " << d << "\n";
    for (const auto& p : s->parties)
      std::cout << "  " << p.kind << " " << p.name
                << (p.nationality.empty() ? "" : " (" + p.nationality + ")") << "\n";
    std::cout << "  " << files.size() << " file(s), " << chain.size() << " custody event(s)\n";
  } else {
    std::cout << j.dump() << "\n";
  }
  return kOk;
}

int add_file(Context& ctx, const Options& o) {
  std::ifstream in(o.file, std::ios::binary);
  if (!in) return std::cerr << "custos seizures add-file: cannot read " << o.file << "\n", kBadInput;
  std::stringstream ss;
  ss << in.rdbuf();
  try {
    std::string name = o.name.empty() ? o.file.substr(o.file.find_last_of('/') + 1) : o.name;
    std::string sha =
        records::add_seizure_file(ctx.store(), o.id, name, ss.str(), audit::command_line_actor());
    std::cout << "Stored " << name << " for seizure " << o.id << " (sha256 " << sha << ")\n";
    if (o.json) std::cout << nlohmann::json{{"sha256", sha}, {"name", name}}.dump() << "\n";
  } catch (const records::NotFound& e) {
    std::cerr << "custos seizures add-file: " << e.what() << "\n";
    return kFailure;
  }
  return kOk;
}

int add_custody(Context& ctx, const Options& o) {
  try {
    auto e =
        records::add_custody_event(ctx.store(), o.id, o.action, o.place, o.note, audit::command_line_actor());
    std::cout << "Custody event " << e.seq << " for seizure " << o.id << ": " << e.action << "\n";
  } catch (const records::NotFound& e) {
    std::cerr << "custos seizures custody: " << e.what() << "\n";
    return kFailure;
  }
  return kOk;
}

void setup(CLI::App& app, Context& ctx) {
  auto* cmd =
      app.add_subcommand("seizures", "Seizure records: import, list, show, files and chain of custody");
  cmd->require_subcommand(1);
  auto o = std::make_shared<Options>();
  auto* im =
      cmd->add_subcommand("import", "Read seizure records (canonical seizure CSV or NDJSON) into the store");
  im->add_option("file", o->file, "The seizure file")->required()->check(CLI::ExistingFile);
  im->add_option("--format", o->format, "csv or ndjson (default: from the file name)")
      ->check(CLI::IsMember({"csv", "ndjson"}));
  im->add_option("--mapping", o->mapping,
                 "Another layout: a mapping's name (data/mappings/seizures/NAME.toml) or a .toml file");
  im->add_option("--rejects", o->rejects,
                 "Write rejected records to this CSV (file, line, seizure_id, field, reason)");
  im->add_flag("--json", o->json,
               "Print {\"read\",\"stored\",\"rejected\",\"duplicates\"} as JSON on the last line");
  im->footer(
      "Columns: seizure_id,date,office,place,latitude,longitude,country,domain,commodity,hs_code,taxon,"
      "cites_appendix,substance,cas_number,waste_code,quantities,value,currency,transport_mode,concealment,"
      "detection,"
      "origin_country,departure_country,transit_countries,destination_country,declaration_id,persons,"
      "companies,"
      "operation,source,description (docs/records.md). quantities: '2145 kg|14 pcs~' ('~' marks an "
      "estimate). "
      "Counts add up: read = stored + rejected + duplicates. The good records are stored in one "
      "transaction.");
  im->callback([&ctx, o] { ctx.exit_code = import(ctx, *o); });
  auto* ls = cmd->add_subcommand("list", "List the stored seizures in date order");
  ls->add_option("--from", o->from, "First day (YYYY-MM-DD)");
  ls->add_option("--to", o->to, "Last day (YYYY-MM-DD)");
  ls->add_option("--domain", o->domain, "Only this domain");
  ls->add_option("--operation", o->operation, "Only this operation");
  ls->add_flag("--json", o->json, "Print the records as JSON on the last line");
  ls->callback([&ctx, o] { ctx.exit_code = list(ctx, *o); });
  auto* sh = cmd->add_subcommand("show", "Show one seizure with its parties, files and chain of custody");
  sh->add_option("id", o->id, "The seizure id")->required();
  sh->add_flag("--json", o->json, "Print the record as JSON");
  sh->callback([&ctx, o] { ctx.exit_code = show(ctx, *o); });
  auto* af =
      cmd->add_subcommand("add-file", "Keep a photo or file with a seizure (by SHA-256, with who and when)");
  af->add_option("id", o->id, "The seizure id")->required();
  af->add_option("file", o->file, "The file")->required()->check(CLI::ExistingFile);
  af->add_option("--name", o->name, "The name to keep (default: the file's)");
  af->add_flag("--json", o->json, "Print the SHA-256 as JSON");
  af->callback([&ctx, o] { ctx.exit_code = add_file(ctx, *o); });
  auto* cu = cmd->add_subcommand("custody", "Append a chain-of-custody event to a seizure");
  cu->add_option("id", o->id, "The seizure id")->required();
  cu->add_option("action", o->action,
                 "seized, sealed, transferred, sampled, analysed, stored, destroyed, returned...")
      ->required();
  cu->add_option("--place", o->place, "Where");
  cu->add_option("--note", o->note, "A note (seal number, receiving officer...)");
  cu->callback([&ctx, o] { ctx.exit_code = add_custody(ctx, *o); });
}

const bool registered = register_command(57, setup);

}  // namespace
}  // namespace custos::cli
