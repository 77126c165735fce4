#pragma once
// The enforcement domains Custos works in. Every finding, profile and
// illicit-case label names one.
#include <optional>
#include <string_view>

namespace custos {

enum class Domain : unsigned char {
  waste,       // Basel Convention: plastic, e-waste, hazardous waste
  ozone,       // Montreal Protocol / Kigali: ODS and HFCs
  cultural,    // cultural property
  strategic,   // strategic and dual-use goods, sanctions
  precursors,  // explosive precursors
  wildlife,    // CITES
  fiscal,      // revenue: valuation, origin, classification
  general,     // anything else
};

inline constexpr Domain kAllDomains[] = {Domain::waste,     Domain::ozone,      Domain::cultural,
                                         Domain::strategic, Domain::precursors, Domain::wildlife,
                                         Domain::fiscal,    Domain::general};
// The six domains of illicit trade the simulator and evaluations cover.
inline constexpr Domain kIllicitDomains[] = {Domain::waste,     Domain::ozone,      Domain::cultural,
                                             Domain::strategic, Domain::precursors, Domain::wildlife};

std::string_view to_string(Domain d);
std::optional<Domain> parse_domain(std::string_view text);

}  // namespace custos
