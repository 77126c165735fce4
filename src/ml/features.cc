#include "ml/features.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <stdexcept>

namespace custos::ml {
namespace {

constexpr float kMissing = std::numeric_limits<float>::quiet_NaN();

// The fixed code columns; attributes follow as "attr:<name>".
const std::vector<std::string> kFixedColumns = {"origin", "departure", "office", "transport_mode"};
const std::vector<std::string> kPartyColumns = {"importer_id", "declarant_id", "seller_id"};

float opt(const std::optional<double>& v) { return v ? static_cast<float>(*v) : kMissing; }
float log1p_opt(const std::optional<double>& v) {
  return v && *v >= 0 ? static_cast<float>(std::log1p(*v)) : kMissing;
}

std::string column_value(const Declaration& d, const Item* it, const std::string& column) {
  if (column == "origin") return it != nullptr && it->origin ? it->origin->str() : "";
  if (column == "departure") return d.departure_country ? d.departure_country->str() : "";
  if (column == "office") return d.office;
  if (column == "transport_mode") return d.transport_mode;
  if (column == "importer_id") return d.importer.id;
  if (column == "declarant_id") return d.declarant_id;
  if (column == "seller_id") return d.exporter.id;
  if (column.starts_with("attr:")) {
    const std::string* v = d.attribute(std::string_view(column).substr(5));
    return v != nullptr ? *v : "";
  }
  return "";
}

// The numeric and history features, in row order after the code columns.
const std::vector<FeatureInfo> kNumeric = {
    {"log_net_mass", "net mass (log kg)"},
    {"log_value", "declared value (log)"},
    {"log_unit_value", "unit value per kg (log)"},
    {"tax_rate", "tax rate (%)"},
    {"log_duty", "duty at stake: value x tax rate (log)"},
    {"items", "number of items"},
    {"hs2", "HS chapter"},
    {"hs4", "HS heading"},
    {"hs6", "HS subheading"},
    {"origin_is_departure", "goods leave from their country of origin"},
};
const std::vector<FeatureInfo> kHistory = {
    {"importer_declarations", "importer's past declarations"},
    {"importer_inspections", "importer's past inspections with known result"},
    {"importer_fraud_rate", "importer's past fraud rate (smoothed)"},
    {"importer_days_known", "days since the importer's first declaration"},
    {"declarant_declarations", "declarant's past declarations"},
    {"declarant_inspections", "declarant's past inspections with known result"},
    {"declarant_fraud_rate", "declarant's past fraud rate (smoothed)"},
    {"seller_declarations", "seller's past declarations"},
    {"seller_inspections", "seller's past inspections with known result"},
    {"seller_fraud_rate", "seller's past fraud rate (smoothed)"},
    {"hs6_declarations", "past declarations of this HS subheading"},
    {"hs6_fraud_rate", "past fraud rate of this HS subheading (smoothed)"},
    {"route_declarations", "past declarations on this route (origin, departure, mode, office)"},
    {"route_fraud_rate", "past fraud rate on this route (smoothed)"},
    {"importer_seller_declarations", "past declarations between this importer and this seller"},
    {"importer_seller_fraud_rate", "past fraud rate between this importer and this seller (smoothed)"},
    {"importer_hs6_declarations", "importer's past declarations of this HS subheading"},
    {"hs6_origin_declarations", "past declarations of this HS subheading from this origin"},
    {"unit_value_vs_usual", "unit value against the usual for HS subheading and origin (log ratio)"},
};
// Encoder version 2 on.
const std::vector<FeatureInfo> kConsignmentHistory = {
    {"consignment_declarations", "past declarations of identical goods, net mass and value (any party)"},
    {"consignment_inspections", "past inspections with known result of identical consignments"},
    {"consignment_fraud_rate", "past fraud rate of identical consignments (smoothed)"},
};

}  // namespace

FeatureEncoder FeatureEncoder::fit(std::span<const Declaration> training, bool party_ids, int version) {
  if (version < 1 || version > kVersion) throw std::invalid_argument("feature encoder: unknown version");
  FeatureEncoder e;
  e.version_ = version;
  e.party_ids_ = party_ids;
  std::set<std::string> attrs;
  for (const Declaration& d : training)
    for (const auto& [name, value] : d.attributes) attrs.insert(name);
  e.columns_ = kFixedColumns;
  if (party_ids) e.columns_.insert(e.columns_.end(), kPartyColumns.begin(), kPartyColumns.end());
  for (const std::string& a : attrs) e.columns_.push_back("attr:" + a);
  std::vector<std::set<std::string>> seen(e.columns_.size());
  for (const Declaration& d : training) {
    const Item* it = main_item(d);
    for (size_t c = 0; c < e.columns_.size(); ++c) {
      std::string v = column_value(d, it, e.columns_[c]);
      if (!v.empty()) seen[c].insert(std::move(v));
    }
  }
  e.vocab_.resize(e.columns_.size());
  for (size_t c = 0; c < seen.size(); ++c) {
    int code = 0;
    for (const std::string& v : seen[c]) e.vocab_[c].emplace(v, code++);
  }
  e.build_feature_list();
  return e;
}

namespace {
// What a code column reads (FeatureEncoder::source_).
enum Source : int {
  kOrigin,
  kDeparture,
  kOffice,
  kTransportMode,
  kImporterId,
  kDeclarantId,
  kSellerId,
  kAttribute
};
}  // namespace

void FeatureEncoder::build_feature_list() {
  lookup_.assign(columns_.size(), {});
  source_.assign(columns_.size(), kAttribute);
  attr_column_.clear();
  const std::vector<std::string> fixed = {"origin",      "departure",    "office",   "transport_mode",
                                          "importer_id", "declarant_id", "seller_id"};
  for (size_t c = 0; c < columns_.size(); ++c) {
    for (const auto& [v, code] : vocab_[c]) lookup_[c].emplace(v, code);
    auto f = std::find(fixed.begin(), fixed.end(), columns_[c]);
    if (f != fixed.end())
      source_[c] = static_cast<int>(f - fixed.begin());
    else if (columns_[c].starts_with("attr:"))
      attr_column_.emplace(columns_[c].substr(5), c);
    else
      source_[c] = -1;  // unknown column: always missing
  }
  features_ = kNumeric;
  for (const std::string& c : columns_) {
    std::string desc = c.starts_with("attr:") ? "declaration field " + c.substr(5) : c;
    features_.push_back({c, desc + " (code)"});
  }
  features_.insert(features_.end(), kHistory.begin(), kHistory.end());
  if (version_ >= 2)
    features_.insert(features_.end(), kConsignmentHistory.begin(), kConsignmentHistory.end());
}

int FeatureEncoder::index_of(std::string_view name) const {
  for (size_t i = 0; i < features_.size(); ++i)
    if (features_[i].name == name) return static_cast<int>(i);
  return -1;
}

nlohmann::json FeatureEncoder::to_json() const {
  nlohmann::json cols = nlohmann::json::array();
  for (size_t c = 0; c < columns_.size(); ++c) {
    std::vector<std::string> values(vocab_[c].size());
    for (const auto& [v, code] : vocab_[c]) values[code] = v;
    cols.push_back({{"name", columns_[c]}, {"values", values}});
  }
  return {{"version", version_}, {"party_ids", party_ids_}, {"columns", cols}};
}

FeatureEncoder FeatureEncoder::from_json(const nlohmann::json& j) {
  const int version = j.is_object() ? j.value("version", 0) : 0;
  if (version < 1 || version > kVersion) throw std::runtime_error("feature encoder: unknown version");
  FeatureEncoder e;
  e.version_ = version;
  e.party_ids_ = j.at("party_ids").get<bool>();
  for (const auto& col : j.at("columns")) {
    e.columns_.push_back(col.at("name").get<std::string>());
    auto& v = e.vocab_.emplace_back();
    int code = 0;
    for (const auto& value : col.at("values")) v.emplace(value.get<std::string>(), code++);
  }
  e.build_feature_list();
  return e;
}

float FeatureEncoder::code(size_t column, std::string_view value) const {
  if (value.empty()) return kMissing;
  auto f = lookup_[column].find(value);
  return f == lookup_[column].end() ? kMissing : static_cast<float>(f->second);
}

void FeatureEncoder::encode(const Declaration& d, const HistoryFeatures& h, float* row) const {
  const Item* it = main_item(d);
  std::optional<double> mass = it ? it->net_mass_kg : std::nullopt;
  std::optional<double> value = it ? it->value : std::nullopt;
  std::optional<double> uv = it ? it->unit_value_per_kg() : std::nullopt;
  std::optional<double> tax = it ? it->tax_rate : std::nullopt;
  float* out = row;
  *out++ = log1p_opt(mass);
  *out++ = log1p_opt(value);
  *out++ = uv && *uv > 0 ? static_cast<float>(std::log(*uv)) : kMissing;
  *out++ = opt(tax);
  *out++ = value && tax ? log1p_opt(*value * *tax / 100.0) : kMissing;
  *out++ = static_cast<float>(d.items.size());
  bool hs = it != nullptr && !it->hs_code.empty();
  for (int n : {2, 4, 6})
    *out++ = hs && it->hs_code.length() >= n ? static_cast<float>(it->hs_code.prefix(n).digits()) : kMissing;
  *out++ = it != nullptr && it->origin && d.departure_country
               ? static_cast<float>(*it->origin == *d.departure_country)
               : kMissing;
  // Codes without building strings: fixed columns read the declaration,
  // attributes are matched by one pass over the declaration's attributes
  // (backwards, so that the first of a repeated name wins, as attribute() does).
  float* codes = out;
  for (size_t c = 0; c < columns_.size(); ++c) {
    switch (source_[c]) {
      case kOrigin: codes[c] = it != nullptr && it->origin ? code(c, it->origin->str()) : kMissing; break;
      case kDeparture: codes[c] = d.departure_country ? code(c, d.departure_country->str()) : kMissing; break;
      case kOffice: codes[c] = code(c, d.office); break;
      case kTransportMode: codes[c] = code(c, d.transport_mode); break;
      case kImporterId: codes[c] = code(c, d.importer.id); break;
      case kDeclarantId: codes[c] = code(c, d.declarant_id); break;
      case kSellerId: codes[c] = code(c, d.exporter.id); break;
      default: codes[c] = kMissing; break;
    }
  }
  if (!attr_column_.empty())
    for (auto a = d.attributes.rbegin(); a != d.attributes.rend(); ++a)
      if (auto f = attr_column_.find(a->first); f != attr_column_.end())
        codes[f->second] = code(f->second, a->second);
  out += columns_.size();

  auto party = [&](const KeyHistory& k) {
    *out++ = static_cast<float>(k.declarations);
    *out++ = static_cast<float>(k.labelled);
    *out++ = static_cast<float>(k.fraud_rate);
  };
  party(h.importer);
  *out++ = h.importer.first_seen ? static_cast<float>(d.date.days() - *h.importer.first_seen) : kMissing;
  party(h.declarant);
  party(h.seller);
  *out++ = static_cast<float>(h.hs6.declarations);
  *out++ = static_cast<float>(h.hs6.fraud_rate);
  *out++ = static_cast<float>(h.route.declarations);
  *out++ = static_cast<float>(h.route.fraud_rate);
  *out++ = static_cast<float>(h.importer_seller.declarations);
  *out++ = static_cast<float>(h.importer_seller.fraud_rate);
  *out++ = static_cast<float>(h.importer_hs6.declarations);
  *out++ = static_cast<float>(h.hs6_origin_declarations);
  *out++ = uv && *uv > 0 && h.usual_unit_value ? static_cast<float>(std::log(*uv / *h.usual_unit_value))
                                               : kMissing;
  if (version_ >= 2) party(h.consignment);
  if (out - row != static_cast<std::ptrdiff_t>(features_.size()))
    throw std::logic_error("feature encoder: row width does not match the feature list");
}

}  // namespace custos::ml
