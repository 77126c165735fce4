// custos refdata import hs FILE --edition 2022|2017
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "refdata/hs_import.hpp"

namespace custos::cli {
namespace {

void setup(CLI::App& app, Context& ctx) {
  auto* group = app.add_subcommand(
      "refdata", "Import reference data (tariff nomenclatures) used to check and describe declarations");
  group->require_subcommand(1);
  auto* imp = group->add_subcommand("import", "Import a reference file");
  imp->require_subcommand(1);
  auto* hs = imp->add_subcommand(
      "hs",
      "Import a Harmonized System nomenclature (CSV: section,hscode,description,parent,level). "
      "Once imported, ingest rejects HS codes that are not subheadings of an imported edition");
  auto file = std::make_shared<std::string>();
  auto edition = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  hs->add_option("file", *file, "The nomenclature CSV")->required()->check(CLI::ExistingFile);
  hs->add_option("--edition", *edition, "HS edition: 2022 or 2017")
      ->required()
      ->check(CLI::IsMember({"2022", "2017"}));
  hs->add_flag("--json", *json, "Print the result as JSON");
  hs->callback([&ctx, file, edition, json] {
    HsImportResult r;
    try {
      r = read_hs_nomenclature(*file);
    } catch (const std::exception& e) {
      std::cerr << "custos refdata import hs: " << e.what() << "\n";
      ctx.exit_code = kBadInput;
      return;
    }
    for (const auto& p : r.problems) std::cerr << *file << ":" << p.line << ": " << p.reason << "\n";
    if (r.entries.empty()) {
      std::cerr << "custos refdata import hs: no usable rows; nothing imported\n";
      ctx.exit_code = kBadInput;
      return;
    }
    ctx.store().replace_nomenclature(*edition, r.entries, *file);
    if (*json) {
      std::cout << nlohmann::json{{"edition", *edition},
                                  {"rows", r.rows},
                                  {"imported", r.entries.size()},
                                  {"rejected", r.problems.size()},
                                  {"skipped", r.skipped}}
                       .dump()
                << "\n";
    } else {
      std::cout << "Imported HS " << *edition << ": " << r.entries.size() << " codes from " << r.rows
                << " rows";
      if (r.skipped > 0) std::cout << " (" << r.skipped << " rows are not codes: the tree's root or empty)";
      if (!r.problems.empty()) std::cout << " (" << r.problems.size() << " rows rejected, listed above)";
      std::cout << "\n";
    }
  });
}

const bool registered = register_command(25, setup);

}  // namespace
}  // namespace custos::cli
