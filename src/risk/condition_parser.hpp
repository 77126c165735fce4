#pragma once
// Internal to the profile loader: reads a `when` table into a Condition,
// expanding @GROUP and @LIST references, reporting every bad value.
#include <toml++/toml.h>
#include <map>
#include <string>
#include <vector>

#include "risk/country_groups.hpp"
#include "risk/profile.hpp"
#include "risk/toml_cursor.hpp"

namespace custos::risk::detail {

using NamedLists = std::map<std::string, std::vector<std::string>, std::less<>>;

struct ConditionContext {
  const CountryGroups& groups;
  const NamedLists& lists;
  ErrorSink& sink;
};

// Parses a condition table (an implicit `all`). Returns false on any error.
bool parse_condition_table(const toml::table& t, ConditionContext& ctx, Condition& out);

// Country code check with the hints analysts need most (UK -> GB, EL -> GR).
std::optional<Country> parse_country_value(std::string_view text, std::string* hint);

}  // namespace custos::risk::detail
