#include "ingest/mapping.hpp"

#include <toml++/toml.h>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace custos {
namespace {

std::string where(const std::string& origin, const toml::source_region& r) {
  return origin + ":" + std::to_string(r.begin.line) + ":" + std::to_string(r.begin.column);
}

std::string as_text(const toml::node& n, const std::string& origin, const std::string& key) {
  if (auto s = n.value<std::string>()) return *s;
  if (auto i = n.value<int64_t>()) return std::to_string(*i);
  if (auto b = n.value<bool>()) return *b ? "1" : "0";
  throw MappingError(where(origin, n.source()) + ": '" + key + "' must be text");
}

Field field_or_throw(std::string_view key, const toml::node& n, const std::string& origin) {
  auto f = field_by_name(key);
  if (!f)
    throw MappingError(where(origin, n.source()) + ": '" + std::string(key) +
                       "' is not a canonical field (see docs/formats.md for the list)");
  return *f;
}

}  // namespace

std::unique_ptr<Mapping> Mapping::load(const std::string& name_or_file, const std::string& data_dir) {
  namespace fs = std::filesystem;
  fs::path path(name_or_file);
  if (!fs::exists(path)) {
    fs::path shipped = fs::path(data_dir) / "mappings" / (name_or_file + ".toml");
    if (!fs::exists(shipped))
      throw MappingError("no mapping '" + name_or_file + "': not a file, and not a shipped mapping in " +
                         (fs::path(data_dir) / "mappings").string());
    path = shipped;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw MappingError("cannot read mapping " + path.string());
  std::stringstream ss;
  ss << in.rdbuf();
  return parse(ss.str(), path.string());
}

std::unique_ptr<Mapping> Mapping::parse(std::string_view text, const std::string& origin) {
  toml::table root;
  try {
    root = toml::parse(text, origin);
  } catch (const toml::parse_error& e) {
    throw MappingError(where(origin, e.source()) + ": " + std::string(e.description()));
  }
  auto m = std::make_unique<Mapping>();
  for (const auto& [key, node] : root) {
    const std::string k(key.str());
    if (k == "name") {
      m->name_ = as_text(node, origin, k);
    } else if (k == "title") {
      m->title_ = as_text(node, origin, k);
    } else if (k == "delimiter") {
      std::string d = as_text(node, origin, k);
      if (d == "\\t" || d == "tab") d = "\t";
      if (d.size() != 1)
        throw MappingError(where(origin, node.source()) + ": 'delimiter' must be one character");
      m->delimiter_ = d[0];
    } else if (k == "unknown_columns") {
      std::string u = as_text(node, origin, k);
      if (u == "keep")
        m->unknown_ = Unknown::keep;
      else if (u == "ignore")
        m->unknown_ = Unknown::ignore;
      else if (u == "reject")
        m->unknown_ = Unknown::reject;
      else
        throw MappingError(where(origin, node.source()) + ": 'unknown_columns' is keep, ignore or reject");
    } else if (k == "columns" || k == "constants" || k == "attributes") {
      const toml::table* t = node.as_table();
      if (t == nullptr) throw MappingError(where(origin, node.source()) + ": [" + k + "] must be a table");
      for (const auto& [sub, v] : *t) {
        const std::string s(sub.str());
        if (k == "columns") {
          m->columns_.push_back({field_or_throw(s, v, origin), as_text(v, origin, s)});
        } else if (k == "constants") {
          m->constants_[field_or_throw(s, v, origin)] = as_text(v, origin, s);
        } else {
          m->attributes_.emplace_back(s, as_text(v, origin, s));
        }
      }
    } else if (k == "values") {
      const toml::table* t = node.as_table();
      if (t == nullptr) throw MappingError(where(origin, node.source()) + ": [values] must be a table");
      for (const auto& [sub, v] : *t) {
        Field f = field_or_throw(sub.str(), v, origin);
        const toml::table* vt = v.as_table();
        if (vt == nullptr)
          throw MappingError(where(origin, v.source()) + ": [values." + std::string(sub.str()) +
                             "] must be a table");
        for (const auto& [from, to] : *vt)
          m->values_[f][std::string(from.str())] = as_text(to, origin, "value");
      }
    } else {
      throw MappingError(where(origin, node.source()) + ": unknown key '" + k +
                         "' (expected name, title, delimiter, unknown_columns, [columns], [constants], "
                         "[attributes], [values.FIELD])");
    }
  }
  if (m->name_.empty()) throw MappingError(origin + ": a mapping needs a 'name'");
  if (m->columns_.empty()) throw MappingError(origin + ": a mapping needs a [columns] table");
  for (Field f : {Field::declaration_id, Field::date, Field::flow, Field::hs_code}) {
    bool mapped = m->constants_.count(f) > 0;
    for (const auto& c : m->columns_) mapped = mapped || c.field == f;
    if (!mapped)
      throw MappingError(origin + ": required field '" + std::string(field_name(f)) +
                         "' has neither a column nor a constant");
  }
  return m;
}

const std::string& Mapping::translate(Field f, const std::string& value) const {
  auto it = values_.find(f);
  if (it == values_.end()) return value;
  auto v = it->second.find(value);
  return v == it->second.end() ? value : v->second;
}

}  // namespace custos
