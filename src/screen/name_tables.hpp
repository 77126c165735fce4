#pragma once
// The project's screening tables, as shipped in data/screening/ and compiled
// into the library: legal forms (alias, canonical form) and name terms
// (role, word) and common given names and surnames (culture, part, names).
// Tab-separated; lines starting with '#' are comments.
#include <string_view>

namespace custos::screen {

std::string_view legal_forms_table();
std::string_view name_terms_table();
std::string_view name_frequency_table();

}  // namespace custos::screen
