// custos exchange issue | retract | feedback | list | show | export | import:
// records shared with partner administrations in signed bundles
// (docs/exchange.md).
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "audit/keys.hpp"
#include "cli/command.hpp"
#include "exchange/exchange.hpp"
#include "exchange/misp.hpp"
#include "exchange/sync.hpp"

namespace custos::cli {
namespace {

struct Options {
  std::string file, uuid, reason, result, note, kind, operation, level, since, out,
      personal = "pseudonym", format = "custos", master_key, peer, token;
  bool json = false;
};

std::string master_key(Context& ctx, const Options& o) {
  return o.master_key.empty() ? audit::default_master_key_path(ctx.db_path()) : o.master_key;
}

bool read_file(const std::string& path, std::string& text, const char* command) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "custos exchange " << command << ": cannot read " << path << "\n";
    return false;
  }
  text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

nlohmann::json stored_json(const exchange::StoredRecord& s) {
  nlohmann::json j = exchange::to_json(s.record);
  if (!s.received_from.empty())
    j["provenance"] = {
        {"received_from", s.received_from}, {"bundle_id", s.bundle_id}, {"received_at", s.received_at}};
  j["stored_at"] = s.stored_at;
  return j;
}

int issue(Context& ctx, const Options& o) {
  std::string text;
  if (!read_file(o.file, text, "issue")) return kBadInput;
  nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
  if (doc.is_discarded())
    return std::cerr << "custos exchange issue: " << o.file << ": not JSON\n", kBadInput;
  if (!doc.is_array()) doc = nlohmann::json::array({doc});
  Store& store = ctx.store();
  sql::Transaction tx(store.sql());  // all of the file or nothing
  nlohmann::json out = nlohmann::json::array();
  for (size_t i = 0; i < doc.size(); ++i) {
    try {
      exchange::Record r = exchange::issue_record(store, audit::command_line_actor(), doc[i]);
      out.push_back({{"uuid", r.uuid},
                     {"version", r.version},
                     {"kind", r.kind},
                     {"level", exchange::to_string(r.level)}});
    } catch (const exchange::BundleError& e) {
      std::cerr << "custos exchange issue: " << o.file << ": record " << i + 1 << ": " << e.what()
                << " (nothing was issued)\n";
      return kBadInput;
    }
  }
  tx.commit();
  if (o.json) {
    std::cout << nlohmann::json{{"issued", out}}.dump() << "\n";
  } else {
    for (const auto& r : out)
      std::cout << (r["version"].get<int64_t>() == 1 ? "Issued " : "Amended ") << r["kind"].get<std::string>()
                << " " << r["uuid"].get<std::string>() << " version " << r["version"] << " (level "
                << r["level"].get<std::string>() << ")\n";
  }
  return kOk;
}

int retract(Context& ctx, const Options& o) {
  try {
    auto r = exchange::retract_record(ctx.store(), audit::command_line_actor(), o.uuid, o.reason);
    std::cout << "Retracted " << r.kind << " " << r.uuid << " (version " << r.version
              << "); partners apply the retraction with the next bundle\n";
  } catch (const exchange::BundleError& e) {
    std::cerr << "custos exchange retract: " << e.what() << "\n";
    return kFailure;
  }
  return kOk;
}

int feedback(Context& ctx, const Options& o) {
  try {
    auto r = exchange::send_feedback(ctx.store(), audit::command_line_actor(), o.uuid, o.result, o.note);
    std::cout << "Feedback " << r.uuid << " on " << o.uuid << " for " << r.data["to"].get<std::string>()
              << " (level " << exchange::to_string(r.level) << "); it travels with the next bundle\n";
  } catch (const exchange::BundleError& e) {
    std::cerr << "custos exchange feedback: " << e.what() << "\n";
    return kFailure;
  }
  return kOk;
}

int list(Context& ctx, const Options& o) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& s : exchange::current_records(ctx.store(), o.kind)) {
    out.push_back(stored_json(s));
    if (!o.json)
      std::cout << s.record.uuid << "\tv" << s.record.version << "\t" << s.record.kind << "\t"
                << s.record.issuer << "\t" << exchange::to_string(s.record.level) << "\tTLP:" << s.record.tlp
                << "\t" << (s.record.operation.empty() ? "-" : s.record.operation) << "\t" << s.record.status
                << (s.received_from.empty() ? "" : "\tfrom " + s.received_from) << "\n";
  }
  if (o.json) std::cout << nlohmann::json{{"records", out}}.dump() << "\n";
  return kOk;
}

int show(Context& ctx, const Options& o) {
  auto s = exchange::find_record(ctx.store(), o.uuid);
  if (!s) return std::cerr << "custos exchange show: no record " << o.uuid << "\n", kFailure;
  std::cout << stored_json(*s).dump(o.json ? -1 : 2) << "\n";
  return kOk;
}

int export_bundle(Context& ctx, const Options& o) {
  exchange::ExportOptions eo;
  auto level = exchange::parse_level(o.level);
  if (!level)
    return std::cerr << "custos exchange export: --level: administration, operation, partners or public\n",
           kUsage;
  eo.level = *level;
  eo.operation = o.operation;
  if (!o.since.empty() && !(eo.since = Date::parse(o.since)))
    return std::cerr << "custos exchange export: --since: not a date YYYY-MM-DD\n", kUsage;
  auto personal = exchange::parse_personal_data(o.personal);
  if (!personal)
    return std::cerr << "custos exchange export: --personal-data: pseudonym, redact or full\n", kUsage;
  eo.personal = *personal;
  eo.master_key_path = master_key(ctx, o);
  std::string text;
  size_t records = 0;
  try {
    exchange::Bundle b = exchange::export_bundle(ctx.store(), audit::command_line_actor(), eo);
    records = b.records.size();
    if (o.format == "misp")
      text = exchange::to_misp_signed(ctx.store(), b, eo.master_key_path).dump(2);
    else
      text = exchange::to_json(b).dump(2);
  } catch (const exchange::BundleError& e) {
    std::cerr << "custos exchange export: " << e.what() << "\n";
    return kUsage;
  } catch (const audit::KeyError& e) {
    std::cerr << "custos exchange export: " << e.what() << "\n";
    return kFailure;
  }
  std::ofstream f(o.out, std::ios::binary);
  if (!(f << text << "\n"))
    return std::cerr << "custos exchange export: cannot write " << o.out << "\n", kBadInput;
  std::cout << "Wrote " << records << " record(s) at level " << o.level
            << (o.format == "misp" ? " as MISP events" : "") << " to " << o.out << "\n";
  return kOk;
}

int import_bundle(Context& ctx, const Options& o) {
  std::string text;
  if (!read_file(o.file, text, "import")) return kBadInput;
  try {
    exchange::ImportResult r = o.format == "misp" || exchange::looks_like_misp(text)
                                   ? exchange::import_misp(ctx.store(), audit::command_line_actor(), text)
                                   : exchange::import_bundle(ctx.store(), audit::command_line_actor(), text);
    if (o.json) {
      std::cout << exchange::to_json(r).dump() << "\n";
    } else {
      std::cout << o.file << ": bundle " << r.bundle_id << " from " << r.issuer << ": " << r.records
                << " record(s), " << r.applied << " applied, " << r.duplicates << " duplicate(s), "
                << r.rejected << " rejected\n";
      for (const auto& why : r.rejections) std::cout << "  rejected " << why << "\n";
    }
  } catch (const exchange::BundleError& e) {
    std::cerr << "custos exchange import: " << o.file << " refused, nothing applied: " << e.what() << "\n";
    return kBadInput;
  }
  return kOk;
}

int sync(Context& ctx, const Options& o) {
  exchange::SyncOptions so;
  so.peer = o.peer;
  so.token = o.token;
  if (so.token.empty())
    if (const char* env = std::getenv("CUSTOS_PEER_TOKEN")) so.token = env;
  if (so.token.empty())
    return std::cerr << "custos exchange sync: give --token (or $CUSTOS_PEER_TOKEN)\n", kUsage;
  auto level =
      exchange::parse_level(o.level.empty() ? (o.operation.empty() ? "partners" : "operation") : o.level);
  if (!level) return std::cerr << "custos exchange sync: --level: operation, partners or public\n", kUsage;
  so.level = *level;
  so.operation = o.operation;
  auto personal = exchange::parse_personal_data(o.personal);
  if (!personal)
    return std::cerr << "custos exchange sync: --personal-data: pseudonym, redact or full\n", kUsage;
  so.personal = *personal;
  so.master_key_path = master_key(ctx, o);
  try {
    exchange::SyncResult r = exchange::sync_with_peer(ctx.store(), audit::command_line_actor(), so);
    if (o.json) {
      std::cout << nlohmann::json{{"peer", r.peer_administration},
                                  {"pulled", exchange::to_json(r.pulled)},
                                  {"pushed", r.pushed}}
                       .dump()
                << "\n";
    } else {
      std::cout << "Pulled from " << r.peer_administration << ": " << r.pulled.records << " record(s), "
                << r.pulled.applied << " applied, " << r.pulled.duplicates << " duplicate(s), "
                << r.pulled.rejected << " rejected\n";
      for (const auto& why : r.pulled.rejections) std::cout << "  rejected " << why << "\n";
      std::cout << "Pushed to " << r.peer_administration << ": " << r.pushed.value("records", 0)
                << " record(s), " << r.pushed.value("applied", 0) << " applied, "
                << r.pushed.value("duplicates", 0) << " duplicate(s), " << r.pushed.value("rejected", 0)
                << " rejected\n";
    }
  } catch (const exchange::BundleError& e) {
    std::cerr << "custos exchange sync: the peer's bundle was refused, nothing applied: " << e.what() << "\n";
    return kBadInput;
  } catch (const exchange::SyncError& e) {
    std::cerr << "custos exchange sync: " << e.what() << "\n";
    return kFailure;
  } catch (const audit::KeyError& e) {
    std::cerr << "custos exchange sync: " << e.what() << "\n";
    return kFailure;
  }
  return kOk;
}

void setup(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<Options>();
  auto* cmd =
      app.add_subcommand("exchange", "Share seizures, alerts and feedback with partner administrations");
  cmd->require_subcommand(1);
  auto* is = cmd->add_subcommand("issue", "Issue records (or amend with their uuid) from a JSON file");
  is->add_option("file", o->file, "A JSON record, or an array of them (docs/exchange.md)")->required();
  is->add_flag("--json", o->json, "Print JSON");
  is->callback([&ctx, o] { ctx.exit_code = issue(ctx, *o); });
  auto* rt = cmd->add_subcommand("retract", "Retract a record this administration issued");
  rt->add_option("uuid", o->uuid, "The record's UUID")->required();
  rt->add_option("--reason", o->reason, "Why")->required();
  rt->callback([&ctx, o] { ctx.exit_code = retract(ctx, *o); });
  auto* fb = cmd->add_subcommand("feedback", "Tell a partner what came of its alert");
  fb->add_option("uuid", o->uuid, "The partner record's UUID")->required();
  fb->add_option("--result", o->result, "seized, nothing-found or not-checked")
      ->required()
      ->check(CLI::IsMember({"seized", "nothing-found", "not-checked"}));
  fb->add_option("--note", o->note, "A note for the partner");
  fb->callback([&ctx, o] { ctx.exit_code = feedback(ctx, *o); });
  auto* ls = cmd->add_subcommand("list", "List the records (current versions), own and received");
  ls->add_option("--kind", o->kind, "seizure, alert or feedback");
  ls->add_flag("--json", o->json, "Print JSON");
  ls->callback([&ctx, o] { ctx.exit_code = list(ctx, *o); });
  auto* sh = cmd->add_subcommand("show", "Show a record with its provenance");
  sh->add_option("uuid", o->uuid, "The record's UUID")->required();
  sh->add_flag("--json", o->json, "Print compact JSON");
  sh->callback([&ctx, o] { ctx.exit_code = show(ctx, *o); });
  auto* ex = cmd->add_subcommand("export", "Write a signed bundle of the records a level lets travel");
  ex->add_option("--operation", o->operation,
                 "The operation (required with --level operation; a filter otherwise)");
  ex->add_option("--level", o->level, "operation, partners or public (counts only)")->required();
  ex->add_option("--since", o->since, "Only records stored on or after this day, YYYY-MM-DD");
  ex->add_option("--out", o->out, "The file to write")->required();
  ex->add_option("--personal-data", o->personal,
                 "Persons' names and documents: pseudonym (default), redact, or full (level operation only)");
  ex->add_option("--format", o->format, "custos (default) or misp (MISP event JSON, signed)")
      ->check(CLI::IsMember({"custos", "misp"}));
  ex->add_option("--master-key", o->master_key,
                 "The master key file (default: $CUSTOS_MASTER_KEY, else STORE.master-key)");
  ex->callback([&ctx, o] { ctx.exit_code = export_bundle(ctx, *o); });
  auto* im = cmd->add_subcommand("import", "Verify a partner's bundle and apply what is new");
  im->add_option("file", o->file, "The bundle (or signed MISP events)")->required();
  im->add_option("--format", o->format, "custos or misp (default: recognised from the file)")
      ->check(CLI::IsMember({"custos", "misp"}));
  im->add_flag("--json", o->json, "Print {\"records\",\"applied\",\"duplicates\",\"rejected\"} as JSON");
  im->callback([&ctx, o] { ctx.exit_code = import_bundle(ctx, *o); });
  auto* sy =
      cmd->add_subcommand("sync", "Pull the bundle a partner's server addresses here, then push ours to it");
  sy->add_option("--peer", o->peer, "The partner's server: https://HOST:PORT")->required();
  sy->add_option("--token", o->token, "Its API token for our partner account (or $CUSTOS_PEER_TOKEN)");
  sy->add_option("--operation", o->operation, "The operation to sync (level operation)");
  sy->add_option("--level", o->level,
                 "operation or partners (default: operation with --operation, else partners)");
  sy->add_option("--personal-data", o->personal,
                 "pseudonym (default), redact, or full (level operation only)");
  sy->add_option("--master-key", o->master_key,
                 "The master key file (default: $CUSTOS_MASTER_KEY, else STORE.master-key)");
  sy->add_flag("--json", o->json, "Print {\"peer\",\"pulled\",\"pushed\"} as JSON");
  sy->callback([&ctx, o] { ctx.exit_code = sync(ctx, *o); });
}

const bool registered = register_command(88, setup);

}  // namespace
}  // namespace custos::cli
