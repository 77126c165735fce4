#pragma once
// A seizure record (docs/records.md): what was seized, where, when (a day, or
// only a month or a year), in which quantities (several at once, each in its
// unit and maybe estimated), how it was found, its route, the declarations
// and the people and companies behind it.
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace custos::records {

// A date known to the day, the month or the year only.
struct PartialDate {
  std::string text;  // "2024-03-17", "2024-03" or "2024"
  enum class Precision : unsigned char { day, month, year } precision = Precision::day;
  // The first and last days the text can mean.
  Date first() const;
  Date last() const;
  // Parses YYYY-MM-DD, YYYY-MM or YYYY; nullopt when it is none (or no real date).
  static std::optional<PartialDate> parse(std::string_view text);
  friend bool operator==(const PartialDate&, const PartialDate&) = default;
};

// Units a quantity may be in.
inline constexpr std::string_view kUnits[] = {"kg", "g", "t", "l", "m3", "pcs"};

struct Quantity {
  double amount = 0;
  std::string unit;  // one of kUnits
  bool estimate = false;
  friend bool operator==(const Quantity&, const Quantity&) = default;
};

// A value refused with its reason (what()) and the same reason as a message
// for translation: `code` names its template (web/src/lib/messages/*.ts,
// `reject.<code>`), `params` fill it (strings).
struct RecordError : std::invalid_argument {
  RecordError(const std::string& reason, std::string code, nlohmann::json params = nlohmann::json::object())
      : std::invalid_argument(reason), code(std::move(code)), params(std::move(params)) {}
  std::string code;
  nlohmann::json params;
};

// Parses "2145 kg|14 pcs~" (an amount followed by '~', before or after the
// unit, is an estimate). Throws RecordError (a std::invalid_argument) with the reason.
std::vector<Quantity> parse_quantities(std::string_view text);
std::string format_quantities(const std::vector<Quantity>& q);

// One leg of the route: a country and whether its part in the route is confirmed.
struct RouteLeg {
  std::string role;  // origin, departure, transit, destination
  std::string country;
  bool confirmed = true;
  friend bool operator==(const RouteLeg&, const RouteLeg&) = default;
};

// A person or a company: nominal data, stored apart from the seizure.
struct Party {
  std::string kind;  // person | company
  std::string name;
  std::string nationality;  // ISO alpha-2 or empty
  friend bool operator==(const Party&, const Party&) = default;
};

// Detection methods (targeting, random, tip-off and the means of search).
inline constexpr std::string_view kDetections[] = {"profile", "model", "random",       "tip-off",
                                                   "scanner", "dog",   "spectrometer", "routine"};

struct Seizure {
  std::string id;
  PartialDate date;
  std::string office, place;
  std::optional<double> latitude, longitude;
  std::string country;  // of the seizure, ISO alpha-2
  std::string domain;   // core/domain.hpp names
  std::string commodity;
  // The domain's codes; any may be empty.
  std::string hs_code, taxon, cites_appendix, substance, cas_number, waste_code;
  std::vector<Quantity> quantities;
  std::optional<double> value;
  std::string currency;
  std::string transport_mode, conveyance, concealment, detection;
  std::vector<RouteLeg> route;
  std::vector<std::string> declarations;
  std::vector<Party> parties;
  std::string outcome, operation, source, description;
  friend bool operator==(const Seizure&, const Seizure&) = default;
};

// The record as JSON (parties included) and back. from_json throws
// std::invalid_argument naming the field when a value is wrong.
nlohmann::json to_json(const Seizure& s, bool with_parties = true);
Seizure seizure_from_json(const nlohmann::json& j);

// The problems with a record: (field, reason) pairs, empty when it is valid.
struct FieldProblem {
  std::string field, reason;
  // The reason as a message, for translation: `code` names its template
  // (web/src/lib/messages/*.ts, `reject.<code>`), `params` fill it ({value},
  // {line}); empty for a reason that has no template.
  std::string code = {};
  nlohmann::json params = nlohmann::json::object();
};
std::vector<FieldProblem> validate(const Seizure& s);

// Converts a quantity to kilograms when its unit is a mass (kg, g, t).
std::optional<double> to_kg(const Quantity& q);

}  // namespace custos::records
