// custos declarations show ID: one stored declaration, with its history.
#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "core/declaration_json.hpp"

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

void setup(CLI::App& app, Context& ctx) {
  auto* group = app.add_subcommand("declarations", "Look at stored declarations");
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
}

const bool registered = register_command(40, setup);

}  // namespace
}  // namespace custos::cli
