// custos outcomes ingest: record inspection results per declaration.
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "core/csv_reader.hpp"

namespace custos::cli {
namespace {

struct Options {
  std::string file, actor = "outcomes-ingest";
  bool json = false;
};

int run(Context& ctx, const Options& o) {
  std::unique_ptr<CsvReader> reader;
  try {
    reader = std::make_unique<CsvReader>(o.file);
  } catch (const std::exception& e) {
    std::cerr << "custos outcomes ingest: " << e.what() << "\n";
    return kBadInput;
  }
  CsvRecord rec;
  if (!reader->next(rec)) {
    std::cerr << o.file << ": empty file; expected a header with declaration_id and inspection_result\n";
    return kBadInput;
  }
  std::vector<std::string> header;
  for (std::string_view f : rec.fields) header.emplace_back(f);
  auto col = [&](std::string_view name) -> int {
    for (size_t i = 0; i < header.size(); ++i)
      if (header[i] == name) return static_cast<int>(i);
    return -1;
  };
  int id_col = col("declaration_id"), result_col = col("inspection_result");
  if (id_col < 0 || result_col < 0) {
    std::cerr << o.file << ":1: the header needs 'declaration_id' and 'inspection_result' columns "
              << "(optional: officer, date, seized_kg, detection_method, illicit_domain, notes)\n";
    return kBadInput;
  }
  int actor_col = col("officer");
  std::vector<Event> events;
  int64_t bad = 0;
  std::map<std::string, int64_t> by_result;
  Store& store = ctx.store();
  int64_t unknown = 0;
  while (reader->next(rec)) {
    auto fail = [&](const std::string& why) {
      ++bad;
      std::cerr << o.file << ":" << rec.line << ": " << why << " (row skipped)\n";
    };
    if (!rec.error.empty()) {
      fail(rec.error);
      continue;
    }
    if (rec.fields.size() != header.size()) {
      fail("expected " + std::to_string(header.size()) + " fields, found " +
           std::to_string(rec.fields.size()));
      continue;
    }
    std::string id(rec.fields[static_cast<size_t>(id_col)]);
    std::string result(rec.fields[static_cast<size_t>(result_col)]);
    if (id.empty()) {
      fail("empty declaration_id");
      continue;
    }
    auto parsed = parse_inspection_result(result);
    if (!parsed) {
      fail("inspection_result '" + result + "' is not clean, discrepancy or seizure");
      continue;
    }
    nlohmann::json data = nlohmann::json::object();
    for (size_t i = 0; i < header.size(); ++i)
      if (!rec.fields[i].empty()) data[header[i]] = std::string(rec.fields[i]);
    data["inspection_result"] = std::string(to_string(*parsed));
    data["source"] = o.file + ":" + std::to_string(rec.line);
    Event e;
    e.kind = "outcome";
    e.declaration_id = id;
    e.actor = actor_col >= 0 && !rec.fields[static_cast<size_t>(actor_col)].empty()
                  ? std::string(rec.fields[static_cast<size_t>(actor_col)])
                  : o.actor;
    e.data = data.dump();
    events.push_back(std::move(e));
    ++by_result[std::string(to_string(*parsed))];
  }
  for (const Event& e : events) {
    if (!store.get(e.declaration_id)) ++unknown;
    store.append_event(e);
  }
  std::cout << "Recorded " << events.size() << " inspection result(s) from " << o.file << ":";
  for (const auto& [k, n] : by_result) std::cout << " " << k << " " << n;
  std::cout << "\n";
  if (unknown) std::cout << unknown << " of them name declarations not in the store (kept all the same)\n";
  if (bad) std::cout << bad << " row(s) skipped, see the messages above\n";
  if (o.json)
    std::cout << nlohmann::json{{"recorded", events.size()},
                                {"skipped", bad},
                                {"by_result", by_result},
                                {"unknown_declarations", unknown}}
                     .dump()
              << "\n";
  return bad ? kBadInput : kOk;
}

void setup(CLI::App& app, Context& ctx) {
  auto* cmd =
      app.add_subcommand("outcomes", "Record what inspections found, to measure profiles and train models");
  cmd->require_subcommand(1);
  auto o = std::make_shared<Options>();
  auto* in = cmd->add_subcommand("ingest", "Record inspection results per declaration from a CSV file");
  in->add_option("file", o->file, "CSV with declaration_id, inspection_result (clean|discrepancy|seizure)")
      ->required()
      ->check(CLI::ExistingFile);
  in->add_option("--actor", o->actor, "Who recorded the results when the file has no officer column");
  in->add_flag("--json", o->json, "Print the counts as JSON on the last line");
  in->footer(
      "Optional columns kept with each result: officer, date, seized_kg, detection_method, illicit_domain, "
      "notes. Results are appended, never overwritten: the latest per declaration counts in 'custos profiles "
      "report'. Exit code 3 when some rows were skipped.");
  in->callback([&ctx, o] { ctx.exit_code = run(ctx, *o); });
}

const bool registered = register_command(54, setup);

}  // namespace
}  // namespace custos::cli
