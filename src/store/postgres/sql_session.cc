#include "store/postgres/sql_session.hpp"

#include <charconv>
#include <pqxx/binarystring>

namespace custos::postgres {
namespace {

// Type oids (pg_type.h) the rows convert.
constexpr pqxx::oid kBool = 16, kBytea = 17, kInt8 = 20, kInt2 = 21, kInt4 = 23, kOid = 26, kFloat4 = 700,
                    kFloat8 = 701, kNumeric = 1700;

std::string number_text(double d) {
  char buf[32];
  auto [p, ec] = std::to_chars(buf, buf + sizeof buf, d);
  return std::string(buf, p);
}

sql::Value column(const pqxx::field& f, pqxx::oid type) {
  if (f.is_null()) return std::monostate{};
  switch (type) {
    case kBool: return static_cast<int64_t>(f.c_str()[0] == 't' ? 1 : 0);
    case kInt2:
    case kInt4:
    case kInt8:
    case kOid: return f.as<int64_t>();
    case kFloat4:
    case kFloat8: return f.as<double>();
    case kNumeric: {
      // sum() of integers is numeric: an integer when it has no fraction.
      const std::string_view s(f.c_str(), f.size());
      int64_t n = 0;
      auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
      if (ec == std::errc() && p == s.data() + s.size()) return n;
      return f.as<double>();
    }
    case kBytea: return sql::Blob{pqxx::binarystring(f).str()};
    default: return std::string(f.c_str(), f.size());
  }
}

}  // namespace

pqxx::result PgSession::run(std::string_view sql, const sql::Params& params) {
  const auto& values = params.values();
  std::vector<std::string> text(values.size());
  std::vector<const char*> ptrs(values.size(), nullptr);
  for (size_t i = 0; i < values.size(); ++i) {
    const sql::Value& v = values[i];
    if (const auto* n = std::get_if<int64_t>(&v))
      text[i] = std::to_string(*n);
    else if (const auto* d = std::get_if<double>(&v))
      text[i] = number_text(*d);
    else if (const auto* s = std::get_if<std::string>(&v))
      text[i] = *s;
    else if (const auto* b = std::get_if<sql::Blob>(&v))
      text[i] = bytea_hex(b->bytes);
    else
      continue;  // NULL
    ptrs[i] = text[i].c_str();
  }
  return conn_.run(sql, ptrs);
}

int64_t PgSession::execute(std::string_view sql, const sql::Params& params) {
  return static_cast<int64_t>(run(sql, params).affected_rows());
}

std::vector<sql::Row> PgSession::query(std::string_view sql, const sql::Params& params) {
  const pqxx::result r = run(sql, params);
  const auto ncol = static_cast<size_t>(r.columns());
  std::vector<pqxx::oid> types(ncol);
  for (size_t c = 0; c < ncol; ++c) types[c] = r.column_type(static_cast<pqxx::row::size_type>(c));
  std::vector<sql::Row> rows;
  rows.reserve(r.size());
  for (const auto& row : r) {
    std::vector<sql::Value> cols;
    cols.reserve(ncol);
    for (size_t c = 0; c < ncol; ++c)
      cols.push_back(column(row[static_cast<pqxx::row::size_type>(c)], types[c]));
    rows.emplace_back(std::move(cols));
  }
  return rows;
}

void PgSession::lock(std::string_view name) {
  if (conn_.depth() == 0)
    throw StoreError("lock('" + std::string(name) + "') needs an open transaction (sql::Transaction)");
  const std::string key = std::to_string(lock_key(name));
  conn_.run("SELECT pg_advisory_xact_lock(CAST($1 AS BIGINT))", {key.c_str()});
}

}  // namespace custos::postgres
