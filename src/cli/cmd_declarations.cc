// custos declarations show ID: one stored declaration, with its history.
// custos declarations export: the stored declarations as canonical CSV or NDJSON.
#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "audit/audit.hpp"
#include "cli/command.hpp"
#include "core/declaration_json.hpp"
#include "ingest/declaration_export.hpp"

namespace custos::cli {
namespace {

std::string num(const std::optional<double>& v) { return v ? fmt::format("{}", *v) : "-"; }
std::string ctry(const std::optional<Country>& c) { return c ? c->str() : "-"; }

void print_text(const Declaration& d, const std::vector<StoredVersion>& history) {
  std::cout << "Declaration " << d.id << " (" << (d.flow ? to_string(*d.flow) : "flow unknown") << ", "
            << d.date.str() << ", office " << (d.office.empty() ? "-" : d.office) << ", "
            << (d.transport_mode.empty() ? "mode unknown" : d.transport_mode) << ")\n";
  auto party = [](const char* role, const Party& p) {
    if (p.empty()) return;
    std::cout << fmt::format("  {:<10} {} {} {}\n", role, p.id.empty() ? "-" : p.id, p.name,
                             p.country ? "(" + p.country->str() + ")" : "");
  };
  party("importer", d.importer);
  party("exporter", d.exporter);
  party("consignor", d.consignor);
  party("consignee", d.consignee);
  std::cout << "  declarant  " << (d.declarant_id.empty() ? "-" : d.declarant_id) << "\n";
  std::cout << "  route      " << ctry(d.departure_country);
  for (const auto& t : d.transit_countries) std::cout << " > " << t.str();
  std::cout << " > " << ctry(d.destination_country) << "\n";
  if (!d.containers.empty()) {
    std::cout << "  containers";
    for (const auto& c : d.containers) std::cout << " " << c;
    std::cout << "\n";
  }
  for (const Item& it : d.items) {
    std::cout << fmt::format("  item {}: HS {} \"{}\" origin {}, {} kg, {} {}, value {} {}, tax {}%\n",
                             it.item_no, it.hs_code.str(), it.description, ctry(it.origin),
                             num(it.net_mass_kg), num(it.quantity), it.quantity_unit, num(it.value),
                             it.currency, num(it.tax_rate));
    for (const auto& doc : it.documents)
      std::cout << "          document " << doc.type << " " << doc.reference << "\n";
  }
  if (!d.outcome.empty()) {
    std::cout << "  outcome   ";
    if (d.outcome.inspection) std::cout << " inspection " << to_string(*d.outcome.inspection);
    if (d.outcome.fraud) std::cout << " fraud " << (*d.outcome.fraud ? "yes" : "no");
    if (d.outcome.fraud_severity) std::cout << " severity " << *d.outcome.fraud_severity;
    if (d.outcome.illicit_domain) std::cout << " domain " << to_string(*d.outcome.illicit_domain);
    std::cout << "\n";
  }
  for (const auto& [k, v] : d.attributes) std::cout << "  " << k << " = " << v << "\n";
  std::cout << "  versions:";
  for (const auto& v : history)
    std::cout << " v" << v.version << " (" << v.stored_at << ", " << v.source << ")";
  std::cout << "\n";
}

struct ExportOptions {
  std::string from, to, format, out;
  bool json = false;
};

int run_export(Context& ctx, const ExportOptions& o) {
  ScanFilter range;
  if (!o.from.empty() && !(range.from = Date::parse(o.from)))
    return std::cerr << "custos declarations export: --from must be a date (YYYY-MM-DD)\n", kUsage;
  if (!o.to.empty() && !(range.to = Date::parse(o.to)))
    return std::cerr << "custos declarations export: --to must be a date (YYYY-MM-DD)\n", kUsage;
  if (range.from && range.to && *range.to < *range.from)
    return std::cerr << "custos declarations export: --to is before --from\n", kUsage;
  const Format format = o.format.empty() ? guess_format(o.out) : *parse_format(o.format);
  Store& store = ctx.store();
  ExportCounts c;
  try {
    c = export_declarations(store, range, format, o.out);
  } catch (const ExportError& e) {
    std::cerr << "custos declarations export: " << e.what() << "\n";
    return kBadInput;
  }
  nlohmann::json summary = {{"declarations", c.declarations},
                            {"rows", c.rows},
                            {"format", format == Format::csv ? "csv" : "ndjson"},
                            {"from", o.from},
                            {"to", o.to},
                            {"attribute_columns", c.attribute_columns},
                            {"out", o.out}};
  // Declarations leaving the store are on the record.
  audit::record(store, audit::command_line_actor(), "declarations.export", "file:" + o.out, summary);
  std::cout << "Exported " << c.declarations << " declaration(s) (" << c.rows << " "
            << (format == Format::csv ? "item row(s)" : "line(s)") << ") to " << o.out << "\n";
  for (size_t i = 0; i < c.attribute_columns.size(); ++i)
    std::cout << (i ? ", " : "Attribute columns: ") << c.attribute_columns[i]
              << (i + 1 == c.attribute_columns.size() ? "\n" : "");
  if (o.json) std::cout << summary.dump() << "\n";
  return kOk;
}

void setup(CLI::App& app, Context& ctx) {
  auto* group = app.add_subcommand("declarations", "Look at stored declarations, export them");
  group->require_subcommand(1);
  auto* show = group->add_subcommand("show", "Show one declaration as stored, with all its versions");
  auto id = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  show->add_option("id", *id, "Declaration id")->required();
  show->add_flag("--json", *json, "Print as JSON (the current version, plus its history)");
  show->callback([&ctx, id, json] {
    Store& store = ctx.store();
    auto d = store.get(*id);
    if (!d) {
      std::cerr << "custos declarations show: no declaration '" << *id << "' in " << ctx.db_path() << "\n";
      ctx.exit_code = kFailure;
      return;
    }
    auto history = store.history(*id);
    if (*json) {
      nlohmann::json j = to_json(*d);
      nlohmann::json h = nlohmann::json::array();
      for (const auto& v : history)
        h.push_back({{"version", v.version},
                     {"stored_at", v.stored_at},
                     {"source", v.source},
                     {"digest", v.digest},
                     {"declaration", to_json(v.declaration)}});
      std::cout << nlohmann::json{{"declaration", j}, {"history", h}}.dump() << "\n";
    } else {
      print_text(*d, history);
    }
  });
  auto eo = std::make_shared<ExportOptions>();
  auto* ex = group->add_subcommand(
      "export", "Write the stored declarations (current versions) as canonical CSV or NDJSON, in date order");
  ex->add_option("--from", eo->from, "First declaration date (YYYY-MM-DD; default: the earliest)");
  ex->add_option("--to", eo->to, "Last declaration date (default: the latest)");
  ex->add_option("--format", eo->format, "csv or ndjson (default: from the --out file name)")
      ->check(CLI::IsMember({"csv", "ndjson"}));
  ex->add_option("--out", eo->out, "The file to write (replaced when it exists)")->required();
  ex->add_flag(
      "--json", eo->json,
      "Last line: {\"declarations\",\"rows\",\"format\",\"from\",\"to\",\"attribute_columns\",\"out\"}");
  ex->footer(
      "CSV: the canonical columns of docs/formats.md, one row per item, then one column per attribute name "
      "found (kept as attributes when read back). NDJSON: the store's canonical JSON, one declaration a "
      "line. 'custos ingest' of the file into an empty store gives the same declarations with the same "
      "content digests. What CSV cannot carry (an empty attribute, an attribute named like a canonical "
      "column or differing from another only by case) refuses the CSV export, naming the declaration: use "
      "--format ndjson. The file is written whole or not at all; the export is audited "
      "(declarations.export).");
  ex->callback([&ctx, eo] { ctx.exit_code = run_export(ctx, *eo); });
}

const bool registered = register_command(40, setup);

}  // namespace
}  // namespace custos::cli
