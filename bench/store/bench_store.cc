// Store benchmark: ingest into PostgreSQL beside psql's \copy of the same
// canonical CSV into one plain table, and beside the SQLite store; then how a
// declaration document is best kept on PostgreSQL (jsonb, text, or Zstandard
// bytes), and what month partitions cost the ingest's merge.
//
//   CUSTOS_TEST_PG=postgres://... bench_store [--declarations N] [--repeat R] [--dir DIR]
//   CUSTOS_PG_DURABLE=1 scripts/with-postgres.sh build/bench/store/bench_store
//
// Each figure is the median of R runs, all in the same run of this program;
// the last line is JSON. Needs a PostgreSQL server (CUSTOS_TEST_PG, a
// superuser's URL: each run gets a database of its own). Run it with
// fsync on (CUSTOS_PG_DURABLE=1), as the SQLite store syncs every commit.
#include <fmt/format.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <pqxx/binarystring>
#include <pqxx/stream_to>
#include <string>
#include <vector>

#include "core/declaration_json.hpp"
#include "simulate/simulator.hpp"
#include "store/postgres/connection.hpp"
#include "store/sqlite/doc_codec.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using custos::postgres::PgConnection;

namespace {

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

double seconds(const std::function<void()>& f) {
  auto t0 = Clock::now();
  f();
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

void run(const std::string& cmd) {
  int rc = std::system(cmd.c_str());
  if (rc != 0) {
    fmt::print(stderr, "bench_store: command failed: {}\n", cmd);
    std::exit(1);
  }
}

std::string with_database(const std::string& url, const std::string& db) {
  const size_t scheme = url.find("://");
  const size_t slash = url.find('/', scheme + 3);
  return (slash == std::string::npos ? url : url.substr(0, slash)) + "/" + db;
}

// A new empty database on the server, dropped first if it exists.
std::string fresh_database(const std::string& server, const std::string& name) {
  PgConnection c(server);
  c.exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  c.exec("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
  return with_database(server, name);
}

double database_mb(const std::string& server, const std::string& name) {
  PgConnection c(server);
  auto r = c.run("SELECT pg_database_size($1)", {name.c_str()});
  return r[0][0].as<double>() / 1e6;
}

double sqlite_mb(const std::string& p) {
  double b = 0;
  for (const char* suffix : {"", "-wal"})
    if (fs::exists(p + suffix)) b += static_cast<double>(fs::file_size(p + suffix));
  return b / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
  int64_t declarations = 100000;
  int repeat = 3;
  std::string dir = fs::temp_directory_path() / "custos-bench-store";
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--declarations")
      declarations = std::atoll(argv[i + 1]);
    else if (a == "--repeat")
      repeat = std::atoi(argv[i + 1]);
    else if (a == "--dir")
      dir = argv[i + 1];
    else {
      fmt::print(stderr, "usage: bench_store [--declarations N] [--repeat R] [--dir DIR]\n");
      return 2;
    }
  }
  const char* server_env = std::getenv("CUSTOS_TEST_PG");
  if (!server_env || !*server_env) {
    fmt::print(stderr,
               "bench_store: CUSTOS_TEST_PG is not set; run it as\n"
               "  CUSTOS_PG_DURABLE=1 scripts/with-postgres.sh {} ...\n",
               argv[0]);
    return 2;
  }
  const std::string server = server_env;
  fs::create_directories(dir);
  const std::string csv = dir + "/bench.csv";
  custos::SimulationOptions sim;
  sim.declarations = declarations;
  sim.seed = 42;
  custos::simulate_to_file(sim, custos::Format::csv, csv);
  std::string header;
  int64_t rows = 0;
  {
    std::ifstream in(csv);
    std::getline(in, header);
    std::string line;
    while (std::getline(in, line)) ++rows;
  }

  // 1. Ingest: the custos binary into SQLite and into PostgreSQL; psql \copy
  //    of the same file into one table of text columns.
  std::vector<double> sqlite_s, pg_s, copy_s;
  double sqlite_size = 0, pg_size = 0, copy_size = 0;
  const std::string db = dir + "/bench.db";
  std::string columns;
  for (size_t from = 0; from <= header.size();) {
    size_t comma = header.find(',', from);
    if (comma == std::string::npos) comma = header.size();
    columns +=
        (columns.empty() ? "" : ", ") + std::string("\"") + header.substr(from, comma - from) + "\" TEXT";
    from = comma + 1;
  }
  for (int r = 0; r < repeat; ++r) {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db + suffix);
    sqlite_s.push_back(
        seconds([&] { run(fmt::format("{} --db {} ingest {} > /dev/null", CUSTOS_BINARY, db, csv)); }));
    sqlite_size = sqlite_mb(db);

    const std::string url = fresh_database(server, "custos_bench_ingest");
    run(fmt::format("{} --db '{}' init > /dev/null", CUSTOS_BINARY, url));
    pg_s.push_back(
        seconds([&] { run(fmt::format("{} --db '{}' ingest {} > /dev/null", CUSTOS_BINARY, url, csv)); }));
    pg_size = database_mb(server, "custos_bench_ingest");

    const std::string plain = fresh_database(server, "custos_bench_copy");
    run(fmt::format("psql -q '{}' -c 'CREATE TABLE items ({})'", plain, columns));
    copy_s.push_back(seconds(
        [&] { run(fmt::format("psql -q '{}' -c \"\\copy items FROM '{}' CSV HEADER\"", plain, csv)); }));
    copy_size = database_mb(server, "custos_bench_copy");
  }

  // 2. How to keep a document: the same documents written by COPY as jsonb,
  //    as text, and as Zstandard frames with a trained dictionary (bytea),
  //    then read back whole (and decompressed or parsed where needed).
  std::vector<custos::Declaration> decls;
  custos::SimulationOptions few = sim;
  few.declarations = std::min<int64_t>(declarations, 50000);
  custos::simulate(few, [&](const custos::Declaration& d) { decls.push_back(d); });
  std::vector<std::string> docs, frames;
  for (const auto& d : decls) docs.push_back(custos::to_canonical_json(d));
  custos::sqlite::DocCodec codec;
  codec.use_dictionary(custos::sqlite::DocCodec::train(docs));
  for (const auto& d : docs) frames.push_back(codec.encode(d));
  const std::string formats_url = fresh_database(server, "custos_bench_formats");
  PgConnection pg(formats_url);
  struct Format {
    const char* name;
    const char* type;
    std::vector<double> write_s, read_s;
    double mb = 0;
  };
  std::vector<Format> formats = {
      {"jsonb", "JSONB", {}, {}}, {"text", "TEXT", {}, {}}, {"zstd", "BYTEA", {}, {}}};
  for (int r = 0; r < repeat; ++r) {
    for (auto& f : formats) {
      const std::string table = std::string("doc_") + f.name;
      pg.exec("DROP TABLE IF EXISTS " + table + "; CREATE TABLE " + table + " (id TEXT PRIMARY KEY, doc " +
              f.type + " NOT NULL)");
      f.write_s.push_back(seconds([&] {
        pg.begin();
        pqxx::stream_to copy(pg.work(), table, std::vector<std::string>{"id", "doc"});
        for (size_t i = 0; i < docs.size(); ++i)
          copy << std::make_tuple(decls[i].id,
                                  f.type[0] == 'B' ? custos::postgres::bytea_hex(frames[i]) : docs[i]);
        copy.complete();
        pg.commit();
      }));
      pg.exec("CHECKPOINT");
      f.mb = pg.run("SELECT pg_total_relation_size($1)", {table.c_str()})[0][0].as<double>() / 1e6;
      f.read_s.push_back(seconds([&] {
        size_t n = 0;
        for (const auto& row : pg.query("SELECT doc FROM " + table)) {
          const std::string json =
              f.type[0] == 'B' ? codec.decode(pqxx::binarystring(row[0]).str()) : row[0].c_str();
          n += custos::declaration_from_json(nlohmann::json::parse(json)).items.size();
        }
        if (n == 0) std::abort();
      }));
    }
  }

  // 3. What month partitions cost the merge: the same staged rows inserted
  //    into one table keyed (administration, id), and into a key table plus
  //    a table partitioned by month keyed (administration, date, id).
  std::vector<double> plain_s, parted_s;
  pg.exec(
      "DROP TABLE IF EXISTS stage, plain_decl, part_decl, part_ids; "
      "CREATE TABLE stage (id TEXT COLLATE \"C\", date DATE, digest TEXT, doc BYTEA); "
      "CREATE TABLE plain_decl (administration TEXT, id TEXT COLLATE \"C\", date DATE, digest TEXT, doc "
      "BYTEA, "
      "PRIMARY KEY (administration, id)); CREATE INDEX ON plain_decl (administration, date, id); "
      "CREATE TABLE part_ids (administration TEXT, id TEXT COLLATE \"C\", date DATE, PRIMARY KEY "
      "(administration, id)); "
      "CREATE TABLE part_decl (administration TEXT, id TEXT COLLATE \"C\", date DATE, digest TEXT, doc "
      "BYTEA, "
      "PRIMARY KEY (administration, date, id)) PARTITION BY RANGE (date)");
  {
    pg.begin();
    pqxx::stream_to copy(pg.work(), "stage", std::vector<std::string>{"id", "date", "digest", "doc"});
    for (size_t i = 0; i < docs.size(); ++i)
      copy << std::make_tuple(decls[i].id, decls[i].date.str(), custos::digest_of_document(docs[i]),
                              custos::postgres::bytea_hex(frames[i]));
    copy.complete();
    pg.commit();
    for (const auto& row : pg.query("SELECT DISTINCT to_char(date, 'YYYY-MM') FROM stage")) {
      const std::string m = row[0].c_str();
      pg.exec("CREATE TABLE IF NOT EXISTS part_" + m.substr(0, 4) + "_" + m.substr(5, 2) +
              " PARTITION OF part_decl FOR VALUES FROM ('" + m + "-01') TO (('" + m +
              "-01'::date + interval '1 month')::date)");
    }
  }
  for (int r = 0; r < repeat; ++r) {
    pg.exec("TRUNCATE plain_decl, part_decl, part_ids; CHECKPOINT");
    plain_s.push_back(seconds([&] {
      pg.exec("INSERT INTO plain_decl SELECT 'XX', id, date, digest, doc FROM stage ON CONFLICT DO NOTHING");
    }));
    parted_s.push_back(seconds([&] {
      pg.exec(
          "BEGIN; WITH fresh AS (INSERT INTO part_ids SELECT 'XX', id, date FROM stage ON CONFLICT DO "
          "NOTHING "
          "RETURNING id) INSERT INTO part_decl SELECT 'XX', s.id, s.date, s.digest, s.doc FROM stage s JOIN "
          "fresh f "
          "USING (id); COMMIT");
    }));
  }

  const double sqlite_rate = static_cast<double>(rows) / median(sqlite_s);
  const double pg_rate = static_cast<double>(rows) / median(pg_s);
  const double copy_rate = static_cast<double>(rows) / median(copy_s);
  fmt::print("Custos store benchmark: {} declarations, {} item rows, median of {} runs\n", declarations, rows,
             repeat);
  fmt::print(
      "  ingest into PostgreSQL  {:>10.0f} rows/s  vs psql \\copy into one plain table {:.0f} rows/s: "
      "x{:.2f}\n",
      pg_rate, copy_rate, pg_rate / copy_rate);
  fmt::print("  ingest into SQLite      {:>10.0f} rows/s  PostgreSQL/SQLite x{:.2f}\n", sqlite_rate,
             pg_rate / sqlite_rate);
  fmt::print("  size: PostgreSQL database {:.1f} MB, \\copy's {:.1f} MB, SQLite file {:.1f} MB\n", pg_size,
             copy_size, sqlite_size);
  nlohmann::json out{{"declarations", declarations},
                     {"rows", rows},
                     {"pg_ingest_rows_per_s", pg_rate},
                     {"psql_copy_rows_per_s", copy_rate},
                     {"pg_ingest_vs_psql_copy", pg_rate / copy_rate},
                     {"sqlite_ingest_rows_per_s", sqlite_rate},
                     {"pg_vs_sqlite", pg_rate / sqlite_rate},
                     {"pg_mb", pg_size},
                     {"psql_copy_mb", copy_size},
                     {"sqlite_mb", sqlite_size}};
  fmt::print("  documents ({} of them), written by COPY and read back whole:\n", docs.size());
  for (const auto& f : formats) {
    fmt::print("    {:<6} write {:>8.0f} docs/s  read+parse {:>8.0f} docs/s  table {:.1f} MB\n", f.name,
               static_cast<double>(docs.size()) / median(f.write_s),
               static_cast<double>(docs.size()) / median(f.read_s), f.mb);
    out[std::string("doc_") + f.name] = {
        {"write_per_s", static_cast<double>(docs.size()) / median(f.write_s)},
        {"read_per_s", static_cast<double>(docs.size()) / median(f.read_s)},
        {"mb", f.mb}};
  }
  fmt::print(
      "  merge of {} staged declarations: one table {:.3f} s, key table + month partitions {:.3f} s "
      "(x{:.2f})\n",
      docs.size(), median(plain_s), median(parted_s), median(parted_s) / median(plain_s));
  out["merge_plain_s"] = median(plain_s);
  out["merge_partitioned_s"] = median(parted_s);
  {
    PgConnection c(server);
    for (const char* name : {"custos_bench_ingest", "custos_bench_copy", "custos_bench_formats"})
      c.exec(std::string("DROP DATABASE IF EXISTS ") + name + " WITH (FORCE)");
  }
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db + suffix);
  fs::remove(csv);
  fmt::print("{}\n", out.dump());
  return 0;
}
