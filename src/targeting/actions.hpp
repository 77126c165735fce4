#pragma once
// What officers record about a lodged declaration: the inspection outcome,
// and a supervisor's lane override with its mandatory reason. Both are
// append-only store events (kinds "outcome" and "override", the same the
// command line writes), audited in the same transaction.
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "audit/audit.hpp"
#include "core/declaration.hpp"
#include "risk/lane.hpp"
#include "store/store.hpp"

namespace custos::targeting {

// A value that is not acceptable, naming its field.
class InvalidInput : public std::invalid_argument {
 public:
  InvalidInput(std::string field, const std::string& reason)
      : std::invalid_argument(reason), field_(std::move(field)) {}
  const std::string& field() const { return field_; }

 private:
  std::string field_;
};

struct OutcomeInput {
  std::string inspection_result;  // clean | discrepancy | seizure
  std::optional<bool> fraud;
  std::string illicit_domain;  // a domain name, or empty
  std::string notes;
};

// Throws InvalidInput; returns the event id.
int64_t record_outcome(Store& store, const audit::Actor& actor, std::string_view declaration_id,
                       const OutcomeInput& in);

// The latest recorded outcome (the event's data with "officer" and "at"), if any.
std::optional<nlohmann::json> latest_outcome(Store& store, std::string_view declaration_id);

// What learning reads: each declaration's latest recorded outcome (outcome
// events: officers' results through the API or `custos outcomes ingest`,
// seizure records) over the outcome it was lodged with. The result replaces
// the inspection; "fraud" when given (else a clean result means no fraud);
// the domain is the event's, so a later clean result clears an earlier one.
void apply_recorded_outcomes(Store& store, std::vector<Declaration>& declarations);

// Throws InvalidInput for a blank reason or an unknown lane; returns the
// event id. The stored assessment takes the new lane at once.
int64_t record_override(Store& store, const audit::Actor& actor, std::string_view declaration_id,
                        std::string_view lane, const std::string& reason);

}  // namespace custos::targeting
