#pragma once
// Imports a Harmonized System nomenclature from the CSV layout
// `section,hscode,description,parent,level` (UN Comtrade's HS listing, as
// published by the datasets/harmonized-system project). Every row is either
// taken or reported with its line and reason.
#include <string>
#include <vector>

#include "store/store.hpp"

namespace custos {

struct HsImportResult {
  std::vector<NomenclatureEntry> entries;
  struct Problem {
    int64_t line;
    std::string reason;
  };
  std::vector<Problem> problems;
  int64_t rows = 0;
  int64_t skipped = 0;  // the tree's root ("TOTAL") and empty rows: not codes, not errors
};

// Throws std::runtime_error when the file cannot be read or has the wrong header.
HsImportResult read_hs_nomenclature(const std::string& path);

}  // namespace custos
