// custos exercise create: a day of simulated trade with hidden cases in an
// administration of its own, the engine's findings, permits (some forged),
// parties from the imported lists, samples with noisy spectra, and the truth.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "auth/administrations.hpp"
#include "auth/errors.hpp"
#include "core/clock.hpp"
#include "core/declaration_json.hpp"
#include "exercise/common.hpp"
#include "exercise/scenario.hpp"
#include "risk/pipeline.hpp"
#include "risk/profile_set.hpp"
#include "risk/value_floors.hpp"
#include "screen/list_versions.hpp"
#include "screen/screen.hpp"
#include "simulate/illicit.hpp"
#include "simulate/population.hpp"
#include "simulate/rng.hpp"
#include "simulate/simulator.hpp"

namespace custos::exercise {
namespace {

std::string office_for(const std::string& country, const std::string& mode) {
  if (mode == "air") return country + "AIR01";
  if (mode == "post") return country + "POST01";
  if (mode == "road") return country + "ROAD01";
  if (mode == "rail") return country + "RAIL01";
  return country + "SEA01";
}

std::string next_administration_code(Store& store) {
  int highest = 0;
  for (const auto& a : auth::list_administrations(store)) {
    if (a.code.size() == 8 && a.code.starts_with("EX-")) {
      try {
        highest = std::max(highest, std::stoi(a.code.substr(3)));
      } catch (const std::exception&) {
      }
    }
  }
  if (highest >= 99999) throw auth::InvalidInput("name", "this store holds 99999 exercises already");
  return fmt::format("EX-{:05d}", highest + 1);
}

// A party's name as presented: the listed entity's primary name.
struct ListedParty {
  std::string name, list, id;
  std::optional<Country> country;
};

std::vector<ListedParty> listed_organisations(const std::vector<screen::ListEntity>& entities) {
  std::vector<ListedParty> out;
  for (const auto& e : entities) {
    if (e.kind != screen::EntityKind::organisation || e.names.empty()) continue;
    const std::string& n = e.primary_name();
    if (n.size() < 6 || n.size() > 60) continue;
    out.push_back({n, e.list, e.id, e.countries.empty() ? std::nullopt : std::optional(e.countries.front())});
  }
  return out;
}

Finding rescaled(Finding f) {
  if (f.weight > 0 && f.weight <= 1.0) f.weight *= 100.0;
  return f;
}

// A permit as the trainee sees it when checking it.
struct Permit {
  int item_no = 0;
  std::string type, reference;
  nlohmann::json details;
  std::string forged;  // what is wrong with it (truth only); empty when valid
};

Permit valid_permit(sim::Rng& rng, const Declaration& d, const Item& it, const std::string& type) {
  Permit p;
  p.item_no = it.item_no;
  p.type = type;
  p.reference = it.documents.empty() ? fmt::format("{}-{}-{:05d}", it.origin ? it.origin->str() : "NL", 2026,
                                                   rng.below(100000))
                                     : it.documents.front().reference;
  const Party& holder = d.flow == Flow::export_ ? d.exporter : d.importer;
  const Country issuer = d.flow == Flow::export_ ? Country::parse("NL").value()
                                                 : (it.origin ? *it.origin : Country::parse("NL").value());
  p.details = {{"issued_by", issuer.str()},
               {"holder", holder.name},
               {"hs_code", it.hs_code.str()},
               {"goods", it.description},
               {"quantity_kg", std::ceil(it.net_mass_kg.value_or(0) * rng.uniform(1.0, 1.6))},
               {"valid_from", d.date.plus_days(-static_cast<int32_t>(rng.below(200)) - 10).str()},
               {"valid_until", d.date.plus_days(static_cast<int32_t>(rng.below(300)) + 20).str()}};
  return p;
}

// A forged permit: one detail does not hold, and the debrief says which.
Permit forged_permit(sim::Rng& rng, const Declaration& d, const Item& it, const std::string& type) {
  Permit p = valid_permit(rng, d, it, type);
  switch (rng.below(4)) {
    case 0:
      p.details["valid_until"] = d.date.plus_days(-static_cast<int32_t>(rng.below(300)) - 5).str();
      p.forged = "expired before the declaration's date (valid until " +
                 p.details["valid_until"].get<std::string>() + ")";
      break;
    case 1: {
      sim::Rng other(rng.below(1u << 30));
      p.details["holder"] = sim::company_name(other, "Trading");
      p.forged = "issued to another holder (" + p.details["holder"].get<std::string>() +
                 ") than the declaration's trader";
      break;
    }
    case 2:
      p.details["quantity_kg"] =
          std::max(1.0, std::floor(it.net_mass_kg.value_or(10) * rng.uniform(0.05, 0.4)));
      p.forged = "authorises far less than the declared mass (" +
                 fmt::format("{:.0f} kg", p.details["quantity_kg"].get<double>()) + ")";
      break;
    default: {
      const std::string other = it.hs_code.str().starts_with("44") ? "940360" : "440710";
      p.details["hs_code"] = other;
      p.details["goods"] = other == "940360" ? "wooden furniture" : "sawn softwood";
      p.forged = "covers other goods (HS " + other + ") than those declared";
      break;
    }
  }
  // numbered like lawful papers (the simulator's style), so the number gives nothing away
  p.reference = fmt::format("{}-{}-{:05d}", it.origin ? it.origin->str() : "NL", 2026, rng.below(100000));
  return p;
}

// Whether the goods as declared would lawfully travel with the domain's
// permit: only then is a forged one presented (a CITES permit on cashew
// nuts would give the case away).
bool permit_expected(Domain domain, const std::string& hs) {
  switch (domain) {
    case Domain::ozone:
    case Domain::strategic: return true;
    case Domain::cultural: return hs.starts_with("9705") || hs.starts_with("9706");
    case Domain::wildlife:
      return hs.starts_with("4403") || hs.starts_with("4407") || hs.starts_with("0305") ||
             hs.starts_with("0301");
    default: return false;  // waste declared as prime polymer or used goods needs no consent as declared
  }
}

std::string lane_of(const risk::Assessment& a) { return std::string(risk::to_string(a.lane)); }

}  // namespace

CreateSummary create(Store& store, const audit::Actor& actor, const CreateOptions& o) {
  check_name(o.name);
  const ScenarioFile file = [&] {
    try {
      return ScenarioFile::load(scenarios_path(o.data_dir));
    } catch (const std::exception& e) {
      throw auth::InvalidInput("scenario", e.what());
    }
  }();
  auto sc = file.scenarios.find(o.scenario);
  if (sc == file.scenarios.end()) {
    std::string kinds;
    for (const auto& [k, s] : file.scenarios) kinds += (kinds.empty() ? "" : ", ") + k;
    throw auth::InvalidInput("scenario", "unknown scenario '" + o.scenario + "' (one of " + kinds + ")");
  }
  const Scenario& scenario = sc->second;
  if (o.declarations < 20 || o.declarations > 100000)
    throw auth::InvalidInput("declarations", "between 20 and 100000");
  const double rate = o.illicit_rate.value_or(scenario.illicit_rate);
  if (!(rate > 0 && rate <= 0.5)) throw auth::InvalidInput("illicit-rate", "a share above 0 and at most 0.5");
  std::vector<Domain> domains;
  for (const std::string& name : o.domains.empty() ? scenario.domains : o.domains) {
    auto d = parse_domain(name);
    if (!d ||
        std::find(std::begin(kIllicitDomains), std::end(kIllicitDomains), *d) == std::end(kIllicitDomains))
      throw auth::InvalidInput("domains", "unknown domain '" + name +
                                              "' (waste, ozone, cultural, strategic, precursors, wildlife)");
    if (std::find(domains.begin(), domains.end(), *d) == domains.end()) domains.push_back(*d);
  }
  const int capacity = o.capacity.value_or(std::max(
      1, static_cast<int>(std::lround(scenario.capacity_share * static_cast<double>(o.declarations)))));
  if (capacity < 1 || capacity > o.declarations)
    throw auth::InvalidInput("capacity", "between 1 and the number of declarations");
  if (find_by_name(store, o.name)) throw ConflictError("exercise " + o.name + " exists");

  // The engine, built before anything is written (a broken pack refuses the whole run).
  risk::PipelineOptions po;
  po.profiles_path = risk::default_profiles_path(o.data_dir);
  po.groups_path = risk::default_groups_path(o.data_dir);
  po.value_floors_path = risk::default_value_floors_path(o.data_dir);
  po.value_ceilings_path = risk::default_value_ceilings_path(o.data_dir);
  po.currency_rates_path = risk::default_currency_rates_path(o.data_dir);
  risk::Pipeline pipeline(po);

  // Lists of the store's own administration: parties to plant, and the
  // exercise's copy for screening.
  const std::string home = store.administration();
  std::vector<Artifact> lists;
  for (const auto& status : screen::list_status(store))
    if (auto a = store.get_artifact("list", status.list)) lists.push_back(std::move(*a));
  std::vector<screen::ListEntity> entities = screen::load_active_lists(store);
  const std::vector<ListedParty> listed = listed_organisations(entities);
  std::shared_ptr<screen::Screener> screener;
  if (!entities.empty()) {
    screener = std::make_shared<screen::Screener>(std::move(entities));
    pipeline.add_source([screener](const Declaration& d, std::vector<Finding>& out) {
      for (Finding& f : screen::screen_declaration(*screener, d)) out.push_back(rescaled(std::move(f)));
    });
  }

  // Ordinary trade, then the hidden cases in place of some of it.
  SimulationOptions so;
  so.declarations = o.declarations;
  so.seed = o.seed;
  so.country = o.country;
  so.illicit_share = 0;
  so.fiscal_share = 0;
  so.inspected_share = 0;
  std::vector<Declaration> trade;
  trade.reserve(static_cast<size_t>(o.declarations));
  simulate(so, [&](const Declaration& d) { trade.push_back(d); });
  const sim::Population pop =
      sim::make_population(o.country, std::clamp<size_t>(static_cast<size_t>(o.declarations / 8), 40, 20000));
  sim::Rng rng(o.seed * 7919 + 17);
  const int64_t n_cases = std::max<int64_t>(1, std::llround(rate * static_cast<double>(o.declarations)));
  std::vector<size_t> order(trade.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.below(i)]);
  std::map<std::string, Domain> case_domain;  // declaration id -> domain
  std::map<std::string, nlohmann::json> case_screening;
  for (int64_t k = 0; k < n_cases; ++k) {
    Declaration& d = trade[order[static_cast<size_t>(k)]];
    const Domain dom = domains[static_cast<size_t>(k) % domains.size()];
    Declaration c;
    c.id = d.id;
    c.date = d.date;
    c.declarant_id = d.declarant_id;
    sim::make_illicit(dom, rng, pop, o.country, c);
    if (c.transport_mode.empty()) c.transport_mode = "sea";
    c.office = office_for(o.country, c.transport_mode);
    // Some parties are on the imported lists (strategic cases most often).
    if (!listed.empty() && rng.chance(dom == Domain::strategic ? 0.5 : 0.1)) {
      const ListedParty& lp = listed[rng.below(listed.size())];
      Party& p = c.flow == Flow::export_ ? c.importer : c.consignee;
      p.name = lp.name;
      if (lp.country) p.country = lp.country;
      case_screening[c.id] = {{"party", lp.name}, {"list", lp.list}, {"entry", lp.id}};
    }
    d = std::move(c);
    case_domain[d.id] = dom;
  }

  // Permits: lawful papers are valid; half the cases whose goods need one
  // present a forged one.
  std::vector<std::pair<std::string, Permit>> permits;
  std::map<std::string, std::string> case_permit;  // id -> the permit problem
  for (Declaration& d : trade) {
    auto dom = case_domain.find(d.id);
    for (Item& it : d.items) {
      if (dom == case_domain.end()) {
        for (const Document& doc : it.documents)
          permits.emplace_back(d.id, valid_permit(rng, d, it, doc.type));
        continue;
      }
      const auto text = file.domains.find(std::string(to_string(dom->second)));
      const std::string type = text == file.domains.end() ? "" : text->second.permit;
      if (type.empty() || it.item_no != 1 || !permit_expected(dom->second, it.hs_code.str())) continue;
      if (rng.chance(0.5)) {
        Permit p = forged_permit(rng, d, it, type);
        it.documents.push_back({type, p.reference});
        case_permit[d.id] = "the " + type + " presented (" + p.reference + ") is forged: " + p.forged;
        permits.emplace_back(d.id, std::move(p));
      } else {
        case_permit[d.id] = "no " + type + " was presented";
      }
    }
  }

  // What the engine says, and its selection and a random one.
  std::vector<risk::Assessment> assessed;
  assessed.reserve(trade.size());
  for (const Declaration& d : trade) assessed.push_back(pipeline.assess(d));
  std::vector<size_t> ranked(assessed.size());
  for (size_t i = 0; i < ranked.size(); ++i) ranked[i] = i;
  std::sort(ranked.begin(), ranked.end(), [&](size_t a, size_t b) {
    const auto& x = assessed[a];
    const auto& y = assessed[b];
    if (x.lane != y.lane) return x.lane > y.lane;
    if (x.score != y.score) return x.score > y.score;
    return x.declaration_id < y.declaration_id;
  });
  std::map<std::string, int64_t> engine_rank, random_rank;
  for (size_t r = 0; r < ranked.size(); ++r)
    engine_rank[assessed[ranked[r]].declaration_id] = static_cast<int64_t>(r + 1);
  std::vector<size_t> shuffled(trade.size());
  for (size_t i = 0; i < shuffled.size(); ++i) shuffled[i] = i;
  sim::Rng draw(o.seed * 104729 + 3);
  for (size_t i = shuffled.size(); i > 1; --i) std::swap(shuffled[i - 1], shuffled[draw.below(i)]);
  for (size_t r = 0; r < shuffled.size(); ++r)
    random_rank[trade[shuffled[r]].id] = static_cast<int64_t>(r + 1);

  CreateSummary summary;
  const std::string code = next_administration_code(store);
  const std::string now = utc_now();
  nlohmann::json settings = {{"declarations", o.declarations}, {"seed", o.seed},
                             {"illicit_rate", rate},           {"domains", nlohmann::json::array()},
                             {"title", scenario.title},        {"teaches", scenario.teaches},
                             {"country", o.country},           {"lists", lists.size()}};
  for (Domain d : domains) settings["domains"].push_back(std::string(to_string(d)));
  settings["references"] = nlohmann::json::array();
  for (const Substance& sub : file.substances)
    settings["references"].push_back(
        {{"substance", sub.name}, {"spectrum", spectrum_json(clean_spectrum(sub))}});

  sql::Session& s = store.sql();
  sql::Transaction tx(s);
  auth::add_administration(store, actor, code, "Exercise " + o.name);
  store.set_administration(code);
  try {
    for (const Artifact& a : lists) store.put_artifact(a);
    // Trainees never see outcomes: the stored declarations carry none.
    std::vector<Declaration> shown = trade;
    for (Declaration& d : shown) d.outcome = {};
    store.put_batch(shown, "exercise:" + o.name);
    const Date day = trade.empty() ? Date::from_ymd(2026, 3, 2).value() : trade.front().date;
    s.execute(
        "INSERT INTO exercises(administration, name, scenario, settings, day, capacity, hide_findings, "
        "state, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, CAST($6 AS BIGINT), 0, 'ready', $7, $7)",
        {code, o.name, o.scenario, settings.dump(), day.str(), sql::integer(capacity), now});
    for (size_t i = 0; i < trade.size(); ++i) {
      const risk::Assessment& a = assessed[i];
      nlohmann::json findings = nlohmann::json::array();
      for (const Finding& f : a.findings) findings.push_back(f);
      s.execute(
          "INSERT INTO exercise_findings(administration, declaration_id, score, lane, engine_rank, "
          "random_rank, findings) VALUES ($1, $2, $3, $4, CAST($5 AS BIGINT), CAST($6 AS BIGINT), $7)",
          {code, a.declaration_id, a.score, lane_of(a), engine_rank[a.declaration_id],
           random_rank[a.declaration_id], findings.dump()});
    }
    for (const auto& [id, p] : permits) {
      s.execute(
          "INSERT INTO exercise_permits(administration, declaration_id, item_no, type, reference, details) "
          "VALUES ($1, $2, CAST($3 AS BIGINT), $4, $5, $6) ON CONFLICT DO NOTHING",
          {code, id, sql::integer(p.item_no), p.type, p.reference, p.details.dump()});
      ++summary.permits;
      if (!p.forged.empty()) ++summary.forged_permits;
    }
    for (size_t i = 0; i < trade.size(); ++i) {
      const Declaration& d = trade[i];
      auto dom = case_domain.find(d.id);
      const std::string domain = dom == case_domain.end() ? "" : std::string(to_string(dom->second));
      std::vector<std::string> substances;
      for (const Item& it : d.items) {
        auto sub = file.sample_substance(domain, it.hs_code.str());
        if (!sub) continue;
        const Substance* substance = file.substance(*sub);
        const uint64_t seed = o.seed * 1000003 + i * 131 + static_cast<uint64_t>(it.item_no);
        s.execute(
            "INSERT INTO exercise_samples(administration, declaration_id, item_no, spectrum) "
            "VALUES ($1, $2, CAST($3 AS BIGINT), $4)",
            {code, d.id, sql::integer(it.item_no),
             spectrum_json(measured_spectrum(*substance, seed)).dump()});
        s.execute(
            "INSERT INTO exercise_sample_truth(administration, declaration_id, item_no, substance) "
            "VALUES ($1, $2, CAST($3 AS BIGINT), $4)",
            {code, d.id, sql::integer(it.item_no), *sub});
        substances.push_back("item " + std::to_string(it.item_no) + ": " + *sub);
        ++summary.samples;
      }
      if (dom == case_domain.end()) continue;
      // The truth about the case, for the debrief.
      const risk::Assessment& a = assessed[i];
      const auto text = file.domains.find(domain);
      double value = 0, mass = 0;
      std::string disguise;
      for (const Item& it : d.items) {
        value += it.value.value_or(0);
        mass += it.net_mass_kg.value_or(0);
        if (!disguise.empty()) disguise += "; ";
        disguise += fmt::format("declared as HS {} '{}'", it.hs_code.str(), it.description);
        if (auto uv = it.unit_value_per_kg()) disguise += fmt::format(" at {:.2f} USD/kg", *uv);
      }
      disguise += fmt::format(", {} from {} to {}", to_string(d.flow.value_or(Flow::import)),
                              d.departure_country ? d.departure_country->str() : "?",
                              d.destination_country ? d.destination_country->str() : "?");
      if (!d.transit_countries.empty()) {
        disguise += " via";
        for (const Country& c : d.transit_countries) disguise += " " + c.str();
      }
      disguise += " by " + d.transport_mode;
      nlohmann::json profiles = nlohmann::json::array(), indicators = nlohmann::json::array(),
                     screening = nlohmann::json::array();
      for (const Finding& f : a.findings) {
        nlohmann::json one = {{"id", f.id}, {"reason", f.reason}};
        if (f.source == "screening")
          screening.push_back(one);
        else if (f.source == "profile")
          profiles.push_back(one);
        else
          indicators.push_back(one);
      }
      nlohmann::json revealed = {{"profiles", profiles},
                                 {"indicators", indicators},
                                 {"screening", screening},
                                 {"permit", case_permit.count(d.id) ? case_permit[d.id] : ""},
                                 {"spectra", substances}};
      if (case_screening.count(d.id)) revealed["listed_party"] = case_screening[d.id];
      nlohmann::json data = {{"what", text == file.domains.end() ? domain : text->second.what},
                             {"disguise", disguise},
                             {"indicators", text == file.domains.end() ? "" : text->second.indicators},
                             {"revealed_by", revealed},
                             {"engine_lane", lane_of(a)},
                             {"engine_score", a.score},
                             {"engine_rank", engine_rank[d.id]},
                             {"random_rank", random_rank[d.id]}};
      s.execute(
          "INSERT INTO exercise_truth(administration, declaration_id, domain, value_usd, mass_kg, case_data) "
          "VALUES ($1, $2, $3, $4, $5, $6)",
          {code, d.id, domain, std::round(value * 100) / 100, std::round(mass * 10) / 10, data.dump()});
      ++summary.cases;
      ++summary.cases_by_domain[domain];
      if (case_screening.count(d.id)) ++summary.listed_parties;
    }
    audit::record(store, actor, "exercise.create", "exercise:" + o.name,
                  {{"scenario", o.scenario},
                   {"declarations", o.declarations},
                   {"seed", o.seed},
                   {"illicit_rate", rate},
                   {"capacity", capacity},
                   {"cases", summary.cases}});
    tx.commit();
  } catch (...) {
    store.set_administration(home);
    throw;
  }
  summary.declarations = static_cast<int64_t>(trade.size());
  summary.exercise = *current(store);
  store.set_administration(home);
  return summary;
}

}  // namespace custos::exercise
