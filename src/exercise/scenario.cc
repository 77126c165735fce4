#include "exercise/scenario.hpp"

#include <toml++/toml.h>
#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "simulate/rng.hpp"

namespace custos::exercise {
namespace {

std::string need_string(const toml::table& t, std::string_view key, const std::string& where) {
  auto v = t[key].value<std::string>();
  if (!v) throw std::runtime_error(where + ": '" + std::string(key) + "' must be a string");
  return *v;
}

}  // namespace

ScenarioFile ScenarioFile::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot be read");
  std::ostringstream text;
  text << in.rdbuf();
  return parse(text.str(), path);
}

ScenarioFile ScenarioFile::parse(std::string_view text, const std::string& path) {
  toml::table root;
  try {
    root = toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    throw std::runtime_error(path + ":" + std::to_string(e.source().begin.line) + ": " +
                             std::string(e.description()));
  }
  ScenarioFile f;
  if (auto* scenarios = root["scenarios"].as_table()) {
    for (auto& [key, node] : *scenarios) {
      const std::string where = path + ": scenarios." + std::string(key.str());
      auto* t = node.as_table();
      if (!t) throw std::runtime_error(where + " must be a table");
      Scenario s;
      s.kind = std::string(key.str());
      s.title = need_string(*t, "title", where);
      s.teaches = need_string(*t, "teaches", where);
      s.illicit_rate = (*t)["illicit_rate"].value_or(0.03);
      s.capacity_share = (*t)["capacity_share"].value_or(0.05);
      if (!(s.illicit_rate > 0 && s.illicit_rate <= 0.5) || !(s.capacity_share > 0 && s.capacity_share <= 1))
        throw std::runtime_error(where + ": illicit_rate must be in (0, 0.5] and capacity_share in (0, 1]");
      auto* domains = (*t)["domains"].as_array();
      if (!domains || domains->empty()) throw std::runtime_error(where + ": 'domains' must list domains");
      for (auto& d : *domains) {
        auto v = d.value<std::string>();
        if (!v) throw std::runtime_error(where + ": 'domains' must hold strings");
        s.domains.push_back(*v);
      }
      f.scenarios.emplace(s.kind, std::move(s));
    }
  }
  if (auto* domains = root["domains"].as_table()) {
    for (auto& [key, node] : *domains) {
      const std::string where = path + ": domains." + std::string(key.str());
      auto* t = node.as_table();
      if (!t) throw std::runtime_error(where + " must be a table");
      f.domains[std::string(key.str())] = {need_string(*t, "what", where), need_string(*t, "permit", where),
                                           need_string(*t, "indicators", where)};
    }
  }
  if (auto* subs = root["substances"].as_array()) {
    for (auto& node : *subs) {
      auto* t = node.as_table();
      if (!t) throw std::runtime_error(path + ": [[substances]] must be tables");
      Substance s;
      s.name = need_string(*t, "name", path + ": substances");
      auto* bands = (*t)["bands"].as_array();
      if (!bands || bands->empty())
        throw std::runtime_error(path + ": substance " + s.name + " has no bands");
      for (auto& b : *bands) {
        auto* triple = b.as_array();
        if (!triple || triple->size() != 3)
          throw std::runtime_error(path + ": substance " + s.name + ": a band is [centre, height, width]");
        Band band;
        band.centre = (*triple)[0].value<double>().value_or(0);
        band.height = (*triple)[1].value<double>().value_or(0);
        band.width = (*triple)[2].value<double>().value_or(0);
        if (!std::isfinite(band.centre) || !std::isfinite(band.width) || !std::isfinite(band.height) ||
            band.width <= 0 || band.height <= 0 || band.width > 10000 || band.height > 1e6)
          throw std::runtime_error(path + ": substance " + s.name + ": band heights and widths must be > 0");
        s.bands.push_back(band);
      }
      f.substances.push_back(std::move(s));
    }
  }
  if (auto* rules = root["samples"].as_array()) {
    for (auto& node : *rules) {
      auto* t = node.as_table();
      if (!t) throw std::runtime_error(path + ": [[samples]] must be tables");
      SampleRule r{need_string(*t, "domain", path + ": samples"), need_string(*t, "hs", path + ": samples"),
                   need_string(*t, "substance", path + ": samples")};
      if (!f.substance(r.substance))
        throw std::runtime_error(path + ": sample rule for " + r.hs + " names unknown substance " +
                                 r.substance);
      f.samples.push_back(std::move(r));
    }
  }
  if (f.scenarios.empty()) throw std::runtime_error(path + ": no [scenarios.*]");
  return f;
}

const Substance* ScenarioFile::substance(const std::string& name) const {
  for (const Substance& s : substances)
    if (s.name == name) return &s;
  return nullptr;
}

std::optional<std::string> ScenarioFile::sample_substance(const std::string& domain,
                                                          const std::string& hs) const {
  for (const std::string& d : {domain, std::string()}) {
    for (const SampleRule& r : samples)
      if (r.domain == d && hs.starts_with(r.hs)) return r.substance;
    if (domain.empty()) break;
  }
  return std::nullopt;
}

namespace {

std::vector<double> render(const Substance& s, double shift, double width_scale) {
  std::vector<double> y(kGridPoints, 0.0);
  for (int i = 0; i < kGridPoints; ++i) {
    const double x = kGridStart + kGridStep * i;
    for (const Band& b : s.bands) {
      // a Lorentzian line: Raman bands of solids and liquids are close to it
      const double hw = b.width * width_scale / 2;
      const double dx = x - (b.centre + shift);
      y[i] += b.height * hw * hw / (dx * dx + hw * hw);
    }
  }
  const double top = *std::max_element(y.begin(), y.end());
  if (top > 0)
    for (double& v : y) v /= top;
  return y;
}

}  // namespace

std::vector<double> clean_spectrum(const Substance& s) { return render(s, 0, 1); }

std::vector<double> measured_spectrum(const Substance& s, uint64_t seed) {
  sim::Rng rng(seed);
  // One draw a statement (the order of a call's arguments is the compiler's),
  // in the order the GCC build drew them.
  const double width_scale = rng.uniform(1.0, 1.4);
  const double shift = rng.uniform(-3, 3);
  std::vector<double> y = render(s, shift, width_scale);
  // fluorescence: a broad rising background; then detector noise
  const double slope = rng.uniform(0.05, 0.35), curve = rng.uniform(0.0, 0.25);
  const double sigma = rng.uniform(0.02, 0.06);
  for (int i = 0; i < kGridPoints; ++i) {
    const double t = static_cast<double>(i) / (kGridPoints - 1);
    y[i] += slope * t + curve * t * t + sigma * rng.normal();
  }
  return y;
}

nlohmann::json spectrum_json(const std::vector<double>& y) {
  nlohmann::json values = nlohmann::json::array();
  for (double v : y) values.push_back(std::round(v * 1000) / 1000);
  return {{"unit", "cm-1"}, {"start", kGridStart}, {"step", kGridStep}, {"intensity", values}};
}

}  // namespace custos::exercise
