#pragma once
// A measured spectrum as read from a file: abscissa (Raman shift in cm-1 for
// Raman data) and intensity, plus the file's own header fields kept verbatim.
// Readers never throw anything but SpectrumError, whose message names the file
// and the line, so an officer can find and fix a bad export.
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace custos::spectra {

struct Spectrum {
  std::vector<double> x;
  std::vector<double> y;
  // Header fields in file order (e.g. TITLE, NAMES, RRUFFID, CAS REGISTRY NO).
  std::vector<std::pair<std::string, std::string>> meta;
  std::string source;  // the file it came from

  // The value of a header field, compared like JCAMP labels (ignoring case,
  // spaces, '-', '_', '/'); empty when absent.
  std::string field(std::string_view label) const;
  void set_field(std::string label, std::string value);
  std::size_t size() const { return x.size(); }
};

class SpectrumError : public std::runtime_error {
 public:
  SpectrumError(const std::string& file, int line, const std::string& what);
  const std::string& file() const { return file_; }
  int line() const { return line_; }

 private:
  std::string file_;
  int line_;
};

// "TITLE" for " title ", "XYDATA" for "xy_data", "SPECTROMETERDATASYSTEM" for
// "SPECTROMETER/DATA SYSTEM": the JCAMP-DX rule for comparing labels.
std::string normalise_label(std::string_view label);

// Sorts points by increasing abscissa and drops points whose abscissa repeats,
// so interpolation and resampling can assume a strictly increasing axis.
void sort_by_abscissa(Spectrum& s);

}  // namespace custos::spectra
