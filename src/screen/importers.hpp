#pragma once
// Importers for the published layouts of sanctions and denied-party lists.
// Each turns a list (a folder of tables or one file) into ListEntity values
// and throws ImportError naming file and line when the input is malformed;
// they never half-import. The *_text variants parse bytes already in memory
// (they are what the fuzz targets drive).
#include <string>
#include <string_view>
#include <vector>

#include "screen/csv_records.hpp"
#include "screen/entity.hpp"

namespace custos::screen {

// OFAC SDN (sdn.csv, alt.csv, add.csv, sdn_comments.csv) or the non-SDN
// consolidated list (cons_prim.csv, cons_alt.csv, ...) in the same layout:
// no header, "-0-" for empty, weak aliases as a.k.a. 'X' inside remarks.
std::vector<ListEntity> import_ofac(const std::string& dir, const std::string& list_name = "ofac");
struct OfacTables {
  std::string_view primary, aliases, addresses, comments;  // file contents; all but primary may be empty
  std::string primary_file = "sdn.csv", aliases_file = "alt.csv", addresses_file = "add.csv",
              comments_file = "sdn_comments.csv";
};
std::vector<ListEntity> import_ofac_text(const OfacTables& t, const std::string& list_name);

// UN Security Council Consolidated List XML: individuals and entities,
// aliases with their quality, names in original script.
std::vector<ListEntity> import_un(const std::string& file, const std::string& list_name = "un");
std::vector<ListEntity> import_un_text(std::string_view xml, const std::string& file,
                                       const std::string& list_name = "un");

// UK Sanctions List as CSV tables with headers: subjects.csv,
// subject_names.csv, and optionally subject_countries.csv, subject_dobs.csv,
// subject_identifiers.csv.
std::vector<ListEntity> import_uk(const std::string& dir, const std::string& list_name = "uk");
struct UkTables {
  std::string_view subjects, names, countries, dobs, identifiers;
};
std::vector<ListEntity> import_uk_text(const UkTables& t, const std::string& dir,
                                       const std::string& list_name);

// US BIS Denied Persons List: tab-separated with a header row.
std::vector<ListEntity> import_bis(const std::string& file, const std::string& list_name = "bis");
std::vector<ListEntity> import_bis_text(std::string_view text, const std::string& file,
                                        const std::string& list_name = "bis");

// The administration's own list: CSV with a header. `name` is required;
// optional columns: id, kind, country, aliases (separated by ';'),
// birth_year, address, programme.
std::vector<ListEntity> import_own_csv(const std::string& file, const std::string& list_name);
std::vector<ListEntity> import_own_csv_text(std::string_view text, const std::string& file,
                                            const std::string& list_name);

// Total names (primary and aliases) across entities.
std::size_t count_names(const std::vector<ListEntity>& entities);

}  // namespace custos::screen
