#include "risk/disguise_model.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <random>

#include "risk/description_pattern.hpp"
#include "risk/function_words.hpp"
#include "risk/party_kind.hpp"
#include "risk/valuation_table.hpp"
#include "store/sql.hpp"

namespace custos::risk {

namespace {

constexpr size_t kDomains = std::size(kIllicitDomains);
constexpr int kFormat = 1;

size_t domain_index(Domain d) {
  for (size_t i = 0; i < kDomains; ++i)
    if (kIllicitDomains[i] == d) return i;
  return kDomains;
}

double sigmoid(double z) { return 1.0 / (1.0 + std::exp(-std::clamp(z, -30.0, 30.0))); }
double logit(double p) { return std::log(p / (1.0 - p)); }

// Half-decade bands of the price per kilogram (0.10-0.32, 0.32-1.0 USD/kg...)
// and decades of the mass: what an officer reads as "about this cheap".
int price_band(double usd_per_kg) {
  return std::clamp(static_cast<int>(std::floor(2.0 * std::log10(std::max(usd_per_kg, 1e-4)))), -8, 12);
}
int mass_decade(double kg) {
  return std::clamp(static_cast<int>(std::floor(std::log10(std::max(kg, 1e-3)))), -2, 7);
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == sep) {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  return parts;
}

std::optional<int> to_int(std::string_view s) {
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

// A band edge as the workbench writes a "sig2" number: whole from 10
// (32, 3200, no grouping), else two significant digits (0.032, 0.32, 3.2, 1).
std::string edge(double v) { return std::abs(v) >= 10 ? fmt::format("{:.0f}", v) : fmt::format("{:.2g}", v); }

// The words of a description, folded (lower case, no accents) and split as
// the profile engine splits them (word_text: any non-letter, non-digit code
// point separates words), of three bytes or more and without digits (sizes,
// grades and counts are the declarant's to change), as "word:..." features.
// Words in scripts without spaces stay whole phrases.
void description_words(std::string_view description, std::vector<std::string>& out) {
  std::string folded, words;
  fold_and_word_text(description, folded, words);
  for (std::string_view w : split_words(words))
    if (w.size() >= 3 && std::none_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
      out.push_back("word:" + std::string(w));
}

using FeatureWeights = std::unordered_map<std::string, double>;

// One domain's logistic regression over the rows in `order` (positives:
// label k), by seeded SGD.
std::pair<FeatureWeights, double> fit(const std::vector<std::vector<std::string>>& rows,
                                      const std::vector<size_t>& label, size_t k, std::vector<size_t> order,
                                      const DisguiseTraining& o) {
  FeatureWeights w;
  double b = 0;
  std::mt19937_64 rng(o.seed + k);
  for (int e = 0; e < o.epochs; ++e) {
    std::shuffle(order.begin(), order.end(), rng);
    for (size_t i : order) {
      double z = b;
      for (const std::string& x : rows[i])
        if (auto it = w.find(x); it != w.end()) z += it->second;
      const double g = sigmoid(z) - (label[i] == k ? 1.0 : 0.0);
      for (const std::string& x : rows[i]) {
        double& v = w[x];
        v -= o.learning_rate * (g + o.l2 * v);
      }
      b -= o.learning_rate * g;
    }
  }
  std::erase_if(w, [](const auto& kv) { return std::abs(kv.second) < 1e-4; });
  // Six significant digits: a weight learned by stochastic gradient descent
  // means nothing past them, and full precision makes the model's document a
  // third larger (the built-in one is shipped in the repository). Rounded
  // here, so that a model scores as its document does.
  for (auto& [feature, v] : w) v = std::stod(fmt::format("{:.6g}", v));
  return {std::move(w), b};
}

double odds(const FeatureWeights& w, double b, const std::vector<std::string>& features) {
  for (const std::string& x : features)
    if (auto it = w.find(x); it != w.end()) b += it->second;
  return b;
}

// The calibration fold of a training declaration, by its id. (By the words of
// its descriptions, for seizures, was tried: when a domain's seizures share
// their words, as a few seizures of one scheme do, they all fall in one fold,
// whose model then learns none of them.) FNV-1a: the same on every platform, so
// the same data gives the same model.
size_t calibration_fold(std::string_view id, int folds) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : id) h = (h ^ c) * 1099511628211ULL;
  return static_cast<size_t>(h % static_cast<uint64_t>(folds));
}

// How many of the scores (sorted descending) lie strictly above t.
size_t above_desc(const std::vector<double>& desc, double t) {
  return static_cast<size_t>(std::lower_bound(desc.begin(), desc.end(), t, std::greater<>()) - desc.begin());
}

// How many lawful declarations each domain's threshold admits: at most
// `allowed` each, and none scoring below the floor.
std::array<size_t, kDomains> equal_shares(const std::array<std::vector<double>, kDomains>& lawful,
                                          double floor, size_t allowed) {
  std::array<size_t, kDomains> n{};
  for (size_t k = 0; k < kDomains; ++k) n[k] = std::min(allowed, above_desc(lawful[k], floor));
  return n;
}

// The same budget (`allowed` lawful declarations per trained domain, in all),
// spent where it catches the most: repeatedly, the domain whose next few
// admitted lawful declarations bring the largest share of its seizures per
// declaration admitted (recall, so every domain weighs the same whatever its
// number of recorded seizures). Never below the floor.
std::array<size_t, kDomains> allocate(const std::array<std::vector<double>, kDomains>& lawful,
                                      const std::array<std::vector<double>, kDomains>& seizures, double floor,
                                      size_t allowed) {
  std::array<size_t, kDomains> n{}, cap{};
  size_t budget = 0;
  for (size_t k = 0; k < kDomains; ++k) {
    if (seizures[k].empty()) continue;
    cap[k] = above_desc(lawful[k], floor);
    budget += allowed;
  }
  // Seizures caught when the threshold admits j lawful declarations: those
  // scoring above the (j+1)-th lawful score, or above the floor past the last.
  auto caught = [&](size_t k, size_t j) {
    const double t = j < lawful[k].size() ? std::max(lawful[k][j], floor) : floor;
    return static_cast<double>(above_desc(seizures[k], t)) / static_cast<double>(seizures[k].size());
  };
  constexpr size_t kLookahead = 64;
  while (budget > 0) {
    size_t best = kDomains, best_step = 0;
    double best_rate = 0;
    for (size_t k = 0; k < kDomains; ++k) {
      if (seizures[k].empty() || n[k] >= cap[k]) continue;
      const double now = caught(k, n[k]);
      for (size_t j = 1; j <= std::min({kLookahead, budget, cap[k] - n[k]}); ++j) {
        const double rate = (caught(k, n[k] + j) - now) / static_cast<double>(j);
        if (rate > best_rate) {
          best = k;
          best_step = j;
          best_rate = rate;
        }
      }
    }
    if (best == kDomains) break;  // the next kLookahead of no domain catch anything more
    n[best] += best_step;
    budget -= best_step;
  }
  return n;
}

}  // namespace

nlohmann::json driver_words(std::string_view feature) {
  // {id, params} in the convention of the learned model's drivers (ml/explain.cc):
  // a number param is {number, as}; the workbench prefixes "finding.model.driver.".
  auto parts = split(feature, ':');
  const std::string kind(parts.front());
  auto amount = [](double v) { return nlohmann::json{{"number", std::stod(edge(v))}, {"as", "sig2"}}; };
  nlohmann::json params = nlohmann::json::object();
  std::string id = "disguise." + kind;
  if ((kind == "usd_per_kg" && parts.size() == 2) || (kind == "usd_per_kg_in_chapter" && parts.size() == 3)) {
    const int band = to_int(parts.back()).value_or(0);
    params["low"] = amount(std::pow(10.0, band / 2.0));
    params["high"] = amount(std::pow(10.0, (band + 1) / 2.0));
    if (parts.size() == 3) params["chapter"] = std::string(parts[1]);
  } else if (kind == "net_mass" && parts.size() == 2) {
    const int d = to_int(parts[1]).value_or(0);
    params["low"] = amount(std::pow(10.0, d));
    params["high"] = amount(std::pow(10.0, d + 1));
  } else if (kind == "consignee" && parts.size() == 2) {
    id += "." + std::string(parts[1]);
  } else if (parts.size() == 2) {
    params["value"] = std::string(parts[1]);
  }
  return {{"id", id}, {"params", params}};
}

std::string driver_text(std::string_view feature) {
  auto parts = split(feature, ':');
  const std::string_view kind = parts.front();
  const std::string value = parts.size() >= 2 ? std::string(parts[1]) : "";
  if (kind == "chapter") return "HS chapter " + value;
  if (kind == "heading") return "HS heading " + value;
  if (kind == "subheading") return "HS subheading " + value;
  if (kind == "origin") return "origin " + value;
  if (kind == "departure") return "shipped from " + value;
  if (kind == "destination") return "destined for " + value;
  if (kind == "mode") return "transport mode " + value;
  if (kind == "flow") return "flow " + value;
  if (kind == "word") return "the word \u201c" + value + "\u201d in the description";
  if (kind == "consignee")
    return value == "person" ? "consigned to a private person" : "consigned to an organisation";
  const nlohmann::json p = driver_words(feature)["params"];
  if (!p.contains("low") || !p.contains("high")) return std::string(feature);  // not a band feature
  auto edges = [&](const char* unit) {
    return edge(p["low"]["number"]) + "-" + edge(p["high"]["number"]) + unit;
  };
  if (kind == "usd_per_kg") return "declared at " + edges(" USD/kg");
  if (kind == "usd_per_kg_in_chapter")
    return edges(" USD/kg") + " in chapter " + p["chapter"].get<std::string>();
  if (kind == "net_mass") return "net mass " + edges(" kg");
  return std::string(feature);
}

std::vector<std::string> DisguiseModel::features(const Declaration& d) const {
  std::vector<std::string> f;
  auto country = [&](const char* kind, const std::optional<Country>& c) {
    if (c) f.push_back(std::string(kind) + ":" + c->str());
  };
  for (const Item& it : d.items) {
    description_words(it.description, f);
    const std::string hs = it.hs_code.str();
    if (!hs.empty()) {
      f.push_back("chapter:" + hs.substr(0, 2));
      if (hs.size() >= 4) f.push_back("heading:" + hs.substr(0, 4));
      if (hs.size() >= 6) f.push_back("subheading:" + hs.substr(0, 6));
    }
    country("origin", it.origin);
    if (it.net_mass_kg && *it.net_mass_kg > 0) {
      f.push_back(fmt::format("net_mass:{}", mass_decade(*it.net_mass_kg)));
      if (it.value && *it.value > 0)
        if (auto r = valuation::rate_of(rates_, it.currency)) {
          const int band = price_band(*it.value * *r / *it.net_mass_kg);
          f.push_back(fmt::format("usd_per_kg:{}", band));
          if (!hs.empty()) f.push_back(fmt::format("usd_per_kg_in_chapter:{}:{}", hs.substr(0, 2), band));
        }
    }
  }
  country("departure", d.departure_country);
  country("destination", d.destination_country);
  if (!d.transport_mode.empty()) f.push_back("mode:" + lower(d.transport_mode));
  if (d.flow) f.push_back("flow:" + std::string(to_string(*d.flow)));
  const std::string& name = !d.consignee.name.empty() ? d.consignee.name : d.importer.name;
  if (auto k = party_kind(name)) f.push_back("consignee:" + std::string(to_string(*k)));
  std::sort(f.begin(), f.end());
  f.erase(std::unique(f.begin(), f.end()), f.end());
  return f;
}

double DisguiseModel::log_odds(size_t k, const std::vector<std::string>& features) const {
  double z = bias_[k];
  for (const std::string& x : features)
    if (auto it = weights_[k]->find(x); it != weights_[k]->end()) z += it->second;
  return z;
}

DisguiseModel DisguiseModel::train(std::span<const Declaration> declarations,
                                   const std::unordered_map<std::string, double>& rates,
                                   const DisguiseTraining& o) {
  DisguiseModel m;
  m.rates_ = rates;
  std::vector<std::vector<std::string>> rows;
  std::vector<size_t> label;  // domain index, kDomains for a negative
  std::vector<size_t> fold;   // calibration fold
  std::array<size_t, kDomains> positives{};
  rows.reserve(declarations.size());
  for (const Declaration& d : declarations) {
    const size_t k = d.outcome.illicit_domain ? domain_index(*d.outcome.illicit_domain) : kDomains;
    if (d.outcome.illicit_domain && k == kDomains) continue;  // fiscal or general: not a disguise domain
    // A seizure without a recorded domain is neither a known disguise nor lawful trade.
    if (!d.outcome.illicit_domain && d.outcome.inspection == InspectionResult::seizure) continue;
    rows.push_back(m.features(d));
    fold.push_back(calibration_fold(d.id, std::max(1, o.calibration_folds)));
    label.push_back(k);
    if (k < kDomains) ++positives[k];
  }
  const size_t negatives = static_cast<size_t>(std::count(label.begin(), label.end(), kDomains));
  if (negatives == 0)
    throw DisguiseModelError("no declaration without a recorded illicit domain to learn lawful trade from");
  nlohmann::json report = {{"format", kFormat},
                           {"declarations", rows.size()},
                           {"negatives", negatives},
                           {"positives", nlohmann::json::object()},
                           {"thresholds", nlohmann::json::object()},
                           {"negatives_above_threshold", nlohmann::json::object()},
                           {"seizures_above_threshold", nlohmann::json::object()},
                           {"untrained", nlohmann::json::array()},
                           {"options",
                            {{"epochs", o.epochs},
                             {"learning_rate", o.learning_rate},
                             {"l2", o.l2},
                             {"seed", o.seed},
                             {"ordinary_share", o.ordinary_share},
                             {"min_probability", o.min_probability},
                             {"calibration_folds", o.calibration_folds},
                             {"share_by_recall", o.share_by_recall},
                             {"min_positives", o.min_positives}}}};
  bool any = false;
  std::array<std::vector<double>, kDomains> lawful_scores, seizure_scores;  // log-odds, descending
  for (size_t k = 0; k < kDomains; ++k) {
    const std::string name(to_string(kIllicitDomains[k]));
    report["positives"][name] = positives[k];
    if (positives[k] < static_cast<size_t>(std::max(1, o.min_positives))) {
      report["untrained"].push_back(name);
      continue;
    }
    any = true;
    std::vector<size_t> order;
    for (size_t i = 0; i < rows.size(); ++i)
      if (label[i] == k || label[i] == kDomains) order.push_back(i);
    auto [w, b] = fit(rows, label, k, order, o);
    m.weights_[k] = std::move(w);
    m.bias_[k] = b;
    // The scores the threshold is set on: each declaration scored by a model
    // that did not learn from it when calibration folds are asked for, else
    // in-sample.
    auto keep = [&](size_t i, double z) { (label[i] == k ? seizure_scores : lawful_scores)[k].push_back(z); };
    if (o.calibration_folds >= 2) {
      for (int f = 0; f < o.calibration_folds; ++f) {
        std::vector<size_t> part;
        for (size_t i : order)
          if (fold[i] != static_cast<size_t>(f)) part.push_back(i);
        const auto [fw, fb] = fit(rows, label, k, part, o);
        for (size_t i : order)
          if (fold[i] == static_cast<size_t>(f)) keep(i, odds(fw, fb, rows[i]));
      }
    } else {
      for (size_t i : order) keep(i, m.log_odds(k, rows[i]));
    }
    std::sort(lawful_scores[k].begin(), lawful_scores[k].end(), std::greater<>());
    std::sort(seizure_scores[k].begin(), seizure_scores[k].end(), std::greater<>());
  }
  const double floor = logit(std::clamp(o.min_probability, 0.01, 0.99));
  // At least one a domain: on a few hundred lawful declarations the share
  // rounds to none, and the single lawful twin of a seizure, scored by a model
  // that never saw it, would then bar every seizure that scores no higher.
  const size_t allowed = std::max<size_t>(
      1, static_cast<size_t>(std::floor(std::clamp(o.ordinary_share, 0.0, 1.0) * negatives)));
  const std::array<size_t, kDomains> admitted = o.share_by_recall
                                                    ? allocate(lawful_scores, seizure_scores, floor, allowed)
                                                    : equal_shares(lawful_scores, floor, allowed);
  for (size_t k = 0; k < kDomains; ++k) {
    if (!m.weights_[k]) continue;
    const std::string name(to_string(kIllicitDomains[k]));
    const auto& lawful = lawful_scores[k];
    m.threshold_[k] = admitted[k] < lawful.size() ? std::max(lawful[admitted[k]], floor) : floor;
    report["thresholds"][name] = sigmoid(m.threshold_[k]);
    report["negatives_above_threshold"][name] = above_desc(lawful, m.threshold_[k]);
    report["seizures_above_threshold"][name] = above_desc(seizure_scores[k], m.threshold_[k]);
  }
  if (!any)
    throw DisguiseModelError(fmt::format("no illicit domain has {} recorded seizures to learn from",
                                         std::max(1, o.min_positives)));
  report["weights"] = m.weight_count();
  m.report_ = std::move(report);
  m.read_lawful_shares(o.ordinary_share);
  return m;
}

bool DisguiseModel::trained(Domain d) const {
  const size_t k = domain_index(d);
  return k < kDomains && weights_[k].has_value();
}

size_t DisguiseModel::weight_count() const {
  size_t n = 0;
  for (const auto& w : weights_)
    if (w) n += w->size();
  return n;
}

std::array<double, 6> DisguiseModel::probabilities(const Declaration& d) const {
  std::array<double, 6> p;
  p.fill(std::numeric_limits<double>::quiet_NaN());
  const auto f = features(d);
  for (size_t k = 0; k < kDomains; ++k)
    if (weights_[k]) p[k] = sigmoid(log_odds(k, f));
  return p;
}

DisguiseScore DisguiseModel::score(size_t domain, const std::vector<std::string>& f, size_t max_drivers,
                                   const std::vector<std::string>& unsaid) const {
  DisguiseScore s;
  s.domain = kIllicitDomains[domain];
  s.probability = sigmoid(log_odds(domain, f));
  s.threshold = sigmoid(threshold_[domain]);
  std::vector<std::pair<double, const std::string*>> pushed;
  for (const std::string& x : f)
    if (auto it = weights_[domain]->find(x); it != weights_[domain]->end() && it->second > 0) {
      // A word that says nothing of the goods ("para", "pcs", "шт", or "fur"
      // where the declaration wrote "für") counts in the score as learned
      // but is no reason an officer can act on.
      if (x.starts_with("word:")) {
        const std::string_view w = std::string_view(x).substr(5);
        if (says_nothing_of_goods(w) || std::binary_search(unsaid.begin(), unsaid.end(), w)) continue;
      }
      pushed.emplace_back(it->second, &x);
    }
  std::sort(pushed.begin(), pushed.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : *a.second < *b.second;
  });
  for (size_t i = 0; i < pushed.size() && i < max_drivers; ++i)
    s.drivers.push_back({*pushed[i].second, pushed[i].first, driver_words(*pushed[i].second),
                         driver_text(*pushed[i].second)});
  return s;
}

std::vector<size_t> DisguiseModel::domains_above(const std::vector<std::string>& f) const {
  std::vector<std::pair<double, size_t>> above;  // margin in log-odds, domain
  for (size_t k = 0; k < kDomains; ++k) {
    if (!weights_[k]) continue;
    const double margin = log_odds(k, f) - threshold_[k];
    if (margin > 0) above.emplace_back(margin, k);
  }
  // Furthest above first; a tie goes to the domain listed first.
  std::stable_sort(above.begin(), above.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<size_t> out;
  out.reserve(above.size());
  for (const auto& [margin, k] : above) out.push_back(k);
  return out;
}

namespace {

// The words the declaration's descriptions write only as function words, for
// its drivers (one item's "für" and another's "fur" are one feature, said).
std::vector<std::string> unsaid_words(const Declaration& d) {
  std::string all;
  for (const Item& it : d.items) (all += it.description) += '\n';
  return words_written_as_function_words(all);
}

}  // namespace

std::vector<DisguiseScore> DisguiseModel::flags(const Declaration& d, size_t max_drivers) const {
  const auto f = features(d);
  std::vector<DisguiseScore> out;
  const auto above = domains_above(f);
  if (above.empty()) return out;
  const auto unsaid = unsaid_words(d);
  for (size_t k : above) out.push_back(score(k, f, max_drivers, unsaid));
  return out;
}

std::optional<DisguiseScore> DisguiseModel::flag(const Declaration& d, size_t max_drivers) const {
  // Only the first domain's drivers are needed (the built-in fit check scores
  // every stored declaration this way).
  const auto f = features(d);
  const auto above = domains_above(f);
  if (above.empty()) return std::nullopt;
  return score(above.front(), f, max_drivers, unsaid_words(d));
}

Finding DisguiseModel::finding_for(const DisguiseScore& s, const DisguiseScore* strongest) const {
  Finding fd;
  fd.source = "model";
  fd.id = "disguise";
  fd.domain = s.domain;
  const double margin = logit(s.probability) - logit(s.threshold);
  // One model, one weight in the score: a further domain the same
  // declaration resembles is named (its own lane, drivers and check) but adds
  // nothing to the score, which the strongest resemblance already carries.
  fd.weight = strongest ? 0.0 : std::clamp(40.0 + 10.0 * margin, 40.0, 70.0);
  std::string drivers;
  for (const auto& dr : s.drivers) drivers += (drivers.empty() ? "" : "; ") + dr.text;
  const std::string domain(to_string(s.domain));
  const double share = lawful_above_[domain_index(s.domain)];
  fd.reason = fmt::format(
      "Resembles the recorded {} seizures{}. Learned score {:.2f}; {:g} % "
      "of the lawful trade it learned from scores above {:.2f}.",
      domain, drivers.empty() ? " (route, consignee, price per kg, mass, codes, words)" : ": " + drivers,
      s.probability, std::round(100.0 * share * 100.0) / 100.0, s.threshold);
  if (strongest)
    fd.reason += fmt::format(" Resembles the recorded {} seizures more (that finding carries the score).",
                             to_string(strongest->domain));
  fd.instructions =
      "Check the documents against the goods' real nature: ask for the invoice, the contract and proof of "
      "payment, and compare the description, weight and price with what the goods look like; a learned "
      "resemblance is a reason to look, not proof.";
  nlohmann::json drv = nlohmann::json::array();
  for (const auto& dr : s.drivers) {
    drv.push_back(
        {{"feature", dr.feature}, {"weight", dr.weight}, {"words", dr.text}, {"message", dr.words}});
  }
  fd.evidence = {{"lane", "yellow"},         {"probability", s.probability},
                 {"threshold", s.threshold}, {"ordinary_share", share},
                 {"domain", domain},         {"drivers", std::move(drv)}};
  if (strongest) fd.evidence["strongest_domain"] = std::string(to_string(strongest->domain));
  return fd;
}

std::optional<Finding> DisguiseModel::finding(const Declaration& d) const {
  auto s = flag(d);
  if (!s) return std::nullopt;
  return finding_for(*s, nullptr);
}

std::vector<Finding> DisguiseModel::findings(const Declaration& d) const {
  const auto all = flags(d);
  std::vector<Finding> out;
  out.reserve(all.size());
  for (size_t i = 0; i < all.size(); ++i) out.push_back(finding_for(all[i], i == 0 ? nullptr : &all.front()));
  return out;
}

nlohmann::json DisguiseModel::to_json() const {
  nlohmann::json j = {{"format", kFormat}, {"rates", rates_}, {"report", report_}};
  nlohmann::json domains = nlohmann::json::object();
  for (size_t k = 0; k < kDomains; ++k) {
    if (!weights_[k]) continue;
    // Sorted, so the same model always gives the same document.
    std::vector<std::pair<std::string, double>> w(weights_[k]->begin(), weights_[k]->end());
    std::sort(w.begin(), w.end());
    nlohmann::json weights = nlohmann::json::object();
    for (auto& [name, v] : w) weights[name] = v;
    domains[std::string(to_string(kIllicitDomains[k]))] = {
        {"bias", bias_[k]}, {"threshold", threshold_[k]}, {"weights", std::move(weights)}};
  }
  j["domains"] = std::move(domains);
  return j;
}

DisguiseModel DisguiseModel::from_json(const nlohmann::json& j) {
  auto fail = [](const std::string& what) { throw DisguiseModelError("disguise model: " + what); };
  if (!j.is_object()) fail("not a JSON object");
  if (!j.contains("format") || !j["format"].is_number_integer() || j["format"].get<int64_t>() != kFormat)
    fail(fmt::format("format is not {}", kFormat));
  DisguiseModel m;
  auto number = [&](const nlohmann::json& v, const std::string& what) {
    if (!v.is_number() || !std::isfinite(v.get<double>())) fail(what + " is not a finite number");
    return v.get<double>();
  };
  if (!j.contains("rates") || !j["rates"].is_object()) fail("'rates' is missing");
  for (auto& [cur, v] : j["rates"].items()) {
    const double r = number(v, "rate of " + cur);
    if (r <= 0) fail("rate of " + cur + " is not positive");
    m.rates_[cur] = r;
  }
  if (!j.contains("domains") || !j["domains"].is_object()) fail("'domains' is missing");
  bool any = false;
  for (auto& [name, dj] : j["domains"].items()) {
    auto dom = parse_domain(name);
    const size_t k = dom ? domain_index(*dom) : kDomains;
    if (k == kDomains) fail("'" + name + "' is not an illicit domain");
    if (!dj.is_object() || !dj.contains("weights") || !dj["weights"].is_object())
      fail(name + ": 'weights' is missing");
    m.bias_[k] = number(dj.value("bias", nlohmann::json()), name + ".bias");
    m.threshold_[k] = number(dj.value("threshold", nlohmann::json()), name + ".threshold");
    Weights w;
    for (auto& [feature, v] : dj["weights"].items()) w[feature] = number(v, name + " weight of " + feature);
    m.weights_[k] = std::move(w);
    any = true;
  }
  if (!any) fail("no domain is trained");
  m.report_ = j.contains("report") ? j["report"] : nlohmann::json::object();
  if (!m.report_.is_object()) fail("'report' is not an object");
  double configured = 0;
  const auto options = m.report_.find("options");
  if (options != m.report_.end() && options->is_object() && options->contains("ordinary_share"))
    configured = number((*options)["ordinary_share"], "report.options.ordinary_share");
  m.read_lawful_shares(configured);
  return m;
}

void DisguiseModel::read_lawful_shares(double configured) {
  lawful_above_.fill(configured);
  const auto negatives = report_.find("negatives");
  const auto above = report_.find("negatives_above_threshold");
  if (negatives == report_.end() || !negatives->is_number() || negatives->get<double>() <= 0 ||
      above == report_.end() || !above->is_object())
    return;
  for (size_t k = 0; k < kDomains; ++k) {
    const auto n = above->find(std::string(to_string(kIllicitDomains[k])));
    if (n != above->end() && n->is_number() && n->get<double>() >= 0)
      lawful_above_[k] = n->get<double>() / negatives->get<double>();
  }
}

std::shared_ptr<const DisguiseModel> load_active_disguise_model(Store& store) {
  std::optional<Artifact> a = store.get_artifact(kDisguiseModelKind, kDisguiseModelName);
  if (!a) return nullptr;
  nlohmann::json j = nlohmann::json::parse(a->payload, nullptr, false);
  if (j.is_discarded())
    throw DisguiseModelError(
        fmt::format("disguise model version {}: the stored document is not JSON", a->version));
  return std::make_shared<const DisguiseModel>(DisguiseModel::from_json(j));
}

std::string builtin_disguise_model_path(const std::string& data_dir) {
  return data_dir + "/models/disguise.json";
}

std::shared_ptr<const DisguiseModel> load_builtin_disguise_model(const std::string& data_dir) {
  const std::string path = builtin_disguise_model_path(data_dir);
  std::ifstream in(path, std::ios::binary);
  if (!in) return nullptr;
  nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
  if (j.is_discarded()) throw DisguiseModelError("built-in disguise model " + path + ": not JSON");
  try {
    return std::make_shared<const DisguiseModel>(DisguiseModel::from_json(j));
  } catch (const DisguiseModelError& e) {
    throw DisguiseModelError("built-in disguise model " + path + ": " + e.what());
  }
}

bool holds_own_trade(Store& store) {
  auto r = store.sql().query_one(
      "SELECT CASE WHEN EXISTS (SELECT 1 FROM declarations WHERE administration = $1 LIMIT 1 OFFSET " +
          std::to_string(kBuiltinDisguiseModelUntil - 1) + ") THEN 1 ELSE 0 END",
      {sql::text(store.administration())});
  return r && r->text(0) == "1";
}

BuiltinFit builtin_fit(Store& store, const DisguiseModel& builtin, std::span<const Declaration> to_assess) {
  BuiltinFit fit;
  auto score = [&](const Declaration& d) {
    if (d.outcome.illicit_domain) return true;
    ++fit.scored;
    fit.flagged += builtin.flag(d).has_value();
    return fit.scored < kBuiltinDisguiseModelUntil;
  };
  store.scan({}, score);
  for (const Declaration& d : to_assess)
    if (fit.scored >= kBuiltinDisguiseModelUntil || !score(d)) break;
  return fit;
}

std::string builtin_fit_stamp_sql(const std::string& param) {
  return "(SELECT COUNT(*) / 100 FROM (SELECT 1 FROM declarations WHERE administration = " + param +
         " LIMIT " + std::to_string(kBuiltinDisguiseModelUntil) + ") AS first_declarations)";
}

namespace {

struct ChosenDisguiseModel {
  std::shared_ptr<const DisguiseModel> model;  // null unless stored or built-in
  DisguiseModelInUse in_use = DisguiseModelInUse::none;
};

// The one decision behind add_active_disguise_model and disguise_model_in_use:
// the store's active model; else, while the store holds no trade of its own,
// the built-in one unless it does not fit that trade. A document that does not
// parse throws DisguiseModelError with `trying` saying whose it was.
ChosenDisguiseModel choose_disguise_model(Store& store, const std::string& data_dir,
                                          std::span<const Declaration> to_assess,
                                          DisguiseModelInUse& trying) {
  trying = DisguiseModelInUse::stored;
  if (auto model = load_active_disguise_model(store)) return {std::move(model), DisguiseModelInUse::stored};
  if (holds_own_trade(store)) return {};
  trying = DisguiseModelInUse::builtin;
  auto model = load_builtin_disguise_model(data_dir);
  if (!model) return {};
  if (builtin_fit(store, *model, to_assess).set_aside())
    return {nullptr, DisguiseModelInUse::builtin_set_aside};
  return {std::move(model), DisguiseModelInUse::builtin};
}

}  // namespace

DisguiseModelInUse add_active_disguise_model(Pipeline& pipeline, Store& store, const std::string& data_dir,
                                             std::span<const Declaration> to_assess) {
  DisguiseModelInUse trying = DisguiseModelInUse::stored;
  ChosenDisguiseModel chosen;
  try {
    chosen = choose_disguise_model(store, data_dir, to_assess, trying);
  } catch (const DisguiseModelError& e) {
    // Refused like a broken profile set: nothing is assessed half-way.
    throw ProfileSetError(
        {LoadError{std::string(kDisguiseModelKind), 0, 0, e.what(),
                   trying == DisguiseModelInUse::builtin
                       ? "reinstall Custos (the file is part of its data) or train a model of your own "
                         "(custos model train-disguise)"
                       : "train it again (custos model train-disguise) or activate an earlier version"}});
  }
  if (!chosen.model) return chosen.in_use;
  const bool builtin = chosen.in_use == DisguiseModelInUse::builtin;
  pipeline.add_source([model = chosen.model, builtin](const Declaration& d, std::vector<Finding>& out) {
    for (Finding& f : model->findings(d)) {
      if (builtin) {
        // Said after the score, as the workbench's finding.model.disguise.builtin.
        f.evidence["model"] = "built-in";
        f.reason +=
            " Built-in model: learned from the case library Custos ships and simulated trade, not yet from "
            "this administration's own.";
      }
      out.push_back(std::move(f));
    }
  });
  return chosen.in_use;
}

DisguiseModelInUse disguise_model_in_use(Store& store, const std::string& data_dir) {
  DisguiseModelInUse trying = DisguiseModelInUse::stored;
  try {
    return choose_disguise_model(store, data_dir, {}, trying).in_use;
  } catch (const DisguiseModelError&) {
    // A document that does not parse is the assessment's to refuse, with its
    // remedy; here it is the model that would be tried.
    return trying;
  }
}

std::string describe(DisguiseModelInUse in_use) {
  switch (in_use) {
    case DisguiseModelInUse::stored: return "disguise model";
    case DisguiseModelInUse::builtin:
      return "built-in disguise model (the store holds fewer than " +
             std::to_string(kBuiltinDisguiseModelUntil) + " declarations to learn its own from)";
    case DisguiseModelInUse::builtin_set_aside:
      return "no disguise model (the built-in one is set aside: it would ask a check of more than " +
             std::to_string(static_cast<int>(kBuiltinMisfitShare * 100)) +
             " % of this administration's declarations, whose prices and routes are unlike the trade it "
             "learned from; train one on your own trade: custos model train-disguise)";
    case DisguiseModelInUse::none: break;
  }
  return "";
}

int store_disguise_model(Store& store, const DisguiseModel& model) {
  Artifact a;
  a.kind = std::string(kDisguiseModelKind);
  a.name = std::string(kDisguiseModelName);
  a.metadata = model.report().dump();
  a.payload = model.to_json().dump();
  return store.put_artifact(a);
}

}  // namespace custos::risk
