#include "simulate/simulator.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>

#include "core/declaration_json.hpp"
#include "ingest/csv_writer.hpp"
#include "simulate/catalogue.hpp"
#include "simulate/illicit.hpp"
#include "simulate/parcels.hpp"
#include "simulate/population.hpp"

namespace custos {
namespace {

using sim::Goods;
using sim::Rng;

std::vector<const Goods*> goods_of(std::string_view sector) {
  std::vector<const Goods*> out;
  for (const Goods& g : sim::catalogue())
    if (g.sector == sector) out.push_back(&g);
  return out;
}

Item legit_item(Rng& rng, const Goods& g, Country origin) {
  Item it;
  it.hs_code = HsCode::parse(g.hs).value();
  auto descs = sim::split(g.descriptions, ';');
  it.description = std::string(rng.pick(descs));
  it.origin = origin;
  double kg = rng.lognormal(g.kg_median, 0.6);
  it.quantity_unit = std::string(g.unit);
  if (g.unit == "kg") {
    kg = std::round(kg * 10) / 10;
    it.quantity = kg;
  } else {
    double pieces = std::max(1.0, std::round(kg / g.kg_per_unit));
    it.quantity = pieces;
    kg = std::round(pieces * g.kg_per_unit * rng.uniform(0.97, 1.03) * 10) / 10;  // packing tolerance
  }
  it.net_mass_kg = std::max(0.1, kg);
  it.value = std::round(*it.net_mass_kg * rng.lognormal(g.usd_per_kg, 0.35) * 100) / 100;
  it.currency = "USD";
  it.tax_rate = g.tax_rate;
  return it;
}

std::string office_for(const std::string& country, const std::string& mode) {
  if (mode == "air") return country + "AIR01";
  if (mode == "post") return country + "POST01";
  if (mode == "road") return country + "ROAD01";
  if (mode == "rail") return country + "RAIL01";
  return country + "SEA01";
}

class Simulator {
 public:
  explicit Simulator(const SimulationOptions& o)
      : o_(o),
        rng_(o.seed),
        parcel_rng_(o.seed ^ 0x9A8CE15ULL),
        pop_(sim::make_population(o.country,
                                  std::clamp<size_t>(static_cast<size_t>(o.declarations / 8), 40, 20000))),
        home_(Country::parse(o.country).value()) {
    for (auto s : sim::sectors()) by_sector_.emplace_back(s, goods_of(s));
  }

  Declaration next(int64_t n) {
    Declaration d;
    d.id = fmt::format("S{}-{:07d}", o_.seed, n + 1);
    d.date =
        o_.first_day.plus_days(static_cast<int32_t>(n * o_.days / std::max<int64_t>(1, o_.declarations)));
    double r = rng_.uniform();
    if (r < o_.illicit_share) {
      Domain dom = kIllicitDomains[rng_.below(std::size(kIllicitDomains))];
      d.declarant_id = rng_.pick(pop_.declarants);
      sim::make_illicit(dom, rng_, pop_, o_.country, d);
    } else {
      legit(d);
      if (r < o_.illicit_share + o_.fiscal_share)
        undervalue(d);
      else if (rng_.chance(o_.inspected_share)) {
        d.outcome.inspection = InspectionResult::clean;
      }
      // A parcel replaces the trader's declaration after it was drawn, so the
      // main stream, and every other declaration, stays the same.
      if (r >= o_.illicit_share + o_.fiscal_share && parcel_rng_.chance(o_.parcel_share)) {
        Declaration p;
        p.id = d.id;
        p.date = d.date;
        p.outcome = d.outcome;
        sim::make_parcel(parcel_rng_, home_, p);
        d = std::move(p);
      }
      if (!d.outcome.fraud) d.outcome.fraud = false;
    }
    if (d.transport_mode.empty()) d.transport_mode = "sea";
    d.office = office_for(o_.country, d.transport_mode);
    return d;
  }

 private:
  const std::vector<const Goods*>& sector_goods(std::string_view s) const {
    for (const auto& [name, goods] : by_sector_)
      if (name == s) return goods;
    return by_sector_.front().second;
  }

  void legit(Declaration& d) {
    const sim::Trader& t = pop_.traders[rng_.skewed(pop_.traders.size())];
    const auto& goods = sector_goods(t.sector);
    const Party& partner = rng_.pick(t.partners);
    d.declarant_id = t.declarant_id;
    const Goods& first = *rng_.pick(goods);
    auto modes = sim::split(first.modes, ',');
    d.transport_mode = std::string(modes.front());
    if (modes.size() > 1 && rng_.chance(0.3)) d.transport_mode = std::string(modes[1]);
    double f = rng_.uniform();
    Country origin = partner.country.value_or(home_);
    if (f < 0.7) {
      d.flow = Flow::import;
      d.importer = t.party;
      d.exporter = partner;
      d.departure_country = rng_.chance(0.1) ? Country::parse("SG").value() : origin;
      d.destination_country = home_;
    } else if (f < 0.9) {
      d.flow = Flow::export_;
      d.exporter = t.party;
      d.importer = partner;
      d.departure_country = home_;
      d.destination_country = origin;
      origin = rng_.chance(0.6) ? home_ : origin;  // re-exports keep their origin
    } else {
      d.flow = Flow::transit;
      d.exporter = partner;
      d.importer = t.partners.size() > 1 ? t.partners.back() : partner;
      d.departure_country = origin;
      d.destination_country =
          d.importer.country == origin ? Country::parse("CH").value() : d.importer.country;
      d.transit_countries.push_back(home_);
    }
    int items = 1;
    while (items < 6 && rng_.chance(0.35)) ++items;
    for (int i = 0; i < items; ++i) {
      const Goods& g = i == 0 ? first : *rng_.pick(goods);
      Item it = legit_item(rng_, g, origin);
      it.item_no = i + 1;
      if (!g.document.empty())
        it.documents.push_back(
            {std::string(g.document), fmt::format("{}-{}-{:05d}", origin.str(), 2026, rng_.below(100000))});
      d.items.push_back(std::move(it));
    }
    if (d.transport_mode == "sea") {
      int n = 1 + static_cast<int>(rng_.below(2));
      for (int i = 0; i < n; ++i) d.containers.push_back(sim::container_number(rng_));
    }
  }

  void undervalue(Declaration& d) {
    Item& it = d.items[rng_.below(d.items.size())];
    if (it.value) it.value = std::round(*it.value * rng_.uniform(0.12, 0.45) * 100) / 100;
    d.outcome.inspection = InspectionResult::discrepancy;
    d.outcome.fraud = true;
    d.outcome.illicit_domain = Domain::fiscal;
  }

  SimulationOptions o_;
  Rng rng_;
  Rng parcel_rng_;  // parcels: their own stream (see parcel_share)
  sim::Population pop_;
  Country home_;
  std::vector<std::pair<std::string_view, std::vector<const Goods*>>> by_sector_;
};

}  // namespace

void simulate(const SimulationOptions& options, const std::function<void(const Declaration&)>& emit) {
  if (!Country::parse(options.country))
    throw std::invalid_argument("'" + options.country + "' is not a country code");
  Simulator s(options);
  for (int64_t n = 0; n < options.declarations; ++n) emit(s.next(n));
}

void simulate_to_file(const SimulationOptions& options, Format format, const std::string& path) {
  std::FILE* out = path == "-" ? stdout : std::fopen(path.c_str(), "wb");
  if (out == nullptr) throw std::runtime_error("cannot write " + path + ": " + std::strerror(errno));
  fmt::memory_buffer b;
  if (format == Format::csv) b.append(canonical_csv_header());
  auto drain = [&](bool force) {
    if (b.size() < (1 << 20) && !force) return;
    if (std::fwrite(b.data(), 1, b.size(), out) != b.size())
      throw std::runtime_error("write failed: " + path);
    b.clear();
  };
  simulate(options, [&](const Declaration& d) {
    if (format == Format::csv) {
      append_canonical_csv(b, d);
    } else {
      b.append(to_canonical_json(d));
      b.push_back('\n');
    }
    drain(false);
  });
  drain(true);
  if (out != stdout && std::fclose(out) != 0) throw std::runtime_error("cannot finish writing " + path);
  if (out == stdout) std::fflush(stdout);
}

}  // namespace custos
