#include "core/finding.hpp"

namespace custos {

void to_json(nlohmann::json& j, const Finding& f) {
  j = nlohmann::json{{"source", f.source},    {"id", f.id},         {"domain", to_string(f.domain)},
                     {"weight", f.weight},    {"reason", f.reason}, {"instructions", f.instructions},
                     {"evidence", f.evidence}};
}

void from_json(const nlohmann::json& j, Finding& f) {
  f.source = j.value("source", "");
  f.id = j.value("id", "");
  f.domain = parse_domain(j.value("domain", "general")).value_or(Domain::general);
  f.weight = j.value("weight", 0.0);
  f.reason = j.value("reason", "");
  f.instructions = j.value("instructions", "");
  f.evidence = j.value("evidence", nlohmann::json::object());
}

}  // namespace custos
