#include "auth/administrations.hpp"

#include "auth/errors.hpp"
#include "core/clock.hpp"

namespace custos::auth {
namespace {

Administration from_row(const sql::Row& r) { return {r.text(0), r.text(1), r.boolean(2), r.text(3)}; }

void check_name(const std::string& name) {
  if (name.empty() || name.size() > 200)
    throw InvalidInput("name", "an administration's name must have 1 to 200 characters");
}

// Tables whose rows belong to an administration before any module adds its own.
constexpr const char* kRecordTables[] = {
    "declarations", "declaration_versions", "artifacts", "events", "audit_log", "users", "api_tokens"};

}  // namespace

void check_administration_code(const std::string& code) {
  bool ok = code.size() >= 2 && code.size() <= 8 && code[0] >= 'A' && code[0] <= 'Z';
  for (char c : code) ok = ok && ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-');
  if (!ok)
    throw InvalidInput(
        "code",
        "an administration code has 2 to 8 characters A-Z, 0-9 or '-' and starts with a letter "
        "(e.g. an ISO 3166 code: KH)");
}

std::vector<Administration> list_administrations(Store& store) {
  std::vector<Administration> out;
  for (const sql::Row& r :
       store.sql().query("SELECT code, name, own, created_at FROM administrations ORDER BY code"))
    out.push_back(from_row(r));
  return out;
}

std::optional<Administration> find_administration(Store& store, const std::string& code) {
  auto r = store.sql().query_one("SELECT code, name, own, created_at FROM administrations WHERE code = $1",
                                 {sql::text(code)});
  if (!r) return std::nullopt;
  return from_row(*r);
}

Administration add_administration(Store& store, const audit::Actor& actor, const std::string& code,
                                  const std::string& name) {
  check_administration_code(code);
  check_name(name);
  sql::Transaction tx(store.sql());
  Administration a{code, name, false, utc_now()};
  store.sql().execute("INSERT INTO administrations(code, name, own, created_at) VALUES ($1, $2, 0, $3)",
                      {sql::text(code), sql::text(name), sql::text(a.created_at)});
  audit::record(store, actor, "administration.add", "administration:" + code,
                {{"code", code}, {"name", name}});
  tx.commit();
  return a;
}

bool name_own_administration(Store& store, const audit::Actor& actor, const std::string& code,
                             const std::string& name) {
  check_administration_code(code);
  check_name(name);
  sql::Session& db = store.sql();
  sql::Transaction tx(db);
  const std::string own = store.own_administration();
  auto current = find_administration(store, own);
  if (own == code) {
    if (current && current->name == name) return false;
    db.execute("UPDATE administrations SET name = $1 WHERE code = $2", {sql::text(name), sql::text(code)});
    store.set_administration(code);
    audit::record(store, actor, "administration.rename", "administration:" + code,
                  {{"code", code}, {"name", name}, {"previous_name", current ? current->name : ""}});
    tx.commit();
    return true;
  }
  if (own != "XX")
    throw InvalidInput("code",
                       "this store's own administration is " + own + "; it cannot be renamed to " + code);
  for (const char* table : kRecordTables) {
    auto n = db.query_one(std::string("SELECT count(*) FROM ") + table + " WHERE administration = 'XX'");
    if (n && n->integer(0) > 0)
      throw InvalidInput("code", std::string("the store already holds records of XX (in ") + table +
                                     "); name the administration before storing anything");
  }
  if (find_administration(store, code))
    throw InvalidInput("code", "administration " + code + " already exists in this store as a partner");
  db.execute("UPDATE administrations SET code = $1, name = $2 WHERE own = 1",
             {sql::text(code), sql::text(name)});
  store.set_administration(code);
  audit::record(store, actor, "administration.name_own", "administration:" + code,
                {{"code", code}, {"name", name}, {"previous_code", own}});
  tx.commit();
  return true;
}

}  // namespace custos::auth
