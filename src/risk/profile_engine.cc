#include "risk/profile_engine.hpp"

#include <hs/hs.h>

#include <algorithm>
#include <array>
#include <bitset>
#include <limits>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include "risk/concentration.hpp"
#include "risk/description_pattern.hpp"
#include "risk/party_kind.hpp"
#include "risk/party_name_words.hpp"
#include "risk/pattern_set.hpp"
#include "risk/text_fold.hpp"

namespace custos::risk {
namespace {

constexpr size_t kCountries = 676;
// Country fields that can serve as an index key, in Field order.
constexpr std::array<Field, 9> kCountryKeys{Field::origin,
                                            Field::importer_country,
                                            Field::exporter_country,
                                            Field::consignor_country,
                                            Field::consignee_country,
                                            Field::departure,
                                            Field::destination,
                                            Field::transit,
                                            Field::itinerary};

int country_key_slot(Field f) {
  for (size_t i = 0; i < kCountryKeys.size(); ++i)
    if (kCountryKeys[i] == f) return static_cast<int>(i);
  return -1;
}

bool is_party_field(Field f) {
  return f == Field::importer || f == Field::exporter || f == Field::consignor || f == Field::consignee ||
         f == Field::declarant || f == Field::party;
}

uint64_t hs_key(HsCode h) { return h.digits() * 16 + static_cast<uint64_t>(h.length()); }

struct Node {
  Condition::Kind kind = Condition::Kind::all;
  Field field = Field::hs;
  const Condition* src = nullptr;
  std::vector<Node> children;
  std::vector<HsCode> hs;
  std::bitset<kCountries> countries;
  unsigned flows = 0;
  unsigned kinds = 0;                     // importer_kind, consignee_kind: one bit per PartyKind
  std::vector<NameWordEntry> name_words;  // importer_name_words...: read when asked
  std::vector<uint32_t> ids;              // sorted interned strings
  std::vector<uint32_t> patterns;         // global pattern ids
  bool lazy = false;      // holds (or, for all/any/not, contains) an expression scanned on demand
  int32_t lazy_set = -1;  // a description leaf's own set of on-demand expressions
  double min = -std::numeric_limits<double>::infinity();
  double max = std::numeric_limits<double>::infinity();
  int32_t from = std::numeric_limits<int32_t>::min();
  int32_t to = std::numeric_limits<int32_t>::max();
  uint32_t attribute = 0;
};

struct PreparedItem {
  const Item* item = nullptr;
  uint32_t currency = 0, unit = 0;
  std::vector<uint32_t> docs;
};

}  // namespace

class ProfileEngine::Impl {
 public:
  explicit Impl(std::vector<Profile> profiles) : profiles_(std::move(profiles)) {
    std::unordered_map<std::string, uint32_t> pattern_ids;
    for (const Profile& p : profiles_) {
      roots_.push_back(compile(p.when, pattern_ids));
      valid_from_.push_back(p.valid_from ? p.valid_from->days() : std::numeric_limits<int32_t>::min());
      valid_to_.push_back(p.valid_to ? p.valid_to->days() : std::numeric_limits<int32_t>::max());
    }
    pattern_index_.resize(expressions_.size());
    key_pattern_.assign(expressions_.size(), false);
    for (const Node& root : roots_) mark_concentration_names(root);
    for (size_t i = 0; i < profiles_.size(); ++i) index(static_cast<uint32_t>(i));
    // A regular expression that is no profile's index key only filters
    // candidates found otherwise: it is scanned when a leaf holding it is
    // evaluated, not for every item.
    lazy_pattern_.assign(expressions_.size(), false);
    for (uint32_t i = 0; i < expressions_.size(); ++i)
      lazy_pattern_[i] = !expressions_[i].literal && !key_pattern_[i];
    for (Node& root : roots_) mark_lazy(root);
    build_database();
    lazy_stamp_.assign(lazy_sets_.size(), 0);
    profile_stamp_.assign(profiles_.size(), 0);
    hit_slot_.assign(profiles_.size(), 0);
    hit_stamp_.assign(profiles_.size(), 0);
    pattern_stamp_.assign(expressions_.size(), 0);
    stats_.profiles = profiles_.size();
    stats_.patterns = expressions_.size();
  }

  ~Impl() { hs_free_scratch(scratch_); }

  const std::vector<Profile>& profiles() const { return profiles_; }
  EngineStats stats() const { return stats_; }

  void match(const Declaration& d, std::vector<ProfileHit>& out, bool evidence) {
    // Reuse the caller's hit objects: a stream of declarations then runs
    // without allocating once the vectors have grown.
    size_t used = 0;
    prepare(d);
    ++decl_gen_;
    // Candidates from declaration-level keys serve every item.
    decl_cands_.clear();
    ++item_gen_;
    add_all(unindexed_, decl_cands_);
    for (uint32_t id : {office_, declarant_, importer_, exporter_, consignor_, consignee_}) add_party(id);
    add_country(Field::importer_country, d.importer.country);
    add_country(Field::exporter_country, d.exporter.country);
    add_country(Field::consignor_country, d.consignor.country);
    add_country(Field::consignee_country, d.consignee.country);
    add_country(Field::departure, d.departure_country);
    add_country(Field::destination, d.destination_country);
    add_country(Field::itinerary, d.departure_country);
    add_country(Field::itinerary, d.destination_country);
    for (Country t : d.transit_countries) {
      add_country(Field::transit, t);
      add_country(Field::itinerary, t);
    }
    static const Item kNoItem;
    size_t n = std::max<size_t>(1, d.items.size());
    for (size_t i = 0; i < n; ++i) {
      const Item& item = d.items.empty() ? kNoItem : d.items[i];
      prepare_item(item);
      ++item_gen_;
      cands_.clear();
      add_all(decl_cands_, cands_);
      if (!item.hs_code.empty()) {
        for (int len = 2; len <= item.hs_code.length(); ++len) {
          if (!(hs_lengths_ & (1u << len))) continue;
          auto it = hs_index_.find(hs_key(item.hs_code.prefix(len)));
          if (it != hs_index_.end()) add_all(it->second, cands_);
        }
      }
      for (uint32_t pid : matched_patterns_) add_all(pattern_index_[pid], cands_);
      if (item.origin) add_all(country_index_[country_key_slot(Field::origin)][item.origin->index()], cands_);
      for (uint32_t p : cands_) {
        if (!profiles_[p].enabled || d.date.days() < valid_from_[p] || d.date.days() > valid_to_[p]) continue;
        if (!eval(roots_[p], d)) continue;
        if (hit_stamp_[p] != decl_gen_) {
          hit_stamp_[p] = decl_gen_;
          hit_slot_[p] = static_cast<uint32_t>(used);
          if (used == out.size()) out.emplace_back();
          ProfileHit& h = out[used++];
          h.profile = p;
          h.items.clear();
          h.lawful = false;
          h.fields = nullptr;
          if (evidence) {
            h.fields = nlohmann::json::object();
            record(roots_[p], d, item, h.fields);
          }
        }
        out[hit_slot_[p]].items.push_back(static_cast<int>(i));
      }
    }
    out.resize(used);
    auto by_profile = [](const ProfileHit& a, const ProfileHit& b) { return a.profile < b.profile; };
    if (!std::is_sorted(out.begin(), out.end(), by_profile)) std::sort(out.begin(), out.end(), by_profile);
    for (ProfileHit& h : out) decide_lane(profiles_[h.profile], d, h);
  }

 private:
  uint32_t intern(const std::string& s) {
    auto [it, inserted] = strings_.emplace(s, static_cast<uint32_t>(strings_.size() + 1));
    return it->second;
  }
  uint32_t lookup(const std::string& s) const {
    if (s.empty()) return 0;
    auto it = strings_.find(s);
    return it == strings_.end() ? 0 : it->second;
  }

  Node compile(const Condition& c, std::unordered_map<std::string, uint32_t>& pattern_ids) {
    Node n;
    n.kind = c.kind;
    n.field = c.field;
    n.src = &c;
    for (const Condition& ch : c.children) n.children.push_back(compile(ch, pattern_ids));
    if (c.kind != Condition::Kind::leaf) return n;
    n.hs = c.hs;
    for (Country k : c.countries) n.countries.set(k.index());
    for (Flow f : c.flows) n.flows |= 1u << static_cast<unsigned>(f);
    if (c.field == Field::importer_kind || c.field == Field::consignee_kind) {
      for (const std::string& s : c.strings)
        if (auto k = parse_party_kind(s)) n.kinds |= 1u << static_cast<unsigned>(*k);
    } else if (is_name_words_field(c.field)) {
      std::string err;
      for (const std::string& s : c.strings) {
        auto w = name_word_entry(s, &err);
        if (!w) throw std::runtime_error("name entry '" + s + "': " + err);
        n.name_words.push_back(std::move(*w));
      }
    } else {
      for (const std::string& s : c.strings) n.ids.push_back(intern(s));
    }
    std::sort(n.ids.begin(), n.ids.end());
    if (c.min) n.min = *c.min;
    if (c.max) n.max = *c.max;
    if (c.from) n.from = c.from->days();
    if (c.to) n.to = c.to->days();
    if (!c.attribute_name.empty()) n.attribute = intern(c.attribute_name);
    auto add_pattern = [&](const std::string& e) {
      std::string err;
      auto pat = description_pattern(e, &err);
      if (!pat) throw std::runtime_error("description entry '" + e + "': " + err);
      std::string key = (pat->literal ? "L" : pat->on_words ? "W" : "R") + pat->expression;
      auto [it, inserted] = pattern_ids.emplace(key, static_cast<uint32_t>(expressions_.size()));
      if (inserted) expressions_.push_back(std::move(*pat));
      n.patterns.push_back(it->second);
    };
    for (const std::string& e : c.text_entries) add_pattern(e);
    // A concentration's substance names are description entries: the
    // condition can only hold when one of them is found, so they filter (and
    // may index) it like a description's words.
    for (const ConcentrationTest& t : c.concentrations)
      for (const SubstanceName& name : t.of) add_pattern(name.entry);
    return n;
  }

  // Picks the most selective key among the top-level conditions (all of
  // which must hold), so the profile is a candidate only when it can match.
  void index(uint32_t p) {
    const Node& root = roots_[p];
    const Node* best = nullptr;
    int best_rank = 99;
    for (const Node& ch : root.children) {
      if (ch.kind != Condition::Kind::leaf) continue;
      int rank = 99;
      if (ch.field == Field::hs) {
        int shortest = 10;
        for (HsCode h : ch.hs) shortest = std::min(shortest, h.length());
        rank = shortest >= 4 ? 0 : 3;
      } else if (is_party_field(ch.field) || ch.field == Field::office) {
        rank = 1;
      } else if (ch.field == Field::description || ch.field == Field::concentration) {
        rank = 2;
      } else if (country_key_slot(ch.field) >= 0 && ch.countries.count() <= 60) {
        rank = 4;
      }
      if (rank < best_rank ||
          (rank == 4 && best_rank == 4 && ch.countries.count() < best->countries.count())) {
        best_rank = rank;
        best = &ch;
      }
    }
    if (best == nullptr) {
      unindexed_.push_back(p);
      ++stats_.unindexed;
      return;
    }
    switch (best_rank) {
      case 0:
      case 3:
        for (HsCode h : best->hs) {
          hs_index_[hs_key(h)].push_back(p);
          hs_lengths_ |= 1u << h.length();
        }
        ++stats_.indexed_by_hs;
        break;
      case 1:
        for (uint32_t id : best->ids) party_index_[id].push_back(p);
        ++stats_.indexed_by_party;
        break;
      case 2:
        for (uint32_t pid : best->patterns) {
          pattern_index_[pid].push_back(p);
          key_pattern_[pid] = true;
        }
        ++stats_.indexed_by_description;
        if (best->field == Field::concentration) ++stats_.indexed_by_concentration;
        break;
      default: {
        auto& slot = country_index_[country_key_slot(best->field)];
        for (size_t c = 0; c < kCountries; ++c)
          if (best->countries.test(c)) slot[c].push_back(p);
        ++stats_.indexed_by_country;
      }
    }
  }

  // A concentration's names are scanned with every description (never on
  // demand): most are literals anyway, and the reading needs them found first.
  void mark_concentration_names(const Node& n) {
    for (const Node& ch : n.children) mark_concentration_names(ch);
    if (n.kind == Condition::Kind::leaf && n.field == Field::concentration)
      for (uint32_t pid : n.patterns) key_pattern_[pid] = true;
  }

  // Marks the leaves holding a lazy expression, and orders the conditions of
  // every `all` so that plain leaves are tried first and conditions needing a
  // lazy scan last (`all` does not depend on order; `any` keeps its order,
  // which decides the evidence recorded). Returns whether `n` holds one.
  bool mark_lazy(Node& n) {
    bool lazy = false;
    for (Node& ch : n.children) lazy = mark_lazy(ch) || lazy;
    for (uint32_t pid : n.patterns)
      if (lazy_pattern_[pid]) n.lazy = lazy = true;
    if (n.kind == Condition::Kind::all) {
      // A concentration reads the description's numbers: after the plain leaves.
      auto cost = [](const Node& c) {
        return c.lazy ? 2 : c.kind == Condition::Kind::leaf && c.field != Field::concentration ? 0 : 1;
      };
      std::stable_sort(n.children.begin(), n.children.end(),
                       [&](const Node& a, const Node& b) { return cost(a) < cost(b); });
    }
    if (n.kind != Condition::Kind::leaf) n.lazy = lazy;
    return lazy;
  }

  // One database of every literal and key expression, scanned once per item;
  // and for each description leaf holding on-demand expressions a small
  // database of just those, scanned the first time the leaf is evaluated on
  // an item (a leaf then pays for its own expressions, not for all of them).
  void build_database() {
    std::vector<std::pair<DescriptionPattern, unsigned>> eager;
    for (uint32_t i = 0; i < expressions_.size(); ++i) {
      if (lazy_pattern_[i])
        ++stats_.lazy_patterns;
      else
        eager.emplace_back(expressions_[i], i);
    }
    patterns_.compile(eager, &scratch_);
    std::map<std::vector<uint32_t>, int32_t> set_of;
    for (Node& root : roots_) assign_lazy_sets(root, set_of);
    stats_.lazy_sets = lazy_sets_.size();
  }

  void assign_lazy_sets(Node& n, std::map<std::vector<uint32_t>, int32_t>& set_of) {
    for (Node& ch : n.children) assign_lazy_sets(ch, set_of);
    if (n.kind != Condition::Kind::leaf || n.field != Field::description) return;
    std::vector<uint32_t> lazy;
    for (uint32_t pid : n.patterns)
      if (lazy_pattern_[pid]) lazy.push_back(pid);
    if (lazy.empty()) return;
    std::sort(lazy.begin(), lazy.end());
    auto [it, inserted] = set_of.emplace(lazy, static_cast<int32_t>(lazy_sets_.size()));
    if (inserted) {
      std::vector<std::pair<DescriptionPattern, unsigned>> patterns;
      for (uint32_t pid : lazy) patterns.emplace_back(expressions_[pid], pid);
      lazy_sets_.push_back(std::make_unique<PatternSet>());
      lazy_sets_.back()->compile(patterns, &scratch_);
    }
    n.lazy_set = it->second;
  }

  static int on_pattern(unsigned id, unsigned long long, unsigned long long, unsigned, void* ctx) {
    Impl* self = static_cast<Impl*>(ctx);
    if (self->pattern_stamp_[id] != self->pattern_gen_) {
      self->pattern_stamp_[id] = self->pattern_gen_;
      self->matched_patterns_.push_back(id);
    }
    return 0;
  }

  void prepare(const Declaration& d) {
    office_ = lookup(d.office);
    transport_ = lookup(d.transport_mode);
    declarant_ = lookup(d.declarant_id);
    importer_ = lookup(d.importer.id);
    exporter_ = lookup(d.exporter.id);
    consignor_ = lookup(d.consignor.id);
    consignee_ = lookup(d.consignee.id);
    attributes_.clear();
    for (const auto& [name, value] : d.attributes) attributes_.emplace_back(lookup(name), lookup(value));
    importer_kind_.reset();
    consignee_kind_.reset();
    importer_words_.reset();
    exporter_words_.reset();
    consignee_words_.reset();
  }

  // A party's kind is read from its name (ICU and the name tables) only when
  // a candidate profile asks, once per declaration.
  static bool kind_in(const Node& n, std::optional<std::optional<PartyKind>>& cached, const Party& p) {
    if (!cached) cached = party_kind(p.name);
    return *cached && (n.kinds & (1u << static_cast<unsigned>(**cached)));
  }

  // A party's name is folded into words only when a candidate profile asks,
  // once per declaration, like its kind.
  static bool words_in(const Node& n, std::optional<NameWords>& cached, const Party& p) {
    if (!cached) cached.emplace(p.name);
    return cached->has_any(n.name_words);
  }

  void prepare_item(const Item& item) {
    cur_.item = &item;
    cur_.currency = lookup(item.currency);
    cur_.unit = lookup(item.quantity_unit);
    cur_.docs.clear();
    for (const Document& doc : item.documents)
      if (uint32_t id = lookup(doc.type)) cur_.docs.push_back(id);
    matched_patterns_.clear();
    ++pattern_gen_;
    has_text_ = false;
    if ((patterns_.empty() && lazy_sets_.empty()) || item.description.empty()) return;
    fold_and_word_text(item.description, folded_, words_);
    patterns_.scan(folded_, words_, scratch_, on_pattern, this);
    has_text_ = true;
  }

  void add_all(const std::vector<uint32_t>& from, std::vector<uint32_t>& to) {
    for (uint32_t p : from)
      if (profile_stamp_[p] != item_gen_) {
        profile_stamp_[p] = item_gen_;
        to.push_back(p);
      }
  }
  void add_party(uint32_t id) {
    if (id == 0) return;
    auto it = party_index_.find(id);
    if (it != party_index_.end()) add_all(it->second, decl_cands_);
  }
  void add_country(Field f, const std::optional<Country>& c) {
    if (c) add_all(country_index_[country_key_slot(f)][c->index()], decl_cands_);
  }

  static bool has(const std::vector<uint32_t>& sorted, uint32_t id) {
    if (id == 0) return false;
    if (sorted.size() < 16) return std::find(sorted.begin(), sorted.end(), id) != sorted.end();
    return std::binary_search(sorted.begin(), sorted.end(), id);
  }
  static bool in_range(const Node& n, const std::optional<double>& v) {
    return v && *v >= n.min && *v <= n.max;
  }
  static bool in(const Node& n, const std::optional<Country>& c) { return c && n.countries.test(c->index()); }
  bool any_doc(const Node& n) const {
    for (uint32_t id : cur_.docs)
      if (has(n.ids, id)) return true;
    return false;
  }

  bool eval(const Node& n, const Declaration& d) {
    switch (n.kind) {
      case Condition::Kind::all:
        for (const Node& ch : n.children)
          if (!eval(ch, d)) return false;
        return true;
      case Condition::Kind::any:
        for (const Node& ch : n.children)
          if (eval(ch, d)) return true;
        return false;
      case Condition::Kind::negate: return !eval(n.children.front(), d);
      case Condition::Kind::leaf: break;
    }
    const Item& item = *cur_.item;
    switch (n.field) {
      case Field::hs:
        if (item.hs_code.empty()) return false;
        for (HsCode p : n.hs)
          if (item.hs_code.starts_with(p)) return true;
        return false;
      case Field::description:
        if (n.lazy_set >= 0 && has_text_ && lazy_stamp_[n.lazy_set] != pattern_gen_) {
          lazy_stamp_[n.lazy_set] = pattern_gen_;
          lazy_sets_[n.lazy_set]->scan(folded_, words_, scratch_, on_pattern, this);
        }
        for (uint32_t pid : n.patterns)
          if (pattern_stamp_[pid] == pattern_gen_) return true;
        return false;
      case Field::concentration: {
        if (!has_text_) return false;
        bool named = false;
        for (uint32_t pid : n.patterns)
          if (pattern_stamp_[pid] == pattern_gen_) named = true;
        if (!named) return false;
        if (concentration_stamp_ != pattern_gen_) {  // read once per item, whichever profiles ask
          concentration_stamp_ = pattern_gen_;
          concentration_.read(folded_);
        }
        for (const ConcentrationTest& t : n.src->concentrations)
          if (concentration_.first_within(t)) return true;
        return false;
      }
      case Field::origin: return in(n, item.origin);
      case Field::net_mass_kg: return in_range(n, item.net_mass_kg);
      case Field::quantity: return in_range(n, item.quantity);
      case Field::value: return in_range(n, item.value);
      case Field::unit_value_per_kg: return in_range(n, item.unit_value_per_kg());
      case Field::mass_per_unit_kg: return in_range(n, mass_per_unit_kg(item));
      case Field::value_per_unit: return in_range(n, value_per_unit(item));
      case Field::tax_rate: return in_range(n, item.tax_rate);
      case Field::quantity_unit: return has(n.ids, cur_.unit);
      case Field::currency: return has(n.ids, cur_.currency);
      case Field::has_document: return any_doc(n);
      case Field::lacks_document: return !any_doc(n);
      case Field::flow: return d.flow && (n.flows & (1u << static_cast<unsigned>(*d.flow)));
      case Field::date: return d.date.days() >= n.from && d.date.days() <= n.to;
      case Field::office: return has(n.ids, office_);
      case Field::transport: return has(n.ids, transport_);
      case Field::declarant: return has(n.ids, declarant_);
      case Field::importer: return has(n.ids, importer_);
      case Field::exporter: return has(n.ids, exporter_);
      case Field::consignor: return has(n.ids, consignor_);
      case Field::consignee: return has(n.ids, consignee_);
      case Field::party:
        return has(n.ids, importer_) || has(n.ids, exporter_) || has(n.ids, consignor_) ||
               has(n.ids, consignee_) || has(n.ids, declarant_);
      case Field::importer_kind: return kind_in(n, importer_kind_, d.importer);
      case Field::consignee_kind: return kind_in(n, consignee_kind_, d.consignee);
      case Field::importer_name_words: return words_in(n, importer_words_, d.importer);
      case Field::exporter_name_words: return words_in(n, exporter_words_, d.exporter);
      case Field::consignee_name_words: return words_in(n, consignee_words_, d.consignee);
      case Field::importer_country: return in(n, d.importer.country);
      case Field::exporter_country: return in(n, d.exporter.country);
      case Field::consignor_country: return in(n, d.consignor.country);
      case Field::consignee_country: return in(n, d.consignee.country);
      case Field::departure: return in(n, d.departure_country);
      case Field::destination: return in(n, d.destination_country);
      case Field::transit:
      case Field::itinerary:
        if (n.field == Field::itinerary && (in(n, d.departure_country) || in(n, d.destination_country)))
          return true;
        for (Country t : d.transit_countries)
          if (n.countries.test(t.index())) return true;
        return false;
      case Field::attribute:
        for (const auto& [name, value] : attributes_)
          if (name == n.attribute) return has(n.ids, value);
        return false;
    }
    return false;
  }

  void collect(const Node& n, const Declaration& d, const Item& item, nlohmann::json& fields) const {
    if (n.kind == Condition::Kind::leaf) {
      std::string key(to_string(n.field));
      if (n.field == Field::attribute) key += ":" + n.src->attribute_name;
      fields[key] = field_value(n.field, *n.src, d, item);
      return;
    }
    for (const Node& ch : n.children) collect(ch, d, item, fields);
  }

  // The leaves on the path that made `n` true on this item.
  void record(const Node& n, const Declaration& d, const Item& item, nlohmann::json& fields) {
    switch (n.kind) {
      case Condition::Kind::leaf:
      case Condition::Kind::negate: collect(n, d, item, fields); return;
      case Condition::Kind::all:
        for (const Node& ch : n.children) record(ch, d, item, fields);
        return;
      case Condition::Kind::any:
        for (const Node& ch : n.children)
          if (eval(ch, d)) {
            record(ch, d, item, fields);
            return;
          }
    }
  }

  std::vector<Profile> profiles_;
  std::vector<Node> roots_;
  std::vector<int32_t> valid_from_, valid_to_;
  std::unordered_map<std::string, uint32_t> strings_;
  std::vector<DescriptionPattern> expressions_;
  PatternSet patterns_;  // literals and key regular expressions, scanned once per item
  std::vector<std::unique_ptr<PatternSet>> lazy_sets_;  // the other expressions, by leaf (Node::lazy_set)
  std::vector<bool> key_pattern_, lazy_pattern_;
  hs_scratch_t* scratch_ = nullptr;

  std::unordered_map<uint64_t, std::vector<uint32_t>> hs_index_;
  unsigned hs_lengths_ = 0;
  std::vector<std::vector<uint32_t>> pattern_index_;
  std::unordered_map<uint32_t, std::vector<uint32_t>> party_index_;
  std::array<std::array<std::vector<uint32_t>, kCountries>, kCountryKeys.size()> country_index_;
  std::vector<uint32_t> unindexed_;
  EngineStats stats_;

  // Per-call state, reused to avoid allocation.
  uint32_t office_ = 0, transport_ = 0, declarant_ = 0, importer_ = 0, exporter_ = 0, consignor_ = 0,
           consignee_ = 0;
  std::vector<std::pair<uint32_t, uint32_t>> attributes_;
  PreparedItem cur_;
  std::string folded_, words_;
  std::vector<uint32_t> matched_patterns_, cands_, decl_cands_;
  std::vector<uint32_t> profile_stamp_, hit_slot_, hit_stamp_, pattern_stamp_;
  uint32_t item_gen_ = 0, decl_gen_ = 0, pattern_gen_ = 0;
  std::optional<std::optional<PartyKind>> importer_kind_, consignee_kind_;  // of the declaration in hand
  std::optional<NameWords> importer_words_, exporter_words_, consignee_words_;
  std::vector<uint32_t> lazy_stamp_;  // pattern_gen_ when each lazy set was last scanned
  bool has_text_ = false;             // the item has a folded description to scan
  ConcentrationText concentration_;   // the item's description read for percentages, on demand
  uint32_t concentration_stamp_ = 0;  // pattern_gen_ when it was read
};

ProfileEngine::ProfileEngine(std::vector<Profile> profiles)
    : impl_(std::make_unique<Impl>(std::move(profiles))) {}
ProfileEngine::~ProfileEngine() = default;
const std::vector<Profile>& ProfileEngine::profiles() const { return impl_->profiles(); }
EngineStats ProfileEngine::stats() const { return impl_->stats(); }
void ProfileEngine::match(const Declaration& d, std::vector<ProfileHit>& out, bool evidence) {
  impl_->match(d, out, evidence);
}

}  // namespace custos::risk
