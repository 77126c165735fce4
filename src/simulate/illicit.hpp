#pragma once
// Disguised illicit shipments, one family per enforcement domain, built the
// way public enforcement results describe them (see docs/simulation.md):
// waste declared as prime polymer or "used goods", HCFC/CFC sold as HFC
// without a licence, antiquities as decorative articles from conflict areas,
// chemical-weapons precursors and dual-use machinery via transshipment hubs,
// explosive precursors to unusual consignees, wildlife under ordinary cover
// goods on known routes. Each fills `d` (already holding id, date, office
// and declarant) and labels its outcome.
#include "core/declaration.hpp"
#include "simulate/population.hpp"
#include "simulate/rng.hpp"

namespace custos::sim {

void make_illicit(Domain domain, Rng& rng, const Population& pop, const std::string& country, Declaration& d);

}  // namespace custos::sim
