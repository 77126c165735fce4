// custos spectra: read Raman spectra, build a reference library, identify a
// substance (with controlled-substance findings), evaluate identification
// accuracy; `custos bench spectra`.
#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "spectra/benchmark.hpp"
#include "spectra/evaluate.hpp"
#include "spectra/library.hpp"
#include "spectra/precursors.hpp"
#include "spectra/reader.hpp"
#include "spectra/search.hpp"

namespace custos::cli {
namespace {

namespace sp = custos::spectra;

sp::ControlTable load_controls() { return sp::ControlTable::load_default(Context::data_dir()); }

// --- show ---------------------------------------------------------------------
struct ShowOptions {
  std::string file;
  std::size_t block = 1;
  bool json = false;
};

int show(const ShowOptions& o) {
  std::vector<sp::Spectrum> all;
  try {
    all = sp::read_spectra(o.file);
  } catch (const sp::SpectrumError& e) {
    std::cerr << "custos spectra show: " << e.what() << "\n";
    return kBadInput;
  }
  if (o.block < 1 || o.block > all.size()) {
    std::cerr << "custos spectra show: " << o.file << " holds " << all.size() << " spectra; --block "
              << o.block << " does not exist\n";
    return kUsage;
  }
  const sp::Spectrum& s = all[o.block - 1];
  std::cout << fmt::format("{}: spectrum {} of {}, {} points, {:.2f} to {:.2f}\n", o.file, o.block,
                           all.size(), s.size(), s.x.front(), s.x.back());
  for (const auto& [k, v] : s.meta) std::cout << "  " << k << " = " << v.substr(0, 100) << "\n";
  if (o.json) {
    nlohmann::json meta = nlohmann::json::object();
    for (const auto& [k, v] : s.meta) meta[k] = v;
    meta["blocks"] = all.size();
    nlohmann::json j = {{"x", s.x}, {"y", s.y}, {"meta", meta}};
    std::cout << j.dump() << "\n";
  }
  return kOk;
}

// --- library ------------------------------------------------------------------
struct BuildOptions {
  std::vector<std::string> dirs;
  std::string out;
  double start = 150, end = 1500, step = 1;
  bool json = false;
};

int library_build(const BuildOptions& o) {
  if (!(o.step > 0) || o.end <= o.start + 50 * o.step) {
    std::cerr << "custos spectra library build: the grid needs --grid-end above --grid-start by 50 steps\n";
    return kUsage;
  }
  const auto t0 = std::chrono::steady_clock::now();
  sp::Grid grid{o.start, o.step, static_cast<std::size_t>(std::floor((o.end - o.start) / o.step)) + 1};
  sp::Library lib(grid);
  sp::BuildReport total;
  try {
    const sp::ControlTable controls = load_controls();
    for (const std::string& dir : o.dirs) {
      const sp::BuildReport r = sp::add_directory(lib, dir, controls);
      total.files += r.files;
      total.added += r.added;
      total.controlled += r.controlled;
      total.skipped.insert(total.skipped.end(), r.skipped.begin(), r.skipped.end());
    }
    lib.save(o.out);
  } catch (const sp::SpectrumError& e) {
    std::cerr << "custos spectra library build: " << e.what() << "\n";
    return kBadInput;
  } catch (const std::runtime_error& e) {
    std::cerr << "custos spectra library build: " << e.what() << "\n";
    return kBadInput;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  for (const std::string& s : total.skipped) std::cerr << "skipped " << s << "\n";
  std::cout << fmt::format(
      "Library {}: {} spectra from {} files ({} skipped), {} tagged as controlled substances; grid "
      "{:.0f}-{:.0f} "
      "cm-1 every {:g} cm-1; built in {:.1f} s, {} bytes.\n",
      o.out, total.added, total.files, total.skipped.size(), total.controlled, grid.start, grid.end(),
      grid.step, seconds, std::filesystem::file_size(o.out));
  if (o.json)
    std::cout << nlohmann::json{{"library", o.out},
                                {"entries", total.added},
                                {"files", total.files},
                                {"skipped", total.skipped.size()},
                                {"controlled", total.controlled},
                                {"seconds", std::round(seconds * 100) / 100}}
                     .dump()
              << "\n";
  return total.added > 0 ? kOk : kBadInput;
}

struct AddOptions {
  std::string library, file, name, cas, formula, source_id, laser;
  bool json = false;
};

int library_add(const AddOptions& o) {
  try {
    sp::Library lib = sp::Library::load(o.library);
    const sp::ControlTable controls = load_controls();
    std::size_t added = 0;
    for (const sp::Spectrum& s : sp::read_spectra(o.file)) {
      sp::LibraryEntry e = sp::entry_from_spectrum(s);
      if (!o.name.empty()) e.name = o.name;
      if (!o.cas.empty()) e.cas = o.cas;
      if (!o.formula.empty()) e.formula = o.formula;
      if (!o.source_id.empty()) e.source_id = o.source_id;
      if (!o.laser.empty()) e.laser = o.laser;
      lib.add(s, e, controls);
      const sp::LibraryEntry& stored = lib.entry(lib.size() - 1);
      std::cout << fmt::format(
          "Added {} (source {}){}\n", stored.name, stored.source_id,
          stored.control ? ", controlled: " + stored.control->legal_basis : std::string());
      ++added;
    }
    lib.save(o.library);
    if (o.json)
      std::cout << nlohmann::json{{"library", o.library}, {"added", added}, {"entries", lib.size()}}.dump()
                << "\n";
  } catch (const std::runtime_error& e) {
    std::cerr << "custos spectra library add: " << e.what() << "\n";
    return kBadInput;
  }
  return kOk;
}

// --- identify -----------------------------------------------------------------
struct IdentifyOptions {
  std::string file, library;
  std::size_t top = 5;
  bool no_mixture = false;
  bool json = false;
};

int identify(const IdentifyOptions& o) {
  sp::Library lib;
  sp::Spectrum s;
  try {
    lib = sp::Library::load(o.library);
    s = sp::read_spectrum(o.file);
  } catch (const sp::SpectrumError& e) {
    std::cerr << "custos spectra identify: " << e.what() << "\n";
    return kBadInput;
  }
  sp::SearchOptions so;
  so.top = o.top;
  so.mixtures = !o.no_mixture;
  const sp::Searcher searcher(lib, so);
  sp::Identification id;
  try {
    id = searcher.identify(sp::prepare(s, lib.grid(), lib.options()));
  } catch (const sp::SpectrumError& e) {
    std::cerr << "custos spectra identify: " << e.what() << "\n";
    return kBadInput;
  }
  std::cout << o.file << ": " << id.explanation << "\n";
  int rank = 1;
  for (const sp::Candidate& c : id.candidates) {
    const sp::LibraryEntry& e = lib.entry(c.entry);
    std::cout << fmt::format(
        "  {}. {:<28} score {:5.1f}  HQI {:5.1f}  (corr {:.3f}, derivative {:.3f}, shift {:+.0f} cm-1, "
        "learned {:.3f})  {} {}{}\n",
        rank++, e.name, c.score, c.hqi, c.shape_corr, c.slope_corr, c.shift_cm, c.learned, e.source_id,
        e.formula, e.control ? "  [CONTROLLED]" : "");
  }
  if (id.mixture.components.size() > 1) {
    std::cout << fmt::format("  Mixture fit ({:.0f}% of the signal unexplained, {:.0f}% with one component):",
                             100 * id.mixture.residual, 100 * id.mixture.single_residual);
    for (const auto& m : id.mixture.components)
      std::cout << fmt::format(" {} {:.0f}%", lib.entry(m.entry).name, 100 * m.fraction);
    std::cout << " (shares of Raman signal, not of mass)\n";
  }
  for (const Finding& f : id.findings)
    std::cout << "  FINDING [" << to_string(f.domain) << "] " << f.reason << "\n";
  if (o.json) std::cout << sp::to_json(id, lib).dump() << "\n";
  return kOk;
}

// --- precursors ----------------------------------------------------------------
struct PrecursorCliOptions {
  std::string file, reference;
  std::size_t top = 5;
  std::size_t synthetic = 0;
  sp::SynthesisOptions synth;
  std::uint64_t seed = 1;
  bool json = false;
};

int precursors(const PrecursorCliOptions& o) {
  sp::PrecursorReference ref;
  sp::ControlTable controls;
  try {
    ref = o.reference.empty() ? sp::PrecursorReference::load_default(Context::data_dir())
                              : sp::PrecursorReference::load(o.reference);
    controls = load_controls();
  } catch (const std::exception& e) {
    std::cerr << "custos spectra precursors: " << e.what() << "\n";
    return kBadInput;
  }
  sp::PrecursorOptions po;
  po.top = o.top;
  if (o.synthetic > 0) {
    const sp::SelfTestResult r = sp::self_test(ref, controls, o.synthetic, o.synth, o.seed, po);
    const double n = std::max<double>(1, static_cast<double>(r.spectra));
    auto share = [](std::size_t a, std::size_t b) {
      return b ? static_cast<double>(a) / static_cast<double>(b) : 0.0;
    };
    std::cout << fmt::format(
        "{} synthetic spectra ({} per substance, noise {}, baseline {}, shift +-{} cm-1, intensity jitter "
        "+-{:.0f}%):\n"
        "  answer covers the substance {:.1f}% (named alone {:.1f}%), wrong {:.1f}%, no match {:.1f}%\n"
        "  alert raised for {} of {} controlled or hazardous spectra ({:.1f}%); false alerts {} of {} "
        "({:.1f}%)\n",
        r.spectra, o.synthetic, o.synth.noise, o.synth.baseline, o.synth.shift, 100 * o.synth.jitter,
        100 * r.covered / n, 100 * r.named / n, 100 * r.wrong / n, 100 * r.no_match / n, r.alert_raised,
        r.alert_expected, 100 * share(r.alert_raised, r.alert_expected), r.false_alerts, r.alert_not_expected,
        100 * share(r.false_alerts, r.alert_not_expected));
    for (const std::string& e : r.errors) std::cout << "  missed: " << e << "\n";
    if (o.json)
      std::cout << nlohmann::json{{"spectra", r.spectra},
                                  {"covered", std::round(10000 * r.covered / n) / 10000},
                                  {"named", std::round(10000 * r.named / n) / 10000},
                                  {"wrong", std::round(10000 * r.wrong / n) / 10000},
                                  {"no_match", std::round(10000 * r.no_match / n) / 10000},
                                  {"alert_recall",
                                   std::round(10000 * share(r.alert_raised, r.alert_expected)) / 10000},
                                  {"false_alert_rate",
                                   std::round(10000 * share(r.false_alerts, r.alert_not_expected)) / 10000}}
                       .dump()
                << "\n";
    return kOk;
  }
  if (o.file.empty()) {
    std::cerr << "custos spectra precursors: give a spectrum FILE or --synthetic N\n";
    return kUsage;
  }
  sp::PrecursorResult r;
  try {
    r = sp::screen_precursors(sp::read_spectrum(o.file), ref, controls, po);
  } catch (const sp::SpectrumError& e) {
    std::cerr << "custos spectra precursors: " << e.what() << "\n";
    return kBadInput;
  }
  std::cout << o.file << ": " << r.explanation << "\n";
  int rank = 1;
  for (const sp::SubstanceScore& c : r.candidates) {
    const sp::ReferenceSubstance& s = ref.substances()[c.substance];
    std::cout << fmt::format(
        "  {}. {:<30} score {:5.1f}  bands {}/{}  (forward {:.2f}, reverse {:.2f}, shift "
        "{:+.0f} cm-1)  {} family\n",
        rank++, s.name, c.score, c.bands_matched, c.bands_assessed, c.forward, c.reverse, c.shift_cm,
        s.family);
  }
  for (const Finding& f : r.findings)
    std::cout << "  ALERT [" << to_string(f.domain) << "] " << f.reason << "\n";
  if (o.json) std::cout << sp::to_json(r, ref).dump() << "\n";
  return kOk;
}

// --- evaluate -----------------------------------------------------------------
struct EvaluateOptions {
  sp::EvaluationOptions e;
  double min_top1 = -1;
  double grid_end = 1500;
  bool json = false;
};

int evaluate(const EvaluateOptions& o) {
  if (!o.e.leave_one_sample_out && o.e.queries_dir.empty()) {
    std::cerr << "custos spectra evaluate: give --loo or --queries-dir\n";
    return kUsage;
  }
  sp::EvaluationResult r;
  sp::EvaluationOptions e = o.e;
  if (!(e.grid.step > 0) || o.grid_end <= e.grid.start + 50 * e.grid.step) {
    std::cerr << "custos spectra evaluate: --grid-step must be positive and --grid-end above --grid-start by "
                 "50 steps\n";
    return kUsage;
  }
  e.grid.count = static_cast<std::size_t>(std::floor((o.grid_end - e.grid.start) / e.grid.step)) + 1;
  try {
    r = sp::evaluate(e);
  } catch (const sp::SpectrumError& e) {
    std::cerr << "custos spectra evaluate: " << e.what() << "\n";
    return kBadInput;
  }
  const double n = std::max<double>(1, static_cast<double>(r.queries));
  auto pct = [](std::size_t a, std::size_t b) {
    return b ? 100.0 * static_cast<double>(a) / static_cast<double>(b) : 0.0;
  };
  std::cout << fmt::format(
      "{} queries with a reference in the library ({} without one, {} unreadable); library built in {:.1f} "
      "s.\n"
      "Top-1 {:.1f}%, top-3 {:.1f}%; {:.2f} ms per query (preprocessing and search, one core).\n"
      "Verdicts: match {} ({:.1f}% correct), tentative {} ({:.1f}% correct), no reliable match {} "
      "({:.1f}% would have been correct).\n",
      r.queries, r.no_reference, r.skipped.size(), r.build_seconds, 100 * r.top1 / n, 100 * r.top3 / n,
      r.ms_per_query, r.match, pct(r.match_correct, r.match), r.tentative,
      pct(r.tentative_correct, r.tentative), r.no_match, pct(r.no_match_correct, r.no_match));
  {
    static const char* kBuckets[3] = {"1 other sample", "2 other samples", "3 or more"};
    std::cout << "Top-1 by samples of the substance left in the library:";
    for (int b = 0; b < 3; ++b)
      std::cout << fmt::format(" {} {:.1f}% of {}{}", kBuckets[b],
                               pct(r.top1_by_others[b], r.queries_by_others[b]), r.queries_by_others[b],
                               b < 2 ? ";" : ".\n");
  }
  if (r.mixtures > 0)
    std::cout << fmt::format("Two-component mixtures: both components named in {} of {} ({:.1f}%).\n",
                             r.mixtures_both, r.mixtures, pct(r.mixtures_both, r.mixtures));
  if (o.json) {
    nlohmann::json j = {{"queries", r.queries},
                        {"top1", std::round(10000.0 * r.top1 / n) / 10000},
                        {"top3", std::round(10000.0 * r.top3 / n) / 10000},
                        {"no_reference", r.no_reference},
                        {"ms_per_query", std::round(r.ms_per_query * 1000) / 1000}};
    nlohmann::json by = nlohmann::json::object();
    static const char* kKeys[3] = {"1", "2", "3+"};
    for (int b = 0; b < 3; ++b)
      by[kKeys[b]] = {{"queries", r.queries_by_others[b]},
                      {"top1", std::round(100.0 * pct(r.top1_by_others[b], r.queries_by_others[b])) / 10000}};
    j["by_other_samples"] = by;
    if (r.mixtures > 0) {
      j["mixtures"] = r.mixtures;
      j["mixtures_both_named"] = std::round(10000.0 * pct(r.mixtures_both, r.mixtures) / 100) / 10000;
    }
    std::cout << j.dump() << "\n";
  }
  if (o.min_top1 >= 0 && r.top1 / n < o.min_top1) return kFailure;
  return kOk;
}

// --- bench --------------------------------------------------------------------
struct BenchOptions {
  std::string library_dir, library;
  std::size_t queries = 200;
  bool json = false;
};

int bench(const BenchOptions& o) {
  try {
    const auto t0 = std::chrono::steady_clock::now();
    sp::Library lib;
    std::vector<sp::Prepared> queries;
    double build_s = 0;
    if (!o.library.empty()) {
      lib = sp::Library::load(o.library);
    } else {
      lib = sp::Library();
      sp::add_directory(lib, o.library_dir, sp::ControlTable());
      build_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    }
    if (lib.size() == 0) {
      std::cerr << "custos bench spectra: the library is empty\n";
      return kBadInput;
    }
    // Queries: library entries themselves, spread over the library.
    const std::size_t step = std::max<std::size_t>(1, lib.size() / std::max<std::size_t>(1, o.queries));
    for (std::size_t i = 0; i < lib.size() && queries.size() < o.queries; i += step) {
      sp::Prepared p;
      p.intensity = lib.intensity(i);
      p.first = 0;
      while (p.first + 1 < p.intensity.size() && p.intensity[p.first] == 0) ++p.first;
      p.last = p.intensity.size() - 1;
      while (p.last > p.first && p.intensity[p.last] == 0) --p.last;
      sp::comparison_vectors(p.intensity, p.first, p.last, lib.options().sqrt_intensity, p.shape, p.slope,
                             lib.options().blur_cm / lib.grid().step);
      queries.push_back(std::move(p));
    }
    const sp::BenchmarkResult r = sp::run_benchmark(lib, queries);
    std::cout << fmt::format(
        "{} library spectra, {} queries (medians, one core):\n"
        "  ranking (vectorised correlation + shift search): {:.3f} ms per query\n"
        "  full identification (verdict + mixture analysis): {:.3f} ms per query\n"
        "  naive scalar Pearson baseline:                   {:.3f} ms per query\n"
        "  speed-up of ranking over the baseline: {:.1f}x\n",
        r.entries, r.queries, r.rank_ms, r.identify_ms, r.naive_ms, r.speedup);
    if (build_s > 0) std::cout << fmt::format("  library build from the folder: {:.2f} s\n", build_s);
    if (o.json)
      std::cout << nlohmann::json{{"entries", r.entries},   {"queries", r.queries},
                                  {"rank_ms", r.rank_ms},   {"identify_ms", r.identify_ms},
                                  {"naive_ms", r.naive_ms}, {"speedup", r.speedup},
                                  {"build_s", build_s}}
                       .dump()
                << "\n";
  } catch (const sp::SpectrumError& e) {
    std::cerr << "custos bench spectra: " << e.what() << "\n";
    return kBadInput;
  }
  return kOk;
}

void setup(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand(
      "spectra",
      "Identify substances from Raman spectra: read files, build a reference library, identify, evaluate");
  cmd->require_subcommand(1);

  auto so = std::make_shared<ShowOptions>();
  auto* sh =
      cmd->add_subcommand("show", "Decode a spectrum file (JCAMP-DX, RRUFF text, CSV/TSV) and print it");
  sh->add_option("FILE", so->file, "Spectrum file")->required();
  sh->add_option("--block", so->block, "Which spectrum of a multi-block JCAMP file (1 = first)");
  sh->add_flag("--json", so->json,
               "Print the decoded spectrum as {\"x\":[...],\"y\":[...],\"meta\":{...}} on the last line");
  sh->callback([&ctx, so] { ctx.exit_code = show(*so); });

  auto* lib = cmd->add_subcommand("library", "Build or extend a reference library of spectra");
  lib->require_subcommand(1);
  auto bo = std::make_shared<BuildOptions>();
  auto* build = lib->add_subcommand(
      "build",
      "Read every spectrum file in one or more folders, preprocess them (spikes, baseline, smoothing, common "
      "grid) and write a compact library file. Entries are tagged with control categories (explosive "
      "precursor, "
      "ODS/refrigerant, chemical-weapons precursor, narcotic) from data/spectra/control_categories.toml");
  build->add_option("DIR", bo->dirs, "Folder(s) of spectrum files (e.g. RRUFF exports)")->required();
  build->add_option("--out", bo->out, "Library file to write")->required();
  build->add_option("--grid-start", bo->start, "First wavenumber of the comparison grid, cm-1 (default 150)");
  build->add_option("--grid-end", bo->end, "Last wavenumber of the comparison grid, cm-1 (default 1500)");
  build->add_option("--grid-step", bo->step, "Grid spacing, cm-1 (default 1)");
  build->add_flag("--json", bo->json, "Print a JSON summary on the last line");
  build->callback([&ctx, bo] { ctx.exit_code = library_build(*bo); });

  auto ao = std::make_shared<AddOptions>();
  auto* add = lib->add_subcommand(
      "add", "Add your own measured spectrum (e.g. a seized sample confirmed by a laboratory)");
  add->add_option("LIB", ao->library, "Library file to extend")->required();
  add->add_option("FILE", ao->file, "Spectrum file")->required();
  add->add_option("--name", ao->name, "Substance name (default: from the file header)");
  add->add_option("--cas", ao->cas, "CAS registry number, e.g. 7631-99-4");
  add->add_option("--formula", ao->formula, "Chemical formula");
  add->add_option("--source-id", ao->source_id, "Your reference for the sample (case or laboratory number)");
  add->add_option("--laser", ao->laser, "Excitation laser wavelength, nm");
  add->add_flag("--json", ao->json, "Print a JSON summary on the last line");
  add->callback([&ctx, ao] { ctx.exit_code = library_add(*ao); });

  auto po = std::make_shared<PrecursorCliOptions>();
  auto* pc = cmd->add_subcommand("precursors",
                                 "Screen a spectrum against the explosives-precursor band tables "
                                 "(data/spectra/precursor_bands.toml): the "
                                 "substance, or its family when bands cannot separate salts, with an alert "
                                 "for a controlled substance; or "
                                 "measure the screen on synthetic spectra (--synthetic N)");
  pc->add_option("FILE", po->file, "Spectrum file (JCAMP-DX, RRUFF text, CSV)");
  pc->add_option("--reference", po->reference, "Band tables to use instead of the shipped ones (TOML)");
  pc->add_option("--top", po->top, "How many substances to list (default 5)");
  pc->add_option(
      "--synthetic", po->synthetic,
      "Instead of a file: screen N spectra synthesised from every band table and report the rates");
  pc->add_option("--noise", po->synth.noise, "Synthetic: Gaussian noise, sigma = S x the strongest band");
  pc->add_option("--baseline", po->synth.baseline, "Synthetic: smooth baseline up to B x the strongest band");
  pc->add_option("--shift", po->synth.shift, "Synthetic: random axis shift up to +-CM cm-1");
  pc->add_option("--jitter", po->synth.jitter,
                 "Synthetic: relative band intensities varied by up to +-J (share)");
  pc->add_option("--seed", po->seed, "Synthetic: random seed (default 1)");
  pc->add_flag("--json", po->json, "Print the result as JSON on the last line");
  pc->callback([&ctx, po] { ctx.exit_code = precursors(*po); });

  auto io = std::make_shared<IdentifyOptions>();
  auto* id = cmd->add_subcommand(
      "identify",
      "Identify the substance in a measured spectrum: ranked library matches with a hit quality (0-100), a "
      "verdict (match, tentative, no reliable match) and confidence, a mixture analysis, and a finding with "
      "the "
      "legal basis when the substance is controlled");
  id->add_option("FILE", io->file, "Spectrum file to identify")->required();
  id->add_option("--library", io->library, "Library file built with 'custos spectra library build'")
      ->required();
  id->add_option("--top", io->top, "How many candidate substances to list (default 5)");
  id->add_flag("--no-mixture", io->no_mixture, "Skip the mixture analysis");
  id->add_flag("--json", io->json,
               "Print the result as JSON on the last line (with \"findings\" for controlled substances)");
  id->callback([&ctx, io] { ctx.exit_code = identify(*io); });

  auto eo = std::make_shared<EvaluateOptions>();
  auto* ev = cmd->add_subcommand("evaluate",
                                 "Measure identification accuracy: leave-one-sample-out over a library "
                                 "folder (every spectrum of the same "
                                 "sample hidden from the library), or queries from another folder; "
                                 "optionally with added noise, axis shift "
                                 "or baseline, and with two-component mixtures");
  ev->add_option("--library-dir", eo->e.library_dir, "Folder of reference spectra")->required();
  ev->add_flag("--loo", eo->e.leave_one_sample_out, "Leave-one-sample-out over the library folder");
  ev->add_option("--queries-dir", eo->e.queries_dir, "Folder of query spectra (instead of --loo)");
  ev->add_option("--noise", eo->e.perturbation.noise, "Add Gaussian noise, sigma = S x the query's maximum");
  ev->add_option("--shift", eo->e.perturbation.shift,
                 "Shift the query's axis by a random amount up to +-CM cm-1");
  ev->add_option("--baseline", eo->e.perturbation.baseline,
                 "Add a smooth baseline peaking at B x the query's maximum");
  ev->add_option("--tilt-laser", eo->e.perturbation.tilt_laser_nm,
                 "Simulate a query measured with this laser (nm, e.g. 532): multiply it by the ratio of "
                 "instrument responses (nu^4 factor and a silicon detector falling past 1000 nm) to the "
                 "library's laser");
  ev->add_option("--library-laser", eo->e.perturbation.library_laser_nm,
                 "Laser of the library for --tilt-laser, nm (default 785)");
  ev->add_option("--detector-cutoff", eo->e.perturbation.detector_cutoff_nm,
                 "Wavelength where the modelled detector response has fallen to half, nm (default 1000; "
                 "lower = a stronger tilt)");
  ev->add_option(
      "--broaden", eo->e.perturbation.broaden_cm,
      "Simulate a broader-banded instrument: convolve the query with a Gaussian of this sigma, cm-1");
  ev->add_option("--mixtures", eo->e.mixtures, "Also test N two-component mixtures of library spectra");
  ev->add_flag("--mixtures-in-library{false}", eo->e.mixtures_hide_samples,
               "Keep the two mixed spectra in the library (by default both samples are hidden)");
  ev->add_option("--seed", eo->e.seed, "Random seed for perturbations and mixtures (default 1)");
  // Method settings, for choosing defaults by evaluation (docs/spectra.md says which were tuned on what).
  ev->add_option("--slope-weight", eo->e.search.slope_weight,
                 "Share of the derivative correlation in the HQI (default 0.5)")
      ->group("Method settings");
  ev->add_option("--max-shift", eo->e.search.max_lag,
                 "Axis shift searched either side, in grid steps (default 3)")
      ->group("Method settings");
  ev->add_option("--smooth-window", eo->e.prepare.smooth_window,
                 "Savitzky-Golay window, points (default 7; 0 = off)")
      ->group("Method settings");
  ev->add_option("--baseline-lambda", eo->e.prepare.baseline_lambda, "arPLS smoothness (default 1e5)")
      ->group("Method settings");
  ev->add_option("--sqrt", eo->e.prepare.sqrt_intensity, "Compare square-rooted intensities (default true)")
      ->group("Method settings");
  ev->add_option("--adaptive-smoothing", eo->e.prepare.adaptive_smoothing,
                 "Widen smoothing for noisy queries (default true)")
      ->group("Method settings");
  ev->add_option("--noisy-baseline-factor", eo->e.prepare.noisy_baseline_factor,
                 "Stiffen the arPLS baseline of noisy spectra: lambda times up to this factor at 10 % noise "
                 "(default 1000; 1 = off)")
      ->check(CLI::Range(1.0, 1e8))
      ->group("Method settings");
  ev->add_option("--blur", eo->e.prepare.blur_cm,
                 "Gaussian blur of the compared vectors, sigma in cm-1 (default 2; 0 = off)")
      ->group("Method settings");
  ev->add_option("--grid-step", eo->e.grid.step, "Grid spacing, cm-1 (default 1)")->group("Method settings");
  ev->add_option("--grid-start", eo->e.grid.start,
                 "First wavenumber of the comparison grid, cm-1 (default 150)")
      ->group("Method settings");
  ev->add_option("--grid-end", eo->grid_end, "Last wavenumber of the comparison grid, cm-1 (default 1500)")
      ->group("Method settings");
  ev->add_option(
        "--noise-blur", eo->e.search.noise_blur_cm,
        "Extra blur (sigma, cm-1) of query and library for the noisiest queries (noise-adapted blur)")
      ->group("Method settings");
  ev->add_option("--noisy-slope-weight", eo->e.search.noisy_slope_weight,
                 "Derivative share of the HQI for the noisiest queries (default 0.85)")
      ->group("Method settings");
  ev->add_option("--tilt-max", eo->e.search.tilt_max,
                 "Tolerance to a smooth multiplicative tilt: largest slope tried on the compressed vectors "
                 "(default 0 = off)")
      ->group("Method settings");
  ev->add_option("--learned-weight", eo->e.search.learned_weight,
                 "Weight of the learned similarity in the ranking score (default 0.3; 0 = HQI alone)")
      ->check(CLI::Range(0.0, 1.0))
      ->group("Method settings");
  ev->add_option("--peak-weight", eo->e.search.peak_weight,
                 "Share of the peak-table score in an entry's fused score (0 = HQI alone)")
      ->check(CLI::Range(0.0, 1.0))
      ->group("Method settings");
  ev->add_option("--peak-tolerance", eo->e.search.peaks.tolerance_cm,
                 "Distance within which two bands are paired by the peak-table score, cm-1")
      ->group("Method settings");
  ev->add_option("--peak-power", eo->e.search.peaks.power,
                 "Band heights are weighted as height^P in the peak-table score")
      ->group("Method settings");
  ev->add_option("--centroid-weight", eo->e.search.centroid_weight,
                 "Weight of a substance's centroid (normalised sum of its samples) in its score (0 = off)")
      ->check(CLI::Range(0.0, 1.0))
      ->group("Method settings");
  ev->add_option("--noisy-soft", eo->e.search.noisy_soft,
                 "Soften the square root of noisy queries and the library to max(0.01, F x noise) (0 = off)")
      ->group("Method settings");
  ev->add_option(
        "--resolution-blur", eo->e.search.resolution_blur_cm,
        "Also rank against the library blurred by this sigma, cm-1 (resolution tolerance; default 4; "
        "0 = off)")
      ->group("Method settings");
  ev->add_option("--resolution-penalty", eo->e.search.resolution_penalty,
                 "Score points the blurred library's scores give up (default 1)")
      ->group("Method settings");
  ev->add_option("--likelihood-weight", eo->e.search.likelihood_weight,
                 "Weight of the likelihood score (raw query intensities against each candidate, smooth "
                 "baseline projected out) for noisy queries (default 0.3; 0 = off)")
      ->check(CLI::Range(0.0, 1.0))
      ->group("Method settings");
  ev->add_option("--likelihood-knot", eo->e.search.likelihood_knot_cm,
                 "Knot spacing of the likelihood score's baseline splines, cm-1 (default 100)")
      ->group("Method settings");
  ev->add_option("--likelihood-blur", eo->e.search.likelihood_blur_cm,
                 "Gaussian blur of the likelihood score's library template, sigma in cm-1 (default 0)")
      ->group("Method settings");
  ev->add_option("--overlap-scoring", eo->e.search.overlap_scoring,
                 "Correlate query and entry over the overlap of their measured ranges (default false)")
      ->group("Method settings");
  ev->add_option("--pair-margin", eo->e.search.pair_margin,
                 "Second look: when the best two substances are within this many score points, a linear "
                 "discriminant learned from their own entries orders them (0 = off)")
      ->group("Method settings");
  ev->add_option(
        "--pair-shrinkage", eo->e.search.pair_shrinkage,
        "Second look: weight of the identity in the pair's within-substance covariance (default 0.3)")
      ->group("Method settings");
  ev->add_option("--pair-min-entries", eo->e.search.pair_min_entries,
                 "Second look: each substance needs this many visible entries (default 2)")
      ->group("Method settings");
  ev->add_option("--class-temperature", eo->e.search.class_temperature,
                 "Noisy queries: score a substance by the mean of its entries' likelihoods at this "
                 "temperature, score points (0 = its best entry)")
      ->group("Method settings");
  ev->add_option("--class-top", eo->e.search.class_top,
                 "Class voting: a substance is scored from its best K samples (default 1 = best alone)")
      ->group("Method settings");
  ev->add_option("--class-vote", eo->e.search.class_vote,
                 "Class voting: weight of the mean of the best K samples against the best one (0-1)")
      ->group("Method settings");
  ev->add_option("--subspace-weight", eo->e.search.subspace_weight,
                 "Weight of the subspace score: the query fitted by a non-negative combination of a "
                 "substance's best visible entries (0 = off)")
      ->check(CLI::Range(0.0, 1.0))
      ->group("Method settings");
  ev->add_option("--subspace-entries", eo->e.search.subspace_entries,
                 "Subspace score: a substance's entries fitted together, at most (default 3)")
      ->check(CLI::Range(1, 4))
      ->group("Method settings");
  ev->add_option("--subspace-top", eo->e.search.subspace_top,
                 "Subspace score: computed for this many best substances of the ranking (default 10)")
      ->group("Method settings");
  ev->add_option("--subspace-cost", eo->e.search.subspace_cost,
                 "Subspace score: each entry past the first must explain this share of the query's energy "
                 "(default 0)")
      ->check(CLI::Range(0.0, 1.0))
      ->group("Method settings");
  ev->add_option("--subspace-lift", eo->e.search.subspace_lift,
                 "Subspace score: add weight x (subspace score - best entry's HQI) to a substance's score "
                 "(default true); false = (1 - weight) x score + weight x subspace score")
      ->group("Method settings");
  ev->add_option("--subspace-noisy", eo->e.search.subspace_noisy,
                 "Subspace score also for noisy queries (default true; false = its weight falls to 0 along "
                 "the noise ramp)")
      ->group("Method settings");
  ev->add_option("--query-folds", eo->e.query_folds,
                 "Count only queries whose sample falls in these of the 5 sample folds (e.g. 0 1 2): "
                 "settings chosen on some folds are checked on the others")
      ->group("Method settings");
  ev->add_option("--min-top1", eo->min_top1,
                 "Exit with code 1 when top-1 accuracy is below this share (0-1)");
  ev->add_flag(
      "--json", eo->json,
      "Print {\"queries\":N,\"top1\":a,\"top3\":b,\"no_reference\":M,\"ms_per_query\":t} on the last line");
  ev->callback([&ctx, eo] { ctx.exit_code = evaluate(*eo); });

  auto bo2 = std::make_shared<BenchOptions>();
  auto* bc = bench_group(app).add_subcommand(
      "spectra", "Time identification against a spectral library beside a naive scalar correlation search");
  bc->add_option("--library-dir", bo2->library_dir,
                 "Folder of reference spectra (the library is built first)");
  bc->add_option("--library", bo2->library, "A library file instead of a folder");
  bc->add_option("--queries", bo2->queries, "How many library spectra to use as queries (default 200)");
  bc->add_flag("--json", bo2->json, "Print the figures as JSON on the last line");
  bc->callback([&ctx, bo2, bc] {
    if (bo2->library.empty() && bo2->library_dir.empty()) {
      std::cerr << "custos bench spectra: give --library-dir or --library\n" << bc->help();
      ctx.exit_code = kUsage;
      return;
    }
    ctx.exit_code = bench(*bo2);
  });
}

const bool registered = register_command(70, setup);

}  // namespace
}  // namespace custos::cli
