#pragma once
// The disguise model: learned from recorded seizures, it says which
// declarations look like the concealments of each illicit domain by what a
// disguise does not change: the route (origin, departure, destination), the
// transport mode, who receives the goods (a private person or an
// organisation), the price per kilogram in US dollars, the mass, and the HS
// codes the cover uses. Words and codes are what a smuggler chooses; price,
// route and consignee follow from what the goods really are.
//
// One logistic regression per illicit domain over named features (no hashing,
// so every weight reads as a fact: "departure NG", "0.1-0.3 USD/kg in chapter
// 39"), trained by seeded stochastic gradient descent: positives are the
// declarations whose recorded outcome names that domain, negatives the
// declarations without an illicit domain (the administration's own lawful
// trade, lawful shipments of sensitive goods, fiscal frauds; a seizure whose
// domain was not recorded is left out). Each domain's threshold is
// the score above which only `ordinary_share` of the negatives lie (and at
// least `min_probability`), so the model's alarm rate on the trade it learned
// from is chosen, not discovered.
// A declaration is flagged for every domain whose score exceeds its
// threshold, the one furthest above first (it alone carries the score); each
// finding names the features that weighed most, in words.
//
// The model is kept in the store (artifact kind "disguise-model"), trained by
// `custos model train-disguise`, and plugged into every assessment while a
// version is active. Thread-safe once built (scoring is const).
#include <array>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/declaration.hpp"
#include "core/finding.hpp"
#include "risk/assessment.hpp"
#include "risk/pipeline.hpp"
#include "store/store.hpp"

namespace custos::risk {

inline constexpr std::string_view kDisguiseModelKind = "disguise-model";
inline constexpr std::string_view kDisguiseModelName = "disguise";

class DisguiseModelError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct DisguiseTraining {
  int epochs = 8;
  double learning_rate = 0.2;
  double l2 = 1e-5;   // weight decay per step, keeps rare features from dominating
  uint64_t seed = 1;  // the order of the examples in each epoch
  // The lawful budget: this share of the lawful training declarations per
  // trained domain may score above that domain's threshold (in all, when
  // share_by_recall spends it where it catches the most).
  double ordinary_share = 0.0025;
  // ... and never below this probability: when the classes separate cleanly
  // the quantile falls towards 0, and anything merely unusual would pass it.
  double min_probability = 0.4;
  int min_positives = 5;  // a domain with fewer recorded seizures gets no classifier
  // Thresholds are set on scores from models that did not learn from the
  // declaration scored: this many folds (by declaration id), each left out of
  // one model in turn. Below 2: in-sample scores, which sit lower for lawful
  // trade (and higher for seizures) than on trade the model has not seen.
  int calibration_folds = 5;
  // Spend the lawful budget, in all, on the domains where the next lawful
  // declarations admitted bring the largest share of that domain's seizures;
  // false: each domain gets the same share.
  bool share_by_recall = true;
};

// A feature's share of a flag: its weight for the flagged domain.
struct DisguiseDriver {
  std::string feature;  // e.g. "usd_per_kg_in_chapter:39:-2"
  double weight = 0;
  nlohmann::json words;  // {"kind": ..., "value": ...} for translation; see driver_words()
  std::string text;      // English
};

struct DisguiseScore {
  Domain domain = Domain::general;
  double probability = 0;  // of that domain's classifier
  double threshold = 0;    // its probability threshold
  std::vector<DisguiseDriver> drivers;
};

class DisguiseModel {
 public:
  DisguiseModel() = default;

  // `rates`: US dollars per unit of each currency (valuation_table.hpp's
  // parse_rates), kept with the model. Declarations without a recorded illicit
  // domain are negatives. Throws DisguiseModelError when no domain has
  // min_positives seizures or there are no negatives.
  static DisguiseModel train(std::span<const Declaration> declarations,
                             const std::unordered_map<std::string, double>& rates,
                             const DisguiseTraining& options = {});

  // The features a declaration has (sorted, unique). Missing fields add none.
  std::vector<std::string> features(const Declaration& d) const;

  // Each trained domain's probability, in kIllicitDomains order (NaN when the
  // domain has no classifier).
  std::array<double, 6> probabilities(const Declaration& d) const;
  // Every domain whose classifier is above its threshold, furthest above (in
  // log-odds) first, each with the `max_drivers` features that pushed it most.
  std::vector<DisguiseScore> flags(const Declaration& d, size_t max_drivers = 3) const;
  // The first of flags(d); nullopt when no domain is above its threshold.
  std::optional<DisguiseScore> flag(const Declaration& d, size_t max_drivers = 3) const;
  // The finding for flag(d): source "model", id "disguise", the domain, weight
  // rising from 40 at the threshold, a reason and instructions in English, the
  // evidence the workbench translates ({probability, threshold, drivers:
  // [{feature, weight, kind, value...}]}).
  std::optional<Finding> finding(const Declaration& d) const;
  // One finding per domain of flags(d), what the assessment adds: the first is
  // finding(d); each further one names its own domain, score and drivers, asks
  // the same document check (lane yellow), and has weight 0 with evidence
  // `strongest_domain`, so that one model's resemblance counts once in the
  // score while the officer learns every domain the declaration resembles.
  std::vector<Finding> findings(const Declaration& d) const;

  nlohmann::json to_json() const;
  static DisguiseModel from_json(const nlohmann::json& j);  // throws DisguiseModelError

  // What training recorded: rows, positives per domain, thresholds, options.
  const nlohmann::json& report() const { return report_; }
  bool trained(Domain d) const;
  size_t weight_count() const;

 private:
  using Weights = std::unordered_map<std::string, double>;
  double log_odds(size_t domain, const std::vector<std::string>& features) const;
  // The trained domains whose score is above their threshold, furthest above first.
  std::vector<size_t> domains_above(const std::vector<std::string>& features) const;
  // `unsaid`: the words the declaration writes only as function words
  // (words_written_as_function_words), never given as drivers.
  DisguiseScore score(size_t domain, const std::vector<std::string>& features, size_t max_drivers,
                      const std::vector<std::string>& unsaid) const;
  Finding finding_for(const DisguiseScore& s, const DisguiseScore* strongest) const;
  void read_lawful_shares(double configured);

  std::unordered_map<std::string, double> rates_;
  std::array<std::optional<Weights>, 6> weights_;  // kIllicitDomains order
  std::array<double, 6> bias_{};
  std::array<double, 6> threshold_{};  // log-odds
  // Per domain, the share of the lawful training declarations above the
  // threshold as training measured it (held out when calibrated), for the
  // finding's words; the configured share when the report lacks the counts.
  std::array<double, 6> lawful_above_{};
  nlohmann::json report_ = nlohmann::json::object();
};

// The English words for a feature ("goods leave from NG", "declared at
// 0.10-0.32 USD/kg") and its structured form for translation.
std::string driver_text(std::string_view feature);
nlohmann::json driver_words(std::string_view feature);

// The store's active disguise model, or nullptr when none was trained.
// Throws DisguiseModelError when the stored document is broken.
std::shared_ptr<const DisguiseModel> load_active_disguise_model(Store& store);

// The built-in model (data/models/disguise.json), learned from the project's
// case library and simulated lawful trade of several countries
// (scripts/train-builtin-disguise.sh): what a new installation uses before it
// has a trade of its own to learn from. nullptr when the file is absent;
// throws DisguiseModelError when it does not parse.
std::string builtin_disguise_model_path(const std::string& data_dir);
std::shared_ptr<const DisguiseModel> load_builtin_disguise_model(const std::string& data_dir);

// The built-in model stands in while the store holds fewer declarations of
// its own than this: past it, the administration's trade is there to learn
// from, and a model that never saw that trade asks too often on it
// (docs/model.md, "The built-in model").
inline constexpr size_t kBuiltinDisguiseModelUntil = 1000;

// Whether the store's administration holds kBuiltinDisguiseModelUntil
// declarations. (The server's engine stamp counts the first declarations
// instead: builtin_fit_stamp_sql.)
bool holds_own_trade(Store& store);

// While it stands in, the built-in model is set aside when it does not fit
// the administration's trade: once it can score kBuiltinFitSample of the
// administration's declarations without a recorded illicit domain (stored, or
// about to be assessed: builtin_fit), if it would ask a check of more than
// kBuiltinMisfitShare of them. Where it was learned it asks 1.5 % of lawful trade
// over the six domains; several times that on a trade means prices and routes
// unlike anything it learned from (docs/model.md, "The built-in model").
inline constexpr size_t kBuiltinFitSample = 200;
inline constexpr double kBuiltinMisfitShare = 0.05;

struct BuiltinFit {
  size_t scored = 0;   // stored declarations whose stored outcome names no illicit domain
  size_t flagged = 0;  // of those, asked a check by the built-in model
  bool set_aside() const {
    return scored >= kBuiltinFitSample &&
           static_cast<double>(flagged) > kBuiltinMisfitShare * static_cast<double>(scored);
  }
};
// The built-in model scored on the administration's stored declarations
// (fewer than kBuiltinDisguiseModelUntil while it stands in), then on
// `to_assess` (declarations about to be assessed without being stored,
// custos assess --input: the administration's trade too), up to
// kBuiltinDisguiseModelUntil in all.
BuiltinFit builtin_fit(Store& store, const DisguiseModel& builtin,
                       std::span<const Declaration> to_assess = {});
// The administration's stored declarations in hundreds, up to
// kBuiltinDisguiseModelUntil, as a scalar SQL expression over the
// administration named by `param`: the server's engine stamp, so that the
// fit is judged again as the first declarations arrive and the built-in
// model gives way when the count reaches kBuiltinDisguiseModelUntil.
std::string builtin_fit_stamp_sql(const std::string& param);

enum class DisguiseModelInUse { none, stored, builtin, builtin_set_aside };

// Plugs a disguise model into `pipeline` as a finding source (its finding
// for each declaration it flags): the store's active version; else, while
// the store holds fewer than kBuiltinDisguiseModelUntil declarations, the
// built-in one of `data_dir` (its findings say so: evidence "model":
// "built-in"), unless it does not fit the trade (BuiltinFit, judged on the
// stored declarations and `to_assess`: nothing is plugged in,
// builtin_set_aside returned). A document that does not parse throws
// ProfileSetError, so callers refuse it as they refuse a broken profile set.
DisguiseModelInUse add_active_disguise_model(Pipeline& pipeline, Store& store, const std::string& data_dir,
                                             std::span<const Declaration> to_assess = {});
// Which model add_active_disguise_model would plug in, by the same decision
// (the built-in one is read and scored only when it would stand in); a
// document that does not parse is named, not thrown.
DisguiseModelInUse disguise_model_in_use(Store& store, const std::string& data_dir);
// The words for what add_active_disguise_model plugged in, or set aside ("" for none).
std::string describe(DisguiseModelInUse in_use);
// Stores `model` as a new version (active) and returns its number.
int store_disguise_model(Store& store, const DisguiseModel& model);

}  // namespace custos::risk
