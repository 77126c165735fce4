#pragma once
// Reading the spectra module's TOML tables of substances (control
// categories, precursor bands): the file parsed with errors at their line,
// then each [[substance]] table handed over with a way to fail at its line.
#include <toml++/toml.h>

#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace custos::spectra::detail {

// Parses a TOML file; a syntax error throws "PATH:LINE: what".
inline toml::table parse_table_file(const std::string& path) {
  try {
    return toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    throw std::runtime_error(path + ":" + std::to_string(e.source().begin.line) + ": " +
                             std::string(e.description()));
  }
}

// Parses TOML text named `path` in messages; as parse_table_file.
inline toml::table parse_table_text(std::string_view text, const std::string& path) {
  try {
    return toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    throw std::runtime_error(path + ":" + std::to_string(e.source().begin.line) + ": " +
                             std::string(e.description()));
  }
}

// Makes the error "PATH:LINE: what" for the row being read.
using RowFailure = std::function<std::runtime_error(const std::string& what)>;

// Calls `row` for each [[substance]] table of `doc`; throws when there is
// none or when an entry is not a table.
inline void for_each_substance(const toml::table& doc, const std::string& path,
                               const std::function<void(const toml::table&, const RowFailure&)>& row) {
  const toml::array* rows = doc["substance"].as_array();
  if (rows == nullptr) throw std::runtime_error(path + ": no [[substance]] entries");
  for (const toml::node& n : *rows) {
    const int line = static_cast<int>(n.source().begin.line);
    const RowFailure fail = [&](const std::string& what) {
      return std::runtime_error(path + ":" + std::to_string(line) + ": " + what);
    };
    const toml::table* t = n.as_table();
    if (t == nullptr) throw fail("[[substance]] is not a table");
    row(*t, fail);
  }
}

}  // namespace custos::spectra::detail
