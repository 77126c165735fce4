#pragma once
// Exporting stored declarations (`custos declarations export`): the current
// version of each declaration dated in a range, in date order, as canonical
// CSV (docs/formats.md: one row per item, every canonical column, then one
// column per attribute name found) or as NDJSON (the store's own canonical
// JSON, one declaration a line). Ingesting the file into an empty store gives
// the same declarations with the same content digests.
//
// CSV cannot say everything NDJSON can: an attribute named like a canonical
// column, or twice with different case, or with spaces around its name, or an
// attribute whose value is empty (an empty cell is "not declared"), would not
// come back the same. Such an export is refused with the declaration and the
// attribute named, before anything is written; NDJSON carries them.
//
// The file is written next to its destination and renamed into place only
// when complete: a failed export leaves no half-written file.
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "ingest/declaration_reader.hpp"
#include "store/store.hpp"

namespace custos {

class ExportError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ExportCounts {
  int64_t declarations = 0;
  int64_t rows = 0;                            // lines after the header (CSV: items)
  std::vector<std::string> attribute_columns;  // CSV: columns after the canonical ones
};

// Throws ExportError (what cannot go in CSV, a file that cannot be written).
ExportCounts export_declarations(Store& store, const ScanFilter& range, Format format,
                                 const std::string& path);

}  // namespace custos
