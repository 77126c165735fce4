#include "spectra/control_table.hpp"

#include <toml++/toml.h>
#include <cctype>
#include <stdexcept>

#include "spectra/substance_table.hpp"

namespace custos::spectra {
namespace {

std::string key(std::string_view s) {
  std::string out;
  for (char c : s)
    if (std::isalnum(static_cast<unsigned char>(c))) out.push_back(static_cast<char>(std::tolower(c)));
  return out;
}

}  // namespace

ControlTable ControlTable::load(const std::string& path) {
  const toml::table doc = detail::parse_table_file(path);
  ControlTable t;
  detail::for_each_substance(doc, path, [&](const toml::table& r, const detail::RowFailure& fail) {
    const toml::table* row = &r;
    ControlEntry e;
    e.substance = (*row)["name"].value_or(std::string());
    e.cas = (*row)["cas"].value_or(std::string());
    e.category = (*row)["category"].value_or(std::string());
    e.legal_basis = (*row)["legal_basis"].value_or(std::string());
    e.note = (*row)["note"].value_or(std::string());
    e.source = (*row)["source"].value_or(std::string());
    if (const toml::array* syn = (*row)["synonyms"].as_array())
      for (const toml::node& s : *syn)
        if (auto v = s.value<std::string>()) e.synonyms.push_back(*v);
    const auto domain = parse_domain((*row)["domain"].value_or(std::string()));
    if (e.substance.empty() || e.category.empty() || e.legal_basis.empty())
      throw fail("every substance needs name, category and legal_basis");
    if (!domain) throw fail("unknown domain for " + e.substance);
    e.domain = *domain;
    t.entries_.push_back(std::move(e));
  });
  return t;
}

ControlTable ControlTable::load_default(const std::string& data_dir) {
  return load(data_dir + "/spectra/control_categories.toml");
}

std::optional<ControlEntry> ControlTable::find(std::string_view name, std::string_view cas) const {
  if (!cas.empty())
    for (const ControlEntry& e : entries_)
      if (!e.cas.empty() && e.cas == cas) return e;
  const std::string k = key(name);
  if (k.empty()) return std::nullopt;
  for (const ControlEntry& e : entries_) {
    if (key(e.substance) == k) return e;
    for (const std::string& s : e.synonyms)
      if (key(s) == k) return e;
  }
  return std::nullopt;
}

}  // namespace custos::spectra
