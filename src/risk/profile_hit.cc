#include "risk/profile_hit.hpp"

#include "risk/concentration.hpp"
#include "risk/party_kind.hpp"
#include "risk/text_fold.hpp"

namespace custos::risk {
namespace {

nlohmann::json party_id(const Party& p) { return p.id.empty() ? nlohmann::json() : nlohmann::json(p.id); }

// The kind read and the name it was read from: "person (Private person)".
nlohmann::json party_kind_value(const Party& p) {
  auto k = party_kind(p.name);
  if (!k) return p.name.empty() ? nlohmann::json() : nlohmann::json(p.name);
  return std::string(to_string(*k)) + " (" + p.name + ")";
}

nlohmann::json party_name(const Party& p) {
  return p.name.empty() ? nlohmann::json() : nlohmann::json(p.name);
}

nlohmann::json country(const std::optional<Country>& c) {
  return c ? nlohmann::json(c->str()) : nlohmann::json();
}

nlohmann::json number(const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(); }

nlohmann::json doc_types(const Item& item) {
  nlohmann::json a = nlohmann::json::array();
  for (const Document& d : item.documents)
    a.push_back(d.reference.empty() ? d.type : d.type + ":" + d.reference);
  return a;
}

}  // namespace

nlohmann::json field_value(Field field, const Condition& leaf, const Declaration& d, const Item& item) {
  switch (field) {
    case Field::hs: return item.hs_code.empty() ? nlohmann::json() : nlohmann::json(item.hs_code.str());
    case Field::description: return item.description;
    case Field::origin: return country(item.origin);
    case Field::net_mass_kg: return number(item.net_mass_kg);
    case Field::quantity: return number(item.quantity);
    case Field::quantity_unit: return item.quantity_unit;
    case Field::value: return number(item.value);
    case Field::currency: return item.currency;
    case Field::unit_value_per_kg: return number(item.unit_value_per_kg());
    case Field::mass_per_unit_kg: return number(mass_per_unit_kg(item));
    case Field::value_per_unit: return number(value_per_unit(item));
    case Field::tax_rate: return number(item.tax_rate);
    case Field::has_document:
    case Field::lacks_document: return doc_types(item);
    case Field::concentration: {
      // What was read and against which limit: "hydrogen peroxide 35 % (above 12 %)".
      ConcentrationText text;
      text.read(fold_text(item.description));
      for (const ConcentrationTest& t : leaf.concentrations)
        if (std::string e = text.evidence(t); !e.empty()) return e;
      return item.description.empty() ? nlohmann::json() : nlohmann::json(item.description);
    }
    case Field::flow: return d.flow ? nlohmann::json(to_string(*d.flow)) : nlohmann::json();
    case Field::date: return d.date.str();
    case Field::office: return d.office;
    case Field::transport: return d.transport_mode;
    case Field::declarant: return d.declarant_id;
    case Field::importer: return party_id(d.importer);
    case Field::exporter: return party_id(d.exporter);
    case Field::consignor: return party_id(d.consignor);
    case Field::consignee: return party_id(d.consignee);
    case Field::importer_kind: return party_kind_value(d.importer);
    case Field::consignee_kind: return party_kind_value(d.consignee);
    case Field::importer_name_words: return party_name(d.importer);
    case Field::exporter_name_words: return party_name(d.exporter);
    case Field::consignee_name_words: return party_name(d.consignee);
    case Field::party:
      return nlohmann::json{{"importer", party_id(d.importer)},
                            {"exporter", party_id(d.exporter)},
                            {"consignor", party_id(d.consignor)},
                            {"consignee", party_id(d.consignee)},
                            {"declarant", d.declarant_id}};
    case Field::importer_country: return country(d.importer.country);
    case Field::exporter_country: return country(d.exporter.country);
    case Field::consignor_country: return country(d.consignor.country);
    case Field::consignee_country: return country(d.consignee.country);
    case Field::departure: return country(d.departure_country);
    case Field::destination: return country(d.destination_country);
    case Field::transit:
    case Field::itinerary: {
      nlohmann::json a = nlohmann::json::array();
      if (field == Field::itinerary && d.departure_country) a.push_back(d.departure_country->str());
      for (Country c : d.transit_countries) a.push_back(c.str());
      if (field == Field::itinerary && d.destination_country) a.push_back(d.destination_country->str());
      return a;
    }
    case Field::attribute: {
      const std::string* v = d.attribute(leaf.attribute_name);
      return v ? nlohmann::json(*v) : nlohmann::json();
    }
  }
  return nlohmann::json();
}

void decide_lane(const Profile& p, const Declaration& d, ProfileHit& hit) {
  bool all_lawful = !p.permit.empty() && !hit.items.empty();
  Lane lane = Lane::green;
  for (int i : hit.items) {
    static const Item kNoItem;
    const Item& item = d.items.empty() ? kNoItem : d.items[static_cast<size_t>(i)];
    bool lawful = false;
    for (const std::string& type : p.permit)
      if (item.has_document(type)) lawful = true;
    all_lawful = all_lawful && lawful;
    lane = std::max(lane, lawful ? p.permit_lane : p.min_lane);
  }
  hit.lane = lane;
  hit.lawful = all_lawful;
}

Finding to_finding(const Profile& p, const ProfileHit& hit, const Declaration& d) {
  Finding f;
  f.source = "profile";
  f.id = p.id;
  f.domain = p.domain;
  f.weight = p.weight;
  f.reason = p.reason;
  f.instructions = p.instructions;
  if (hit.lawful) {
    std::string docs;
    for (const std::string& t : p.permit) docs += (docs.empty() ? "" : " or ") + t;
    f.reason += " The goods carry " + docs + ": lawful trade is likely, so this is a document check.";
    f.instructions =
        "Check that the " + docs +
        " is genuine, valid on the declaration date and matches the goods (description, quantity, "
        "parties). Examine physically only if it does not. " +
        f.instructions;
  }
  nlohmann::json items = nlohmann::json::array();
  for (int i : hit.items) items.push_back(d.items.empty() ? 0 : d.items[static_cast<size_t>(i)].item_no);
  f.evidence = {{"title", p.title}, {"legal_basis", p.legal_basis}, {"lane", to_string(hit.lane)},
                {"items", items},   {"fields", hit.fields},         {"version", p.version}};
  if (!p.operation.empty()) f.evidence["operation"] = p.operation;
  if (hit.lawful) {
    f.evidence["permit_present"] = true;
    // The documents the added sentences name, for their translations.
    f.evidence["permit_documents"] = p.permit;
  }
  if (!p.waived_by_permit.empty())
    f.evidence["permit_check"] = {{"waived_by", p.waived_by_permit},
                                  {"permit", p.permit},
                                  {"min_lane", to_string(p.min_lane)},
                                  {"permit_lane", to_string(p.permit_lane)}};
  if (!p.translations.empty()) f.evidence["translations"] = p.translations;
  return f;
}

}  // namespace custos::risk
