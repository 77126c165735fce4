#pragma once
// The permit and licence registry, and the permit check (docs/records.md).
//
// A declaration's item documents TYPE:REFERENCE of the six permit types are
// matched to the registry. What each declaration draws on a permit is one
// row (permit, declaration) in permit_draws, rewritten when the declaration
// is amended, so re-ingesting never draws twice. Balances follow the order
// declarations were lodged (date, then id): the balance a declaration sees
// is the permit's quantity less what the declarations lodged before it
// drew, whatever order they were ingested in.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit.hpp"
#include "core/declaration.hpp"
#include "core/finding.hpp"
#include "records/seizure_reader.hpp"
#include "records/seizure_store.hpp"
#include "risk/assessment.hpp"
#include "store/store.hpp"

namespace custos::records {

inline constexpr std::string_view kPermitTypes[] = {"CITES_PERMIT",      "BASEL_CONSENT",
                                                    "ODS_LICENCE",       "EXPORT_LICENCE",
                                                    "PRECURSOR_LICENCE", "CULTURAL_EXPORT_CERTIFICATE"};
inline constexpr std::string_view kPermitColumns[] = {"type",
                                                      "reference",
                                                      "direction",
                                                      "issuing_country",
                                                      "holder_id",
                                                      "holder_name",
                                                      "counterpart_country",
                                                      "valid_from",
                                                      "valid_to",
                                                      "hs_code",
                                                      "taxon",
                                                      "cas_number",
                                                      "waste_code",
                                                      "description",
                                                      "quantity",
                                                      "unit",
                                                      "shipments"};
inline constexpr std::string_view kDirections[] = {"import", "export", "re-export", "transit"};

bool is_permit_type(std::string_view type);

struct Permit {
  std::string type, reference, direction, issuing_country, holder_id, holder_name, counterpart_country;
  std::optional<Date> valid_from, valid_to;
  std::string hs_code, taxon, cas_number, waste_code, description;
  std::optional<double> quantity;  // the total (an ODS licence: the year's quota)
  std::string unit;                // kg, t, g, l, m3, pcs...
  std::optional<int64_t> shipments;
  friend bool operator==(const Permit&, const Permit&) = default;
};

nlohmann::json to_json(const Permit& p);

struct PermitRead {
  std::vector<std::pair<int64_t, Permit>> records;
  std::vector<Reject> rejects;  // seizure_id holds TYPE:REFERENCE
  int64_t read = 0;
};
PermitRead read_permits_csv(std::string_view data);

PutResult put_permit(Store& store, const Permit& p, const audit::Actor& actor, std::string_view source);
std::optional<Permit> get_permit(Store& store, std::string_view type, std::string_view reference);
std::vector<Permit> list_permits(Store& store);
bool has_permits(Store& store);

struct PermitBalance {
  std::optional<double> quantity, used, remaining;
  int64_t shipments_used = 0;
  std::string status;  // valid, expired, not_yet_valid, exhausted
};
// What has been drawn in all (an ODS licence: in the year of `on`), and the status on `on`.
PermitBalance permit_balance(Store& store, const Permit& p, Date on);
// {"type","reference","quantity","used","remaining","shipments_used","status"} plus the permit and its draws.
nlohmann::json balance_json(Store& store, const Permit& p, Date on);

// How much of a declaration's items carrying the permit count against it,
// in the permit's unit; nullopt when the items do not say (no mass, or a
// count in another unit).
std::optional<double> drawn_quantity(const Declaration& d, const Permit& p);

// Rewrites this declaration's draws (idempotent; an amendment redraws).
void record_draws(Store& store, const Declaration& d);
// Brings every stored declaration's draws up to date; returns the number of
// declarations whose draws changed. Does nothing when the registry is empty.
int64_t refresh_draws(Store& store);

// The permit check: findings with source "permit" for each permit document
// of the declaration (problems, or one mitigating finding per fully covered
// permit). Reads the registry and the draws of earlier declarations.
std::vector<Finding> check_permits(Store& store, const Declaration& d);
// check_permits as an assessor's finding source; `store` must outlive it.
risk::FindingSource permit_finding_source(Store& store);

}  // namespace custos::records
