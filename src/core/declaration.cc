#include "core/declaration.hpp"

#include <algorithm>

namespace custos {
namespace {

bool iequals(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](char x, char y) { return (x | 0x20) == (y | 0x20); });
}

}  // namespace

std::string_view to_string(Flow f) {
  switch (f) {
    case Flow::import: return "import";
    case Flow::export_: return "export";
    case Flow::transit: return "transit";
  }
  return "import";
}

std::optional<Flow> parse_flow(std::string_view t) {
  if (iequals(t, "import") || iequals(t, "im")) return Flow::import;
  if (iequals(t, "export") || iequals(t, "ex")) return Flow::export_;
  if (iequals(t, "transit") || iequals(t, "tr") || iequals(t, "t")) return Flow::transit;
  return std::nullopt;
}

std::string_view to_string(InspectionResult r) {
  switch (r) {
    case InspectionResult::clean: return "clean";
    case InspectionResult::discrepancy: return "discrepancy";
    case InspectionResult::seizure: return "seizure";
  }
  return "clean";
}

std::optional<InspectionResult> parse_inspection_result(std::string_view t) {
  if (iequals(t, "clean")) return InspectionResult::clean;
  if (iequals(t, "discrepancy")) return InspectionResult::discrepancy;
  if (iequals(t, "seizure")) return InspectionResult::seizure;
  return std::nullopt;
}

std::optional<double> Item::unit_value_per_kg() const {
  if (!value || !net_mass_kg || *net_mass_kg <= 0) return std::nullopt;
  return *value / *net_mass_kg;
}

bool Item::has_document(std::string_view type) const {
  return std::any_of(documents.begin(), documents.end(), [&](const Document& d) { return d.type == type; });
}

const std::string* Declaration::attribute(std::string_view name) const {
  for (const auto& [k, v] : attributes)
    if (k == name) return &v;
  return nullptr;
}

}  // namespace custos
