#pragma once
// Synthetic profile sets and declarations for benchmarks and load tests.
// Deterministic for a given seed. The profiles look like real ones (HS
// prefixes, countries, description words, value ranges, missing documents)
// and the declarations are drawn so that a realistic share of items meets
// some profile.
#include <cstdint>
#include <string>
#include <vector>

#include "core/declaration.hpp"

namespace custos::risk {

// TOML text of `count` profiles in the profile language (docs/profiles.md).
std::string synthetic_profiles_toml(int count, uint64_t seed);
std::vector<Declaration> synthetic_declarations(int count, uint64_t seed);

}  // namespace custos::risk
