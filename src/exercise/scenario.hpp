#pragma once
// The scenario file (data/exercises/scenarios.toml): scenario kinds, what a
// case of each domain is and which indicators reveal it, the substances'
// reference bands and which goods can be sampled. Internal to the module.
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace custos::exercise {

struct Scenario {
  std::string kind, title, teaches;
  std::vector<std::string> domains;
  double illicit_rate = 0.03;
  double capacity_share = 0.05;
};

struct DomainText {
  std::string what, permit, indicators;
};

struct Band {
  double centre = 0, height = 0, width = 0;
};

struct Substance {
  std::string name;
  std::vector<Band> bands;
};

struct SampleRule {
  std::string domain;  // "" for ordinary trade
  std::string hs;      // prefix
  std::string substance;
};

struct ScenarioFile {
  std::map<std::string, Scenario> scenarios;
  std::map<std::string, DomainText> domains;
  std::vector<Substance> substances;
  std::vector<SampleRule> samples;

  // Throws std::runtime_error naming the file and the problem.
  static ScenarioFile load(const std::string& path);
  // The same from text; `name` names it in errors.
  static ScenarioFile parse(std::string_view text, const std::string& name);
  const Substance* substance(const std::string& name) const;
  // What an item of a declaration hiding `domain` ("" for none) is when
  // sampled; nullopt when it cannot be sampled.
  std::optional<std::string> sample_substance(const std::string& domain, const std::string& hs) const;
};

// The spectra's wavenumber grid: 200 to 1800 cm-1 every 4 cm-1.
inline constexpr double kGridStart = 200, kGridStep = 4;
inline constexpr int kGridPoints = 401;

// The clean spectrum (strongest band 1) on the grid.
std::vector<double> clean_spectrum(const Substance& s);
// A measured spectrum: the bands shifted slightly, a fluorescence baseline
// and Gaussian noise, reproducible from `seed`.
std::vector<double> measured_spectrum(const Substance& s, uint64_t seed);
nlohmann::json spectrum_json(const std::vector<double>& y);

}  // namespace custos::exercise
