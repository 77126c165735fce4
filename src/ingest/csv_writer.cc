#include "ingest/csv_writer.hpp"

#include <string>

#include "ingest/fields.hpp"

namespace custos {
namespace {

// Column order: the canonical columns in the order users know them, then the
// optional ones.
constexpr Field kColumns[] = {
    Field::declaration_id, Field::item_no, Field::date, Field::flow, Field::office, Field::transport_mode,
    Field::declarant_id, Field::importer_id, Field::importer_name, Field::importer_country,
    Field::exporter_id, Field::exporter_name, Field::exporter_country, Field::consignee_name,
    Field::origin_country, Field::departure_country, Field::destination_country, Field::transit_countries,
    Field::hs_code, Field::description, Field::net_mass_kg, Field::quantity, Field::quantity_unit,
    Field::value, Field::currency, Field::tax_rate, Field::documents, Field::containers,
    Field::inspection_result, Field::fraud, Field::illicit_domain,
    // optional columns
    Field::importer_address, Field::exporter_address, Field::consignor_id, Field::consignor_name,
    Field::consignor_address, Field::consignor_country, Field::consignee_id, Field::consignee_address,
    Field::consignee_country, Field::conveyance_id, Field::invoice_total, Field::invoice_currency,
    Field::fraud_severity};

const std::string& header_text() {
  static const std::string h = [] {
    std::string s;
    for (Field f : kColumns) {
      if (!s.empty()) s += ',';
      s += field_name(f);
    }
    return s + "\n";
  }();
  return h;
}

void put(fmt::memory_buffer& b, std::string_view v) {
  if (v.find_first_of(",\"\r\n") == std::string_view::npos) {
    b.append(v);
    return;
  }
  b.push_back('"');
  for (char c : v) {
    if (c == '"') b.push_back('"');
    b.push_back(c);
  }
  b.push_back('"');
}
void put(fmt::memory_buffer& b, const std::optional<double>& v) {
  if (v) fmt::format_to(std::back_inserter(b), "{}", *v);
}
void put(fmt::memory_buffer& b, const std::optional<Country>& c) {
  if (c) b.append(c->str());
}

void put_field(fmt::memory_buffer& b, const Declaration& d, const Item& it, Field f) {
  switch (f) {
    case Field::declaration_id: return put(b, d.id);
    case Field::date: return b.append(d.date.str());
    case Field::flow:
      if (d.flow) b.append(to_string(*d.flow));
      return;
    case Field::office: return put(b, d.office);
    case Field::transport_mode: return put(b, d.transport_mode);
    case Field::declarant_id: return put(b, d.declarant_id);
    case Field::importer_id: return put(b, d.importer.id);
    case Field::importer_name: return put(b, d.importer.name);
    case Field::importer_address: return put(b, d.importer.address);
    case Field::importer_country: return put(b, d.importer.country);
    case Field::exporter_id: return put(b, d.exporter.id);
    case Field::exporter_name: return put(b, d.exporter.name);
    case Field::exporter_address: return put(b, d.exporter.address);
    case Field::exporter_country: return put(b, d.exporter.country);
    case Field::consignor_id: return put(b, d.consignor.id);
    case Field::consignor_name: return put(b, d.consignor.name);
    case Field::consignor_address: return put(b, d.consignor.address);
    case Field::consignor_country: return put(b, d.consignor.country);
    case Field::consignee_id: return put(b, d.consignee.id);
    case Field::consignee_name: return put(b, d.consignee.name);
    case Field::consignee_address: return put(b, d.consignee.address);
    case Field::consignee_country: return put(b, d.consignee.country);
    case Field::departure_country: return put(b, d.departure_country);
    case Field::destination_country: return put(b, d.destination_country);
    case Field::transit_countries:
      for (size_t i = 0; i < d.transit_countries.size(); ++i) {
        if (i) b.push_back('|');
        b.append(d.transit_countries[i].str());
      }
      return;
    case Field::conveyance_id: return put(b, d.conveyance_id);
    case Field::containers: {
      std::string s;
      for (const auto& c : d.containers) s += (s.empty() ? "" : "|") + c;
      return put(b, s);
    }
    case Field::invoice_total: return put(b, d.invoice_total);
    case Field::invoice_currency: return put(b, d.invoice_currency);
    case Field::item_no: fmt::format_to(std::back_inserter(b), "{}", it.item_no); return;
    case Field::hs_code: return b.append(it.hs_code.str());
    case Field::description: return put(b, it.description);
    case Field::origin_country: return put(b, it.origin);
    case Field::net_mass_kg: return put(b, it.net_mass_kg);
    case Field::quantity: return put(b, it.quantity);
    case Field::quantity_unit: return put(b, it.quantity_unit);
    case Field::value: return put(b, it.value);
    case Field::currency: return put(b, it.currency);
    case Field::tax_rate: return put(b, it.tax_rate);
    case Field::documents: {
      std::string s;
      for (const auto& doc : it.documents) s += (s.empty() ? "" : "|") + doc.type + ":" + doc.reference;
      return put(b, s);
    }
    case Field::inspection_result:
      if (d.outcome.inspection) b.append(to_string(*d.outcome.inspection));
      return;
    case Field::fraud:
      if (d.outcome.fraud) b.push_back(*d.outcome.fraud ? '1' : '0');
      return;
    case Field::fraud_severity:
      if (d.outcome.fraud_severity) fmt::format_to(std::back_inserter(b), "{}", *d.outcome.fraud_severity);
      return;
    case Field::illicit_domain:
      if (d.outcome.illicit_domain) b.append(to_string(*d.outcome.illicit_domain));
      return;
    case Field::kCount: return;
  }
}

}  // namespace

std::string_view canonical_csv_header() { return header_text(); }

void append_canonical_csv(fmt::memory_buffer& b, const Declaration& d) { append_canonical_csv(b, d, {}); }

void append_canonical_csv(fmt::memory_buffer& b, const Declaration& d,
                          std::span<const std::string> attribute_columns) {
  for (const Item& it : d.items) {
    bool first = true;
    for (Field f : kColumns) {
      if (!first) b.push_back(',');
      first = false;
      put_field(b, d, it, f);
    }
    for (const std::string& name : attribute_columns) {
      b.push_back(',');
      for (const auto& [k, v] : d.attributes)
        if (k == name) {
          put(b, v);
          break;
        }
    }
    b.push_back('\n');
  }
}

void append_csv_cell(fmt::memory_buffer& b, std::string_view value) { put(b, value); }

}  // namespace custos
