#include "spectra/precursors.hpp"

#include <toml++/toml.h>

#include "spectra/substance_table.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>

namespace custos::spectra {
namespace {

PrecursorReference from_toml(const toml::table& doc, const std::string& path) {
  PrecursorReference ref;
  detail::for_each_substance(doc, path, [&](const toml::table& r, const detail::RowFailure& fail) {
    const toml::table* row = &r;
    ReferenceSubstance s;
    s.name = (*row)["name"].value_or(std::string());
    s.cas = (*row)["cas"].value_or(std::string());
    s.family = (*row)["family"].value_or(std::string());
    s.form = (*row)["form"].value_or(std::string());
    s.hazard = (*row)["hazard"].value_or(std::string());
    s.source = (*row)["source"].value_or(std::string());
    if (s.name.empty() || s.family.empty() || s.source.empty())
      throw fail("every substance needs name, family and source");
    const toml::array* bands = (*row)["bands"].as_array();
    if (bands == nullptr || bands->empty()) throw fail(s.name + ": bands must be a non-empty array");
    for (const toml::node& b : *bands) {
      const toml::array* t = b.as_array();
      if (t == nullptr || t->size() != 3)
        throw fail(s.name + ": every band is [position cm-1, relative intensity, width cm-1]");
      double v[3];
      for (std::size_t k = 0; k < 3; ++k) {
        const auto d = (*t)[k].value<double>();
        if (!d) throw fail(s.name + ": band values must be numbers");
        v[k] = *d;
      }
      if (!(v[0] > 0 && v[0] < 4000) || !(v[1] > 0 && v[1] <= 1) || !(v[2] > 0 && v[2] < 200))
        throw fail(s.name + ": band [" + std::to_string(v[0]) +
                   ", ...] out of range (position 0-4000 cm-1, intensity 0-1, width 0-200 cm-1)");
      s.bands.push_back({v[0], v[1], v[2]});
    }
    ref.add(std::move(s));
  });
  return ref;
}

}  // namespace

PrecursorReference PrecursorReference::load(const std::string& path) {
  return from_toml(detail::parse_table_file(path), path);
}

PrecursorReference PrecursorReference::parse(std::string_view text, const std::string& path) {
  return from_toml(detail::parse_table_text(text, path), path);
}

PrecursorReference PrecursorReference::load_default(const std::string& data_dir) {
  return load(data_dir + "/spectra/precursor_bands.toml");
}

void PrecursorReference::add(ReferenceSubstance s) {
  std::stable_sort(s.bands.begin(), s.bands.end(),
                   [](const Band& a, const Band& b) { return a.intensity > b.intensity; });
  substances_.push_back(std::move(s));
}

std::vector<Peak> find_peaks(const Prepared& p, const Grid& grid, double min_height) {
  std::vector<Peak> out;
  const std::vector<double>& y = p.intensity;
  if (y.empty() || p.last <= p.first + 6) return out;
  const double threshold = std::max(min_height, 1.5 * p.noise);
  const auto reach = static_cast<std::size_t>(std::max(1.0, std::round(25 / grid.step)));
  for (std::size_t i = p.first + 1; i < p.last; ++i) {
    if (y[i] < threshold) continue;
    bool top = true;
    for (std::size_t k = (i >= p.first + 3 ? i - 3 : p.first); k <= std::min(p.last, i + 3) && top; ++k)
      if (k != i && (y[k] > y[i] || (y[k] == y[i] && k < i))) top = false;
    if (!top) continue;
    double left = y[i], right = y[i];
    for (std::size_t k = (i >= p.first + reach ? i - reach : p.first); k < i; ++k)
      left = std::min(left, y[k]);
    for (std::size_t k = i + 1; k <= std::min(p.last, i + reach); ++k) right = std::min(right, y[k]);
    if (y[i] - std::max(left, right) < threshold) continue;
    // Parabola through the three top points.
    const double a = y[i - 1], b = y[i], c = y[i + 1];
    const double den = a - 2 * b + c;
    const double off = den < 0 ? std::clamp(0.5 * (a - c) / den, -0.5, 0.5) : 0.0;
    out.push_back({grid.at(i) + off * grid.step, y[i]});
  }
  double top = 0;
  for (const Peak& pk : out) top = std::max(top, pk.height);
  if (top > 0)
    for (Peak& pk : out) pk.height /= top;
  return out;
}

SubstanceScore score_bands(const ReferenceSubstance& s, const std::vector<Peak>& peaks, double lo, double hi,
                           const PeakMatchOptions& opt) {
  SubstanceScore best;
  best.score = -1;
  const double tol = opt.tolerance_cm;
  for (int shift = -opt.max_shift_cm; shift <= opt.max_shift_cm; ++shift) {
    SubstanceScore sc;
    sc.shift_cm = shift;
    // Forward: each reference band in the measured range, looked for near its
    // (shifted) position; credit by closeness and by intensity agreement
    // relative to the peak found for the strongest band.
    double fw = 0, fw_total = 0;
    std::vector<double> height(s.bands.size(), -1), close(s.bands.size(), 0);
    auto in_range = [&](double pos) { return pos >= lo + 2 && pos <= hi - 2; };
    for (std::size_t j = 0; j < s.bands.size(); ++j) {
      const double pos = s.bands[j].position + shift;
      if (!in_range(pos)) continue;
      double dbest = tol;
      for (const Peak& pk : peaks) {
        const double d = std::abs(pk.position - pos);
        if (d <= dbest) dbest = d, height[j] = pk.height;
      }
      if (height[j] > 0) close[j] = 1 - (dbest / tol) * (dbest / tol);
    }
    // Query height of the reference's strongest band (or what the first band
    // found implies for it).
    double scale = 0;
    for (std::size_t j = 0; j < s.bands.size() && scale <= 0; ++j)
      if (height[j] > 0) scale = height[j] / s.bands[j].intensity;
    for (std::size_t j = 0; j < s.bands.size(); ++j) {
      if (!in_range(s.bands[j].position + shift)) continue;
      ++sc.bands_assessed;
      const double w = s.bands[j].intensity;
      fw_total += w;
      if (height[j] <= 0) continue;
      const double rel = std::max(height[j] / scale, 1e-3), want = s.bands[j].intensity;
      // Intensity classes differ by up to ~3x between sources and samples.
      const double agree = std::clamp(1 - std::abs(std::log(rel / want)) / std::log(6.0), 0.25, 1.0);
      fw += w * close[j] * agree;
      ++sc.bands_matched;
      if (j == 0) sc.main_band = true;
    }
    if (sc.bands_assessed == 0 || fw_total <= 0) continue;
    sc.forward = fw / fw_total;
    // Reverse: the query's strong bands should be reference bands.
    double rv = 0, rv_total = 0;
    for (const Peak& pk : peaks) {
      if (pk.height < opt.reverse_min_height) continue;
      double dbest = tol + 1;
      for (const Band& b : s.bands) dbest = std::min(dbest, std::abs(pk.position - (b.position + shift)));
      rv_total += pk.height;
      if (dbest <= tol) rv += pk.height * (1 - (dbest / tol) * (dbest / tol));
    }
    sc.reverse = rv_total > 0 ? rv / rv_total : 0;
    sc.score = 100 * (opt.forward_share * sc.forward + (1 - opt.forward_share) * sc.reverse);
    if (!sc.main_band) sc.score *= opt.main_band_penalty;
    if (sc.score > best.score + 1e-9 ||
        (std::abs(sc.score - best.score) <= 1e-9 && std::abs(shift) < std::abs(best.shift_cm)))
      best = sc;
  }
  if (best.score < 0) best.score = 0;
  return best;
}

std::string_view to_string(PrecursorAnswer a) {
  switch (a) {
    case PrecursorAnswer::substance: return "substance";
    case PrecursorAnswer::family: return "family";
    case PrecursorAnswer::ambiguous: return "ambiguous";
    case PrecursorAnswer::no_match: return "no_match";
  }
  return "no_match";
}

PrecursorResult screen_precursors(const Spectrum& s, const PrecursorReference& ref,
                                  const ControlTable& controls, const PrecursorOptions& opt) {
  PrecursorResult r;
  PrepareOptions po;
  po.blur_cm = 0;
  // The stiffer baseline for noisy spectra was chosen for library search; the
  // band-table screen keeps the baseline its thresholds were set with (with it,
  // a 5 % noise nitrate lost its family answer in the tests).
  po.noisy_baseline_factor = 1;
  const Prepared p = prepare(s, opt.grid, po);
  r.noise = p.noise;
  r.peaks = find_peaks(p, opt.grid);
  const double lo = opt.grid.at(p.first), hi = opt.grid.at(p.last);
  for (std::size_t i = 0; i < ref.substances().size(); ++i) {
    SubstanceScore sc = score_bands(ref.substances()[i], r.peaks, lo, hi, opt.match);
    sc.substance = i;
    r.candidates.push_back(sc);
  }
  std::sort(r.candidates.begin(), r.candidates.end(), [](const SubstanceScore& a, const SubstanceScore& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.substance < b.substance;
  });
  char buf[600];
  const auto& subs = ref.substances();
  if (r.candidates.empty() || r.candidates.front().score < opt.match_score) {
    r.answer = PrecursorAnswer::no_match;
    r.label = "no match";
    std::snprintf(
        buf, sizeof buf,
        "No substance of the precursor reference matches: the best, %s, scores %.0f/100 (%zu of %zu "
        "reference bands found). The sample may be something else, a mixture, or the measurement "
        "too poor.",
        r.candidates.empty() ? "none" : subs[r.candidates.front().substance].name.c_str(),
        r.candidates.empty() ? 0.0 : r.candidates.front().score,
        r.candidates.empty() ? std::size_t{0} : r.candidates.front().bands_matched,
        r.candidates.empty() ? std::size_t{0} : r.candidates.front().bands_assessed);
    r.explanation = buf;
    if (r.candidates.size() > opt.top) r.candidates.resize(opt.top);
    return r;
  }
  const SubstanceScore& best = r.candidates.front();
  std::set<std::string> families;
  for (const SubstanceScore& c : r.candidates)
    if (c.score >= best.score - opt.family_margin && c.score >= opt.match_score) {
      r.indistinct.push_back(c.substance);
      families.insert(subs[c.substance].family);
    }
  std::string names;
  for (std::size_t k = 0; k < r.indistinct.size(); ++k)
    names += (k ? (k + 1 == r.indistinct.size() ? " or " : ", ") : "") + subs[r.indistinct[k]].name;
  const double margin = r.candidates.size() > r.indistinct.size()
                            ? best.score - r.candidates[r.indistinct.size()].score
                            : best.score;
  if (r.indistinct.size() == 1) {
    r.answer = PrecursorAnswer::substance;
    r.label = subs[best.substance].name;
    std::snprintf(
        buf, sizeof buf,
        "%s: %zu of %zu reference bands found (score %.0f/100, %.0f points ahead of %s), shift %+.0f "
        "cm-1.",
        r.label.c_str(), best.bands_matched, best.bands_assessed, best.score,
        best.score - (r.candidates.size() > 1 ? r.candidates[1].score : 0),
        r.candidates.size() > 1 ? subs[r.candidates[1].substance].name.c_str() : "nothing", best.shift_cm);
  } else if (families.size() == 1) {
    r.answer = PrecursorAnswer::family;
    r.label = subs[best.substance].family + " family";
    std::snprintf(buf, sizeof buf,
                  "A %s: the bands match %s within %.0f points (best %.0f/100); Raman at this quality cannot "
                  "tell them apart. Identify the salt in a laboratory.",
                  r.label.c_str(), names.c_str(), opt.family_margin, best.score);
  } else {
    r.answer = PrecursorAnswer::ambiguous;
    r.label = names;
    std::snprintf(buf, sizeof buf,
                  "Ambiguous: %s match within %.0f points (best %.0f/100). Confirm in a laboratory.",
                  names.c_str(), opt.family_margin, best.score);
  }
  r.explanation = buf;
  if (r.noise > 0.05) {
    std::snprintf(buf, sizeof buf, " The spectrum is noisy (noise about %.0f%% of the strongest band).",
                  100 * r.noise);
    r.explanation += buf;
  }
  r.confidence =
      std::clamp((best.score - opt.match_score) / (100 - opt.match_score), 0.0, 1.0) *
      (r.answer == PrecursorAnswer::substance ? std::clamp(0.5 + margin / (4 * opt.family_margin), 0.5, 1.0)
                                              : 0.5);

  // The alert: every controlled (or hazardous) substance the answer leaves open.
  for (const std::size_t i : r.indistinct) {
    const ReferenceSubstance& rs = subs[i];
    const auto control = controls.find(rs.name, rs.cas);
    if (!control && rs.hazard.empty()) continue;
    const SubstanceScore& sc = *std::find_if(r.candidates.begin(), r.candidates.end(),
                                             [&](const SubstanceScore& c) { return c.substance == i; });
    Finding f;
    f.source = "spectrum";
    f.id = "spectrum:precursor:" +
           (control ? control->category + ":" + control->substance : "hazard:" + rs.name);
    f.domain = control ? control->domain : Domain::precursors;
    f.weight = r.answer == PrecursorAnswer::substance ? 1.0 : 0.5;
    const std::string how = r.answer == PrecursorAnswer::substance ? "matches the band table of " : "may be ";
    f.reason = "Raman spectrum " + how + rs.name + " (score " +
               std::to_string(static_cast<int>(std::round(sc.score))) + "/100" +
               (r.answer == PrecursorAnswer::substance ? "" : "; answer: " + r.label) + "), " +
               (control ? "a controlled substance: " + control->legal_basis : rs.hazard) + ".";
    f.instructions = "Hold the goods; check the declared description, HS code and any licence against " +
                     rs.name + "; send a sample for laboratory confirmation before seizure.";
    f.evidence = {{"substance", rs.name},
                  {"cas", rs.cas},
                  {"family", rs.family},
                  {"answer", std::string(to_string(r.answer))},
                  {"label", r.label},
                  {"score", std::round(sc.score * 10) / 10},
                  {"bands_matched", sc.bands_matched},
                  {"bands_assessed", sc.bands_assessed},
                  {"reference_source", rs.source}};
    if (control) f.evidence["legal_basis"] = control->legal_basis, f.evidence["category"] = control->category;
    // What the reason's sentence quotes, for the workbench to say it in the
    // user's language (finding.spectrum.reason.precursor...): the answer
    // ("precursor" for one substance, else "precursor_maybe" with the
    // answer's label), the score as the sentence rounds it, the hazard.
    f.evidence["how"] = r.answer == PrecursorAnswer::substance ? "precursor" : "precursor_maybe";
    f.evidence["score_points"] = static_cast<int>(std::round(sc.score));
    if (!control) f.evidence["hazard"] = rs.hazard;
    r.findings.push_back(std::move(f));
  }
  if (r.candidates.size() > std::max(opt.top, r.indistinct.size()))
    r.candidates.resize(std::max(opt.top, r.indistinct.size()));
  return r;
}

nlohmann::json to_json(const PrecursorResult& r, const PrecursorReference& ref) {
  nlohmann::json cands = nlohmann::json::array();
  for (const SubstanceScore& c : r.candidates) {
    const ReferenceSubstance& s = ref.substances()[c.substance];
    cands.push_back({{"name", s.name},
                     {"cas", s.cas},
                     {"family", s.family},
                     {"score", std::round(c.score * 10) / 10},
                     {"forward", std::round(c.forward * 1000) / 1000},
                     {"reverse", std::round(c.reverse * 1000) / 1000},
                     {"bands_matched", c.bands_matched},
                     {"bands_assessed", c.bands_assessed},
                     {"main_band", c.main_band},
                     {"shift_cm", c.shift_cm}});
  }
  nlohmann::json peaks = nlohmann::json::array();
  for (const Peak& p : r.peaks)
    peaks.push_back(
        {{"position", std::round(p.position * 10) / 10}, {"height", std::round(p.height * 1000) / 1000}});
  nlohmann::json indistinct = nlohmann::json::array();
  for (const std::size_t i : r.indistinct) indistinct.push_back(ref.substances()[i].name);
  return {{"answer", std::string(to_string(r.answer))},
          {"message_id", "spectra.precursor." + std::string(to_string(r.answer))},
          {"label", r.label},
          {"indistinct", indistinct},
          {"confidence", std::round(r.confidence * 1000) / 1000},
          {"explanation", r.explanation},
          {"noise", std::round(r.noise * 1000) / 1000},
          {"candidates", cands},
          {"peaks", peaks},
          {"findings", r.findings}};
}

Spectrum synthesise(const ReferenceSubstance& s, const SynthesisOptions& opt, std::mt19937_64& rng) {
  Spectrum out;
  out.source = "synthetic:" + s.name;
  out.set_field("NAMES", s.name);
  std::uniform_real_distribution<double> u(-1, 1);
  const double shift = opt.shift * u(rng);
  std::vector<double> amp;
  for (const Band& b : s.bands) amp.push_back(b.intensity * (1 + opt.jitter * u(rng)));
  for (double x = opt.lo; x <= opt.hi + 1e-9; x += opt.step) {
    double y = 0;
    for (std::size_t j = 0; j < s.bands.size(); ++j) {
      const double hw = s.bands[j].width / 2, d = x - s.bands[j].position - shift;
      const double lorentz = 1 / (1 + (d / hw) * (d / hw));
      const double gauss = std::exp(-std::log(2.0) * (d / hw) * (d / hw));
      y += amp[j] * (0.5 * lorentz + 0.5 * gauss);
    }
    out.x.push_back(x);
    out.y.push_back(y);
  }
  const double top = *std::max_element(out.y.begin(), out.y.end());
  if (opt.baseline > 0) {
    // Fluorescence-like: a broad rising curve with a hump.
    const double c = 0.3 + 0.4 * (u(rng) + 1) / 2;
    for (std::size_t i = 0; i < out.x.size(); ++i) {
      const double t = (out.x[i] - opt.lo) / (opt.hi - opt.lo);
      out.y[i] += opt.baseline * top * (0.6 * t + 0.4 * std::exp(-std::pow((t - c) / 0.35, 2)));
    }
  }
  if (opt.noise > 0) {
    std::normal_distribution<double> n(0, opt.noise * top);
    for (double& y : out.y) y += n(rng);
  }
  return out;
}

SelfTestResult self_test(const PrecursorReference& ref, const ControlTable& controls,
                         std::size_t per_substance, const SynthesisOptions& synth, std::uint64_t seed,
                         const PrecursorOptions& opt) {
  SelfTestResult res;
  const auto& subs = ref.substances();
  for (std::size_t i = 0; i < subs.size(); ++i) {
    const bool alert_worthy = controls.find(subs[i].name, subs[i].cas).has_value() || !subs[i].hazard.empty();
    for (std::size_t k = 0; k < per_substance; ++k) {
      std::mt19937_64 rng(seed * 0x9E3779B97F4A7C15ull + i * 1000003ull + k);
      const PrecursorResult r = screen_precursors(synthesise(subs[i], synth, rng), ref, controls, opt);
      ++res.spectra;
      const bool covered = r.answer != PrecursorAnswer::no_match &&
                           std::find(r.indistinct.begin(), r.indistinct.end(), i) != r.indistinct.end();
      if (r.answer == PrecursorAnswer::no_match)
        ++res.no_match;
      else if (!covered)
        ++res.wrong;
      res.covered += covered;
      res.named += covered && r.answer == PrecursorAnswer::substance;
      if ((r.answer == PrecursorAnswer::no_match || !covered) && res.errors.size() < 20)
        res.errors.push_back(subs[i].name + " -> " + r.label);
      const bool alerted = !r.findings.empty();
      if (alert_worthy) {
        ++res.alert_expected;
        res.alert_raised += alerted;
      } else {
        ++res.alert_not_expected;
        res.false_alerts += alerted;
      }
    }
  }
  return res;
}

}  // namespace custos::spectra
