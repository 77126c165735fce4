#pragma once
// Small, deterministic declaration sets for the ml tests: a few importers
// defraud often and declare low unit values, the rest rarely.
#include <random>
#include <string>
#include <vector>

#include "core/declaration.hpp"

namespace custos::ml::test {

inline Declaration make_declaration(const std::string& id, Date date, const std::string& importer,
                                    double value, double mass, std::optional<bool> fraud) {
  Declaration d;
  d.id = id;
  d.flow = Flow::import;
  d.date = date;
  d.office = "30";
  d.transport_mode = "40";
  d.declarant_id = "DCL" + importer.substr(importer.size() - 1);
  d.importer.id = importer;
  d.exporter.id = "SEL-" + importer;
  d.departure_country = Country::parse("CN");
  Item it;
  it.item_no = 1;
  it.hs_code = *HsCode::parse("390110");
  it.origin = Country::parse("CN");
  it.value = value;
  it.net_mass_kg = mass;
  it.currency = "USD";
  it.tax_rate = 6.5;
  d.items.push_back(it);
  d.outcome.fraud = fraud;
  if (fraud) d.outcome.fraud_severity = *fraud ? 1 : 0;
  d.attributes = {{"import_type", "11"}};
  return d;
}

// `days` days from `start`, `per_day` declarations a day, sorted by date.
inline std::vector<Declaration> synthetic_period(Date start, int days, int per_day, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> importer(0, 39);
  std::uniform_real_distribution<double> u(0, 1);
  std::vector<Declaration> out;
  for (int day = 0; day < days; ++day) {
    for (int k = 0; k < per_day; ++k) {
      int imp = importer(rng);
      bool risky = imp < 6;
      bool fraud = u(rng) < (risky ? 0.7 : 0.05);
      double mass = 100 + 900 * u(rng);
      double unit =
          fraud ? 0.6 + 1.0 * u(rng) : 1.0 + 1.0 * u(rng);  // overlapping: price alone is not enough
      out.push_back(
          make_declaration("D" + std::to_string(seed) + "-" + std::to_string(day) + "-" + std::to_string(k),
                           start.plus_days(day), "IMP" + std::to_string(imp), unit * mass, mass, fraud));
    }
  }
  return out;
}

}  // namespace custos::ml::test
