#pragma once
// Named country groups (@OECD, @CONFLICT_AREAS, ...) that profiles reference
// instead of repeating country lists. The shipped set is
// data/country-groups.toml; each group cites its source.
#include <map>
#include <string>
#include <vector>

#include "core/country.hpp"

namespace custos::risk {

struct CountryGroup {
  std::string title;
  std::string source;
  std::vector<Country> members;
};

class CountryGroups {
 public:
  // Throws std::runtime_error naming the file and line on any error.
  static CountryGroups load(const std::string& path);
  static CountryGroups from_text(std::string_view toml, const std::string& name);

  const CountryGroup* find(std::string_view name) const;
  const std::map<std::string, CountryGroup, std::less<>>& all() const { return groups_; }

 private:
  std::map<std::string, CountryGroup, std::less<>> groups_;
};

}  // namespace custos::risk
