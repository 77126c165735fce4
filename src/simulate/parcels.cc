#include "simulate/parcels.hpp"

#include <fmt/format.h>

#include <cmath>
#include <span>
#include <string_view>

#include "simulate/population.hpp"

namespace custos::sim {
namespace {

// One consumer good sent by parcel: its subheading (HS 2022), descriptions as
// shops and senders write them, the median value and mass of one piece.
struct ParcelGood {
  std::string_view hs;
  std::string_view descriptions;  // alternatives separated by ';'
  double usd;                     // median value of one piece
  double kg;                      // net mass of one piece
};

constexpr ParcelGood kParcelGoods[] = {
    {"610910", "t-shirt;cotton t-shirts;printed tee shirt", 12, 0.2},
    {"620462", "women's jeans;denim trousers", 35, 0.6},
    {"640411", "running shoes;sports shoes;sneakers", 60, 0.8},
    {"420222", "handbag;shoulder bag, textile", 40, 0.5},
    {"490199", "books;paperback novel;textbook, used", 15, 0.4},
    {"851713", "smartphone;mobile phone, used;second-hand phone", 250, 0.25},
    {"851830", "headphones;wireless earbuds", 45, 0.2},
    {"392690", "phone case;plastic phone cover", 6, 0.05},
    {"330499", "face cream;skin care set;cosmetics", 25, 0.3},
    {"330430", "nail polish remover 100 ml;nail polish set;manicure set", 9, 0.2},
    {"330300", "perfume 50 ml;eau de toilette", 55, 0.3},
    {"210690", "food supplement capsules;protein powder;vitamin tablets", 30, 0.6},
    {"090230", "black tea;tea bags;loose leaf tea", 12, 0.5},
    {"090121", "roasted coffee beans;ground coffee", 15, 0.5},
    {"950300", "toy;building blocks set;plush toy;model kit", 25, 0.6},
    {"950790", "fishing lures;fishing tackle", 20, 0.3},
    {"711719", "costume jewellery;bracelet, imitation jewellery", 15, 0.1},
    {"910211", "wrist watch;quartz watch", 80, 0.15},
    {"870899", "car spare part;brake pads;car mirror", 45, 1.5},
    {"853952", "LED bulbs;LED lamp", 10, 0.2},
    {"321519", "printer ink cartridges", 25, 0.2},
    {"230910", "cat food;dog treats", 20, 2},
    {"120991", "vegetable seeds;flower seeds, packets", 8, 0.1},
    {"970191", "painting, oil on canvas, by the sender;a painting, gift", 150, 2},
    {"442090", "wooden souvenir;carved wooden box", 20, 0.5},
    {"691200", "ceramic mugs;tableware, gift", 18, 1},
    {"620520", "men's shirt;cotton shirts", 30, 0.3},
    {"846721", "cordless drill, used;electric drill", 70, 2},
};

// Where parcels to a European private person come from: online marketplaces
// and relatives abroad.
constexpr std::string_view kSenders[] = {"CN", "CN", "CN", "US", "GB", "TR", "DE", "KR",
                                         "JP", "PL", "IN", "HK", "MA", "UA", "BR"};

// Declared consignees: a personal name as most parcels carry, or the
// designation some senders and postal operators write instead.
constexpr std::string_view kDesignations[] = {"Private person", "Privatperson", "Particulier",
                                              "Private individual"};

}  // namespace

void make_parcel(Rng& rng, Country home, Declaration& d) {
  Country from = Country::parse(rng.pick(std::span<const std::string_view>(kSenders))).value();
  d.flow = Flow::import;
  bool post = rng.chance(0.7);  // the postal operator, or an express courier by air
  d.transport_mode = post ? "post" : "air";
  d.declarant_id = post ? "DCL-POST" : "DCL-EXPRESS";
  d.departure_country = from;
  d.destination_country = home;
  std::string person = rng.chance(0.85)
                           ? person_name(rng)
                           : std::string(rng.pick(std::span<const std::string_view>(kDesignations)));
  d.importer = Party{"", person, "", home};
  d.consignee = Party{"", person, "", home};
  d.exporter = rng.chance(0.7) ? Party{"", company_name(rng, "Online"), "", from}
                               : Party{"", person_name(rng), "", from};  // a relative or a private seller
  int items = 1;
  while (items < 3 && rng.chance(0.3)) ++items;
  for (int i = 0; i < items; ++i) {
    const ParcelGood& g = rng.pick(std::span<const ParcelGood>(kParcelGoods));
    auto descs = split(g.descriptions, ';');
    Item it;
    it.item_no = i + 1;
    it.hs_code = HsCode::parse(g.hs).value();
    it.description = std::string(rng.pick(descs));
    it.origin = from;
    double pieces = 1 + static_cast<double>(rng.below(3));
    it.quantity = pieces;
    it.quantity_unit = "u";
    it.net_mass_kg = std::max(0.05, std::round(pieces * g.kg * rng.uniform(0.97, 1.03) * 100) / 100);
    it.value = std::round(pieces * rng.lognormal(g.usd, 0.4) * 100) / 100;
    it.currency = "USD";
    d.items.push_back(std::move(it));
  }
}

}  // namespace custos::sim
