#pragma once
// The project's table of controlled substances that a Raman spectrum can
// reveal (data/spectra/control_categories.toml): explosive precursors, ozone-
// depleting substances and refrigerants, chemical-weapons precursors and
// narcotics, each with the legal basis an officer can cite. A library entry
// is tagged when its name (or a synonym) or its CAS number is in the table.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain.hpp"

namespace custos::spectra {

struct ControlEntry {
  std::string substance;              // e.g. "Sodium nitrate"
  std::vector<std::string> synonyms;  // e.g. mineral name "Nitratine"
  std::string cas;
  std::string category;  // explosive_precursor, ods_refrigerant, cw_precursor, narcotic
  Domain domain = Domain::general;
  std::string legal_basis;  // e.g. "Regulation (EU) 2019/1148, Annex II"
  std::string note;
  std::string source;
};

class ControlTable {
 public:
  ControlTable() = default;
  // Reads the TOML table; throws std::runtime_error naming the file (and line) on a bad entry.
  static ControlTable load(const std::string& path);
  // The shipped table: <data dir>/spectra/control_categories.toml.
  static ControlTable load_default(const std::string& data_dir);

  // By CAS number first, then by name or synonym (case and punctuation ignored).
  std::optional<ControlEntry> find(std::string_view name, std::string_view cas = {}) const;
  const std::vector<ControlEntry>& entries() const { return entries_; }

 private:
  std::vector<ControlEntry> entries_;
};

}  // namespace custos::spectra
