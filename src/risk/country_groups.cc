#include "risk/country_groups.hpp"

#include <toml++/toml.h>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace custos::risk {
namespace {

std::string where(const std::string& file, const toml::source_region& r) {
  return file + ":" + std::to_string(r.begin.line) + ":" + std::to_string(r.begin.column);
}

}  // namespace

CountryGroups CountryGroups::from_text(std::string_view text, const std::string& name) {
  toml::table root;
  try {
    root = toml::parse(text, name);
  } catch (const toml::parse_error& e) {
    throw std::runtime_error(where(name, e.source()) + ": " + std::string(e.description()));
  }
  CountryGroups out;
  for (auto&& [key, node] : root) {
    if (key.str() != "group" || !node.is_table())
      throw std::runtime_error(where(name, node.source()) + ": only [group.NAME] tables are allowed");
    for (auto&& [gname, gnode] : *node.as_table()) {
      const toml::table* t = gnode.as_table();
      if (t == nullptr) throw std::runtime_error(where(name, gnode.source()) + ": a group is a table");
      CountryGroup g;
      g.title = (*t)["title"].value_or(std::string());
      g.source = (*t)["source"].value_or(std::string());
      const toml::array* members = (*t)["members"].as_array();
      if (members == nullptr || members->empty())
        throw std::runtime_error(where(name, gnode.source()) + ": group '" + std::string(gname.str()) +
                                 "' needs a non-empty 'members' array");
      for (const toml::node& m : *members) {
        auto code = m.value<std::string>();
        auto c = code ? Country::parse(*code) : std::nullopt;
        if (!c) throw std::runtime_error(where(name, m.source()) + ": not an ISO 3166-1 alpha-2 code");
        g.members.push_back(*c);
      }
      out.groups_[std::string(gname.str())] = std::move(g);
    }
  }
  return out;
}

CountryGroups CountryGroups::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open the country groups file");
  std::stringstream ss;
  ss << in.rdbuf();
  return from_text(ss.str(), path);
}

const CountryGroup* CountryGroups::find(std::string_view name) const {
  auto it = groups_.find(name);
  return it == groups_.end() ? nullptr : &it->second;
}

}  // namespace custos::risk
