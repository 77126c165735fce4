#pragma once
// Profiles about a missing permit or licence, and what the permit check
// found (docs/profiles.md, `waived_by_permit`; docs/records.md).
//
// A profile with `waived_by_permit = ["ODS_LICENCE"]` fires on the goods
// whatever documents they carry. Once every finding source has spoken, its
// finding is reconciled with the permit check's findings (source "permit"),
// item by item:
//  * an item carrying a document of those types that the permit check found
//    fully covering it (a finding with evidence.mitigating = true listing the
//    item, and no problem finding on that document) asks for green;
//  * otherwise an item carrying one of the profile's `permit` documents asks
//    for permit_lane, unless the permit check refused that document as cover
//    (a non-mitigating permit finding on it asking for orange or more:
//    unknown, expired, not yet valid, goods, holder or country not covered,
//    over the balance or quota, shipments used up): a refused document is no
//    cover, and the item asks for min_lane;
//  * an item with neither asks for min_lane.
// When every item it fired on is covered the finding is waived: it stays in
// the assessment, marked waived, with the covering permit in its reason and
// evidence, weight 0 and lane green, so it neither raises the lane nor the
// score. The permit findings themselves are never changed: a problem the
// permit check found keeps its own lane.
#include <string_view>
#include <vector>

#include "core/declaration.hpp"
#include "core/finding.hpp"

namespace custos::risk {

// The permit types the registry checks (records::kPermitTypes): the only
// ones `waived_by_permit` may name.
inline constexpr std::string_view kRegistryPermitTypes[] = {
    "CITES_PERMIT",   "BASEL_CONSENT",     "ODS_LICENCE",
    "EXPORT_LICENCE", "PRECURSOR_LICENCE", "CULTURAL_EXPORT_CERTIFICATE"};
bool is_registry_permit_type(std::string_view type);

// Rewrites the lane, weight, reason and evidence of the profile findings
// that carry evidence.permit_check (set by to_finding for profiles with
// `waived_by_permit`), from the permit findings among `findings`. Returns
// the number of findings waived.
int reconcile_permits(const Declaration& d, std::vector<Finding>& findings);

}  // namespace custos::risk
