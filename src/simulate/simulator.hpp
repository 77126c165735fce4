#pragma once
// Synthetic trade for demos, tests, benchmarks and training exercises:
// deterministic by seed. Legitimate trade has realistic structure (recurring
// traders with a line of business, usual suppliers and routes, HS mix, unit
// values with natural spread, multi-item declarations, lawful sensitive trade
// carrying its permits). Mixed in are disguised illicit cases for each of the
// six enforcement domains, and fiscal fraud, labelled in the outcome columns.
//
// The simulated administration is a sea/air hub (default country NL): it
// sees imports, exports and transit, so every domain's typical route passes
// through it.
#include <cstdint>
#include <functional>
#include <string>

#include "core/declaration.hpp"
#include "ingest/declaration_reader.hpp"

namespace custos {

struct SimulationOptions {
  int64_t declarations = 20000;
  uint64_t seed = 1;
  Date first_day = Date::from_ymd(2026, 3, 2).value();
  int days = 1;                   // declarations spread evenly over these days
  std::string country = "NL";     // the administration's own country
  double illicit_share = 0.01;    // share of declarations hiding one of the six domains
  double fiscal_share = 0.02;     // share with undervaluation (fiscal fraud)
  double inspected_share = 0.08;  // legitimate declarations that carry an inspection result
  // Lawful declarations that are a postal or express parcel to a private
  // person (simulate/parcels.hpp). Drawn from a stream of their own, so the
  // other declarations are the same whatever the share.
  double parcel_share = 0.05;
};

// Calls `emit` for every declaration, in date order.
void simulate(const SimulationOptions& options, const std::function<void(const Declaration&)>& emit);

// Writes the simulation as canonical CSV or NDJSON with outcome columns.
// Throws std::runtime_error when the file cannot be written.
void simulate_to_file(const SimulationOptions& options, Format format, const std::string& path);

}  // namespace custos
