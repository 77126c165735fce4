#include "risk/condition_parser.hpp"

#include <algorithm>
#include <cctype>

#include "risk/concentration.hpp"
#include "risk/description_pattern.hpp"
#include "risk/party_kind.hpp"
#include "risk/party_name_words.hpp"

namespace custos::risk::detail {
namespace {

std::vector<std::string_view> condition_keys() {
  std::vector<std::string_view> k{"all", "any", "not"};
  for (int f = 0; f <= static_cast<int>(Field::attribute); ++f) k.push_back(to_string(static_cast<Field>(f)));
  return k;
}

bool is_country_field(Field f) {
  switch (f) {
    case Field::origin:
    case Field::importer_country:
    case Field::exporter_country:
    case Field::consignor_country:
    case Field::consignee_country:
    case Field::departure:
    case Field::destination:
    case Field::transit:
    case Field::itinerary: return true;
    default: return false;
  }
}

bool is_range_field(Field f) {
  switch (f) {
    case Field::net_mass_kg:
    case Field::quantity:
    case Field::value:
    case Field::unit_value_per_kg:
    case Field::mass_per_unit_kg:
    case Field::value_per_unit:
    case Field::tax_rate: return true;
    default: return false;
  }
}

std::string trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

using Values = std::vector<std::pair<std::string, toml::source_region>>;

// Expands @NAME references: a country group for country fields, else a list.
bool expand(const Values& in, Field field, ConditionContext& ctx, Values& out) {
  bool ok = true;
  for (const auto& [v, at] : in) {
    if (v.size() < 2 || v[0] != '@') {
      out.emplace_back(v, at);
      continue;
    }
    std::string_view name = std::string_view(v).substr(1);
    if (is_country_field(field)) {
      if (const CountryGroup* g = ctx.groups.find(name)) {
        for (Country c : g->members) out.emplace_back(c.str(), at);
        continue;
      }
    }
    if (auto it = ctx.lists.find(name); it != ctx.lists.end()) {
      for (const std::string& m : it->second) out.emplace_back(m, at);
      continue;
    }
    std::vector<std::string_view> known;
    for (const auto& [g, _] : ctx.groups.all()) known.push_back(g);
    for (const auto& [l, _] : ctx.lists) known.push_back(l);
    std::string guess = closest(name, known);
    ctx.sink.add(at, "'" + v + "' is not a country group or list",
                 guess.empty() ? "define it under [lists] or in the country groups file"
                               : "did you mean '@" + guess + "'?");
    ok = false;
  }
  return ok;
}

bool parse_range(const toml::node& n, Condition& c, ConditionContext& ctx) {
  std::string key(to_string(c.field));
  const toml::table* t = n.as_table();
  if (t == nullptr) {
    ctx.sink.add(n.source(), "'" + key + "' must be a range table",
                 "e.g. " + key + " = { min = 1, max = 500 }");
    return false;
  }
  size_t before = ctx.sink.count();
  check_keys(*t, {"min", "max"}, "a range", ctx.sink);
  if (const toml::node* m = t->get("min")) c.min = get_number(*m, "min", ctx.sink);
  if (const toml::node* m = t->get("max")) c.max = get_number(*m, "max", ctx.sink);
  if (ctx.sink.count() != before) return false;
  if (!c.min && !c.max) {
    ctx.sink.add(n.source(), "'" + key + "' has neither min nor max", "give at least one bound");
    return false;
  }
  if (c.min && c.max && *c.min > *c.max) {
    ctx.sink.add(n.source(), "'" + key + "' has min greater than max", "swap the bounds");
    return false;
  }
  return true;
}

bool parse_date_window(const toml::node& n, Condition& c, ConditionContext& ctx) {
  const toml::table* t = n.as_table();
  if (t == nullptr) {
    ctx.sink.add(n.source(), "'date' must be a window table",
                 "e.g. date = { from = 2025-03-01, to = 2025-05-31 }");
    return false;
  }
  size_t before = ctx.sink.count();
  check_keys(*t, {"from", "to"}, "a date window", ctx.sink);
  if (const toml::node* m = t->get("from")) c.from = get_date(*m, "from", ctx.sink);
  if (const toml::node* m = t->get("to")) c.to = get_date(*m, "to", ctx.sink);
  if (ctx.sink.count() != before) return false;
  if (!c.from && !c.to) {
    ctx.sink.add(n.source(), "'date' has neither from nor to", "give at least one end");
    return false;
  }
  if (c.from && c.to && *c.to < *c.from) {
    ctx.sink.add(n.source(),
                 "date window ends (" + c.to->str() + ") before it starts (" + c.from->str() + ")",
                 "swap from and to");
    return false;
  }
  return true;
}

bool parse_attribute(const toml::node& n, Condition& c, ConditionContext& ctx) {
  const toml::table* t = n.as_table();
  if (t == nullptr) {
    ctx.sink.add(n.source(), "'attribute' must be a table",
                 "e.g. attribute = { name = \"payment_type\", in = [\"11\"] }");
    return false;
  }
  size_t before = ctx.sink.count();
  check_keys(*t, {"name", "in"}, "an attribute condition", ctx.sink);
  const toml::node* name = t->get("name");
  const toml::node* in = t->get("in");
  if (name == nullptr || in == nullptr) {
    ctx.sink.add(n.source(), "'attribute' needs 'name' and 'in'",
                 "e.g. { name = \"payment_type\", in = [\"11\"] }");
    return false;
  }
  if (auto s = get_string(*name, "name", ctx.sink)) c.attribute_name = trim(*s);
  if (auto vs = get_strings(*in, "in", ctx.sink)) {
    Values expanded;
    expand(*vs, c.field, ctx, expanded);
    for (auto& [v, at] : expanded) c.strings.push_back(trim(v));
    if (c.strings.empty()) ctx.sink.add(in->source(), "'in' is empty", "list at least one value");
  }
  if (c.attribute_name.empty() && ctx.sink.count() == before)
    ctx.sink.add(name->source(), "attribute name is empty", "name a column kept from the source layout");
  return ctx.sink.count() == before;
}

// concentration = { of = [...], above = 12 } or a list of such tables (any of them).
bool parse_concentration_table(const toml::table& t, Condition& c, ConditionContext& ctx) {
  size_t before = ctx.sink.count();
  check_keys(t, {"of", "above", "min", "max", "below"}, "a concentration", ctx.sink);
  ConcentrationTest test;
  const toml::node* of = t.get("of");
  if (of == nullptr) {
    ctx.sink.add(t.source(), "'concentration' needs 'of': the substance's names",
                 "e.g. concentration = { of = [\"hydrogen peroxide\", \"h2o2\"], above = 12 }");
  } else if (auto raw = get_strings(*of, "of", ctx.sink)) {
    Values values;
    if (expand(*raw, c.field, ctx, values)) {
      if (values.empty())
        ctx.sink.add(of->source(), "'of' is empty",
                     "name the substance, e.g. of = [\"nitric acid\", \"hno3\"]");
      for (const auto& [v, at] : values) {
        std::string err;
        if (auto name = substance_name(v, &err))
          test.of.push_back(std::move(*name));
        else
          ctx.sink.add(at, "bad substance name '" + v + "' in 'of': " + err,
                       "a word, a phrase or words ending in '*' as prefixes, as in 'description' (no 're:')");
      }
    }
  }
  PercentBounds& b = test.bounds;
  if (const toml::node* m = t.get("above")) b.above = get_number(*m, "above", ctx.sink);
  if (const toml::node* m = t.get("min")) b.min = get_number(*m, "min", ctx.sink);
  if (const toml::node* m = t.get("max")) b.max = get_number(*m, "max", ctx.sink);
  if (const toml::node* m = t.get("below")) b.below = get_number(*m, "below", ctx.sink);
  if (ctx.sink.count() != before) return false;
  if (b.empty()) {
    ctx.sink.add(
        t.source(), "'concentration' has no bound on the percentage",
        "give above (exclusive), min (inclusive), max (inclusive) or below (exclusive), e.g. above = 12");
    return false;
  }
  if (std::string why = b.contradiction(); !why.empty()) {
    ctx.sink.add(t.source(), "'concentration' bounds contradict each other: " + why,
                 "no percentage could satisfy them; check the limit");
    return false;
  }
  c.concentrations.push_back(std::move(test));
  return true;
}

bool parse_concentration(const toml::node& n, Condition& c, ConditionContext& ctx) {
  if (const toml::table* t = n.as_table()) return parse_concentration_table(*t, c, ctx);
  const toml::array* a = n.as_array();
  if (a == nullptr || a->empty()) {
    ctx.sink.add(n.source(), "'concentration' must be a table or a non-empty list of tables",
                 "e.g. concentration = { of = [\"nitric acid\", \"hno3\"], above = 3 }");
    return false;
  }
  bool ok = true;
  for (const toml::node& e : *a) {
    if (const toml::table* t = e.as_table()) {
      ok = parse_concentration_table(*t, c, ctx) && ok;
    } else {
      ctx.sink.add(e.source(), "every entry of 'concentration' must be a table",
                   "e.g. { of = [\"nitric acid\"], above = 3 }");
      ok = false;
    }
  }
  return ok;
}

bool parse_set(const toml::node& n, Condition& c, ConditionContext& ctx) {
  std::string key(to_string(c.field));
  auto raw = get_strings(n, key, ctx.sink);
  if (!raw) return false;
  Values values;
  if (!expand(*raw, c.field, ctx, values)) return false;
  if (values.empty()) {
    ctx.sink.add(n.source(), "'" + key + "' is empty",
                 "list at least one value; an empty set would never match");
    return false;
  }
  bool ok = true;
  for (const auto& [v, at] : values) {
    if (c.field == Field::hs) {
      auto h = HsCode::parse(v);
      if (!h) {
        ctx.sink.add(at, "'" + v + "' is not an HS prefix", "2 to 10 digits, e.g. \"3915\" or \"3915.10\"");
        ok = false;
      } else {
        c.hs.push_back(*h);
      }
    } else if (is_country_field(c.field)) {
      std::string hint;
      auto country = parse_country_value(v, &hint);
      if (!country) {
        ctx.sink.add(at, "'" + v + "' is not an ISO 3166-1 alpha-2 country code", hint);
        ok = false;
      } else {
        c.countries.push_back(*country);
      }
    } else if (c.field == Field::flow) {
      auto f = parse_flow(v);
      if (!f) {
        ctx.sink.add(at, "'" + v + "' is not a flow", "use import, export or transit");
        ok = false;
      } else {
        c.flows.push_back(*f);
      }
    } else if (c.field == Field::importer_kind || c.field == Field::consignee_kind) {
      std::string s = trim(v);
      if (!parse_party_kind(s)) {
        ctx.sink.add(at, "'" + v + "' is not a kind of party", "use person or organisation");
        ok = false;
      } else {
        c.strings.push_back(std::string(to_string(*parse_party_kind(s))));
      }
    } else if (is_name_words_field(c.field)) {
      std::string err;
      if (!name_word_entry(v, &err)) {
        ctx.sink.add(at, "bad name entry '" + v + "': " + err,
                     "a word, a phrase, or words ending in '*' as prefixes ('gomme*', 'avia* parts')");
        ok = false;
      } else {
        c.strings.push_back(v);
      }
    } else if (c.field == Field::description) {
      std::string err;
      if (!description_pattern(v, &err)) {
        ctx.sink.add(at, "bad description entry '" + v + "': " + err,
                     "a word, a phrase, words ending in '*' as prefixes ('planche* de bois'), or 're:' and a "
                     "Hyperscan regular expression");
        ok = false;
      } else {
        c.text_entries.push_back(v);
      }
    } else {
      std::string s = trim(v);
      if (c.field == Field::has_document || c.field == Field::lacks_document)
        std::transform(s.begin(), s.end(), s.begin(), [](unsigned char ch) { return std::toupper(ch); });
      if (s.empty()) {
        ctx.sink.add(at, "empty value in '" + key + "'", "remove it or write the id");
        ok = false;
      } else {
        c.strings.push_back(std::move(s));
      }
    }
  }
  return ok;
}

bool parse_condition_list(const toml::node& n, std::string_view key, ConditionContext& ctx, Condition& out) {
  const toml::array* a = n.as_array();
  if (a == nullptr || a->empty()) {
    ctx.sink.add(n.source(), "'" + std::string(key) + "' must be a non-empty list of condition tables",
                 "e.g. " + std::string(key) + " = [ { hs = [\"9705\"] }, { description = [\"fossil\"] } ]");
    return false;
  }
  bool ok = true;
  for (const toml::node& e : *a) {
    const toml::table* t = e.as_table();
    if (t == nullptr) {
      ctx.sink.add(e.source(), "every entry of '" + std::string(key) + "' must be a condition table",
                   "wrap it in { }");
      ok = false;
      continue;
    }
    Condition child;
    ok = parse_condition_table(*t, ctx, child) && ok;
    out.children.push_back(std::move(child));
  }
  return ok;
}

}  // namespace

std::optional<Country> parse_country_value(std::string_view text, std::string* hint) {
  if (text.size() != 2) {
    if (hint) *hint = "two letters, e.g. \"GB\", or a group such as \"@EU\"";
    return std::nullopt;
  }
  std::string up{static_cast<char>(std::toupper(static_cast<unsigned char>(text[0]))),
                 static_cast<char>(std::toupper(static_cast<unsigned char>(text[1])))};
  if (hint) {
    if (up == "UK")
      *hint = "the United Kingdom is GB";
    else if (up == "EL")
      *hint = "Greece is GR";
    else if (up == "EU")
      *hint = "for the European Union write \"@EU\"";
    else
      *hint = "use an ISO 3166-1 alpha-2 code";
  }
  return Country::parse(up);
}

bool parse_condition_table(const toml::table& t, ConditionContext& ctx, Condition& out) {
  out.kind = Condition::Kind::all;
  out.pos = ctx.sink.pos(t.source());
  static const std::vector<std::string_view> known = condition_keys();
  size_t before = ctx.sink.count();
  check_keys(t, known, "a condition", ctx.sink);
  if (t.empty()) ctx.sink.add(t.source(), "empty condition", "a condition needs at least one field");
  for (auto&& [key, node] : t) {
    std::string_view k = key.str();
    if (k == "all" || k == "any") {
      Condition group;
      group.kind = k == "all" ? Condition::Kind::all : Condition::Kind::any;
      group.pos = ctx.sink.pos(key.source());
      parse_condition_list(node, k, ctx, group);
      out.children.push_back(std::move(group));
    } else if (k == "not") {
      Condition neg;
      neg.kind = Condition::Kind::negate;
      neg.pos = ctx.sink.pos(key.source());
      const toml::table* inner = node.as_table();
      if (inner == nullptr) {
        ctx.sink.add(node.source(), "'not' must be one condition table",
                     "e.g. not = { importer_country = [\"@EU\"] }");
      } else {
        Condition child;
        parse_condition_table(*inner, ctx, child);
        neg.children.push_back(std::move(child));
      }
      out.children.push_back(std::move(neg));
    } else if (auto f = parse_field(k)) {
      Condition leaf;
      leaf.kind = Condition::Kind::leaf;
      leaf.field = *f;
      leaf.pos = ctx.sink.pos(key.source());
      if (is_range_field(*f))
        parse_range(node, leaf, ctx);
      else if (*f == Field::date)
        parse_date_window(node, leaf, ctx);
      else if (*f == Field::attribute)
        parse_attribute(node, leaf, ctx);
      else if (*f == Field::concentration)
        parse_concentration(node, leaf, ctx);
      else
        parse_set(node, leaf, ctx);
      out.children.push_back(std::move(leaf));
    }
  }
  return ctx.sink.count() == before;
}

}  // namespace custos::risk::detail
