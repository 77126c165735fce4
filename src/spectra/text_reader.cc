#include "spectra/text_reader.hpp"

#include <charconv>
#include <cmath>
#include <optional>

namespace custos::spectra {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '"')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '"')) s.remove_suffix(1);
  return s;
}

std::optional<double> to_number(std::string_view s, bool decimal_comma) {
  std::string buf(trim(s));
  if (decimal_comma)
    for (char& c : buf)
      if (c == ',') c = '.';
  std::string_view v = buf;
  if (!v.empty() && v.front() == '+') v.remove_prefix(1);
  double out = 0;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
  if (ec != std::errc() || end != v.data() + v.size() || v.empty() || !std::isfinite(out))
    return std::nullopt;
  return out;
}

// Splits a row on the first separator kind it contains: ';', tab, ',', then spaces.
std::vector<std::string_view> fields(std::string_view row, bool& decimal_comma) {
  char sep = ' ';
  if (row.find(';') != std::string_view::npos)
    sep = ';';
  else if (row.find('\t') != std::string_view::npos)
    sep = '\t';
  else if (row.find(',') != std::string_view::npos)
    sep = ',';
  decimal_comma = sep == ';';
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i <= row.size()) {
    std::size_t j = row.find(sep, i);
    if (j == std::string_view::npos) j = row.size();
    std::string_view f = trim(row.substr(i, j - i));
    if (!(sep == ' ' && f.empty())) out.push_back(f);
    i = j + 1;
  }
  while (!out.empty() && out.back().empty()) out.pop_back();
  return out;
}

}  // namespace

Spectrum parse_xy_text(std::string_view text, const std::string& file) {
  Spectrum s;
  s.source = file;
  int number = 0;
  bool header_seen = false;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view row = text.substr(start, end - start);
    start = end + 1;
    ++number;
    if (!row.empty() && row.back() == '\r') row.remove_suffix(1);
    if (number == 1 && row.starts_with("\xEF\xBB\xBF")) row.remove_prefix(3);  // UTF-8 byte-order mark
    const std::string_view body = trim(row);
    if (body.empty()) continue;
    if (body.starts_with("##")) {
      const auto eq = body.find('=');
      if (eq == std::string_view::npos) continue;
      const std::string key(trim(body.substr(2, eq - 2)));
      if (normalise_label(key) == "END") break;
      s.meta.emplace_back(key, std::string(trim(body.substr(eq + 1))));
      continue;
    }
    if (body.front() == '#') continue;
    bool decimal_comma = false;
    const auto cols = fields(body, decimal_comma);
    std::optional<double> x, y;
    if (cols.size() >= 2) {
      x = to_number(cols[0], decimal_comma);
      y = to_number(cols[1], decimal_comma);
    }
    if (x && y) {
      s.x.push_back(*x);
      s.y.push_back(*y);
      continue;
    }
    if (s.x.empty() && !header_seen && cols.size() >= 2 && !x) {
      // A column header such as "wavenumber,intensity": keep it as metadata.
      header_seen = true;
      s.meta.emplace_back("COLUMNS", std::string(body.substr(0, 200)));
      continue;
    }
    const std::string shown(body.substr(0, 60));
    throw SpectrumError(file, number,
                        cols.size() < 2 ? "expected two columns (shift, intensity), found '" + shown + "'"
                                        : "not a pair of numbers: '" + shown + "'");
  }
  if (s.x.empty()) throw SpectrumError(file, 0, "no (shift, intensity) rows found");
  return s;
}

}  // namespace custos::spectra
