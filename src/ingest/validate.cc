#include "ingest/validate.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

#include <simdjson.h>

#include "core/currency.hpp"
#include "refdata/hs_nomenclature.hpp"

namespace custos {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

class Checker {
 public:
  Checker(const RawRow& row, ReadRecord& out) : row_(row), out_(out) {}

  void problem(Field f, std::string reason) {
    out_.problems.push_back({row_.line, std::string(field_name(f)), std::move(reason), row_.text});
  }

  std::string_view text(Field f) const { return trim(row_.get(f)); }
  bool has(Field f) const { return !text(f).empty(); }

  std::string str(Field f, size_t max_len = 512) {
    std::string_view t = text(f);
    for (char c : t) {
      if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        problem(f, "contains a control character");
        return {};
      }
    }
    if (t.size() > max_len) {
      problem(f, "is longer than " + std::to_string(max_len) + " characters");
      return {};
    }
    if (!simdjson::validate_utf8(t.data(), t.size())) {
      problem(f, "is not valid UTF-8 (was the file saved in another encoding?)");
      return {};
    }
    return std::string(t);
  }

  std::optional<double> number(Field f) {
    std::string_view t = text(f);
    if (t.empty()) return std::nullopt;
    double v = 0;
    auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    if (ec != std::errc() || p != t.data() + t.size() || !std::isfinite(v)) {
      problem(f, "'" + std::string(t) + "' is not a number");
      return std::nullopt;
    }
    if (v < 0) {
      problem(f, "is negative (" + std::string(t) + "); must be zero or more");
      return std::nullopt;
    }
    return v;
  }

  std::optional<Country> country(Field f) {
    std::string_view t = text(f);
    if (t.empty()) return std::nullopt;
    auto c = Country::parse(t);
    if (!c) problem(f, "'" + std::string(t) + "' is not an ISO 3166-1 alpha-2 country code");
    return c;
  }

  std::vector<Country> countries(Field f) {
    std::vector<Country> out;
    for (std::string_view part : split_list(text(f))) {
      auto c = Country::parse(part);
      if (!c)
        problem(f, "'" + std::string(part) + "' is not an ISO 3166-1 alpha-2 country code");
      else
        out.push_back(*c);
    }
    return out;
  }

  std::string currency(Field f) {
    std::string_view t = text(f);
    if (t.empty()) return {};
    if (!is_iso4217_currency(t)) {
      problem(f, "'" + std::string(t) + "' is not an ISO 4217 currency code");
      return {};
    }
    return std::string(t);
  }

  Party party(Field id, Field name, Field address, Field country) {
    Party p;
    p.id = str(id, 64);
    p.name = str(name);
    p.address = str(address);
    p.country = this->country(country);
    return p;
  }

 private:
  const RawRow& row_;
  ReadRecord& out_;
};

std::optional<bool> parse_bool(std::string_view t) {
  if (t == "1" || t == "true" || t == "yes" || t == "TRUE" || t == "Yes" || t == "Y" || t == "y") return true;
  if (t == "0" || t == "false" || t == "no" || t == "FALSE" || t == "No" || t == "N" || t == "n")
    return false;
  return std::nullopt;
}

void check_header(Checker& c, const RawRow& row, Declaration& d, const HsNomenclatureSet*) {
  for (Field f : {Field::declaration_id, Field::date, Field::flow})
    if (!c.has(f)) c.problem(f, "is required and missing");
  d.id = c.str(Field::declaration_id, 64);
  if (c.has(Field::date)) {
    if (auto date = Date::parse(c.text(Field::date)))
      d.date = *date;
    else
      c.problem(Field::date, "'" + std::string(c.text(Field::date)) + "' is not a real date (YYYY-MM-DD)");
  }
  if (c.has(Field::flow)) {
    d.flow = parse_flow(c.text(Field::flow));
    if (!d.flow)
      c.problem(Field::flow, "'" + std::string(c.text(Field::flow)) + "' is not import, export or transit");
  }
  d.office = c.str(Field::office, 64);
  d.transport_mode = c.str(Field::transport_mode, 32);
  d.declarant_id = c.str(Field::declarant_id, 64);
  d.importer =
      c.party(Field::importer_id, Field::importer_name, Field::importer_address, Field::importer_country);
  d.exporter =
      c.party(Field::exporter_id, Field::exporter_name, Field::exporter_address, Field::exporter_country);
  d.consignor =
      c.party(Field::consignor_id, Field::consignor_name, Field::consignor_address, Field::consignor_country);
  d.consignee =
      c.party(Field::consignee_id, Field::consignee_name, Field::consignee_address, Field::consignee_country);
  d.departure_country = c.country(Field::departure_country);
  d.destination_country = c.country(Field::destination_country);
  d.transit_countries = c.countries(Field::transit_countries);
  d.conveyance_id = c.str(Field::conveyance_id, 64);
  for (std::string_view part : split_list(c.text(Field::containers))) {
    if (!is_valid_container_number(part))
      c.problem(Field::containers,
                "'" + std::string(part) +
                    "' is not a valid ISO 6346 container number (4 letters, 7 digits, check digit)");
    else
      d.containers.emplace_back(part);
  }
  d.invoice_total = c.number(Field::invoice_total);
  d.invoice_currency = c.currency(Field::invoice_currency);
  if (d.invoice_total && !c.has(Field::invoice_currency))
    c.problem(Field::invoice_currency, "is missing while invoice_total is given");

  if (c.has(Field::inspection_result)) {
    d.outcome.inspection = parse_inspection_result(c.text(Field::inspection_result));
    if (!d.outcome.inspection)
      c.problem(Field::inspection_result, "'" + std::string(c.text(Field::inspection_result)) +
                                              "' is not clean, discrepancy or seizure");
  }
  if (c.has(Field::fraud)) {
    d.outcome.fraud = parse_bool(c.text(Field::fraud));
    if (!d.outcome.fraud)
      c.problem(Field::fraud, "'" + std::string(c.text(Field::fraud)) + "' is not 0 or 1");
  }
  if (c.has(Field::fraud_severity)) {
    std::string_view t = c.text(Field::fraud_severity);
    int v = 0;
    auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    if (ec != std::errc() || p != t.data() + t.size() || v < 0)
      c.problem(Field::fraud_severity, "'" + std::string(t) + "' is not a whole number >= 0");
    else
      d.outcome.fraud_severity = v;
  }
  if (c.has(Field::illicit_domain) && c.text(Field::illicit_domain) != "none") {
    d.outcome.illicit_domain = parse_domain(c.text(Field::illicit_domain));
    if (!d.outcome.illicit_domain)
      c.problem(Field::illicit_domain,
                "'" + std::string(c.text(Field::illicit_domain)) +
                    "' is not a domain (waste, ozone, cultural, strategic, precursors, "
                    "wildlife, fiscal, general)");
  }
  d.attributes.assign(row.attributes.begin(), row.attributes.end());
  std::sort(d.attributes.begin(), d.attributes.end());
}

Item check_item(Checker& c, const HsNomenclatureSet* nomenclature, int position) {
  Item it;
  if (c.has(Field::item_no)) {
    std::string_view t = c.text(Field::item_no);
    auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), it.item_no);
    if (ec != std::errc() || p != t.data() + t.size() || it.item_no <= 0)
      c.problem(Field::item_no, "'" + std::string(t) + "' is not a positive whole number");
  } else {
    it.item_no = position;
  }
  if (!c.has(Field::hs_code)) {
    c.problem(Field::hs_code, "is required and missing");
  } else {
    std::string_view t = c.text(Field::hs_code);
    auto code = HsCode::parse(t);
    if (!code || code->length() < 6)
      c.problem(Field::hs_code, "'" + std::string(t) + "' is not an HS code of 6 to 10 digits");
    else if (nomenclature != nullptr && !nomenclature->empty() && !nomenclature->contains(*code))
      c.problem(Field::hs_code, "'" + std::string(t) + "' is not a subheading of the imported nomenclature");
    else
      it.hs_code = *code;
  }
  it.description = c.str(Field::description, 1024);
  it.origin = c.country(Field::origin_country);
  it.net_mass_kg = c.number(Field::net_mass_kg);
  it.quantity = c.number(Field::quantity);
  it.quantity_unit = c.str(Field::quantity_unit, 16);
  it.value = c.number(Field::value);
  it.currency = c.currency(Field::currency);
  if (it.value && !c.has(Field::currency)) c.problem(Field::currency, "is missing while value is given");
  it.tax_rate = c.number(Field::tax_rate);
  for (std::string_view part : split_list(c.text(Field::documents))) {
    size_t colon = part.find(':');
    std::string_view type = colon == std::string_view::npos ? part : trim(part.substr(0, colon));
    std::string_view ref =
        colon == std::string_view::npos ? std::string_view() : trim(part.substr(colon + 1));
    bool type_ok = !type.empty() && std::all_of(type.begin(), type.end(), [](char ch) {
      return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
    });
    if (!type_ok || ref.empty())
      c.problem(Field::documents, "'" + std::string(part) +
                                      "' is not TYPE:REFERENCE (type in capitals, e.g. CITES_PERMIT:AB123)");
    else
      it.documents.push_back({std::string(type), std::string(ref)});
  }
  return it;
}

}  // namespace

std::vector<std::string_view> split_list(std::string_view text) {
  std::vector<std::string_view> out;
  while (!text.empty()) {
    size_t bar = text.find('|');
    std::string_view part = trim(text.substr(0, bar));
    if (!part.empty()) out.push_back(part);
    if (bar == std::string_view::npos) break;
    text.remove_prefix(bar + 1);
  }
  return out;
}

bool is_valid_container_number(std::string_view t) {
  if (t.size() != 11) return false;
  int sum = 0;
  for (int i = 0; i < 10; ++i) {
    char ch = t[static_cast<size_t>(i)];
    int v = 0;
    if (i < 4) {
      if (ch < 'A' || ch > 'Z') return false;
      if (i == 3 && ch != 'U' && ch != 'J' && ch != 'Z') return false;
      // letters count 10.. skipping multiples of 11
      v = 10 + (ch - 'A');
      v += (v - 1) / 10;  // A=10, B=12, ... K=21, L=23 ...
    } else {
      if (ch < '0' || ch > '9') return false;
      v = ch - '0';
    }
    sum += v << i;
  }
  char check = t[10];
  if (check < '0' || check > '9') return false;
  return (sum % 11) % 10 == check - '0';
}

ReadRecord validate_declaration(std::span<const RawRow> rows, const HsNomenclatureSet* nomenclature) {
  ReadRecord out;
  const RawRow& first = rows.front();
  out.line = first.line;
  out.declaration_id = std::string(trim(first.get(Field::declaration_id)));
  Declaration d;
  {
    Checker c(first, out);
    check_header(c, first, d, nomenclature);
  }
  std::set<int> item_numbers;
  int position = 0;
  for (const RawRow& row : rows) {
    Checker c(row, out);
    ++position;
    if (!row.format_error.empty()) out.problems.push_back({row.line, "(row)", row.format_error, row.text});
    if (&row != &first) {
      for (size_t i = 0; i < kFieldCount; ++i) {
        Field f = static_cast<Field>(i);
        if (!is_header_field(f)) continue;
        if (trim(row.values[i]) != trim(first.values[i]))
          c.problem(f, "differs from the declaration's first row (line " + std::to_string(first.line) +
                           ": '" + std::string(trim(first.values[i])) + "')");
      }
    }
    Item it = check_item(c, nomenclature, position);
    if (!item_numbers.insert(it.item_no).second)
      c.problem(Field::item_no, "item " + std::to_string(it.item_no) + " appears twice in this declaration");
    d.items.push_back(std::move(it));
  }
  if (out.problems.empty()) out.declaration = std::move(d);
  return out;
}

}  // namespace custos
