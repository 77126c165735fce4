#include "store/postgres/connection.hpp"

#include <sodium.h>

#include <cstring>
#include <pqxx/except>
#include <pqxx/prepared_statement>

namespace custos::postgres {

std::string without_password(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return std::string(url);
  const size_t at = url.find('@', scheme + 3);
  const size_t colon = url.find(':', scheme + 3);
  if (at == std::string_view::npos || colon == std::string_view::npos || colon > at) return std::string(url);
  return std::string(url.substr(0, colon)) + std::string(url.substr(at));
}

int64_t lock_key(std::string_view name) {
  unsigned char out[crypto_generichash_BYTES_MIN];
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(name.data()), name.size(),
                     nullptr, 0);
  int64_t key = 0;
  std::memcpy(&key, out, sizeof key);
  return key;
}

std::string bytea_hex(std::string_view bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.resize(2 + 2 * bytes.size());
  out[0] = '\\';
  out[1] = 'x';
  for (size_t i = 0; i < bytes.size(); ++i) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    out[2 + 2 * i] = kHex[b >> 4];
    out[3 + 2 * i] = kHex[b & 15];
  }
  return out;
}

PgConnection::PgConnection(const std::string& url) : where_(without_password(url)) {
  try {
    conn_ = std::make_unique<pqxx::connection>(url);
    work_ = std::make_unique<pqxx::nontransaction>(*conn_, "custos");
  } catch (const std::exception& e) {
    std::string why = e.what();
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    throw StoreError("cannot open the PostgreSQL store " + where_ + ": " + why);
  }
}

PgConnection::~PgConnection() {
  if (depth_ > 0) {
    try {
      work_->exec("ROLLBACK");
    } catch (...) {  // the connection is closing anyway
    }
  }
}

void PgConnection::fail(std::string_view sql) const {
  const std::string in = " (in: " + std::string(sql.substr(0, 100)) + ")";
  try {
    throw;
  } catch (const pqxx::sql_error& e) {
    std::string why = e.what();
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    if (e.sqlstate() == "23505") throw ConflictError(why + in);
    throw StoreError(why + in);
  } catch (const pqxx::broken_connection& e) {
    throw StoreError("lost the connection to the PostgreSQL store " + where_ + ": " + e.what());
  } catch (const StoreError&) {
    throw;
  } catch (const std::exception& e) {
    throw StoreError(std::string(e.what()) + in);
  }
}

void PgConnection::exec(const std::string& sql) {
  try {
    work_->exec(sql);
  } catch (...) {
    fail(sql);
  }
}

pqxx::result PgConnection::query(const std::string& sql) {
  try {
    return work_->exec(sql);
  } catch (...) {
    fail(sql);
  }
}

pqxx::result PgConnection::run(std::string_view sql, const std::vector<const char*>& params) {
  try {
    auto it = prepared_.find(sql);
    if (it == prepared_.end()) {
      std::string name = "c" + std::to_string(prepared_.size() + 1);
      conn_->prepare(name, std::string(sql));
      it = prepared_.emplace(std::string(sql), std::move(name)).first;
    }
    return work_->exec_prepared(it->second, pqxx::prepare::make_dynamic_params(params));
  } catch (...) {
    fail(sql);
  }
}

void PgConnection::set_tenant(const std::string& code) {
  run("SELECT set_config('custos.tenant', $1, false)", {code.c_str()});
  tenant_ = code;
}

void PgConnection::begin() {
  if (depth_ == 0) {
    // One round trip: BEGIN and the transaction's tenant together.
    exec(tenant_.empty() ? std::string("BEGIN")
                         : "BEGIN; SELECT set_config('custos.tenant', " + conn_->quote(tenant_) + ", true)");
  } else {
    exec("SAVEPOINT s" + std::to_string(depth_));
  }
  ++depth_;
}

void PgConnection::commit() {
  if (depth_ == 0) throw StoreError("commit without a transaction");
  if (depth_ == 1) {
    // A failed COMMIT ends the transaction all the same.
    depth_ = 0;
    exec("COMMIT");
    return;
  }
  exec("RELEASE SAVEPOINT s" + std::to_string(depth_ - 1));
  --depth_;
}

void PgConnection::rollback() {
  if (depth_ == 0) return;
  --depth_;
  if (depth_ == 0) {
    exec("ROLLBACK");
  } else {
    const std::string name = "s" + std::to_string(depth_);
    exec("ROLLBACK TO SAVEPOINT " + name + "; RELEASE SAVEPOINT " + name);
  }
}

}  // namespace custos::postgres
