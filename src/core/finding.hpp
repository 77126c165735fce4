#pragma once
// A Finding is how every analysis (profile, indicator, screening, permit
// check, model, spectrum) says something about a declaration: which source,
// which rule or entity, the fields and values that fired it, a weight, and a
// sentence an officer can act on. Nothing downstream needs to know which
// module produced one.
#include <nlohmann/json.hpp>
#include <string>

#include "core/domain.hpp"

namespace custos {

struct Finding {
  std::string source;  // "profile", "indicator", "screening", "permit", "model", "spectrum"
  std::string id;      // the rule, list entry or model that fired
  Domain domain = Domain::general;
  double weight = 0.0;                                 // contribution to the score, documented per source
  std::string reason;                                  // why, in words an officer can act on
  std::string instructions;                            // what the examining officer should do (may be empty)
  nlohmann::json evidence = nlohmann::json::object();  // fields, values, references compared
};

void to_json(nlohmann::json& j, const Finding& f);
void from_json(const nlohmann::json& j, Finding& f);

}  // namespace custos
