// custos ingest: read declaration files into the store, with rejects.
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#if __has_include("records/permit.hpp")
#include "records/permit.hpp"
#endif
#include "audit/audit.hpp"
#include "cli/ingest_report.hpp"
#include "cli/progress.hpp"
#include "ingest/ingest.hpp"
#include "ingest/mapping.hpp"
#include "refdata/hs_nomenclature.hpp"
#include "targeting/assessments.hpp"

namespace custos::cli {
namespace {

struct Options {
  std::vector<std::string> files;
  std::string format, mapping, rejects;
  bool strict = false, json = false, lodge = false;
  size_t batch = 4096;
};

int run(Context& ctx, const Options& o) {
  IngestOptions io;
  if (!o.format.empty()) io.format = parse_format(o.format);
  std::unique_ptr<Mapping> mapping;
  if (!o.mapping.empty()) {
    try {
      mapping = Mapping::load(o.mapping, Context::data_dir());
    } catch (const MappingError& e) {
      std::cerr << "custos ingest: " << e.what() << "\n";
      return kBadInput;
    }
    io.mapping = mapping.get();
  }
  Store& store = ctx.store();
  HsNomenclatureSet nomenclature = HsNomenclatureSet::from_store(store);
  io.nomenclature = &nomenclature;
  io.rejects_path = o.rejects;
  io.strict = o.strict;
  io.batch_size = o.batch;
  if (o.lodge) {
    // Lodging for the assessment workers (custos worker): each stored or
    // amended version is queued, and the lodging audited, in its batch's
    // transaction.
    const audit::Actor actor = audit::command_line_actor();
    io.on_written = [actor](Store& st, const std::vector<Declaration>& batch,
                            const std::vector<PutStatus>& status) {
      std::vector<std::pair<std::string, int>> lodged;
      nlohmann::json ids = nlohmann::json::array();
      int64_t amended = 0;
      for (size_t i = 0; i < status.size(); ++i) {
        if (status[i] == PutStatus::duplicate) continue;
        int version = 1;
        if (status[i] == PutStatus::amended) {
          ++amended;
          auto h = st.history(batch[i].id);
          if (!h.empty()) version = h.back().version;
        }
        lodged.emplace_back(batch[i].id, version);
        if (ids.size() < 1000) ids.push_back(batch[i].id);
      }
      if (lodged.empty()) return;
      targeting::mark_unassessed(st, lodged);
      audit::record(st, actor, "declarations.lodge", "declarations:ingest",
                    {{"stored", static_cast<int64_t>(lodged.size())}, {"amended", amended}, {"ids", ids}});
    };
  }
  ProgressBar bar("ingest");
  io.progress = [&](int64_t done, int64_t total) { bar.update(done, total); };
  IngestCounts c;
  try {
    c = ingest_files(store, o.files, io);
  } catch (const StoreError&) {
    throw;
  } catch (const std::exception& e) {
    std::cerr << "custos ingest: " << e.what() << "\n";
    return kBadInput;
  }
#if __has_include("records/permit.hpp")
  // Stored and amended declarations draw on their permits (docs/records.md).
  if (int64_t n = records::refresh_draws(store))
    std::cout << "Permit draws updated for " << n << " declaration(s)\n";
#endif
  print_ingest_report(std::cout, c, o.rejects, o.json, nomenclature.editions());
  return c.refused_files.empty() ? kOk : kBadInput;
}

void setup(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<Options>();
  auto* cmd = app.add_subcommand(
      "ingest",
      "Read declaration files (canonical CSV, NDJSON, or a foreign layout through a mapping), check every "
      "record, store the good ones and report the rest with file, line, field and reason");
  cmd->add_option("files", o->files, "Declaration files to read")->required();
  cmd->add_option("--format", o->format, "csv or ndjson (default: from the file name)")
      ->check(CLI::IsMember({"csv", "tsv", "ndjson", "jsonl"}));
  cmd->add_option("--mapping", o->mapping,
                  "A foreign layout: the name of a shipped mapping (e.g. korea) or a mapping file (.toml)");
  cmd->add_option("--rejects", o->rejects,
                  "Write rejected records to this CSV (file, line, field, reason, text)");
  cmd->add_flag("--strict", o->strict,
                "Refuse a whole file if any record in it is bad (nothing of it is stored)");
  cmd->add_option("--batch", o->batch, "Declarations per transaction (default 4096)")
      ->check(CLI::Range(1, 1000000));
  cmd->add_flag("--lodge", o->lodge,
                "Lodge what is stored: queue each new or amended declaration for assessment by custos "
                "worker (in the same transaction as its batch)");
  cmd->add_flag("--json", o->json, "Print the counts as JSON on the last line");
  cmd->footer(
      "Counts add up: read = stored + rejected + duplicates. A declaration already stored with the same "
      "content is a duplicate; with changed content it is stored as an amendment and its history kept. "
      "Exit code 3 when a file cannot be read or --strict refused one.");
  cmd->callback([&ctx, o] { ctx.exit_code = run(ctx, *o); });
}

const bool registered = register_command(30, setup);

}  // namespace
}  // namespace custos::cli
