#include "simulate/population.hpp"

#include <fmt/format.h>

#include "simulate/catalogue.hpp"

namespace custos::sim {
namespace {

constexpr std::string_view kWords[] = {"Nordic",   "Atlas",   "Delta",   "Orion",     "Harbor",  "Summit",
                                       "Meridian", "Pioneer", "Vertex",  "Crescent",  "Golden",  "Blue",
                                       "Eastern",  "Western", "Global",  "United",    "Prime",   "Royal",
                                       "Silver",   "Oak",     "Lotus",   "Phoenix",   "Horizon", "Coastal",
                                       "Alpine",   "Baltic",  "Sunrise", "Evergreen", "Falcon",  "Zenith"};
constexpr std::string_view kForms[] = {"BV",      "Ltd",  "GmbH",    "SA",           "LLC",
                                       "Co. Ltd", "SARL", "Trading", "Import Export"};
constexpr std::string_view kGiven[] = {"Jan",  "Maria", "Ahmed", "Li",   "Olga", "Pieter", "Fatima", "Carlos",
                                       "Anna", "Kofi",  "Mei",   "Ivan", "Sara", "Tom",    "Aylin",  "Joao"};
constexpr std::string_view kFamily[] = {"de Vries", "Jansen", "Haddad",   "Wang",   "Petrova", "Bakker",
                                        "Mensah",   "Garcia", "Novak",    "Yilmaz", "Chen",    "Smit",
                                        "Okafor",   "Silva",  "Kowalski", "Nguyen"};
constexpr std::string_view kStreets[] = {"Havenstraat",   "Main Street",  "Industrieweg", "Harbour Road",
                                         "Market Square", "Station Road", "Canal Street"};

std::string sector_word(std::string_view sector) {
  if (sector == "food") return "Foods";
  if (sector == "polymers") return "Polymers";
  if (sector == "chemicals") return "Chemicals";
  if (sector == "fertilisers") return "Agro";
  if (sector == "refrigerants") return "Cooling";
  if (sector == "scrap") return "Recycling";
  if (sector == "art") return "Fine Art";
  if (sector == "pets") return "Exotics";
  std::string s(sector);
  s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

}  // namespace

std::string company_name(Rng& rng, std::string_view hint) {
  const std::string_view form = rng.pick(std::span<const std::string_view>(kForms));
  const std::string_view word = rng.pick(std::span<const std::string_view>(kWords));
  return fmt::format("{} {} {}", word, hint, form);
}

std::string person_name(Rng& rng) {
  const std::string_view family = rng.pick(std::span<const std::string_view>(kFamily));
  const std::string_view given = rng.pick(std::span<const std::string_view>(kGiven));
  return fmt::format("{} {}", given, family);
}

std::string container_number(Rng& rng) {
  static constexpr std::string_view kOwners[] = {"MSC", "MAE", "CMA", "HLX", "COS", "EVR", "ONE", "YML"};
  const auto serial = rng.below(1000000);
  const std::string_view owner = rng.pick(std::span<const std::string_view>(kOwners));
  std::string c = fmt::format("{}U{:06d}", owner, serial);
  int sum = 0;
  for (int i = 0; i < 10; ++i) {
    char ch = c[static_cast<size_t>(i)];
    int v = i < 4 ? 10 + (ch - 'A') : ch - '0';
    if (i < 4) v += (v - 1) / 10;
    sum += v << i;
  }
  c += static_cast<char>('0' + (sum % 11) % 10);
  return c;
}

Population make_population(const std::string& country, size_t count) {
  Rng rng(0xC0570C0FFEEULL + std::hash<std::string>{}(country));
  Population pop;
  for (size_t i = 0; i < std::max<size_t>(10, count / 40); ++i)
    pop.declarants.push_back(fmt::format("DCL{:05d}", i + 1));
  auto sectors = custos::sim::sectors();
  // Everyday sectors are common; sensitive ones (refrigerants, art, pets, tools) rarer.
  std::vector<std::string_view> weighted;
  for (auto s : sectors) {
    int w =
        (s == "refrigerants" || s == "art" || s == "pets" || s == "leather" || s == "tools" || s == "scrap")
            ? 1
            : 4;
    for (int k = 0; k < w; ++k) weighted.push_back(s);
  }
  for (size_t i = 0; i < count; ++i) {
    Trader t;
    t.sector = rng.pick(weighted);
    t.party.id = fmt::format("{}{:07d}", country, i + 1);
    t.party.name = company_name(rng, sector_word(t.sector));
    const auto number = 1 + rng.below(200);
    const std::string_view street = rng.pick(std::span<const std::string_view>(kStreets));
    t.party.address = fmt::format("{} {}", street, number);
    t.party.country = Country::parse(country);
    t.declarant_id = rng.pick(pop.declarants);
    // partners come from the sector's usual origins
    std::vector<std::string_view> origins;
    for (const Goods& g : catalogue())
      if (g.sector == t.sector)
        for (auto o : split(g.origins, ',')) origins.push_back(o);
    size_t partners = 1 + rng.below(3);
    for (size_t p = 0; p < partners; ++p) {
      Party partner;
      auto c = rng.pick(origins);
      partner.country = Country::parse(c);
      partner.id = fmt::format("{}{:07d}", c, rng.below(10000000));
      partner.name = company_name(rng, sector_word(t.sector));
      t.partners.push_back(std::move(partner));
    }
    pop.traders.push_back(std::move(t));
  }
  return pop;
}

}  // namespace custos::sim
