#pragma once
// Reads seizure files: the canonical seizure CSV (docs/records.md, the
// columns in kSeizureColumns) or NDJSON (one JSON object a line, the fields
// of to_json()). Another layout is read through a mapping: a TOML file
// naming, per canonical column, the source column, and constants.
//
// Every bad record is a Reject with its line, field and reason; the good
// ones are returned in file order. Nothing is written here.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "records/seizure.hpp"

namespace custos::records {

inline constexpr std::string_view kSeizureColumns[] = {"seizure_id",
                                                       "date",
                                                       "office",
                                                       "place",
                                                       "latitude",
                                                       "longitude",
                                                       "country",
                                                       "domain",
                                                       "commodity",
                                                       "hs_code",
                                                       "taxon",
                                                       "cites_appendix",
                                                       "substance",
                                                       "cas_number",
                                                       "waste_code",
                                                       "quantities",
                                                       "value",
                                                       "currency",
                                                       "transport_mode",
                                                       "concealment",
                                                       "detection",
                                                       "origin_country",
                                                       "departure_country",
                                                       "transit_countries",
                                                       "destination_country",
                                                       "declaration_id",
                                                       "persons",
                                                       "companies",
                                                       "operation",
                                                       "source",
                                                       "description"};

struct Reject {
  int64_t line = 0;
  std::string seizure_id, field, reason;
  std::string code = {};  // as FieldProblem's: the reason's template and its values
  nlohmann::json params = nlohmann::json::object();
};

struct SeizureMapping {
  std::string name;
  char delimiter = ',';
  std::map<std::string, std::string> columns;    // canonical -> source column
  std::map<std::string, std::string> constants;  // canonical -> value when the layout has none
  // `name_or_file`: a .toml path, or NAME for `data_dir`/mappings/seizures/NAME.toml.
  // Throws std::runtime_error naming the file and the problem.
  static SeizureMapping load(const std::string& name_or_file, const std::string& data_dir);
  static SeizureMapping parse(std::string_view toml_text, const std::string& origin);
};

struct SeizureRead {
  std::vector<std::pair<int64_t, Seizure>> records;  // line, record
  std::vector<Reject> rejects;
  int64_t read = 0;  // records read, good and bad
};

enum class SeizureFormat { csv, ndjson };

SeizureRead read_seizures_csv(std::string_view data, const SeizureMapping* mapping = nullptr);
SeizureRead read_seizures_ndjson(std::string_view data);
// Reads a file; the format from the option, else from the extension
// (.ndjson/.jsonl, otherwise CSV). Throws std::runtime_error when it cannot be read.
SeizureRead read_seizure_file(const std::string& path, std::optional<SeizureFormat> format,
                              const SeizureMapping* mapping = nullptr);

// One canonical CSV row into a record (the columns by name; missing ones are empty).
// Throws std::invalid_argument "field: reason" for the first unreadable value.
Seizure seizure_from_row(const std::map<std::string, std::string>& row, std::vector<FieldProblem>& problems);

}  // namespace custos::records
