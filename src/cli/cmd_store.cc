// custos store copy --from PATH --to postgres://...: move a SQLite store whole
// onto PostgreSQL, and prove it with counts and digests.
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "cli/progress.hpp"
#include "store/postgres/copy_from_sqlite.hpp"
#include "store/sqlite/backup.hpp"

namespace custos::cli {
namespace {

struct Options {
  std::string from, to;
  bool json = false;
};

struct BackupOptions {
  std::string to;
  bool json = false;
};

int backup(Context& ctx, const BackupOptions& o) {
  const std::string from = ctx.db_path();
  if (is_postgres_location(from)) {
    std::cerr << "custos store backup: the store is on PostgreSQL; back it up with pg_dump or pg_basebackup "
                 "(docs/scale-out.md)\n";
    return kUsage;
  }
  const sqlite::BackupReport r = sqlite::backup(from, o.to);
  if (o.json)
    std::cout << nlohmann::json{{"from", from},
                                {"to", o.to},
                                {"pages", r.pages},
                                {"bytes", r.bytes},
                                {"integrity_ok", r.integrity_ok},
                                {"seconds", r.seconds}}
                     .dump()
              << "\n";
  else
    std::cout << "Backed up " << from << " to " << o.to << ": " << r.bytes << " bytes, integrity ok, in "
              << r.seconds << " s\n";
  return kOk;
}

int copy(const Options& o) {
  if (!is_postgres_location(o.to)) {
    std::cerr << "custos store copy: --to must be a PostgreSQL URL (postgres://USER@HOST:PORT/DBNAME)\n";
    return kUsage;
  }
  if (is_postgres_location(o.from)) {
    std::cerr << "custos store copy: --from must be a SQLite store file\n";
    return kUsage;
  }
  postgres::CopyReport r =
      postgres::copy_from_sqlite(o.from, o.to, [&](const std::string& table, int64_t rows) {
        if (!o.json) std::cerr << "  copied " << rows << " rows of " << table << "\r" << std::flush;
      });
  if (o.json) {
    nlohmann::json tables = nlohmann::json::array();
    for (const auto& t : r.tables)
      tables.push_back({{"table", t.table},
                        {"source_rows", t.source_rows},
                        {"target_rows", t.target_rows},
                        {"source_digest", t.source_digest},
                        {"target_digest", t.target_digest},
                        {"same", t.same()}});
    std::cout << nlohmann::json{{"ok", r.ok()},
                                {"from", o.from},
                                {"administrations", r.administrations},
                                {"tables", tables},
                                {"seconds", r.seconds}}
                     .dump()
              << "\n";
  } else {
    std::cerr << "\n";
    for (const auto& t : r.tables)
      std::cout << (t.same() ? "  same     " : "  DIFFERS  ") << t.table << ": " << t.source_rows
                << " rows -> " << t.target_rows << " rows, digest " << t.source_digest
                << (t.same() ? "" : " -> " + t.target_digest) << "\n";
    std::cout << (r.ok() ? "Copied" : "Copy differs:") << " " << r.tables.size() << " tables, "
              << r.administrations.size() << " administrations, from " << o.from << " in " << r.seconds
              << " s\n";
  }
  return r.ok() ? kOk : kFailure;
}

void setup(CLI::App& app, Context& ctx) {
  auto* group =
      app.add_subcommand("store", "Manage stores: back up a SQLite store, move one onto PostgreSQL");
  group->require_subcommand(1);
  auto o = std::make_shared<Options>();
  auto* cp = group->add_subcommand(
      "copy",
      "Copy a SQLite store whole (every table, every administration, versions, audit chain) into an empty "
      "PostgreSQL database, then compare row counts and content digests table by table");
  cp->add_option("--from", o->from, "The SQLite store file")->required()->check(CLI::ExistingFile);
  cp->add_option("--to", o->to, "The PostgreSQL database: postgres://USER@HOST:PORT/DBNAME (it must exist)")
      ->required();
  cp->add_flag("--json", o->json, "Print the comparison as JSON on the last line");
  cp->footer(
      "The SQLite store is brought to the current schema first; the target must hold no records. Exit code 0 "
      "when every table has the same count and digest on both sides, 1 when one differs, 4 when a store "
      "cannot be opened or written (then nothing is copied).");
  cp->callback([&ctx, o] { ctx.exit_code = copy(*o); });

  auto b = std::make_shared<BackupOptions>();
  auto* bk = group->add_subcommand(
      "backup",
      "Copy the SQLite store (--db) to a new file while it is in use (SQLite's online backup), then check "
      "the copy's integrity");
  bk->add_option("--to", b->to, "The backup file to write (it must not exist)")->required();
  bk->add_flag("--json", b->json, "Print what was written as JSON");
  bk->footer(
      "Safe while custos serve runs: the copy is consistent as of one moment. It is written to FILE.partial "
      "and "
      "renamed when whole and checked, mode 0600. Restore: stop the server, put the file in the store's "
      "place "
      "(docs/operations.md). Exit code 0 when written, 4 when the store cannot be read or FILE written.");
  bk->callback([&ctx, b] { ctx.exit_code = backup(ctx, *b); });
}

const bool registered = register_command(15, setup);

}  // namespace
}  // namespace custos::cli
