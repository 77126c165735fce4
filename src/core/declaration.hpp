#pragma once
// The goods declaration: the subset of the WCO Data Model that enforcement
// needs. Missing is distinct from zero everywhere: an absent number is an
// empty optional, an absent code an empty value, never 0.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/country.hpp"
#include "core/date.hpp"
#include "core/domain.hpp"
#include "core/hs_code.hpp"

namespace custos {

enum class Flow : unsigned char { import, export_, transit };
enum class InspectionResult : unsigned char { clean, discrepancy, seizure };

std::string_view to_string(Flow f);
std::optional<Flow> parse_flow(std::string_view text);  // import|export|transit (also IM/EX/TR)
std::string_view to_string(InspectionResult r);
std::optional<InspectionResult> parse_inspection_result(std::string_view text);

struct Party {
  std::string id;
  std::string name;
  std::string address;
  std::optional<Country> country;
  bool empty() const { return id.empty() && name.empty() && address.empty() && !country; }
  friend bool operator==(const Party&, const Party&) = default;
};

// An additional document: permit, licence, certificate (e.g. CITES_PERMIT:FR-2024-0173).
struct Document {
  std::string type;       // upper-case code such as CITES_PERMIT, BASEL_CONSENT, ODS_LICENCE
  std::string reference;  // the document's number
  friend bool operator==(const Document&, const Document&) = default;
};

struct Item {
  int item_no = 0;
  HsCode hs_code;
  std::string description;
  std::optional<Country> origin;
  std::optional<double> net_mass_kg;
  std::optional<double> quantity;
  std::string quantity_unit;
  std::optional<double> value;
  std::string currency;
  std::optional<double> tax_rate;  // percent
  std::vector<Document> documents;

  // Customs value per kilogram, when both are known and the mass is positive.
  std::optional<double> unit_value_per_kg() const;
  bool has_document(std::string_view type) const;
  friend bool operator==(const Item&, const Item&) = default;
};

// What is known after the fact; used by learning and evaluation only.
struct Outcome {
  std::optional<InspectionResult> inspection;
  std::optional<bool> fraud;
  std::optional<int> fraud_severity;  // e.g. Korea's "Critical Fraud" 0/1/2
  std::optional<Domain> illicit_domain;
  bool empty() const { return !inspection && !fraud && !fraud_severity && !illicit_domain; }
  friend bool operator==(const Outcome&, const Outcome&) = default;
};

struct Declaration {
  std::string id;
  std::optional<Flow> flow;
  Date date;
  std::string office;
  std::string transport_mode;  // sea, rail, road, air, post, ... or an administration's code
  std::string declarant_id;
  Party importer, exporter, consignor, consignee;
  std::optional<Country> departure_country;
  std::optional<Country> destination_country;
  std::vector<Country> transit_countries;  // the itinerary between departure and destination
  std::string conveyance_id;
  std::vector<std::string> containers;
  std::optional<double> invoice_total;
  std::string invoice_currency;
  std::vector<Item> items;
  Outcome outcome;
  // Columns of the source layout that the model has no field for, kept verbatim.
  std::vector<std::pair<std::string, std::string>> attributes;

  const std::string* attribute(std::string_view name) const;
  friend bool operator==(const Declaration&, const Declaration&) = default;
};

}  // namespace custos
