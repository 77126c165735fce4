#pragma once
// The operation report (docs/records.md): seizures between two dates, of
// an operation and a domain if given, counted by domain and commodity, by
// country and route, by detection method, with the profiles that hit the
// seized declarations. Pieces and weights are never added: t and g are
// converted to kg; l, m3 and pcs stay apart; estimates are counted in and
// said so.
//
// For the coordinator of a joint operation (exchange: `custos operations add
// ... --coordinator`), the report of that operation also carries
// "partners": the participants' shared seizures as
// exchange::operation_summary() sums them, with who reported what; null for
// any other report.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/date.hpp"
#include "risk/profile_engine.hpp"
#include "store/store.hpp"

namespace custos::report {

struct OperationQuery {
  std::string name;  // operation; empty = every seizure in the period
  Date from, to;
  std::string domain;
};

// The report as JSON. `profiles` (may be null) is matched against the stored
// declarations the seizures name, for the top profiles by seizures.
nlohmann::json operation_report(Store& store, const OperationQuery& q,
                                risk::ProfileEngine* profiles = nullptr);

// A self-contained HTML page (inline CSS and SVG charts, no script, nothing fetched).
std::string operation_html(const nlohmann::json& report);

// Prints `html` to `pdf_path` with headless Chromium; throws std::runtime_error
// with the reason when it cannot.
void html_to_pdf(const std::string& html, const std::string& pdf_path,
                 const std::string& chromium = "/usr/bin/chromium");

// Per profile: hits, inspections, seizures, seizure rate over the stored
// declarations, recorded outcomes (outcome events, seizures included) winning
// over those carried in the declarations.
nlohmann::json profile_report(Store& store, risk::ProfileEngine& profiles);
std::string profile_html(const nlohmann::json& report);

// Escapes text for HTML.
std::string html_escape(std::string_view s);

}  // namespace custos::report
