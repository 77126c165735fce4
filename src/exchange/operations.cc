#include "exchange/operations.hpp"

#include <algorithm>

#include "auth/administrations.hpp"
#include "auth/errors.hpp"
#include "core/clock.hpp"
#include "core/domain.hpp"

namespace custos::exchange {
namespace {

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ",") + s;
  return out;
}

Operation from_row(const sql::Row& r) {
  Operation op;
  op.name = r.text(0);
  op.from = Date::parse(r.text(1)).value_or(Date{});
  op.to = Date::parse(r.text(2)).value_or(Date{});
  op.domains = split_list(r.text(3));
  op.participants = split_list(r.text(4));
  op.coordinator = r.text(5);
  op.created_at = r.text(6);
  return op;
}

constexpr const char* kColumns = "name, date_from, date_to, domains, participants, coordinator, created_at";

}  // namespace

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    std::string item = text.substr(start, end - start);
    item.erase(0, item.find_first_not_of(" \t"));
    item.erase(item.find_last_not_of(" \t") + 1);
    if (!item.empty()) out.push_back(item);
    start = end + 1;
  }
  return out;
}

Operation add_operation(Store& store, const audit::Actor& actor, Operation op) {
  if (op.name.empty() || op.name.size() > 100 || op.name.find_first_of(",\n\r\t") != std::string::npos)
    throw auth::InvalidInput("name", "an operation's name has 1 to 100 characters, without commas or tabs");
  if (op.to < op.from) throw auth::InvalidInput("to", "the operation ends (--to) before it starts (--from)");
  if (op.domains.empty()) throw auth::InvalidInput("domains", "name at least one domain (e.g. waste,ozone)");
  for (auto& d : op.domains) {
    auto parsed = parse_domain(d);
    if (!parsed) throw auth::InvalidInput("domains", "unknown domain '" + d + "'");
    d = std::string(to_string(*parsed));
  }
  if (op.participants.empty())
    throw auth::InvalidInput("participants", "name the participating administrations (e.g. KH,TH,VN)");
  for (const auto& p : op.participants) auth::check_administration_code(p);
  std::sort(op.participants.begin(), op.participants.end());
  op.participants.erase(std::unique(op.participants.begin(), op.participants.end()), op.participants.end());
  auth::check_administration_code(op.coordinator);
  if (!std::binary_search(op.participants.begin(), op.participants.end(), op.coordinator))
    throw auth::InvalidInput("coordinator",
                             "the coordinator " + op.coordinator + " is not among the participants");
  if (!std::binary_search(op.participants.begin(), op.participants.end(), store.administration()))
    throw auth::InvalidInput(
        "participants", "this administration (" + store.administration() + ") is not among the participants");
  op.created_at = utc_now();
  sql::Transaction tx(store.sql());
  store.sql().execute(
      "INSERT INTO operations(administration, name, date_from, date_to, domains, participants, coordinator, "
      "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      {sql::text(store.administration()), sql::text(op.name), sql::text(op.from.str()),
       sql::text(op.to.str()), sql::text(join(op.domains)), sql::text(join(op.participants)),
       sql::text(op.coordinator), sql::text(op.created_at)});
  audit::record(store, actor, "operation.add", "operation:" + op.name,
                {{"name", op.name},
                 {"from", op.from.str()},
                 {"to", op.to.str()},
                 {"domains", op.domains},
                 {"participants", op.participants},
                 {"coordinator", op.coordinator}});
  tx.commit();
  return op;
}

std::vector<Operation> list_operations(Store& store) {
  std::vector<Operation> out;
  for (const sql::Row& r : store.sql().query(
           std::string("SELECT ") + kColumns + " FROM operations WHERE administration = $1 ORDER BY name",
           {sql::text(store.administration())}))
    out.push_back(from_row(r));
  return out;
}

std::optional<Operation> find_operation(Store& store, const std::string& name) {
  auto r = store.sql().query_one(
      std::string("SELECT ") + kColumns + " FROM operations WHERE administration = $1 AND name = $2",
      {sql::text(store.administration()), sql::text(name)});
  if (!r) return std::nullopt;
  return from_row(*r);
}

}  // namespace custos::exchange
