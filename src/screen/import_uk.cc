// The UK Sanctions List as a set of CSV tables keyed by unique_id.
#include <algorithm>
#include <filesystem>
#include <unordered_map>

#include "screen/country_names.hpp"
#include "screen/header_table.hpp"
#include "screen/importers.hpp"
#include "screen/text_util.hpp"

namespace custos::screen {

std::vector<ListEntity> import_uk_text(const UkTables& t, const std::string& dir,
                                       const std::string& list_name) {
  namespace fs = std::filesystem;
  auto path = [&](const char* f) { return (fs::path(dir) / f).string(); };
  std::vector<ListEntity> out;
  std::unordered_map<std::string, std::size_t> by_id;
  HeaderTable subjects(t.subjects, ',', path("subjects.csv"));
  auto s_id = subjects.require("unique_id"), s_type = subjects.require("subject_type");
  for (const auto& r : subjects.rows()) {
    ListEntity e;
    e.id = subjects.get(r, s_id);
    if (e.id.empty()) throw ImportError(subjects.file(), r.line, "subject without unique_id");
    if (by_id.count(e.id) != 0) throw ImportError(subjects.file(), r.line, "unique_id " + e.id + " repeated");
    e.list = list_name;
    std::string type = subjects.get(r, s_type);
    auto kind = parse_entity_kind(type);
    if (!kind) throw ImportError(subjects.file(), r.line, "unknown subject_type '" + type + "'");
    e.kind = *kind;
    by_id.emplace(e.id, out.size());
    out.push_back(std::move(e));
  }
  auto subject = [&](const HeaderTable& table, const CsvRecord& r, std::size_t col) -> ListEntity& {
    std::string id = table.get(r, col);
    auto it = by_id.find(id);
    if (it == by_id.end()) throw ImportError(table.file(), r.line, "unknown unique_id '" + id + "'");
    return out[it->second];
  };

  HeaderTable names(t.names, ',', path("subject_names.csv"));
  auto n_id = names.require("unique_id"), n_type = names.require("name_type"),
       n_full = names.require("full_name");
  auto n_strength = names.find("alias_strength");
  for (const auto& r : names.rows()) {
    ListEntity& e = subject(names, r, n_id);
    std::string full = names.get(r, n_full);
    if (full.empty()) continue;
    std::string type = names.get(r, n_type);
    NameStrength strength = NameStrength::strong_alias;
    if (type == "primary" && (e.names.empty() || e.names.front().strength != NameStrength::primary))
      strength = NameStrength::primary;
    else if (names.get(r, n_strength) == "low_quality_aka")
      strength = NameStrength::weak_alias;
    if (strength == NameStrength::primary)
      e.names.insert(e.names.begin(), {full, strength});
    else
      e.names.push_back({full, strength});
  }
  for (std::size_t i = 0; i < out.size(); ++i)
    if (out[i].names.empty())
      throw ImportError(path("subject_names.csv"), 0, "subject " + out[i].id + " has no name");

  if (!t.countries.empty()) {
    HeaderTable countries(t.countries, ',', path("subject_countries.csv"));
    auto c_id = countries.require("unique_id"), c_iso = countries.require("iso");
    for (const auto& r : countries.rows())
      add_country(subject(countries, r, c_id), Country::parse(countries.get(r, c_iso)));
  }
  if (!t.dobs.empty()) {
    HeaderTable dobs(t.dobs, ',', path("subject_dobs.csv"));
    auto d_id = dobs.require("unique_id"), d_year = dobs.require("year");
    for (const auto& r : dobs.rows()) {
      ListEntity& e = subject(dobs, r, d_id);
      std::string y = dobs.get(r, d_year);
      if (y.size() != 4 || !is_digits(y)) continue;
      int year = std::stoi(y);
      if (std::find(e.birth_years.begin(), e.birth_years.end(), year) == e.birth_years.end())
        e.birth_years.push_back(year);
    }
  }
  if (!t.identifiers.empty()) {
    HeaderTable ids(t.identifiers, ',', path("subject_identifiers.csv"));
    auto i_id = ids.require("unique_id"), i_value = ids.require("raw_value"),
         i_type = ids.require("identifier_type");
    for (const auto& r : ids.rows()) {
      ListEntity& e = subject(ids, r, i_id);
      Identifier ident{ids.get(r, i_type), ids.get(r, i_value)};
      if (!ident.value.empty() &&
          std::find(e.identifiers.begin(), e.identifiers.end(), ident) == e.identifiers.end())
        e.identifiers.push_back(ident);
    }
  }
  return out;
}

std::vector<ListEntity> import_uk(const std::string& dir, const std::string& list_name) {
  namespace fs = std::filesystem;
  auto read = [&](const char* f, bool required) {
    fs::path p = fs::path(dir) / f;
    if (!required && !fs::exists(p)) return std::string();
    return read_list_file(p.string());
  };
  std::string subjects = read("subjects.csv", true), names = read("subject_names.csv", true),
              countries = read("subject_countries.csv", false), dobs = read("subject_dobs.csv", false),
              identifiers = read("subject_identifiers.csv", false);
  return import_uk_text({subjects, names, countries, dobs, identifiers}, dir, list_name);
}

}  // namespace custos::screen
