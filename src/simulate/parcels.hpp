#pragma once
// Lawful postal and express parcels to private persons: what most of a
// border's declarations by count are (online purchases, gifts, personal
// effects), and what a rule reading the postal channel or a private
// consignee must stay quiet on. Without them every private person and every
// postal declaration in the simulated day would be one of its illicit cases.
#include "core/country.hpp"
#include "core/declaration.hpp"
#include "simulate/rng.hpp"

namespace custos::sim {

// Fills the parties, route, mode and items of `d` (id, date and outcome are
// the caller's): an import by post or express air from an online shop or a
// relative abroad to a private person in `home`.
void make_parcel(Rng& rng, Country home, Declaration& d);

}  // namespace custos::sim
