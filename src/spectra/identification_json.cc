#include <cmath>

#include "spectra/search.hpp"

namespace custos::spectra {
namespace {

double round_to(double v, double unit) { return std::round(v / unit) * unit; }

nlohmann::json entry_json(const LibraryEntry& e) {
  nlohmann::json j = {{"name", e.name}, {"source_id", e.source_id}};
  if (!e.formula.empty()) j["formula"] = e.formula;
  if (!e.cas.empty()) j["cas"] = e.cas;
  if (!e.laser.empty()) j["laser_nm"] = e.laser;
  if (e.control) {
    j["control"] = {{"category", e.control->category},
                    {"substance", e.control->substance},
                    {"legal_basis", e.control->legal_basis}};
  }
  return j;
}

}  // namespace

nlohmann::json to_json(const Identification& id, const Library& lib) {
  nlohmann::json j;
  j["verdict"] = std::string(to_string(id.verdict));
  j["confidence"] = round_to(id.confidence, 0.01);
  j["explanation"] = id.explanation;
  j["explanation_parts"] = id.explanation_parts;
  j["noise"] = round_to(id.noise, 0.001);
  nlohmann::json cands = nlohmann::json::array();
  int rank = 1;
  for (const Candidate& c : id.candidates) {
    nlohmann::json cj = entry_json(lib.entry(c.entry));
    cj["rank"] = rank++;
    cj["hqi"] = round_to(c.hqi, 0.1);
    cj["correlation"] = round_to(c.shape_corr, 0.001);
    cj["derivative_correlation"] = round_to(c.slope_corr, 0.001);
    cj["shift_cm"] = c.shift_cm;
    cj["score"] = round_to(c.score, 0.1);
    cj["learned_similarity"] = round_to(c.learned, 0.001);
    if (c.peak > 0) cj["peak_score"] = round_to(c.peak, 0.001);
    if (c.likelihood != 0) cj["likelihood"] = round_to(c.likelihood, 0.001);
    cands.push_back(std::move(cj));
  }
  j["candidates"] = std::move(cands);
  nlohmann::json comps = nlohmann::json::array();
  for (const MixtureComponent& m : id.mixture.components) {
    nlohmann::json mj = entry_json(lib.entry(m.entry));
    mj["fraction"] = round_to(m.fraction, 0.01);
    comps.push_back(std::move(mj));
  }
  j["mixture"] = {{"components", std::move(comps)},
                  {"residual", round_to(id.mixture.residual, 0.001)},
                  {"single_component_residual", round_to(id.mixture.single_residual, 0.001)},
                  {"note", "fractions are shares of the Raman signal, not of mass"}};
  if (!id.findings.empty()) j["findings"] = id.findings;
  return j;
}

}  // namespace custos::spectra
