#pragma once
// Joint operations (DEMETER and the like): a name, dates, domains, the
// participating administrations and the coordinating one. Kept per
// administration: each participant records the operation it takes part in.
// Exchange records (seizures, alerts, feedback) may be tagged with one; a
// record of level `operation` travels to its participants only.
#include <optional>
#include <string>
#include <vector>

#include "audit/audit.hpp"
#include "core/date.hpp"
#include "store/store.hpp"

namespace custos::exchange {

struct Operation {
  std::string name;
  Date from, to;
  std::vector<std::string> domains;       // core/domain.hpp names
  std::vector<std::string> participants;  // administration codes
  std::string coordinator;                // an administration code, one of the participants
  std::string created_at;
};

// Checks and stores a new operation for the current administration (audited
// as operation.add). Throws auth::InvalidInput naming the field (name, from,
// to, domains, participants, coordinator), ConflictError when the name exists.
Operation add_operation(Store& store, const audit::Actor& actor, Operation op);
std::vector<Operation> list_operations(Store& store);
std::optional<Operation> find_operation(Store& store, const std::string& name);

// "a,b , c" -> {"a","b","c"} (empty items dropped).
std::vector<std::string> split_list(const std::string& text);

}  // namespace custos::exchange
