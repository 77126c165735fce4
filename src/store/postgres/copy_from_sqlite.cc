#include "store/postgres/copy_from_sqlite.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <map>
#include <pqxx/binarystring>
#include <pqxx/stream_to>
#include <set>
#include <utility>

#include "store/postgres/pg_store.hpp"
#include "store/postgres/schema.hpp"
#include "store/sqlite/doc_codec.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "store/sqlite/statement.hpp"

namespace custos::postgres {

bool CopyReport::ok() const {
  return !tables.empty() &&
         std::all_of(tables.begin(), tables.end(), [](const TableCopy& t) { return t.same(); });
}

namespace {

// Columns that hold a declaration document (compressed or, from schema 1, text).
bool is_document(const std::string& table, const std::string& column) {
  return column == "doc" && (table == "declarations" || table == "declaration_versions");
}

std::string double_text(double d) {
  char buf[32];
  auto [p, ec] = std::to_chars(buf, buf + sizeof buf, d);
  return std::string(buf, p);
}

// An order-independent digest of a table's rows: the sum (mod 2^64, twice)
// of each row's BLAKE2b-128. Each value enters as a tag (N null, B bytes,
// T anything else as text), its length and its bytes.
class RowsDigest {
 public:
  void begin_row() { row_.clear(); }
  void null() { row_ += "N;"; }
  void bytes(std::string_view b) { add('B', b); }
  void text(std::string_view t) { add('T', t); }
  void end_row() {
    unsigned char h[16];
    crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char*>(row_.data()), row_.size(), nullptr,
                       0);
    uint64_t a = 0, b = 0;
    std::memcpy(&a, h, 8);
    std::memcpy(&b, h + 8, 8);
    sum_[0] += a;
    sum_[1] += b;
    ++rows_;
  }
  int64_t rows() const { return rows_; }
  std::string hex() const {
    unsigned char raw[16];
    std::memcpy(raw, &sum_[0], 8);
    std::memcpy(raw + 8, &sum_[1], 8);
    char out[33];
    sodium_bin2hex(out, sizeof out, raw, sizeof raw);
    return out;
  }

 private:
  void add(char tag, std::string_view v) {
    row_.push_back(tag);
    row_ += std::to_string(v.size());
    row_.push_back(':');
    row_.append(v);
  }
  std::string row_;
  uint64_t sum_[2] = {0, 0};
  int64_t rows_ = 0;
};

std::vector<std::string> sqlite_tables(sqlite::Connection& c) {
  std::vector<std::string> out;
  sqlite::Statement s(c,
                      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                      "AND name <> 'schema_migrations' ORDER BY name");
  while (s.step()) out.push_back(s.text(0));
  return out;
}

std::vector<std::string> sqlite_columns(sqlite::Connection& c, const std::string& table) {
  std::vector<std::string> out;
  sqlite::Statement s(c, ("SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid").c_str());
  while (s.step()) out.push_back(s.text(0));
  return out;
}

std::string column_list(const std::vector<std::string>& columns) {
  std::string out;
  for (const auto& c : columns) out += (out.empty() ? "" : ", ") + c;
  return out;
}

// Tables in an order where every table comes after those its foreign keys
// reference on the target.
std::vector<std::string> in_dependency_order(PgConnection& pg, std::vector<std::string> tables) {
  std::map<std::string, std::set<std::string>> needs;
  for (const auto& row :
       pg.query("SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint "
                "WHERE contype = 'f' AND conrelid <> confrelid"))
    needs[row[0].c_str()].insert(row[1].c_str());
  std::vector<std::string> out;
  std::set<std::string> placed;
  while (!tables.empty()) {
    auto ready = std::find_if(tables.begin(), tables.end(), [&](const std::string& t) {
      for (const auto& n : needs[t])
        if (!placed.contains(n) && std::find(tables.begin(), tables.end(), n) != tables.end()) return false;
      return true;
    });
    if (ready == tables.end()) ready = tables.begin();  // a cycle: the target's checks will say
    placed.insert(*ready);
    out.push_back(*ready);
    tables.erase(ready);
  }
  return out;
}

// One COPY row of n fields (a null pointer is NULL): libpqxx 6.4's stream_to
// writes tuples only, so a row of n columns is a tuple of n pointers.
template <size_t... I>
void write_fields(pqxx::stream_to& s, const std::vector<const char*>& f, std::index_sequence<I...>) {
  s << std::make_tuple(f[I]...);
}
using RowWriter = void (*)(pqxx::stream_to&, const std::vector<const char*>&);
template <size_t... N>
constexpr std::array<RowWriter, sizeof...(N)> row_writers(std::index_sequence<N...>) {
  return {[](pqxx::stream_to& s, const std::vector<const char*>& f) {
    write_fields(s, f, std::make_index_sequence<N + 1>{});
  }...};
}
constexpr auto kRowWriters = row_writers(std::make_index_sequence<40>{});

class Documents {
 public:
  // Loads the dictionaries of one side.
  void add(const std::string& dict) { codec_.add_dictionary(dict); }
  std::string json(std::string_view frame) { return codec_.decode(frame); }
  // A schema-1 text document as a frame the PostgreSQL store reads.
  std::string frame(std::string_view json) { return codec_.encode(json); }

 private:
  sqlite::DocCodec codec_;
};

// Digest of one SQLite table, documents as their JSON.
RowsDigest digest_sqlite(sqlite::Connection& c, const std::string& table,
                         const std::vector<std::string>& columns, Documents& docs) {
  RowsDigest d;
  sqlite3_stmt* st = nullptr;
  // Statement keeps its handle private: read through the C API by position.
  sqlite3_prepare_v2(c.handle(), ("SELECT " + column_list(columns) + " FROM " + table).c_str(), -1, &st,
                     nullptr);
  std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> guard(st, sqlite3_finalize);
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    d.begin_row();
    for (size_t i = 0; i < columns.size(); ++i) {
      const int col = static_cast<int>(i);
      const auto* p = static_cast<const char*>(sqlite3_column_blob(st, col));
      const std::string_view v(p ? p : "", static_cast<size_t>(sqlite3_column_bytes(st, col)));
      switch (sqlite3_column_type(st, col)) {
        case SQLITE_NULL: d.null(); break;
        case SQLITE_FLOAT: d.text(double_text(sqlite3_column_double(st, col))); break;
        case SQLITE_BLOB:
          if (is_document(table, columns[i]))
            d.text(docs.json(v));
          else
            d.bytes(v);
          break;
        default: d.text(v);
      }
    }
    d.end_row();
  }
  if (rc != SQLITE_DONE) c.fail(("reading " + table).c_str());
  return d;
}

// Digest of the same table on PostgreSQL, read through a cursor.
RowsDigest digest_postgres(PgConnection& pg, const std::string& table,
                           const std::vector<std::string>& columns, Documents& docs) {
  constexpr pqxx::oid kBool = 16, kBytea = 17, kFloat4 = 700, kFloat8 = 701;
  RowsDigest d;
  pg.begin();
  pg.exec("DECLARE custos_copy_check NO SCROLL CURSOR FOR SELECT " + column_list(columns) + " FROM " + table);
  for (;;) {
    pqxx::result r = pg.query("FETCH 5000 FROM custos_copy_check");
    for (const auto& row : r) {
      d.begin_row();
      for (size_t i = 0; i < columns.size(); ++i) {
        const auto col = static_cast<pqxx::row::size_type>(i);
        const pqxx::field f = row[col];
        const pqxx::oid type = r.column_type(col);
        if (f.is_null())
          d.null();
        else if (type == kBytea && is_document(table, columns[i]))
          d.text(docs.json(pqxx::binarystring(f).str()));
        else if (type == kBytea)
          d.bytes(pqxx::binarystring(f).str());
        else if (type == kFloat4 || type == kFloat8)
          d.text(double_text(f.as<double>()));
        else if (type == kBool)
          d.text(f.c_str()[0] == 't' ? "1" : "0");
        else
          d.text(std::string_view(f.c_str(), f.size()));
      }
      d.end_row();
    }
    if (r.empty()) break;
  }
  pg.rollback();
  return d;
}

}  // namespace

CopyReport copy_from_sqlite(const std::string& sqlite_path, const std::string& postgres_url,
                            const std::function<void(const std::string&, int64_t)>& progress) {
  const auto t0 = std::chrono::steady_clock::now();
  if (!std::filesystem::exists(sqlite_path)) throw StoreError("no SQLite store at " + sqlite_path);
  // Both brought to the current schema (the same version numbers).
  const int version = sqlite::SqliteStore(sqlite_path).schema_version();
  if (PgStore(postgres_url).schema_version() != version)
    throw StoreError("the two stores are at different schema versions; upgrade Custos on both first");
  sqlite::Connection src(sqlite_path);
  PgConnection dst(postgres_url);
  dst.exec("SET client_min_messages = warning");

  const auto tables = in_dependency_order(dst, sqlite_tables(src));
  std::map<std::string, std::vector<std::string>> columns;
  for (const auto& t : tables) {
    if (dst.run("SELECT to_regclass($1) IS NULL", {t.c_str()})[0][0].as<bool>())
      throw StoreError("the PostgreSQL store has no table '" + t + "' (is it at the same Custos version?)");
    columns[t] = sqlite_columns(src, t);
    for (const auto& c : columns[t])
      if (dst.run("SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND "
                  "table_name = $1 AND column_name = $2",
                  {t.c_str(), c.c_str()})
              .empty())
        throw StoreError("the PostgreSQL table '" + t + "' has no column '" + c + "'");
    if (t != "administrations" && !dst.query("SELECT 1 FROM " + t + " LIMIT 1").empty())
      throw StoreError("the PostgreSQL store already holds rows in '" + t + "': copy into an empty database");
  }

  // The source's dictionaries decode its documents; the target gets the same.
  Documents source_docs;
  {
    sqlite::Statement s(src, "SELECT dictionary FROM document_dictionaries ORDER BY seq");
    while (s.step()) source_docs.add(s.blob(0));
  }

  dst.begin();
  dst.exec("DELETE FROM administrations");  // the target's own placeholder; the source's come next
  {
    sqlite::Statement months(src, "SELECT DISTINCT substr(date, 1, 7) FROM declarations");
    while (months.step()) dst.exec(create_partition_sql(months.text(0) + "-01"));
  }
  for (const auto& t : tables) {
    const auto& cols = columns[t];
    sqlite3_stmt* st = nullptr;
    const std::string select = "SELECT " + column_list(cols) + " FROM " + t;
    if (sqlite3_prepare_v2(src.handle(), select.c_str(), -1, &st, nullptr) != SQLITE_OK)
      src.fail(("reading " + t).c_str());
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> guard(st, sqlite3_finalize);
    int64_t n = 0;
    if (cols.empty() || cols.size() > kRowWriters.size())
      throw StoreError("table '" + t + "' has " + std::to_string(cols.size()) +
                       " columns; the copy handles 1 to " + std::to_string(kRowWriters.size()));
    const RowWriter write_row = kRowWriters[cols.size() - 1];
    try {
      pqxx::stream_to copy(dst.work(), t, cols);
      std::vector<std::string> values(cols.size());
      std::vector<const char*> fields(cols.size());
      int rc;
      while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        for (size_t i = 0; i < cols.size(); ++i) {
          const int col = static_cast<int>(i);
          const auto* p = static_cast<const char*>(sqlite3_column_blob(st, col));
          const std::string_view v(p ? p : "", static_cast<size_t>(sqlite3_column_bytes(st, col)));
          fields[i] = values[i].c_str();
          switch (sqlite3_column_type(st, col)) {
            case SQLITE_NULL: fields[i] = nullptr; break;
            case SQLITE_FLOAT: values[i] = double_text(sqlite3_column_double(st, col)); break;
            case SQLITE_BLOB: values[i] = bytea_hex(v); break;
            default: values[i] = is_document(t, cols[i]) ? bytea_hex(source_docs.frame(v)) : std::string(v);
          }
          if (fields[i]) fields[i] = values[i].c_str();
        }
        write_row(copy, fields);
        if (progress && (++n % 10000) == 0) progress(t, n);
      }
      copy.complete();
      if (rc != SQLITE_DONE) src.fail(("reading " + t).c_str());
    } catch (const StoreError&) {
      throw;
    } catch (...) {
      dst.fail("COPY " + t);
    }
    // Identity columns continue after the copied ids.
    for (const auto& row : dst.run("SELECT attname FROM pg_attribute WHERE attrelid = to_regclass($1) AND "
                                   "attidentity <> '' AND NOT attisdropped",
                                   {t.c_str()})) {
      const std::string c = row[0].c_str();
      dst.query("SELECT setval(pg_get_serial_sequence('" + t + "', '" + c + "'), coalesce(max(" + c +
                "), 0) + 1, false) FROM " + t);
    }
    if (progress) progress(t, n);
  }
  // The key table the PostgreSQL store keeps beside its partitions.
  dst.exec(
      "INSERT INTO declaration_ids(administration, id, date) SELECT administration, id, date FROM "
      "declarations");
  dst.commit();

  // Read both sides again and compare.
  CopyReport report;
  Documents target_docs;
  for (const auto& row : dst.query("SELECT dictionary FROM document_dictionaries ORDER BY seq"))
    target_docs.add(pqxx::binarystring(row[0]).str());
  for (const auto& t : tables) {
    TableCopy tc;
    tc.table = t;
    RowsDigest a = digest_sqlite(src, t, columns[t], source_docs);
    RowsDigest b = digest_postgres(dst, t, columns[t], target_docs);
    tc.source_rows = a.rows();
    tc.target_rows = b.rows();
    tc.source_digest = a.hex();
    tc.target_digest = b.hex();
    report.tables.push_back(std::move(tc));
  }
  // Every administration that holds a record, registered or not.
  std::set<std::string> administrations;
  for (const auto& t : tables) {
    const auto& cols = columns[t];
    const bool keyed =
        t == "administrations" || std::find(cols.begin(), cols.end(), "administration") != cols.end();
    if (!keyed) continue;
    for (const auto& row :
         dst.query("SELECT DISTINCT " + std::string(t == "administrations" ? "code" : "administration") +
                   " FROM " + t))
      administrations.insert(row[0].c_str());
  }
  report.administrations.assign(administrations.begin(), administrations.end());
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return report;
}

}  // namespace custos::postgres
