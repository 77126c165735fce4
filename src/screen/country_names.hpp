#pragma once
// Lists write countries as English names ("Iran", "Korea, North",
// "Democratic Republic of the Congo"); Custos keeps ISO 3166 codes. The
// names come from ICU's English display names plus the spellings the OFAC,
// UN and UK lists use that ICU words differently.
#include <optional>
#include <string_view>

#include "core/country.hpp"

namespace custos::screen {

// The country a list's English name (or a two-letter code) means, if known.
std::optional<Country> country_from_name(std::string_view name);

}  // namespace custos::screen
