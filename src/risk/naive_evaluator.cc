#include "risk/naive_evaluator.hpp"

#include <hs/hs.h>

#include <algorithm>
#include <map>
#include <stdexcept>

#include "risk/concentration.hpp"
#include "risk/description_pattern.hpp"
#include "risk/party_kind.hpp"
#include "risk/party_name_words.hpp"
#include "risk/pattern_set.hpp"
#include "risk/text_fold.hpp"

namespace custos::risk {

class NaiveEvaluator::Impl {
 public:
  explicit Impl(const std::vector<Profile>& profiles) : profiles_(profiles) {
    for (const Profile& p : profiles_) compile(p.when);
  }
  ~Impl() {
    sets_.clear();
    hs_free_scratch(scratch_);
  }

  bool fires(size_t index, const Declaration& d, ProfileHit* hit) {
    fold_items(d);
    return fires_folded(index, d, hit);
  }

  void match(const Declaration& d, std::vector<ProfileHit>& out) {
    out.clear();
    fold_items(d);  // once per item, not once per profile: the baseline is naive, not wasteful
    for (size_t i = 0; i < profiles_.size(); ++i) {
      if (!profiles_[i].enabled) continue;
      ProfileHit h;
      if (fires_folded(i, d, &h)) out.push_back(std::move(h));
    }
  }

 private:
  void fold_items(const Declaration& d) {
    size_t n = std::max<size_t>(1, d.items.size());
    item_folded_.resize(n);
    item_words_.resize(n);
    for (size_t i = 0; i < n; ++i) {
      fold_text(d.items.empty() ? std::string_view() : d.items[i].description, item_folded_[i]);
      word_text(item_folded_[i], item_words_[i]);
    }
  }

  bool fires_folded(size_t index, const Declaration& d, ProfileHit* hit) {
    const Profile& p = profiles_[index];
    if (!p.valid_on(d.date)) return false;
    static const Item kNoItem;
    ProfileHit h;
    h.profile = static_cast<uint32_t>(index);
    size_t n = std::max<size_t>(1, d.items.size());
    for (size_t i = 0; i < n; ++i) {
      const Item& item = d.items.empty() ? kNoItem : d.items[i];
      folded_ = &item_folded_[i];
      words_ = &item_words_[i];
      if (holds(p.when, d, item)) h.items.push_back(static_cast<int>(i));
    }
    if (h.items.empty()) return false;
    decide_lane(p, d, h);
    if (hit) *hit = std::move(h);
    return true;
  }

  void compile(const Condition& c) {
    for (const Condition& child : c.children) compile(child);
    if (c.kind != Condition::Kind::leaf || c.field != Field::description) return;
    std::vector<std::pair<DescriptionPattern, unsigned>> patterns;
    for (const std::string& e : c.text_entries) {
      std::string err;
      auto p = description_pattern(e, &err);
      if (!p) throw std::runtime_error("description entry '" + e + "': " + err);
      patterns.emplace_back(std::move(*p), 0);
    }
    auto set = std::make_unique<PatternSet>();
    set->compile(patterns, &scratch_);
    sets_[&c] = std::move(set);
  }

  bool text_matches(const Condition& c) {
    bool found = false;
    auto on_match = [](unsigned, unsigned long long, unsigned long long, unsigned, void* ctx) -> int {
      *static_cast<bool*>(ctx) = true;
      return 1;  // stop: one entry is enough
    };
    sets_.at(&c)->scan(*folded_, *words_, scratch_, on_match, &found);
    return found;
  }

  static bool kind_in(const std::vector<std::string>& set, const std::string& name) {
    auto k = party_kind(name);
    return k && std::find(set.begin(), set.end(), to_string(*k)) != set.end();
  }
  static bool name_has(const std::vector<std::string>& entries, const std::string& name) {
    std::vector<NameWordEntry> parsed;
    std::string err;
    for (const std::string& e : entries)
      if (auto w = name_word_entry(e, &err)) parsed.push_back(std::move(*w));
    return name_has_words(parsed, name);
  }
  static bool in(const std::vector<std::string>& set, const std::string& v) {
    return !v.empty() && std::find(set.begin(), set.end(), v) != set.end();
  }
  static bool in(const std::vector<Country>& set, const std::optional<Country>& v) {
    return v && std::find(set.begin(), set.end(), *v) != set.end();
  }
  static bool in_range(const Condition& c, const std::optional<double>& v) {
    return v && (!c.min || *v >= *c.min) && (!c.max || *v <= *c.max);
  }
  static bool any_doc(const Condition& c, const Item& item) {
    for (const std::string& t : c.strings)
      if (item.has_document(t)) return true;
    return false;
  }

  bool holds(const Condition& c, const Declaration& d, const Item& item) {
    switch (c.kind) {
      case Condition::Kind::all:
        for (const Condition& ch : c.children)
          if (!holds(ch, d, item)) return false;
        return true;
      case Condition::Kind::any:
        for (const Condition& ch : c.children)
          if (holds(ch, d, item)) return true;
        return false;
      case Condition::Kind::negate: return !holds(c.children.front(), d, item);
      case Condition::Kind::leaf: break;
    }
    switch (c.field) {
      case Field::hs:
        if (item.hs_code.empty()) return false;
        for (HsCode p : c.hs)
          if (item.hs_code.str().rfind(p.str(), 0) == 0) return true;
        return false;
      case Field::description: return !item.description.empty() && text_matches(c);
      case Field::concentration: {
        if (item.description.empty()) return false;
        ConcentrationText text;
        text.read(*folded_);
        for (const ConcentrationTest& t : c.concentrations)
          if (text.first_within(t)) return true;
        return false;
      }
      case Field::origin: return in(c.countries, item.origin);
      case Field::net_mass_kg: return in_range(c, item.net_mass_kg);
      case Field::quantity: return in_range(c, item.quantity);
      case Field::value: return in_range(c, item.value);
      case Field::unit_value_per_kg: return in_range(c, item.unit_value_per_kg());
      case Field::mass_per_unit_kg: return in_range(c, mass_per_unit_kg(item));
      case Field::value_per_unit: return in_range(c, value_per_unit(item));
      case Field::tax_rate: return in_range(c, item.tax_rate);
      case Field::quantity_unit: return in(c.strings, item.quantity_unit);
      case Field::currency: return in(c.strings, item.currency);
      case Field::has_document: return any_doc(c, item);
      case Field::lacks_document: return !any_doc(c, item);
      case Field::flow: return d.flow && std::find(c.flows.begin(), c.flows.end(), *d.flow) != c.flows.end();
      case Field::date: return (!c.from || d.date >= *c.from) && (!c.to || d.date <= *c.to);
      case Field::office: return in(c.strings, d.office);
      case Field::transport: return in(c.strings, d.transport_mode);
      case Field::declarant: return in(c.strings, d.declarant_id);
      case Field::importer: return in(c.strings, d.importer.id);
      case Field::exporter: return in(c.strings, d.exporter.id);
      case Field::consignor: return in(c.strings, d.consignor.id);
      case Field::consignee: return in(c.strings, d.consignee.id);
      case Field::party:
        return in(c.strings, d.importer.id) || in(c.strings, d.exporter.id) ||
               in(c.strings, d.consignor.id) || in(c.strings, d.consignee.id) ||
               in(c.strings, d.declarant_id);
      case Field::importer_kind: return kind_in(c.strings, d.importer.name);
      case Field::consignee_kind: return kind_in(c.strings, d.consignee.name);
      case Field::importer_name_words: return name_has(c.strings, d.importer.name);
      case Field::exporter_name_words: return name_has(c.strings, d.exporter.name);
      case Field::consignee_name_words: return name_has(c.strings, d.consignee.name);
      case Field::importer_country: return in(c.countries, d.importer.country);
      case Field::exporter_country: return in(c.countries, d.exporter.country);
      case Field::consignor_country: return in(c.countries, d.consignor.country);
      case Field::consignee_country: return in(c.countries, d.consignee.country);
      case Field::departure: return in(c.countries, d.departure_country);
      case Field::destination: return in(c.countries, d.destination_country);
      case Field::transit:
      case Field::itinerary:
        if (c.field == Field::itinerary &&
            (in(c.countries, d.departure_country) || in(c.countries, d.destination_country)))
          return true;
        for (Country t : d.transit_countries)
          if (in(c.countries, t)) return true;
        return false;
      case Field::attribute: {
        const std::string* v = d.attribute(c.attribute_name);
        return v && in(c.strings, *v);
      }
    }
    return false;
  }

  const std::vector<Profile>& profiles_;
  std::map<const Condition*, std::unique_ptr<PatternSet>> sets_;
  hs_scratch_t* scratch_ = nullptr;
  std::vector<std::string> item_folded_, item_words_;
  const std::string* folded_ = nullptr;
  const std::string* words_ = nullptr;
};

NaiveEvaluator::NaiveEvaluator(const std::vector<Profile>& profiles)
    : impl_(std::make_unique<Impl>(profiles)) {}
NaiveEvaluator::~NaiveEvaluator() = default;
void NaiveEvaluator::match(const Declaration& d, std::vector<ProfileHit>& out) { impl_->match(d, out); }
bool NaiveEvaluator::fires(size_t index, const Declaration& d, ProfileHit* hit) {
  return impl_->fires(index, d, hit);
}

}  // namespace custos::risk
