// The US BIS Denied Persons List: one row per (party, address).
#include <unordered_map>

#include "screen/country_names.hpp"
#include "screen/header_table.hpp"
#include "screen/importers.hpp"
#include "screen/name_normalizer.hpp"
#include "screen/text_util.hpp"

namespace custos::screen {

std::vector<ListEntity> import_bis_text(std::string_view text, const std::string& file,
                                        const std::string& list_name) {
  HeaderTable table(text, '\t', file);
  auto c_name = table.require("name"), c_country = table.require("country");
  auto c_street = table.find("street_address"), c_city = table.find("city"), c_state = table.find("state"),
       c_citation = table.find("fr_citation");
  std::vector<ListEntity> out;
  // The list has no ids and repeats a party once per address; the name is
  // what identifies a denied party across versions.
  std::unordered_map<std::string, std::size_t> by_name;
  for (const auto& r : table.rows()) {
    std::string name = table.get(r, c_name);
    if (name.empty()) throw ImportError(file, r.line, "row without a Name");
    auto [it, fresh] = by_name.emplace(name, out.size());
    if (fresh) {
      ListEntity e;
      e.id = name;
      e.list = list_name;
      e.kind = looks_like_organisation(name) ? EntityKind::organisation : EntityKind::person;
      e.names.push_back({name, NameStrength::primary});
      e.programmes.push_back("EAR denial order");
      out.push_back(std::move(e));
    }
    ListEntity& e = out[it->second];
    std::string country = table.get(r, c_country);
    std::string address =
        join_nonempty({table.get(r, c_street), table.get(r, c_city), table.get(r, c_state), country}, ", ");
    if (!address.empty()) e.addresses.push_back(address);
    add_country(e, country_from_name(country));
    std::string citation = table.get(r, c_citation);
    if (!citation.empty()) e.identifiers.push_back({"federal register", citation});
  }
  return out;
}

std::vector<ListEntity> import_bis(const std::string& file, const std::string& list_name) {
  return import_bis_text(read_list_file(file), file, list_name);
}

}  // namespace custos::screen
