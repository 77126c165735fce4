#include "risk/synthetic.hpp"

#include <fmt/format.h>

#include <random>

namespace custos::risk {
namespace {

const std::vector<std::string> kWords{
    "plastic",  "scrap",      "waste",      "used",     "parts",    "steel",       "copper",     "aluminium",
    "cotton",   "shirts",     "shoes",      "toys",     "machine",  "pump",        "valve",      "cable",
    "battery",  "monitor",    "laptop",     "phone",    "tyres",    "rubber",      "paper",      "boxes",
    "chemical", "solvent",    "acetone",    "gas",      "cylinder", "refrigerant", "fertiliser", "nitrate",
    "powder",   "timber",     "logs",       "carving",  "statue",   "bronze",      "antique",    "coins",
    "fish",     "frozen",     "dried",      "shells",   "seeds",    "resin",       "granules",   "virgin",
    "sample",   "handicraft", "decorative", "ceramic",  "glass",    "wood",        "déchets",    "pièces",
    "usagés",   "residuos",   "chatarra",   "tornillos"};
const std::vector<std::string> kCountries{"CN", "IN", "VN", "MY", "TH", "ID", "US", "DE", "GB",
                                          "FR", "NL", "BE", "JP", "KR", "TR", "AE", "NG", "GH",
                                          "KE", "ZA", "BR", "MX", "PE", "EC", "RU", "UA", "PL",
                                          "IT", "ES", "SG", "HK", "PK", "BD", "LK", "EG", "MA"};

// Chapters weighted towards those that profiles and trade both favour.
const std::vector<int> kChapters{1,  3,  5,  12, 25, 27, 28, 29, 31, 38, 39, 40, 44, 47, 48, 52,
                                 61, 62, 64, 71, 72, 73, 74, 76, 84, 85, 87, 90, 93, 95, 97};

std::string hs6(std::mt19937_64& rng) {
  int ch = kChapters[rng() % kChapters.size()];
  int heading = static_cast<int>(rng() % 20) + 1;
  int sub = static_cast<int>(rng() % 10) * 10;
  return fmt::format("{:02d}{:02d}{:02d}", ch, heading, sub);
}

template <typename T>
const T& pick(std::mt19937_64& rng, const std::vector<T>& v) {
  return v[rng() % v.size()];
}

}  // namespace

std::string synthetic_profiles_toml(int count, uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::string out;
  const char* domains[] = {"waste",      "ozone",    "cultural", "strategic",
                           "precursors", "wildlife", "fiscal",   "general"};
  const char* lanes[] = {"yellow", "orange", "red"};
  for (int i = 0; i < count; ++i) {
    out += fmt::format(
        "[[profile]]\nid = \"SYN-{:05d}\"\ntitle = \"Synthetic profile {}\"\ndomain = \"{}\"\n"
        "legal_basis = \"synthetic\"\nweight = {}\nmin_lane = \"{}\"\nreason = \"Synthetic reason {}\"\n"
        "instructions = \"Synthetic instructions\"\n[profile.when]\n",
        i, i, domains[rng() % 8], 10 + rng() % 80, lanes[rng() % 3], i);
    // Every profile combines a selective key with at least one more
    // condition, as analysts write them, so a few items in a hundred hit.
    int kind = static_cast<int>(rng() % 10);
    auto origins = [&] {
      return fmt::format("origin = [\"{}\", \"{}\", \"{}\"]\n", pick(rng, kCountries), pick(rng, kCountries),
                         pick(rng, kCountries));
    };
    if (kind < 6) {
      int n = 1 + static_cast<int>(rng() % 3);
      out += "hs = [";
      for (int k = 0; k < n; ++k) {
        std::string code = hs6(rng);
        out += (k ? ", \"" : "\"") + code.substr(0, rng() % 10 < 7 ? 6 : 4) + "\"";
      }
      out += "]\n" + origins();
      int extra = static_cast<int>(rng() % 4);
      if (extra == 1)
        out += fmt::format("description = [\"{}\", \"{}*\"]\n", pick(rng, kWords),
                           pick(rng, kWords).substr(0, 4));
      if (extra == 2) out += fmt::format("unit_value_per_kg = {{ max = {} }}\n", 1 + rng() % 20);
      if (extra == 3) out += "lacks_document = [\"LICENCE\"]\n";
    } else if (kind < 8) {
      out += fmt::format("description = [\"kw{}\", \"{} {}\"]\n", rng() % 5000, pick(rng, kWords),
                         pick(rng, kWords));
      out += origins();
      if (rng() % 2) out += fmt::format("destination = [\"{}\"]\n", pick(rng, kCountries));
    } else if (kind < 9) {
      out += fmt::format("importer = [\"IMP{:05d}\", \"IMP{:05d}\"]\n", rng() % 20000, rng() % 20000);
    } else {
      out += fmt::format("origin = [\"{}\"]\nhs = [\"{:02d}\"]\nvalue = {{ min = {} }}\n",
                         pick(rng, kCountries), pick(rng, kChapters), 1000 + rng() % 90000);
    }
  }
  return out;
}

std::vector<Declaration> synthetic_declarations(int count, uint64_t seed) {
  std::mt19937_64 rng(seed ^ 0x9e3779b97f4a7c15ull);
  std::vector<Declaration> out;
  out.reserve(static_cast<size_t>(count));
  Date start = *Date::from_ymd(2025, 1, 1);
  for (int i = 0; i < count; ++i) {
    Declaration d;
    d.id = fmt::format("SYN{:08d}", i);
    d.flow = rng() % 5 ? Flow::import : Flow::export_;
    d.date = start.plus_days(static_cast<int32_t>(rng() % 180));
    d.office = fmt::format("OF{:02d}", rng() % 20);
    d.transport_mode = pick(rng, std::vector<std::string>{"sea", "air", "road", "post"});
    d.declarant_id = fmt::format("DCL{:04d}", rng() % 2000);
    d.importer.id = fmt::format("IMP{:05d}", rng() % 20000);
    d.exporter.id = fmt::format("EXP{:05d}", rng() % 20000);
    d.departure_country = *Country::parse(pick(rng, kCountries));
    d.destination_country = *Country::parse(pick(rng, kCountries));
    int items = 1 + static_cast<int>(rng() % 3);
    for (int k = 0; k < items; ++k) {
      Item it;
      it.item_no = k + 1;
      it.hs_code = *HsCode::parse(hs6(rng) + (rng() % 2 ? "00" : ""));
      std::string desc = pick(rng, kWords);
      int words = 1 + static_cast<int>(rng() % 4);
      for (int w = 0; w < words; ++w) desc += " " + pick(rng, kWords);
      if (rng() % 50 == 0) desc += fmt::format(" kw{}", rng() % 5000);
      it.description = desc;
      it.origin = *Country::parse(pick(rng, kCountries));
      it.net_mass_kg = static_cast<double>(1 + rng() % 20000);
      it.value = static_cast<double>(10 + rng() % 100000);
      it.currency = "USD";
      if (rng() % 4 == 0) it.documents.push_back({"LICENCE", "L1"});
      d.items.push_back(std::move(it));
    }
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace custos::risk
