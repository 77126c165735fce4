#include "exchange/operation_summary.hpp"

#include <map>
#include <stdexcept>

#include "exchange/exchange.hpp"
#include "exchange/operations.hpp"

namespace custos::exchange {
namespace {

using nlohmann::json;
using Sums = std::map<std::pair<std::string, bool>, double>;

json quantities(const Sums& sums) {
  json out = json::array();
  for (const auto& [key, amount] : sums)
    out.push_back({{"unit", key.first}, {"estimated", key.second}, {"amount", amount}});
  return out;
}

}  // namespace

json operation_summary(Store& store, const std::string& operation) {
  auto op = find_operation(store, operation);
  if (!op) throw std::invalid_argument("no operation " + operation + " here");
  struct Reporter {
    int64_t seizures = 0;
    std::map<std::string, int64_t> domains;
    Sums sums;
    json records = json::array();
  };
  std::map<std::string, Reporter> by;
  Sums total;
  int64_t total_seizures = 0;
  for (const StoredRecord& s : current_records(store, "seizure")) {
    const Record& r = s.record;
    if (r.operation != operation || r.status != "active" || r.level == Level::administration) continue;
    Reporter& rep = by[r.issuer];
    ++rep.seizures;
    ++total_seizures;
    ++rep.domains[r.data.value("domain", "general")];
    for (const json& q : r.data.value("quantities", json::array())) {
      const std::pair<std::string, bool> key{q.value("unit", ""), q.value("estimated", false)};
      rep.sums[key] += q.value("amount", 0.0);
      total[key] += q.value("amount", 0.0);
    }
    rep.records.push_back({{"uuid", r.uuid},
                           {"version", r.version},
                           {"date", r.data.value("date", "")},
                           {"country", r.data.value("country", "")},
                           {"commodity", r.data.value("commodity", "")}});
  }
  json admins = json::array();
  json silent = json::array();
  for (const auto& [code, rep] : by)
    admins.push_back({{"administration", code},
                      {"seizures", rep.seizures},
                      {"domains", rep.domains},
                      {"quantities", quantities(rep.sums)},
                      {"records", rep.records}});
  for (const auto& p : op->participants)
    if (!by.contains(p)) silent.push_back(p);
  return {{"operation", op->name},
          {"coordinator", op->coordinator},
          {"participants", op->participants},
          {"administrations", admins},
          {"total", {{"seizures", total_seizures}, {"quantities", quantities(total)}}},
          {"silent", silent}};
}

}  // namespace custos::exchange
