#pragma once
// What the participants shared in an operation, for the coordinator's
// closing report (`custos report operation` of the records module reads it):
// the current, unretracted seizures tagged with the operation, this
// administration's own and those received from partners, summed per
// reporting administration and in total. Quantities are summed per unit and
// estimated figures kept apart from measured ones (tonnes and unweighed
// pieces are never added together).
#include <nlohmann/json.hpp>
#include <string>

#include "store/store.hpp"

namespace custos::exchange {

// {"operation", "coordinator", "participants", "administrations": [{"administration",
//  "seizures", "domains": {domain: n}, "quantities": [{"unit","estimated","amount"}],
//  "records": [{"uuid","version","date","country","commodity"}]}], "total": {"seizures", "quantities"},
//  "silent": [participants that shared no seizure]}; throws std::invalid_argument for an unknown operation.
nlohmann::json operation_summary(Store& store, const std::string& operation);

}  // namespace custos::exchange
