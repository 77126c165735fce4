#include "risk/example_parser.hpp"

#include "risk/condition_parser.hpp"

namespace custos::risk::detail {
namespace {

std::optional<Country> country(const toml::node& n, std::string_view key, ErrorSink& sink) {
  auto s = get_string(n, key, sink);
  if (!s) return std::nullopt;
  std::string hint;
  auto c = parse_country_value(*s, &hint);
  if (!c) sink.add(n.source(), "'" + *s + "' is not an ISO 3166-1 alpha-2 country code", hint);
  return c;
}

bool parse_item(const toml::table& t, int n, ErrorSink& sink, Item& item) {
  size_t before = sink.count();
  check_keys(t,
             {"hs", "description", "origin", "net_mass_kg", "quantity", "quantity_unit", "value", "currency",
              "tax_rate", "documents"},
             "an example item", sink);
  item.item_no = n;
  for (auto&& [key, node] : t) {
    std::string_view k = key.str();
    if (k == "hs") {
      if (auto s = get_string(node, k, sink)) {
        if (auto h = HsCode::parse(*s))
          item.hs_code = *h;
        else
          sink.add(node.source(), "'" + *s + "' is not an HS code", "2 to 10 digits");
      }
    } else if (k == "description") {
      if (auto s = get_string(node, k, sink)) item.description = *s;
    } else if (k == "origin") {
      item.origin = country(node, k, sink);
    } else if (k == "net_mass_kg") {
      item.net_mass_kg = get_number(node, k, sink);
    } else if (k == "quantity") {
      item.quantity = get_number(node, k, sink);
    } else if (k == "value") {
      item.value = get_number(node, k, sink);
    } else if (k == "tax_rate") {
      item.tax_rate = get_number(node, k, sink);
    } else if (k == "quantity_unit") {
      if (auto s = get_string(node, k, sink)) item.quantity_unit = *s;
    } else if (k == "currency") {
      if (auto s = get_string(node, k, sink)) item.currency = *s;
    } else if (k == "documents") {
      if (auto docs = get_strings(node, k, sink)) {
        for (auto& [d, at] : *docs) {
          Document doc;
          size_t colon = d.find(':');
          doc.type = d.substr(0, colon);
          if (colon != std::string::npos) doc.reference = d.substr(colon + 1);
          for (char& c : doc.type) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
          if (doc.type.empty()) sink.add(at, "empty document type", "write \"TYPE\" or \"TYPE:REFERENCE\"");
          item.documents.push_back(std::move(doc));
        }
      }
    }
  }
  return sink.count() == before;
}

Party party(std::string id) {
  Party p;
  p.id = std::move(id);
  return p;
}

}  // namespace

bool parse_example(const toml::table& t, const Profile& p, int n, ErrorSink& sink, ProfileExample& out) {
  size_t before = sink.count();
  out.pos = sink.pos(t.source());
  check_keys(t,
             {"expect",
              "expect_lane",
              "note",
              "id",
              "date",
              "flow",
              "office",
              "transport",
              "declarant",
              "importer",
              "exporter",
              "consignor",
              "consignee",
              "importer_name",
              "consignee_name",
              "importer_country",
              "exporter_country",
              "consignor_country",
              "consignee_country",
              "departure",
              "destination",
              "transit",
              "attributes",
              "items"},
             "[[profile.example]]", sink);
  Declaration& d = out.declaration;
  d.id = "EX-" + p.id + "-" + std::to_string(n);
  d.date = p.valid_from ? *p.valid_from : p.valid_to ? *p.valid_to : *Date::from_ymd(2025, 6, 15);
  const toml::node* expect = t.get("expect");
  if (expect == nullptr) {
    sink.add(t.source(), "example " + std::to_string(n) + " has no 'expect'",
             "write expect = \"hit\" or \"miss\"");
  } else if (auto s = get_string(*expect, "expect", sink)) {
    if (*s == "hit")
      out.expect_hit = true;
    else if (*s == "miss")
      out.expect_hit = false;
    else
      sink.add(expect->source(), "'expect' must be \"hit\" or \"miss\"", "not '" + *s + "'");
  }
  std::optional<Country> importer_country, exporter_country, consignor_country, consignee_country;
  std::string importer_name, consignee_name;
  for (auto&& [key, node] : t) {
    std::string_view k = key.str();
    if (k == "expect_lane") {
      if (auto s = get_string(node, k, sink)) {
        out.expect_lane = parse_lane(*s);
        if (!out.expect_lane)
          sink.add(node.source(), "'" + *s + "' is not a lane", "green, blue, yellow, orange or red");
      }
    } else if (k == "note") {
      if (auto s = get_string(node, k, sink)) out.note = *s;
    } else if (k == "id") {
      if (auto s = get_string(node, k, sink)) d.id = *s;
    } else if (k == "date") {
      if (auto v = get_date(node, k, sink)) d.date = *v;
    } else if (k == "flow") {
      if (auto s = get_string(node, k, sink)) {
        d.flow = parse_flow(*s);
        if (!d.flow) sink.add(node.source(), "'" + *s + "' is not a flow", "import, export or transit");
      }
    } else if (k == "office") {
      if (auto s = get_string(node, k, sink)) d.office = *s;
    } else if (k == "transport") {
      if (auto s = get_string(node, k, sink)) d.transport_mode = *s;
    } else if (k == "declarant") {
      if (auto s = get_string(node, k, sink)) d.declarant_id = *s;
    } else if (k == "importer") {
      if (auto s = get_string(node, k, sink)) d.importer = party(*s);
    } else if (k == "exporter") {
      if (auto s = get_string(node, k, sink)) d.exporter = party(*s);
    } else if (k == "consignor") {
      if (auto s = get_string(node, k, sink)) d.consignor = party(*s);
    } else if (k == "consignee") {
      if (auto s = get_string(node, k, sink)) d.consignee = party(*s);
    } else if (k == "importer_name") {
      if (auto s = get_string(node, k, sink)) importer_name = *s;
    } else if (k == "consignee_name") {
      if (auto s = get_string(node, k, sink)) consignee_name = *s;
    } else if (k == "importer_country") {
      importer_country = country(node, k, sink);
    } else if (k == "exporter_country") {
      exporter_country = country(node, k, sink);
    } else if (k == "consignor_country") {
      consignor_country = country(node, k, sink);
    } else if (k == "consignee_country") {
      consignee_country = country(node, k, sink);
    } else if (k == "departure") {
      d.departure_country = country(node, k, sink);
    } else if (k == "destination") {
      d.destination_country = country(node, k, sink);
    } else if (k == "transit") {
      if (auto list = get_strings(node, k, sink)) {
        for (auto& [v, at] : *list) {
          std::string hint;
          if (auto c = parse_country_value(v, &hint))
            d.transit_countries.push_back(*c);
          else
            sink.add(at, "'" + v + "' is not an ISO 3166-1 alpha-2 country code", hint);
        }
      }
    } else if (k == "attributes") {
      if (const toml::table* a = node.as_table()) {
        for (auto&& [ak, av] : *a)
          if (auto s = get_string(av, ak.str(), sink)) d.attributes.emplace_back(std::string(ak.str()), *s);
      } else {
        sink.add(node.source(), "'attributes' must be a table",
                 "e.g. attributes = { payment_type = \"11\" }");
      }
    } else if (k == "items") {
      const toml::array* items = node.as_array();
      if (items == nullptr || items->empty()) {
        sink.add(node.source(), "'items' must be a non-empty list of item tables",
                 "e.g. items = [ { hs = \"391590\", description = \"plastic scrap\" } ]");
        continue;
      }
      int no = 0;
      for (const toml::node& in : *items) {
        const toml::table* it = in.as_table();
        if (it == nullptr) {
          sink.add(in.source(), "every item must be a table", "wrap it in { }");
          continue;
        }
        Item item;
        parse_item(*it, ++no, sink, item);
        d.items.push_back(std::move(item));
      }
    }
  }
  if (!importer_name.empty()) d.importer.name = importer_name;
  if (!consignee_name.empty()) d.consignee.name = consignee_name;
  if (importer_country) d.importer.country = importer_country;
  if (exporter_country) d.exporter.country = exporter_country;
  if (consignor_country) d.consignor.country = consignor_country;
  if (consignee_country) d.consignee.country = consignee_country;
  if (t.get("items") == nullptr)
    sink.add(t.source(), "example " + std::to_string(n) + " has no items",
             "add items = [ { hs = \"...\", description = \"...\" } ]");
  return sink.count() == before;
}

}  // namespace custos::risk::detail
