#include "spectra/reader.hpp"

#include <fstream>
#include <sstream>

#include "spectra/jcamp_reader.hpp"
#include "spectra/text_reader.hpp"

namespace custos::spectra {

std::vector<Spectrum> parse_spectra(std::string_view text, const std::string& name) {
  std::vector<Spectrum> out;
  if (looks_like_jcamp(text))
    out = parse_jcamp(text, name);
  else
    out.push_back(parse_xy_text(text, name));
  for (Spectrum& s : out) {
    sort_by_abscissa(s);
    if (s.size() < 2) throw SpectrumError(name, 0, "a spectrum needs at least two points");
  }
  return out;
}

std::vector<Spectrum> read_spectra(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw SpectrumError(path, 0, "cannot open the file");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) throw SpectrumError(path, 0, "read error");
  return parse_spectra(buf.str(), path);
}

Spectrum read_spectrum(const std::string& path) { return std::move(read_spectra(path).front()); }

}  // namespace custos::spectra
