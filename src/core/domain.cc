#include "core/domain.hpp"

namespace custos {

std::string_view to_string(Domain d) {
  switch (d) {
    case Domain::waste: return "waste";
    case Domain::ozone: return "ozone";
    case Domain::cultural: return "cultural";
    case Domain::strategic: return "strategic";
    case Domain::precursors: return "precursors";
    case Domain::wildlife: return "wildlife";
    case Domain::fiscal: return "fiscal";
    case Domain::general: return "general";
  }
  return "general";
}

std::optional<Domain> parse_domain(std::string_view text) {
  for (Domain d : kAllDomains)
    if (to_string(d) == text) return d;
  return std::nullopt;
}

}  // namespace custos
