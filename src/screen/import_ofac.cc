// OFAC's legacy CSV layout: one table per aspect, joined on ent_num.
#include <algorithm>
#include <filesystem>
#include <regex>
#include <unordered_map>

#include "screen/country_names.hpp"
#include "screen/importers.hpp"
#include "screen/text_util.hpp"

namespace custos::screen {
namespace {

std::string field(const CsvRecord& r, std::size_t i) {
  if (i >= r.fields.size()) return {};
  std::string v = trim(r.fields[i]);
  return v == "-0-" ? std::string() : v;
}

EntityKind ofac_kind(const std::string& type) {
  if (type == "individual") return EntityKind::person;
  if (type == "vessel") return EntityKind::vessel;
  if (type == "aircraft") return EntityKind::aircraft;
  return EntityKind::organisation;
}

// Remarks hold what the tables have no column for; only what matching uses
// is lifted out: weak aliases, birth years, nationality, IMO and passports.
void read_remarks(ListEntity& e, const std::string& remarks) {
  static const std::regex kAka(R"((?:a\.k\.a\.|f\.k\.a\.|n\.k\.a\.)\s*'([^']+)')");
  static const std::regex kDob(R"(DOB (?:circa |c\. |[0-9]{1,2} [A-Za-z]{3} )?([12][0-9]{3}))");
  static const std::regex kNationality(R"((?:[Nn]ationality|[Cc]itizen) ([A-Z][A-Za-z ,']+?)(?:;|\.$|$))");
  static const std::regex kImo(R"(IMO ([0-9]{7}))");
  static const std::regex kPassport(R"(Passport ([A-Z0-9][A-Z0-9-]+))");
  for (auto it = std::sregex_iterator(remarks.begin(), remarks.end(), kAka); it != std::sregex_iterator();
       ++it)
    e.names.push_back({trim((*it)[1].str()), NameStrength::weak_alias});
  for (auto it = std::sregex_iterator(remarks.begin(), remarks.end(), kDob); it != std::sregex_iterator();
       ++it) {
    int y = std::stoi((*it)[1].str());
    if (std::find(e.birth_years.begin(), e.birth_years.end(), y) == e.birth_years.end())
      e.birth_years.push_back(y);
  }
  for (auto it = std::sregex_iterator(remarks.begin(), remarks.end(), kNationality);
       it != std::sregex_iterator(); ++it)
    add_country(e, country_from_name((*it)[1].str()));
  for (auto it = std::sregex_iterator(remarks.begin(), remarks.end(), kImo); it != std::sregex_iterator();
       ++it)
    e.identifiers.push_back({"imo", (*it)[1].str()});
  for (auto it = std::sregex_iterator(remarks.begin(), remarks.end(), kPassport);
       it != std::sregex_iterator(); ++it)
    e.identifiers.push_back({"passport", (*it)[1].str()});
}

}  // namespace

std::vector<ListEntity> import_ofac_text(const OfacTables& t, const std::string& list_name) {
  std::vector<ListEntity> out;
  std::unordered_map<std::string, std::size_t> by_id;
  std::vector<std::string> remarks;
  for (const auto& r : parse_delimited(t.primary, ',', t.primary_file)) {
    if (r.fields.size() < 12)
      throw ImportError(t.primary_file, r.line,
                        "expected 12 comma-separated fields, found " + std::to_string(r.fields.size()));
    ListEntity e;
    e.id = field(r, 0);
    if (e.id.empty() || !is_digits(e.id))
      throw ImportError(t.primary_file, r.line, "entry number is not a number");
    if (by_id.count(e.id) != 0)
      throw ImportError(t.primary_file, r.line, "entry number " + e.id + " repeated");
    e.list = list_name;
    std::string name = field(r, 1);
    if (name.empty()) throw ImportError(t.primary_file, r.line, "entry " + e.id + " has no name");
    e.names.push_back({name, NameStrength::primary});
    e.kind = ofac_kind(field(r, 2));
    for (const auto& p : split(field(r, 3), "] ["))
      if (!trim(p).empty()) e.programmes.push_back(trim(p));
    if (e.kind == EntityKind::vessel) add_country(e, country_from_name(field(r, 9)));
    by_id.emplace(e.id, out.size());
    out.push_back(std::move(e));
    remarks.push_back(field(r, 11));
  }
  // Remarks too long for the main table continue in the comments table.
  if (!t.comments.empty())
    for (const auto& r : parse_delimited(t.comments, ',', t.comments_file)) {
      if (r.fields.size() < 2) throw ImportError(t.comments_file, r.line, "expected entry number and text");
      auto it = by_id.find(field(r, 0));
      if (it == by_id.end())
        throw ImportError(t.comments_file, r.line, "unknown entry number " + field(r, 0));
      remarks[it->second] += r.fields[1];
    }
  for (std::size_t i = 0; i < out.size(); ++i) read_remarks(out[i], remarks[i]);
  if (!t.aliases.empty())
    for (const auto& r : parse_delimited(t.aliases, ',', t.aliases_file)) {
      if (r.fields.size() < 4) throw ImportError(t.aliases_file, r.line, "expected at least 4 fields");
      auto it = by_id.find(field(r, 0));
      if (it == by_id.end()) throw ImportError(t.aliases_file, r.line, "unknown entry number " + field(r, 0));
      std::string alias = field(r, 3);
      if (!alias.empty()) out[it->second].names.push_back({alias, NameStrength::strong_alias});
    }
  if (!t.addresses.empty())
    for (const auto& r : parse_delimited(t.addresses, ',', t.addresses_file)) {
      if (r.fields.size() < 5) throw ImportError(t.addresses_file, r.line, "expected at least 5 fields");
      auto it = by_id.find(field(r, 0));
      if (it == by_id.end())
        throw ImportError(t.addresses_file, r.line, "unknown entry number " + field(r, 0));
      ListEntity& e = out[it->second];
      std::string address = join_nonempty({field(r, 2), field(r, 3), field(r, 4)}, ", ");
      if (!address.empty()) e.addresses.push_back(address);
      add_country(e, country_from_name(field(r, 4)));
    }
  return out;
}

std::vector<ListEntity> import_ofac(const std::string& dir, const std::string& list_name) {
  namespace fs = std::filesystem;
  OfacTables t;
  if (fs::exists(fs::path(dir) / "cons_prim.csv") && !fs::exists(fs::path(dir) / "sdn.csv")) {
    t.primary_file = "cons_prim.csv";
    t.aliases_file = "cons_alt.csv";
    t.addresses_file = "cons_add.csv";
    t.comments_file = "cons_comments.csv";
  }
  auto path = [&](const std::string& f) { return (fs::path(dir) / f).string(); };
  std::string primary = read_list_file(path(t.primary_file));
  auto optional = [&](const std::string& f) {
    return fs::exists(path(f)) ? read_list_file(path(f)) : std::string();
  };
  std::string aliases = optional(t.aliases_file), addresses = optional(t.addresses_file),
              comments = optional(t.comments_file);
  t.primary = primary;
  t.aliases = aliases;
  t.addresses = addresses;
  t.comments = comments;
  t.primary_file = path(t.primary_file);
  t.aliases_file = path(t.aliases_file);
  t.addresses_file = path(t.addresses_file);
  t.comments_file = path(t.comments_file);
  return import_ofac_text(t, list_name);
}

std::size_t count_names(const std::vector<ListEntity>& entities) {
  std::size_t n = 0;
  for (const auto& e : entities) n += e.names.size();
  return n;
}

}  // namespace custos::screen
