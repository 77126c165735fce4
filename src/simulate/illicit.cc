#include "simulate/illicit.hpp"

#include <fmt/format.h>

namespace custos::sim {
namespace {

using V = std::span<const std::string_view>;

Country C(std::string_view code) { return Country::parse(code).value(); }
Country pick_country(Rng& rng, std::initializer_list<std::string_view> codes) {
  std::vector<std::string_view> v(codes);
  return C(rng.pick(v));
}
std::string_view pick_text(Rng& rng, std::initializer_list<std::string_view> texts) {
  std::vector<std::string_view> v(texts);
  return rng.pick(v);
}

Item item(std::string_view hs, std::string_view description, Country origin, double kg, double usd_per_kg,
          std::string_view unit = "kg", double kg_per_unit = 0) {
  Item it;
  it.item_no = 1;
  it.hs_code = HsCode::parse(hs).value();
  it.description = std::string(description);
  it.origin = origin;
  it.net_mass_kg = std::round(kg * 10) / 10;
  it.quantity_unit = std::string(unit);
  it.quantity = unit == "kg" ? *it.net_mass_kg : std::max(1.0, std::round(kg / kg_per_unit));
  it.value = std::round(kg * usd_per_kg * 100) / 100;
  it.currency = "USD";
  return it;
}

// A trader no one has seen before: new companies front most of these schemes.
Party new_party(Rng& rng, std::string_view country, std::string_view hint) {
  Party p;
  p.id = fmt::format("{}9{:06d}", country, rng.below(1000000));
  p.name = company_name(rng, hint);
  p.country = C(country);
  return p;
}

void sea_containers(Rng& rng, Declaration& d, int n) {
  d.transport_mode = "sea";
  for (int i = 0; i < n; ++i) d.containers.push_back(container_number(rng));
}

void waste(Rng& rng, const Population& pop, const std::string& country, Declaration& d) {
  d.flow = Flow::export_;
  d.departure_country = C(country);
  d.destination_country = pick_country(rng, {"MY", "VN", "TH", "ID", "PH", "TR", "IN", "GH", "NG"});
  const Trader& t = pop.traders[rng.below(pop.traders.size())];
  d.exporter = rng.chance(0.6) ? new_party(rng, country, "Recycling") : t.party;
  d.importer = new_party(rng, d.destination_country->str(), "Plastics");
  if (rng.chance(0.6)) {
    // plastic scrap declared as prime polymer, at a scrap price
    std::string_view hs = pick_text(rng, {"390110", "390210", "390761", "392690"});
    std::string_view desc = hs == "392690"
                                ? pick_text(rng, {"plastic articles", "plastic products, assorted"})
                                : pick_text(rng, {"polyethylene granules", "PP pellets, primary form",
                                                  "PET resin", "plastic raw material"});
    const double usd_per_kg = rng.uniform(0.04, 0.3);
    const double kg = rng.uniform(18000, 26000);
    d.items.push_back(item(hs, desc, C(country), kg, usd_per_kg));
  } else {
    // e-waste as "used goods"
    std::string_view hs = pick_text(rng, {"847130", "852872", "841821", "847150"});
    std::string_view desc =
        pick_text(rng, {"used computers", "second-hand televisions, untested", "used household appliances",
                        "used goods", "personal effects, used electronics"});
    const double usd_per_kg = rng.uniform(0.3, 2.5);
    const double kg = rng.uniform(6000, 20000);
    d.items.push_back(item(hs, desc, C(country), kg, usd_per_kg, "u", 12));
  }
  sea_containers(rng, d, 1 + static_cast<int>(rng.below(2)));
}

void ozone(Rng& rng, const std::string& country, Declaration& d) {
  d.flow = Flow::import;
  Country origin = pick_country(rng, {"CN", "IN"});
  d.departure_country = rng.chance(0.3) ? pick_country(rng, {"AE", "SG", "MY", "TR"}) : origin;
  d.destination_country = C(country);
  d.importer = new_party(rng, country, "Cooling");
  d.exporter = new_party(rng, origin.str(), "Refrigerants");
  // HCFC-22 or CFC-12 in cylinders labelled as an HFC; no quota or licence
  std::string_view hs = pick_text(rng, {"290345", "382762", "382769", "290345"});
  std::string_view desc =
      pick_text(rng, {"refrigerant gas R-134a", "refrigerant gas", "R134a in disposable cylinders",
                      "refrigerant R-410A", "cooling gas"});
  double cylinders = std::round(rng.uniform(200, 1400));
  // 13.6 kg is the common R-22 cylinder; declared mass often does not match
  double kg = cylinders * (rng.chance(0.5) ? 13.6 : rng.uniform(5, 9));
  Item it = item(hs, desc, origin, kg, rng.uniform(1.5, 3.5), "u", 13.6);
  it.quantity = cylinders;
  d.items.push_back(std::move(it));
  sea_containers(rng, d, 1);
}

void cultural(Rng& rng, const std::string& country, Declaration& d) {
  d.flow = Flow::import;
  Country origin = pick_country(rng, {"IQ", "SY", "LY", "YE", "AF", "ML", "SD"});
  d.departure_country = rng.chance(0.7) ? pick_country(rng, {"LB", "TR", "AE", "TH"}) : origin;
  d.destination_country = C(country);
  d.transport_mode = rng.chance(0.5) ? "post" : "air";
  d.importer =
      rng.chance(0.5) ? new_party(rng, country, "Antiques") : Party{"", person_name(rng), "", C(country)};
  d.exporter = new_party(rng, d.departure_country->str(), "Handicrafts");
  std::string_view hs = pick_text(rng, {"691390", "442199", "711319", "970600", "970510", "830629"});
  std::string_view desc =
      pick_text(rng, {"decorative items", "handicrafts", "souvenirs", "old terracotta figure",
                      "replica statue", "antique bronze ornament", "ceramic vase, decorative",
                      "coins, collection", "manuscript page, decorative"});
  const double usd_per_kg = rng.uniform(2, 15);
  const double kg = rng.uniform(0.5, 25);
  d.items.push_back(item(hs, desc, origin, kg, usd_per_kg, "u", 2));
}

void strategic(Rng& rng, const Population& pop, const std::string& country, Declaration& d) {
  d.flow = Flow::export_;
  d.departure_country = C(country);
  d.destination_country = pick_country(rng, {"AE", "TR", "HK", "MY", "SG", "KZ", "KG", "AM", "GE"});
  if (rng.chance(0.3)) d.transit_countries.push_back(pick_country(rng, {"TR", "AE", "GE"}));
  const Trader& t = pop.traders[rng.below(pop.traders.size())];
  d.exporter = rng.chance(0.5) ? t.party : new_party(rng, country, "Industrial");
  d.importer = new_party(rng, d.destination_country->str(), "General Trading");
  d.consignee.name = company_name(rng, "General Trading");
  d.consignee.country = d.destination_country;
  if (rng.chance(0.5)) {
    // chemical-weapons precursors under generic names
    std::string_view hs =
        pick_text(rng, {"281212", "281213", "281219", "292019", "293149", "293159", "292114", "293010"});
    std::string_view desc =
        pick_text(rng, {"laboratory chemicals", "industrial chemicals", "chemical intermediate",
                        "phosphorus compounds for industry", "reagents"});
    const double usd_per_kg = rng.uniform(2, 12);
    const double kg = rng.uniform(200, 5000);
    d.items.push_back(item(hs, desc, C(country), kg, usd_per_kg));
  } else {
    // dual-use machinery
    std::string_view hs =
        pick_text(rng, {"845811", "845710", "845961", "848610", "901380", "852610", "880690"});
    std::string_view desc = pick_text(rng, {"industrial equipment", "spare parts", "machine tools",
                                            "machinery, used", "electronic equipment"});
    const double usd_per_kg = rng.uniform(15, 60);
    const double kg = rng.uniform(300, 8000);
    d.items.push_back(item(hs, desc, C(country), kg, usd_per_kg, "u", 500));
  }
  sea_containers(rng, d, 1);
}

void precursors(Rng& rng, const std::string& country, Declaration& d) {
  d.flow = Flow::import;
  Country origin = pick_country(rng, {"UA", "TR", "CN", "IN", "RU", "PL"});
  d.departure_country = origin;
  d.destination_country = C(country);
  d.transport_mode = rng.chance(0.6) ? "road" : "sea";
  d.exporter = new_party(rng, origin.str(), "Chemicals");
  if (rng.chance(0.5)) {
    d.importer = Party{"", person_name(rng), "", C(country)};  // a private person
  } else {
    d.importer = new_party(rng, country, "Services");
  }
  d.consignee.name = rng.chance(0.5) ? person_name(rng) : d.importer.name;
  std::string_view hs = pick_text(
      rng, {"310230", "310240", "282911", "282919", "284700", "290420", "760310", "280800", "310520"});
  std::string_view desc = hs == "310520"
                              ? std::string_view("fertiliser")
                              : pick_text(rng, {"fertiliser", "chemicals", "cleaning agent", "garden product",
                                                "ammonium nitrate", "oxidising agent", "aluminium powder"});
  const double usd_per_kg = rng.uniform(0.3, 2.5);
  const double kg = rng.uniform(25, 1500);
  d.items.push_back(item(hs, desc, origin, kg, usd_per_kg));
}

void wildlife(Rng& rng, const std::string& country, Declaration& d) {
  d.flow = Flow::transit;
  d.transit_countries.push_back(C(country));
  double r = rng.uniform();
  if (r < 0.45) {
    // ivory or pangolin scales hidden under ordinary goods
    Country origin = pick_country(rng, {"NG", "CM", "CD", "CG", "UG", "KE", "TZ", "MZ", "MW"});
    d.departure_country = origin;
    d.destination_country = pick_country(rng, {"VN", "CN", "HK", "LA", "MY", "TH", "KH"});
    std::string_view hs = pick_text(rng, {"080132", "440399", "391590", "120740", "030389"});
    std::string_view desc = hs == "080132"   ? "cashew nuts"
                            : hs == "440399" ? "logs, tropical wood"
                            : hs == "391590" ? "plastic scrap"
                            : hs == "120740" ? "sesame seeds"
                                             : "frozen fish";
    const double usd_per_kg = rng.uniform(0.4, 3);
    const double kg = rng.uniform(12000, 26000);
    d.items.push_back(item(hs, desc, origin, kg, usd_per_kg));
  } else if (r < 0.7) {
    // rosewood without a CITES permit
    Country origin = pick_country(rng, {"MG", "MZ", "GH", "NG"});
    d.departure_country = origin;
    d.destination_country = C("CN");
    const double usd_per_kg = rng.uniform(0.5, 2);
    const double kg = rng.uniform(15000, 28000);
    const std::string_view desc =
        pick_text(rng, {"hardwood logs", "rosewood logs", "sawn timber", "tropical wood"});
    const std::string_view hs = pick_text(rng, {"440349", "440729", "440349"});
    d.items.push_back(item(hs, desc, origin, kg, usd_per_kg));
  } else if (r < 0.85) {
    // shark fin declared as dried fish
    Country origin = pick_country(rng, {"EC", "PE", "MX"});
    d.departure_country = origin;
    d.destination_country = C("HK");
    d.transport_mode = "air";
    const double usd_per_kg = rng.uniform(10, 60);
    const double kg = rng.uniform(100, 1500);
    const std::string_view desc =
        pick_text(rng, {"dried fish products", "dried seafood", "fish maw", "shark fins, dried"});
    const std::string_view hs = pick_text(rng, {"030571", "030559", "030572"});
    d.items.push_back(item(hs, desc, origin, kg, usd_per_kg));
  } else {
    // glass eels leaving Europe for Asia as "live fish"
    d.flow = Flow::export_;
    d.transit_countries.clear();
    d.departure_country = C(country);
    d.destination_country = pick_country(rng, {"HK", "CN"});
    d.transport_mode = "air";
    const double usd_per_kg = rng.uniform(50, 300);
    const double kg = rng.uniform(20, 300);
    const Country origin = pick_country(rng, {"FR", "ES", "PT", "GB"});
    const std::string_view desc = pick_text(rng, {"live fish", "live eels", "aquarium fish", "fish fry"});
    d.items.push_back(item("030192", desc, origin, kg, usd_per_kg));
  }
  d.exporter = new_party(rng, d.departure_country->str(), "Export");
  d.importer = new_party(rng, d.destination_country->str(), "Import");
  if (d.transport_mode.empty()) sea_containers(rng, d, 1);
}

}  // namespace

void make_illicit(Domain domain, Rng& rng, const Population& pop, const std::string& country,
                  Declaration& d) {
  switch (domain) {
    case Domain::waste: waste(rng, pop, country, d); break;
    case Domain::ozone: ozone(rng, country, d); break;
    case Domain::cultural: cultural(rng, country, d); break;
    case Domain::strategic: strategic(rng, pop, country, d); break;
    case Domain::precursors: precursors(rng, country, d); break;
    default: wildlife(rng, country, d); break;
  }
  for (size_t i = 0; i < d.items.size(); ++i) {
    d.items[i].item_no = static_cast<int>(i + 1);
    d.items[i].tax_rate = 0;
  }
  d.outcome.inspection = InspectionResult::seizure;
  d.outcome.fraud = true;
  d.outcome.illicit_domain = domain;
}

}  // namespace custos::sim
