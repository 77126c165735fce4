#include "core/declaration_json.hpp"

#include <fmt/format.h>
#include <sodium.h>

#include <stdexcept>

namespace custos {
namespace {

using nlohmann::json;

std::string get_str(const json& j, const char* key) {
  auto it = j.find(key);
  return it == j.end() ? std::string() : it->get<std::string>();
}
std::optional<double> get_num(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  return it->get<double>();
}
std::optional<Country> get_country(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end()) return std::nullopt;
  auto c = Country::parse(it->get<std::string>());
  if (!c) throw std::runtime_error(std::string("bad country in stored document: ") + key);
  return c;
}
Party get_party(const json& j, const char* role) {
  std::string r(role);
  Party p;
  p.id = get_str(j, (r + "_id").c_str());
  p.name = get_str(j, (r + "_name").c_str());
  p.address = get_str(j, (r + "_address").c_str());
  p.country = get_country(j, (r + "_country").c_str());
  return p;
}

// --- the direct writer ---

class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}
  void open() { out_ += '{', first_ = true; }
  void close() { out_ += '}', first_ = false; }
  void key(std::string_view k) {
    if (!first_) out_ += ',';
    first_ = false;
    out_ += '"';
    out_.append(k);
    out_ += "\":";
  }
  // A key from the data (an attribute name), escaped like any string.
  void escaped_key(std::string_view k) {
    if (!first_) out_ += ',';
    first_ = false;
    quoted(k);
    out_ += ':';
  }
  void str(std::string_view k, std::string_view v) {
    if (v.empty()) return;
    key(k);
    quoted(v);
  }
  void num(std::string_view k, const std::optional<double>& v) {
    if (!v) return;
    key(k);
    char buf[40];
    out_.append(buf, fmt::format_to_n(buf, sizeof buf, "{}", *v).out);
  }
  void country(std::string_view k, const std::optional<Country>& c) {
    if (c) str(k, c->str());
  }
  void integer(std::string_view k, long v) {
    key(k);
    char buf[24];
    out_.append(buf, fmt::format_to_n(buf, sizeof buf, "{}", v).out);
  }
  void begin_array(std::string_view k) {
    key(k);
    out_ += '[';
    first_ = true;
  }
  void end_array() {
    out_ += ']';
    first_ = false;
  }
  void element_separator() {
    if (!first_) out_ += ',';
    first_ = false;
  }
  void quoted(std::string_view v) {
    out_ += '"';
    size_t run = 0;  // start of the stretch that needs no escaping, appended in one go
    for (size_t i = 0; i < v.size(); ++i) {
      const char c = v[i];
      if (c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20) continue;
      out_.append(v.data() + run, i - run);
      run = i + 1;
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        default: fmt::format_to(std::back_inserter(out_), "\\u{:04x}", c);
      }
    }
    out_.append(v.data() + run, v.size() - run);
    out_ += '"';
  }

 private:
  std::string& out_;
  bool first_ = true;
};

// The four keys of one party role, spelled out: this runs for every
// declaration stored, and building them per call was a fifth of the writer's time.
struct PartyKeys {
  std::string_view id, name, address, country;
};
constexpr PartyKeys kImporter{"importer_id", "importer_name", "importer_address", "importer_country"};
constexpr PartyKeys kExporter{"exporter_id", "exporter_name", "exporter_address", "exporter_country"};
constexpr PartyKeys kConsignor{"consignor_id", "consignor_name", "consignor_address", "consignor_country"};
constexpr PartyKeys kConsignee{"consignee_id", "consignee_name", "consignee_address", "consignee_country"};

void party(Writer& w, const PartyKeys& k, const Party& p) {
  w.str(k.id, p.id);
  w.str(k.name, p.name);
  w.str(k.address, p.address);
  w.country(k.country, p.country);
}

}  // namespace

std::string to_canonical_json(const Declaration& d) {
  std::string out;
  out.reserve(512 + 256 * d.items.size());
  Writer w(out);
  w.open();
  w.str("declaration_id", d.id);
  if (d.flow) w.str("flow", to_string(*d.flow));
  w.str("date", d.date.str());
  w.str("office", d.office);
  w.str("transport_mode", d.transport_mode);
  w.str("declarant_id", d.declarant_id);
  party(w, kImporter, d.importer);
  party(w, kExporter, d.exporter);
  party(w, kConsignor, d.consignor);
  party(w, kConsignee, d.consignee);
  w.country("departure_country", d.departure_country);
  w.country("destination_country", d.destination_country);
  if (!d.transit_countries.empty()) {
    w.begin_array("transit_countries");
    for (const auto& c : d.transit_countries) {
      w.element_separator();
      w.quoted(c.str());
    }
    w.end_array();
  }
  w.str("conveyance_id", d.conveyance_id);
  if (!d.containers.empty()) {
    w.begin_array("containers");
    for (const auto& c : d.containers) {
      w.element_separator();
      w.quoted(c);
    }
    w.end_array();
  }
  w.num("invoice_total", d.invoice_total);
  w.str("invoice_currency", d.invoice_currency);
  w.begin_array("items");
  for (const Item& it : d.items) {
    w.element_separator();
    w.open();
    w.integer("item_no", it.item_no);
    w.str("hs_code", it.hs_code.str());
    w.str("description", it.description);
    w.country("origin_country", it.origin);
    w.num("net_mass_kg", it.net_mass_kg);
    w.num("quantity", it.quantity);
    w.str("quantity_unit", it.quantity_unit);
    w.num("value", it.value);
    w.str("currency", it.currency);
    w.num("tax_rate", it.tax_rate);
    if (!it.documents.empty()) {
      w.begin_array("documents");
      for (const auto& doc : it.documents) {
        w.element_separator();
        w.open();
        w.str("type", doc.type);
        w.str("reference", doc.reference);
        w.close();
      }
      w.end_array();
    }
    w.close();
  }
  w.end_array();
  if (d.outcome.inspection) w.str("inspection_result", to_string(*d.outcome.inspection));
  if (d.outcome.fraud) w.integer("fraud", *d.outcome.fraud ? 1 : 0);
  if (d.outcome.fraud_severity) w.integer("fraud_severity", *d.outcome.fraud_severity);
  if (d.outcome.illicit_domain) w.str("illicit_domain", to_string(*d.outcome.illicit_domain));
  if (!d.attributes.empty()) {
    w.key("attributes");
    w.open();
    for (const auto& [k, v] : d.attributes) {
      w.escaped_key(k);
      w.quoted(v);
    }
    w.close();
  }
  w.close();
  return out;
}

// One serialiser: the tree is the canonical text, parsed.
json to_json(const Declaration& d) { return json::parse(to_canonical_json(d)); }

Declaration declaration_from_json(const json& j) {
  Declaration d;
  d.id = j.at("declaration_id").get<std::string>();
  if (auto f = j.find("flow"); f != j.end()) d.flow = parse_flow(f->get<std::string>());
  auto date = Date::parse(j.at("date").get<std::string>());
  if (!date) throw std::runtime_error("bad date in stored document");
  d.date = *date;
  d.office = get_str(j, "office");
  d.transport_mode = get_str(j, "transport_mode");
  d.declarant_id = get_str(j, "declarant_id");
  d.importer = get_party(j, "importer");
  d.exporter = get_party(j, "exporter");
  d.consignor = get_party(j, "consignor");
  d.consignee = get_party(j, "consignee");
  d.departure_country = get_country(j, "departure_country");
  d.destination_country = get_country(j, "destination_country");
  if (auto t = j.find("transit_countries"); t != j.end())
    for (const auto& c : *t) d.transit_countries.push_back(Country::parse(c.get<std::string>()).value());
  d.conveyance_id = get_str(j, "conveyance_id");
  if (auto c = j.find("containers"); c != j.end()) d.containers = c->get<std::vector<std::string>>();
  d.invoice_total = get_num(j, "invoice_total");
  d.invoice_currency = get_str(j, "invoice_currency");
  for (const auto& i : j.at("items")) {
    Item it;
    it.item_no = i.at("item_no").get<int>();
    it.hs_code = HsCode::parse(i.at("hs_code").get<std::string>()).value();
    it.description = get_str(i, "description");
    it.origin = get_country(i, "origin_country");
    it.net_mass_kg = get_num(i, "net_mass_kg");
    it.quantity = get_num(i, "quantity");
    it.quantity_unit = get_str(i, "quantity_unit");
    it.value = get_num(i, "value");
    it.currency = get_str(i, "currency");
    it.tax_rate = get_num(i, "tax_rate");
    if (auto docs = i.find("documents"); docs != i.end())
      for (const auto& doc : *docs)
        it.documents.push_back({doc.at("type").get<std::string>(), doc.at("reference").get<std::string>()});
    d.items.push_back(std::move(it));
  }
  if (auto r = j.find("inspection_result"); r != j.end())
    d.outcome.inspection = parse_inspection_result(r->get<std::string>());
  if (auto f = j.find("fraud"); f != j.end()) d.outcome.fraud = f->get<int>() != 0;
  if (auto f = j.find("fraud_severity"); f != j.end()) d.outcome.fraud_severity = f->get<int>();
  if (auto f = j.find("illicit_domain"); f != j.end())
    d.outcome.illicit_domain = parse_domain(f->get<std::string>());
  if (auto a = j.find("attributes"); a != j.end())
    for (const auto& [k, v] : a->items()) d.attributes.emplace_back(k, v.get<std::string>());
  return d;
}

std::string content_digest(const Declaration& d) { return digest_of_document(to_canonical_json(d)); }

std::string digest_of_document(std::string_view canonical) {
  static const bool ready = sodium_init() >= 0;
  if (!ready) throw std::runtime_error("libsodium failed to initialise");
  unsigned char hash[16];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(canonical.data()),
                     canonical.size(), nullptr, 0);
  static const char* hex = "0123456789abcdef";
  std::string out(32, '0');
  for (int i = 0; i < 16; ++i) {
    out[2 * i] = hex[hash[i] >> 4];
    out[2 * i + 1] = hex[hash[i] & 15];
  }
  return out;
}

}  // namespace custos
