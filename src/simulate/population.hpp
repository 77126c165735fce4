#pragma once
// The recurring traders of the simulated administration: each has a line of
// business, usual foreign partners, a customs broker and a usual mode of
// transport. The population depends only on the administration's country and
// its size, not on the day's seed, so successive simulated days share traders.
#include <string>
#include <vector>

#include "core/declaration.hpp"
#include "simulate/rng.hpp"

namespace custos::sim {

struct Trader {
  Party party;  // the trader, in the administration's country
  std::string_view sector;
  std::vector<Party> partners;  // usual foreign suppliers or buyers
  std::string declarant_id;
};

struct Population {
  std::vector<Trader> traders;
  std::vector<std::string> declarants;
};

Population make_population(const std::string& country, size_t traders);

// A plausible company name; `hint` flavours it ("Antiques", "Chemicals").
std::string company_name(Rng& rng, std::string_view hint);
std::string person_name(Rng& rng);
// A valid ISO 6346 container number.
std::string container_number(Rng& rng);

}  // namespace custos::sim
