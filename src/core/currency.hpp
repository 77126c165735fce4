#pragma once
// ISO 4217 currency codes, from ICU's list of current (non-deprecated) codes.
#include <string_view>

namespace custos {

// True when `code` is a current ISO 4217 alphabetic code (three upper-case letters).
bool is_iso4217_currency(std::string_view code);

}  // namespace custos
