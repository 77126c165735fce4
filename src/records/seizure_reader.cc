#include "records/seizure_reader.hpp"

#include <toml++/toml.h>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/csv_reader.hpp"

namespace custos::records {
namespace {

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return std::string(s);
}

std::vector<std::string> split_bar(std::string_view s) {
  std::vector<std::string> out;
  if (trim(s).empty()) return out;
  while (true) {
    size_t bar = s.find('|');
    out.push_back(trim(s.substr(0, bar)));
    if (bar == std::string_view::npos) break;
    s = s.substr(bar + 1);
  }
  return out;
}

std::optional<double> number(const std::string& s, const char* field, std::vector<FieldProblem>& problems) {
  if (s.empty()) return std::nullopt;
  double v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || !std::isfinite(v)) {
    problems.push_back({field, "'" + s + "' is not a number", "not_a_number", {{"value", s}}});
    return std::nullopt;
  }
  return v;
}

std::string upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

// "CN" confirmed, "CN?" not confirmed.
void add_leg(std::vector<RouteLeg>& route, const std::string& role, const std::string& text) {
  std::string c = text;
  bool confirmed = true;
  if (!c.empty() && c.back() == '?') {
    confirmed = false;
    c = trim(c.substr(0, c.size() - 1));
  }
  if (!c.empty()) route.push_back({role, upper(c), confirmed});
}

// "Name (CC)" or "Name".
Party party(const std::string& kind, const std::string& text) {
  Party p{kind, text, ""};
  if (text.size() > 5 && text.back() == ')' && text[text.size() - 4] == '(') {
    p.nationality = upper(text.substr(text.size() - 3, 2));
    p.name = trim(text.substr(0, text.size() - 4));
  }
  return p;
}

}  // namespace

SeizureMapping SeizureMapping::parse(std::string_view text, const std::string& origin) {
  toml::table t;
  try {
    t = toml::parse(text, origin);
  } catch (const toml::parse_error& e) {
    std::ostringstream os;
    os << origin << ":" << e.source().begin.line << ":" << e.source().begin.column << ": " << e.description();
    throw std::runtime_error(os.str());
  }
  SeizureMapping m;
  m.name = t["name"].value_or(std::string(origin));
  std::string delim = t["delimiter"].value_or(std::string(","));
  if (delim.size() != 1) throw std::runtime_error(origin + ": delimiter must be one character");
  m.delimiter = delim[0];
  auto known = [](std::string_view c) {
    for (std::string_view k : kSeizureColumns)
      if (k == c) return true;
    return false;
  };
  for (const char* section : {"columns", "constants"}) {
    if (const toml::table* s = t[section].as_table()) {
      for (const auto& [k, v] : *s) {
        std::string key(k.str());
        if (!known(key))
          throw std::runtime_error(origin + ":" + std::to_string(k.source().begin.line) + ": '" + key +
                                   "' is not a canonical seizure column");
        auto value = v.value<std::string>();
        if (!value)
          throw std::runtime_error(origin + ":" + std::to_string(k.source().begin.line) + ": '" + key +
                                   "' must be a string");
        (std::string(section) == "columns" ? m.columns : m.constants)[key] = *value;
      }
    }
  }
  return m;
}

SeizureMapping SeizureMapping::load(const std::string& name_or_file, const std::string& data_dir) {
  std::string path = name_or_file;
  if (path.find('/') == std::string::npos && path.find(".toml") == std::string::npos)
    path = data_dir + "/mappings/seizures/" + name_or_file + ".toml";
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read the mapping " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  return parse(ss.str(), path);
}

Seizure seizure_from_row(const std::map<std::string, std::string>& row, std::vector<FieldProblem>& problems) {
  auto get = [&](const char* k) -> std::string {
    auto it = row.find(k);
    return it == row.end() ? std::string() : trim(it->second);
  };
  Seizure s;
  s.id = get("seizure_id");
  std::string date = get("date");
  if (auto d = PartialDate::parse(date))
    s.date = *d;
  else
    s.date.text = date;
  s.office = get("office");
  s.place = get("place");
  s.latitude = number(get("latitude"), "latitude", problems);
  s.longitude = number(get("longitude"), "longitude", problems);
  s.country = upper(get("country"));
  s.domain = get("domain");
  s.commodity = get("commodity");
  s.hs_code = get("hs_code");
  s.taxon = get("taxon");
  s.cites_appendix = get("cites_appendix");
  s.substance = get("substance");
  s.cas_number = get("cas_number");
  s.waste_code = get("waste_code");
  try {
    if (!get("quantities").empty()) s.quantities = parse_quantities(get("quantities"));
  } catch (const RecordError& e) {
    problems.push_back({"quantities", e.what(), e.code, e.params});
  } catch (const std::invalid_argument& e) {
    problems.push_back({"quantities", e.what()});
  }
  s.value = number(get("value"), "value", problems);
  s.currency = upper(get("currency"));
  s.transport_mode = get("transport_mode");
  s.concealment = get("concealment");
  s.detection = get("detection");
  add_leg(s.route, "origin", get("origin_country"));
  add_leg(s.route, "departure", get("departure_country"));
  for (const std::string& c : split_bar(get("transit_countries"))) add_leg(s.route, "transit", c);
  add_leg(s.route, "destination", get("destination_country"));
  s.declarations = split_bar(get("declaration_id"));
  for (const std::string& p : split_bar(get("persons"))) s.parties.push_back(party("person", p));
  for (const std::string& p : split_bar(get("companies"))) s.parties.push_back(party("company", p));
  s.operation = get("operation");
  s.source = get("source");
  s.description = get("description");
  return s;
}

SeizureRead read_seizures_csv(std::string_view data, const SeizureMapping* mapping) {
  SeizureRead out;
  CsvReader::Options opts;
  if (mapping) opts.delimiter = mapping->delimiter;
  CsvReader reader = CsvReader::from_memory(data, opts);
  CsvRecord rec;
  if (!reader.next(rec)) {
    out.rejects.push_back({1, "", "header", "empty file; expected the seizure CSV header (docs/records.md)",
                           "seizure_header_empty"});
    return out;
  }
  if (!rec.error.empty()) {
    out.rejects.push_back({rec.line, "", "header", rec.error, rec.error_code});
    return out;
  }
  std::vector<std::string> header;
  for (std::string_view f : rec.fields) {
    header.push_back(trim(f));
    if (std::count(header.begin(), header.end() - 1, header.back())) {
      out.rejects.push_back({1,
                             "",
                             "header",
                             "column '" + header.back() + "' is named twice; which one holds the value?",
                             "header_twice",
                             {{"column", header.back()}}});
      return out;
    }
  }
  // canonical column -> index in the file
  std::map<std::string, size_t> where;
  for (std::string_view c : kSeizureColumns) {
    std::string source(c);
    if (mapping) {
      auto it = mapping->columns.find(source);
      if (it == mapping->columns.end()) continue;
      source = it->second;
    }
    for (size_t i = 0; i < header.size(); ++i)
      if (header[i] == source) where[std::string(c)] = i;
  }
  std::string missing;
  for (const char* required : {"seizure_id", "date", "quantities"})
    if (!where.count(required) && !(mapping && mapping->constants.count(required)))
      missing += std::string(missing.empty() ? "" : ", ") + required;
  if (!mapping && !where.count("country")) missing += std::string(missing.empty() ? "" : ", ") + "country";
  if (!mapping && !where.count("domain")) missing += std::string(missing.empty() ? "" : ", ") + "domain";
  if (!missing.empty()) {
    out.rejects.push_back(
        {1,
         "",
         "header",
         "the header lacks " + missing + " (the canonical seizure columns: docs/records.md)",
         "seizure_header_lacks",
         {{"columns", missing}}});
    return out;
  }
  std::map<std::string, int64_t> seen;  // id -> first line
  while (reader.next(rec)) {
    ++out.read;
    if (!rec.error.empty()) {
      out.rejects.push_back({rec.line, "", "record", rec.error, rec.error_code});
      continue;
    }
    if (rec.fields.size() != header.size()) {
      out.rejects.push_back(
          {rec.line,
           "",
           "record",
           "expected " + std::to_string(header.size()) + " fields, found " +
               std::to_string(rec.fields.size()),
           "record.width",
           {{"expected", std::to_string(header.size())}, {"found", std::to_string(rec.fields.size())}}});
      continue;
    }
    std::map<std::string, std::string> row;
    if (mapping) row = mapping->constants;
    for (const auto& [c, i] : where)
      if (!trim(rec.fields[i]).empty() || !row.count(c)) row[c] = std::string(rec.fields[i]);
    std::vector<FieldProblem> problems;
    Seizure s = seizure_from_row(row, problems);
    for (const FieldProblem& p : validate(s)) {
      bool dup = false;  // a value already reported as unreadable
      for (const FieldProblem& q : problems) dup = dup || q.field == p.field;
      if (!dup && !(p.field == "quantities" && !trim(row["quantities"]).empty())) problems.push_back(p);
    }
    if (problems.empty() && seen.count(s.id))
      problems.push_back({"seizure_id",
                          "'" + s.id + "' appears again (first on line " + std::to_string(seen[s.id]) +
                              "); ids must be unique in a file",
                          "duplicate",
                          {{"value", s.id}, {"line", std::to_string(seen[s.id])}}});
    if (!problems.empty()) {
      for (const FieldProblem& p : problems)
        out.rejects.push_back({rec.line, s.id, p.field, p.reason, p.code, p.params});
      continue;
    }
    seen[s.id] = rec.line;
    out.records.emplace_back(rec.line, std::move(s));
  }
  return out;
}

namespace {

// A JSON record's id for its reject, when it is a string ({"id": 7} is
// refused for its type, not thrown on).
std::string id_of(const nlohmann::json& j) {
  if (!j.is_object()) return {};
  auto it = j.find("id");
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

SeizureRead read_seizures_ndjson(std::string_view data) {
  SeizureRead out;
  int64_t line = 0;
  std::map<std::string, int64_t> seen;
  while (!data.empty()) {
    ++line;
    size_t nl = data.find('\n');
    std::string_view text = data.substr(0, nl);
    data = nl == std::string_view::npos ? std::string_view() : data.substr(nl + 1);
    if (trim(text).empty()) continue;
    ++out.read;
    nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded()) {
      out.rejects.push_back({line, "", "record", "not valid JSON", "json.invalid"});
      continue;
    }
    Seizure s;
    try {
      s = seizure_from_json(j);
    } catch (const RecordError& e) {
      std::string what = e.what();
      size_t colon = what.find(':');
      out.rejects.push_back({line, id_of(j), colon == std::string::npos ? "record" : what.substr(0, colon),
                             colon == std::string::npos ? what : trim(what.substr(colon + 1)), e.code,
                             e.params});
      continue;
    } catch (const std::invalid_argument& e) {
      std::string what = e.what();
      size_t colon = what.find(':');
      out.rejects.push_back({line, id_of(j), colon == std::string::npos ? "record" : what.substr(0, colon),
                             colon == std::string::npos ? what : trim(what.substr(colon + 1))});
      continue;
    } catch (const nlohmann::json::exception& e) {
      out.rejects.push_back({line, "", "record", e.what()});
      continue;
    }
    auto problems = validate(s);
    if (problems.empty() && seen.count(s.id))
      problems.push_back({"seizure_id",
                          "'" + s.id + "' appears again (first on line " + std::to_string(seen[s.id]) +
                              "); ids must be unique in a file",
                          "duplicate",
                          {{"value", s.id}, {"line", std::to_string(seen[s.id])}}});
    if (!problems.empty()) {
      for (const FieldProblem& p : problems)
        out.rejects.push_back({line, s.id, p.field, p.reason, p.code, p.params});
      continue;
    }
    seen[s.id] = line;
    out.records.emplace_back(line, std::move(s));
  }
  return out;
}

SeizureRead read_seizure_file(const std::string& path, std::optional<SeizureFormat> format,
                              const SeizureMapping* mapping) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string data = ss.str();
  if (!format) {
    bool nd = path.ends_with(".ndjson") || path.ends_with(".jsonl");
    format = nd ? SeizureFormat::ndjson : SeizureFormat::csv;
  }
  return *format == SeizureFormat::ndjson ? read_seizures_ndjson(data) : read_seizures_csv(data, mapping);
}

}  // namespace custos::records
