#pragma once
// Prints ingest counts for a person, or as one JSON object on the last line.
#include <ostream>
#include <string>
#include <vector>

#include "ingest/ingest.hpp"

namespace custos::cli {

void print_ingest_report(std::ostream& out, const IngestCounts& c, const std::string& rejects_path, bool json,
                         const std::vector<std::string>& nomenclatures);

}  // namespace custos::cli
