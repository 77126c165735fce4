// The administration's own list (past offenders, local watch list): the
// simplest layout an analyst can keep in a spreadsheet.
#include <unordered_set>

#include "screen/country_names.hpp"
#include "screen/header_table.hpp"
#include "screen/importers.hpp"
#include "screen/text_util.hpp"

namespace custos::screen {

std::vector<ListEntity> import_own_csv_text(std::string_view text, const std::string& file,
                                            const std::string& list_name) {
  HeaderTable table(text, ',', file);
  auto c_name = table.require("name");
  auto c_id = table.find("id"), c_kind = table.find("kind"), c_country = table.find("country"),
       c_aliases = table.find("aliases"), c_birth = table.find("birth_year"),
       c_address = table.find("address"), c_programme = table.find("programme");
  std::vector<ListEntity> out;
  std::unordered_set<std::string> ids;
  for (const auto& r : table.rows()) {
    ListEntity e;
    e.list = list_name;
    std::string name = table.get(r, c_name);
    if (name.empty()) throw ImportError(file, r.line, "row without a name");
    e.names.push_back({name, NameStrength::primary});
    e.id = table.get(r, c_id);
    if (e.id.empty()) e.id = "line-" + std::to_string(r.line);
    if (!ids.insert(e.id).second) throw ImportError(file, r.line, "id '" + e.id + "' repeated");
    std::string kind = table.get(r, c_kind);
    if (!kind.empty()) {
      auto k = parse_entity_kind(kind);
      if (!k)
        throw ImportError(file, r.line,
                          "kind '" + kind + "' is not person, organisation, vessel or aircraft");
      e.kind = *k;
    }
    for (const auto& c : split(table.get(r, c_country), ";")) {
      if (trim(c).empty()) continue;
      auto country = country_from_name(trim(c));
      if (!country) throw ImportError(file, r.line, "unknown country '" + trim(c) + "'");
      add_country(e, country);
    }
    for (const auto& a : split(table.get(r, c_aliases), ";"))
      if (!trim(a).empty()) e.names.push_back({trim(a), NameStrength::strong_alias});
    std::string birth = table.get(r, c_birth);
    if (!birth.empty()) {
      if (birth.size() != 4 || !is_digits(birth))
        throw ImportError(file, r.line, "birth_year '" + birth + "' is not a year");
      e.birth_years.push_back(std::stoi(birth));
    }
    std::string address = table.get(r, c_address);
    if (!address.empty()) e.addresses.push_back(address);
    std::string programme = table.get(r, c_programme);
    if (!programme.empty()) e.programmes.push_back(programme);
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<ListEntity> import_own_csv(const std::string& file, const std::string& list_name) {
  return import_own_csv_text(read_list_file(file), file, list_name);
}

}  // namespace custos::screen
