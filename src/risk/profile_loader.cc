#include "risk/profile_loader.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "risk/condition_parser.hpp"
#include "risk/example_parser.hpp"
#include "risk/permit_waiver.hpp"
#include "risk/toml_cursor.hpp"

namespace custos::risk {

std::string LoadError::str() const {
  std::string s = file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
  if (!hint.empty()) s += " (" + hint + ")";
  return s;
}

namespace {

// A document or permit type as written in a profile, in the upper case the
// declarations and the registry use ("ods_licence" -> "ODS_LICENCE").
std::string document_type(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

using detail::ErrorSink;

const std::vector<std::string_view> kProfileKeys{
    "id",      "title",        "domain",     "legal_basis",     "weight",           "min_lane",
    "reason",  "instructions", "valid_from", "valid_to",        "operation",        "enabled",
    "author",  "version",      "permit",     "permit_lane",     "waived_by_permit", "when",
    "example", "reason_fr",    "reason_ar",  "instructions_fr", "instructions_ar"};

// The languages a profile's reason and instructions may be translated into.
const std::vector<std::string_view> kTranslatedLanguages{"fr", "ar"};

bool valid_id(std::string_view id) {
  if (id.empty()) return false;
  for (char c : id)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.') return false;
  return true;
}

bool valid_list_name(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  return true;
}

void require_text(const toml::table& t, std::string_view key, std::string& out, ErrorSink& sink,
                  const std::string& who, std::string_view why) {
  const toml::node* n = t.get(key);
  if (n == nullptr) {
    sink.add(t.source(), "profile '" + who + "' has no '" + std::string(key) + "'", std::string(why));
    return;
  }
  if (auto s = detail::get_string(*n, key, sink)) {
    if (s->find_first_not_of(" \t\r\n") == std::string::npos)
      sink.add(n->source(), "'" + std::string(key) + "' is empty", std::string(why));
    else
      out = *s;
  }
}

std::optional<Lane> lane_field(const toml::node& n, std::string_view key, ErrorSink& sink) {
  auto s = detail::get_string(n, key, sink);
  if (!s) return std::nullopt;
  auto lane = parse_lane(*s);
  if (!lane) sink.add(n.source(), "'" + *s + "' is not a lane", "green, blue, yellow, orange or red");
  return lane;
}

bool parse_profile(const toml::table& t, detail::ConditionContext& ctx, Profile& p) {
  ErrorSink& sink = ctx.sink;
  size_t before = sink.count();
  p.pos = sink.pos(t.source());
  detail::check_keys(t, kProfileKeys, "[[profile]]", sink);
  if (const toml::node* n = t.get("id")) {
    if (auto s = detail::get_string(*n, "id", sink)) {
      if (valid_id(*s))
        p.id = *s;
      else
        sink.add(n->source(), "bad profile id '" + *s + "'", "letters, digits, '-', '_' and '.' only");
    }
  } else {
    sink.add(t.source(), "profile has no 'id'", "every profile needs a unique id, e.g. id = \"WASTE-001\"");
  }
  std::string who = p.id.empty() ? "?" : p.id;
  require_text(t, "title", p.title, sink, who, "one line shown in lists and reports");
  require_text(t, "legal_basis", p.legal_basis, sink, who, "name the law, convention or regulation");
  require_text(t, "reason", p.reason, sink, who, "officers need to know why the goods are suspect");
  require_text(t, "instructions", p.instructions, sink, who, "tell the examining officer what to do");
  for (std::string_view lang : kTranslatedLanguages)
    for (std::string_view what : {std::string_view("reason"), std::string_view("instructions")}) {
      const std::string key = std::string(what) + "_" + std::string(lang);
      const toml::node* n = t.get(key);
      if (n == nullptr) continue;
      if (auto s = detail::get_string(*n, key, sink)) {
        if (s->find_first_not_of(" \t\r\n") == std::string::npos)
          sink.add(n->source(), "'" + key + "' is empty",
                   "leave it out to show the English '" + std::string(what) + "'");
        else
          p.translations[std::string(lang)][std::string(what)] = *s;
      }
    }
  if (const toml::node* n = t.get("domain")) {
    if (auto s = detail::get_string(*n, "domain", sink)) {
      if (auto d = parse_domain(*s))
        p.domain = *d;
      else
        sink.add(n->source(), "'" + *s + "' is not a domain",
                 "waste, ozone, cultural, strategic, precursors, wildlife, fiscal or general");
    }
  } else {
    sink.add(t.source(), "profile '" + who + "' has no 'domain'",
             "waste, ozone, cultural, strategic, precursors, wildlife, fiscal or general");
  }
  if (const toml::node* n = t.get("weight")) {
    auto w = detail::get_number(*n, "weight", sink);
    if (w && (*w < 0 || *w > 100))
      sink.add(n->source(), "'weight' must be a number from 0 to 100", "e.g. weight = 40");
    else if (w)
      p.weight = *w;
  } else {
    sink.add(t.source(), "profile '" + who + "' has no 'weight'", "a number from 0 to 100");
  }
  if (const toml::node* n = t.get("min_lane")) {
    if (auto l = lane_field(*n, "min_lane", sink)) p.min_lane = *l;
  }
  if (const toml::node* n = t.get("permit_lane")) {
    if (auto l = lane_field(*n, "permit_lane", sink)) p.permit_lane = *l;
  }
  if (const toml::node* n = t.get("valid_from")) p.valid_from = detail::get_date(*n, "valid_from", sink);
  if (const toml::node* n = t.get("valid_to")) p.valid_to = detail::get_date(*n, "valid_to", sink);
  if (p.valid_from && p.valid_to && *p.valid_to < *p.valid_from)
    sink.add(t.get("valid_to")->source(),
             "valid_to " + p.valid_to->str() + " is before valid_from " + p.valid_from->str(),
             "the profile would never apply; check the dates");
  if (const toml::node* n = t.get("operation")) {
    if (auto s = detail::get_string(*n, "operation", sink)) p.operation = *s;
  }
  if (const toml::node* n = t.get("author")) {
    if (auto s = detail::get_string(*n, "author", sink)) p.author = *s;
  }
  if (const toml::node* n = t.get("enabled")) {
    if (auto b = n->value_exact<bool>())
      p.enabled = *b;
    else
      sink.add(n->source(), "'enabled' must be true or false", "no quotes");
  }
  if (const toml::node* n = t.get("version")) {
    auto v = n->value_exact<int64_t>();
    if (!v || *v < 1 || *v > 1000000)
      sink.add(n->source(), "'version' must be a whole number >= 1", "e.g. version = 2");
    else
      p.version = static_cast<int>(*v);
  }
  if (const toml::node* n = t.get("permit")) {
    if (auto docs = detail::get_strings(*n, "permit", sink)) {
      if (docs->empty())
        sink.add(n->source(), "'permit' is empty", "list document types, e.g. [\"CITES_PERMIT\"]");
      for (auto& [d, at] : *docs) {
        const std::string up = document_type(d);
        if (up.empty())
          sink.add(at, "empty document type in 'permit'", "remove it");
        else
          p.permit.push_back(up);
      }
    }
  }
  if (const toml::node* n = t.get("waived_by_permit")) {
    if (auto docs = detail::get_strings(*n, "waived_by_permit", sink)) {
      if (docs->empty())
        sink.add(n->source(), "'waived_by_permit' is empty", "list permit types, e.g. [\"ODS_LICENCE\"]");
      for (auto& [d, at] : *docs) {
        const std::string up = document_type(d);
        if (!is_registry_permit_type(up))
          sink.add(at, "'" + d + "' in 'waived_by_permit' is not a permit type the registry checks",
                   "one of CITES_PERMIT, BASEL_CONSENT, ODS_LICENCE, EXPORT_LICENCE, PRECURSOR_LICENCE, "
                   "CULTURAL_EXPORT_CERTIFICATE");
        else if (std::find(p.waived_by_permit.begin(), p.waived_by_permit.end(), up) ==
                 p.waived_by_permit.end())
          p.waived_by_permit.push_back(up);
      }
    }
  }
  if (const toml::node* n = t.get("when")) {
    if (const toml::table* w = n->as_table())
      detail::parse_condition_table(*w, ctx, p.when);
    else
      sink.add(n->source(), "'when' must be a table", "write [profile.when] and the conditions below it");
  } else {
    sink.add(t.source(), "profile '" + who + "' has no condition", "add a [profile.when] table");
  }
  if (const toml::node* n = t.get("example")) {
    const toml::array* a = n->as_array();
    if (a == nullptr) {
      sink.add(n->source(), "'example' must be an array of tables", "write [[profile.example]]");
    } else {
      int i = 0;
      for (const toml::node& e : *a) {
        ++i;
        const toml::table* et = e.as_table();
        if (et == nullptr) {
          sink.add(e.source(), "an example must be a table", "write [[profile.example]]");
          continue;
        }
        ProfileExample ex;
        detail::parse_example(*et, p, i, sink, ex);
        p.examples.push_back(std::move(ex));
      }
    }
  }
  return sink.count() == before;
}

struct ParsedFile {
  std::string name;
  std::optional<toml::table> root;
};

}  // namespace

LoadResult load_profiles(const std::vector<ProfileSource>& files, const CountryGroups& groups) {
  LoadResult result;
  result.files = static_cast<int>(files.size());
  std::vector<ParsedFile> parsed;
  for (const ProfileSource& f : files) {
    ParsedFile pf{f.name, std::nullopt};
    try {
      pf.root = toml::parse(f.text, f.name);
    } catch (const toml::parse_error& e) {
      result.errors.push_back(LoadError{
          f.name, static_cast<int>(e.source().begin.line), static_cast<int>(e.source().begin.column),
          "TOML syntax: " + std::string(e.description()), "see docs/profiles.md for the file layout"});
    }
    parsed.push_back(std::move(pf));
  }
  // Lists first: a profile may use a list defined in another file.
  detail::NamedLists lists;
  std::map<std::string, std::string, std::less<>> list_origin;
  for (ParsedFile& pf : parsed) {
    if (!pf.root) continue;
    ErrorSink sink(pf.name, result.errors);
    for (auto&& [key, node] : *pf.root) {
      if (key.str() == "profile") continue;
      if (key.str() != "lists") {
        std::string guess = detail::closest(key.str(), {"profile", "lists"});
        sink.add(key.source(), "unknown top-level field '" + std::string(key.str()) + "'",
                 guess.empty() ? "a file holds [[profile]] tables and one [lists] table"
                               : "did you mean '" + guess + "'?");
        continue;
      }
      const toml::table* lt = node.as_table();
      if (lt == nullptr) {
        sink.add(node.source(), "'lists' must be a table", "write [lists] and NAME = [\"...\"] below it");
        continue;
      }
      for (auto&& [lname, lnode] : *lt) {
        std::string name(lname.str());
        if (!valid_list_name(name)) {
          sink.add(lname.source(), "bad list name '" + name + "'", "letters, digits and '_' only");
          continue;
        }
        if (groups.find(name) != nullptr) {
          sink.add(lname.source(), "list '" + name + "' has the name of a country group",
                   "choose another name");
          continue;
        }
        if (auto it = list_origin.find(name); it != list_origin.end()) {
          sink.add(lname.source(), "duplicate list '" + name + "'", "first defined at " + it->second);
          continue;
        }
        auto values = detail::get_strings(lnode, name, sink);
        if (!values) continue;
        if (values->empty()) {
          sink.add(lnode.source(), "list '" + name + "' is empty", "list at least one value");
          continue;
        }
        std::vector<std::string> members;
        for (auto& [v, at] : *values) members.push_back(v);
        lists[name] = std::move(members);
        list_origin[name] = pf.name + ":" + std::to_string(lname.source().begin.line);
      }
    }
  }
  std::map<std::string, std::string, std::less<>> id_origin;
  for (ParsedFile& pf : parsed) {
    if (!pf.root) continue;
    ErrorSink sink(pf.name, result.errors);
    const toml::node* profiles = pf.root->get("profile");
    if (profiles == nullptr) continue;
    const toml::array* arr = profiles->as_array();
    if (arr == nullptr) {
      sink.add(profiles->source(), "'profile' must be an array of tables",
               "write [[profile]], with two brackets");
      continue;
    }
    detail::ConditionContext ctx{groups, lists, sink};
    for (const toml::node& n : *arr) {
      const toml::table* t = n.as_table();
      if (t == nullptr) {
        sink.add(n.source(), "a profile must be a table", "write [[profile]]");
        continue;
      }
      Profile p;
      bool ok = parse_profile(*t, ctx, p);
      if (!p.id.empty()) {
        if (auto it = id_origin.find(p.id); it != id_origin.end()) {
          sink.add(t->get("id")->source(), "duplicate profile id '" + p.id + "'",
                   "first defined at " + it->second);
          ok = false;
        } else {
          id_origin[p.id] = pf.name + ":" + std::to_string(t->source().begin.line);
        }
      }
      if (ok) result.profiles.push_back(std::move(p));
    }
  }
  return result;
}

LoadResult load_profiles_path(const std::string& path, const CountryGroups& groups) {
  namespace fs = std::filesystem;
  std::vector<std::string> names;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    for (auto it = fs::recursive_directory_iterator(path, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
      if (it->is_regular_file() && it->path().extension() == ".toml") names.push_back(it->path().string());
    std::sort(names.begin(), names.end());
  } else {
    names.push_back(path);
  }
  std::vector<ProfileSource> sources;
  LoadResult failed;
  for (const std::string& name : names) {
    std::ifstream in(name, std::ios::binary);
    if (!in) {
      failed.errors.push_back(
          LoadError{name, 0, 0, "cannot open the file", "check the path and permissions"});
      continue;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    sources.push_back(ProfileSource{name, ss.str()});
  }
  LoadResult r = load_profiles(sources, groups);
  r.errors.insert(r.errors.begin(), failed.errors.begin(), failed.errors.end());
  r.files = static_cast<int>(names.size());
  return r;
}

}  // namespace custos::risk
