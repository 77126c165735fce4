#include "targeting/engine.hpp"

#include <cstdlib>
#include <filesystem>
#include <map>

#include "risk/disguise_model.hpp"
#include "risk/profile_set.hpp"
#include "targeting/profiles.hpp"
#ifdef CUSTOS_TARGETING_WITH_SCREEN
#include "screen/list_versions.hpp"
#include "screen/screen.hpp"
#endif
#ifdef CUSTOS_TARGETING_WITH_ML
#include "ml/scorer.hpp"
#endif
#ifdef CUSTOS_TARGETING_WITH_RECORDS
#include "records/permit.hpp"
#endif
#ifdef CUSTOS_TARGETING_WITH_EXCHANGE
#include "exchange/partner_watch.hpp"
#endif

namespace custos::targeting {

std::string default_data_dir() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("CUSTOS_DATA"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "custos";
    if (fs::exists(installed / "mappings")) return installed.string();
  }
  return CUSTOS_DATA_DIR;
}

namespace {

// Other modules report scores from 0 to 1; the assessment's weights are 0-100.
[[maybe_unused]] Finding rescaled(Finding f) {
  if (f.weight > 0 && f.weight <= 1.0) f.weight *= 100.0;
  return f;
}

}  // namespace

std::unique_ptr<risk::Pipeline> make_pipeline(Store& store, const Options& o,
                                              std::vector<std::string>* plugged,
                                              std::vector<Refresher>* refreshers,
                                              std::span<const Declaration> to_assess) {
  const std::string data = o.data_dir.empty() ? default_data_dir() : o.data_dir;
  risk::PipelineOptions po;
  po.groups_path = o.groups_path.empty() ? risk::default_groups_path(data) : o.groups_path;
  if (o.profiles_path.empty()) {
    po.profiles_path = risk::default_profiles_path(data);
    po.profile_sources = profile_sources(store, data);
  } else {
    po.profiles_path = o.profiles_path;
  }
  po.value_floors_path = risk::default_value_floors_path(data);
  po.value_ceilings_path = risk::default_value_ceilings_path(data);
  po.currency_rates_path = risk::default_currency_rates_path(data);
  po.indicators = o.indicators;
  po.indicator_options.min_history = o.min_history;
  po.selection = o.selection;
  auto pipeline = std::make_unique<risk::Pipeline>(po);
  std::vector<std::string> names;
#ifdef CUSTOS_TARGETING_WITH_SCREEN
  if (o.screening) {
    auto entities = screen::load_active_lists(store);
    if (!entities.empty()) {
      auto screener = std::make_shared<screen::Screener>(std::move(entities));
      pipeline->add_source([screener](const Declaration& d, std::vector<Finding>& out) {
        for (Finding& f : screen::screen_declaration(*screener, d)) out.push_back(rescaled(std::move(f)));
      });
      names.push_back("screening (" + std::to_string(screener->entities().size()) + " list entries)");
    }
  }
#endif
#ifdef CUSTOS_TARGETING_WITH_ML
  if (o.model) {
    if (auto scorer = ml::ModelScorer::load_active(store)) {
      auto shared = std::make_shared<ml::ModelScorer>(std::move(*scorer));
      // One declaration in words; or a batch at once (one feature matrix,
      // one prediction, the contributions in one pass), every finding in
      // words too, so both give the very same findings. The scorer's history
      // does not learn from the pipeline, so explaining a batch before its
      // declarations are assessed changes nothing.
      pipeline->add_source(
          [shared](const Declaration& d, std::vector<Finding>& out) {
            out.push_back(rescaled(shared->explain(d)));
          },
          [shared](std::span<const Declaration> batch, std::vector<std::vector<Finding>>& out) {
            ml::ExplainOptions every;
            every.words_from = 0;
            std::vector<Finding> found = shared->explain(batch, every);
            for (size_t i = 0; i < found.size(); ++i) out[i].push_back(rescaled(std::move(found[i])));
          });
      names.push_back("learned model");
    }
  }
#endif
  // The disguise model (risk/disguise_model.hpp): the active version, else
  // the built-in one while the store has little trade of its own.
  if (o.model)
    if (auto in_use = risk::add_active_disguise_model(*pipeline, store, data, to_assess);
        in_use != risk::DisguiseModelInUse::none)
      names.push_back(risk::describe(in_use));
#ifdef CUSTOS_TARGETING_WITH_RECORDS
  // The permit check (docs/records.md): draws brought up to date, then one source.
  if (records::has_permits(store)) {
    records::refresh_draws(store);
    pipeline->add_source(records::permit_finding_source(store));
    names.push_back("permit check");
  }
#endif
#ifdef CUSTOS_TARGETING_WITH_EXCHANGE
  // Partners' alerts (docs/exchange.md): time-limited watch entries, source
  // "partner". Plugged in even when there is none yet: one may arrive while
  // a server's engine lives, and the refresher reads it then.
  if (o.partner_alerts) {
    auto watch = std::make_shared<exchange::PartnerWatch>(store);
    pipeline->add_source([watch](const Declaration& d, std::vector<Finding>& out) { watch->match(d, out); });
    if (watch->size() > 0)
      names.push_back("partner alerts (" + std::to_string(watch->size()) + " watch entries)");
    if (refreshers) refreshers->push_back([watch](Store& s) { watch->refresh(s); });
  }
#endif
  (void)store;
  (void)refreshers;
  if (plugged) *plugged = std::move(names);
  return pipeline;
}

Stamps stamps(Store& store) {
  // One round trip: the artifacts (profile edits, lists, models), the active
  // ones, and what the live sources read.
  std::string q =
      "SELECT a.n, a.latest, a.versions, b.n, b.versions FROM "
      "(SELECT COUNT(*) AS n, COALESCE(MAX(created_at), '') AS latest, COALESCE(SUM(version), 0) AS versions "
      "FROM artifacts WHERE administration = $1) a, "
      "(SELECT COUNT(*) AS n, COALESCE(SUM(version), 0) AS versions FROM artifact_active "
      "WHERE administration = $1) b";
  int next = 5;
#ifdef CUSTOS_TARGETING_WITH_EXCHANGE
  q.insert(q.find(" FROM (SELECT"), ", " + exchange::partner_watch_stamp_sql("$1"));
  const int live_at = next++;
#endif
#ifdef CUSTOS_TARGETING_WITH_RECORDS
  // Whether the administration has a permit registry: the permit check is
  // plugged in only then (make_pipeline), so the engine is rebuilt when the
  // first permit arrives or the last goes.
  q.insert(q.find(" FROM (SELECT"),
           ", CASE WHEN EXISTS (SELECT 1 FROM permits WHERE administration = $1) THEN 1 ELSE 0 END");
  const int permits_at = next++;
#endif
  // The administration's first declarations, in hundreds, up to those past
  // which the built-in disguise model steps aside (make_pipeline): the
  // engine is rebuilt as they arrive, from whichever process, so that the
  // built-in model's fit to the trade (risk::BuiltinFit) is judged again and
  // it gives way once the administration's own trade is there.
  q.insert(q.find(" FROM (SELECT"), ", " + risk::builtin_fit_stamp_sql("$1"));
  const int first_declarations_at = next++;
  Stamps s;
  if (auto r = store.sql().query_one(q, {sql::text(store.administration())})) {
    s.engine = r->text(0) + "|" + r->text(1) + "|" + r->text(2) + "|" + r->text(3) + "|" + r->text(4);
#ifdef CUSTOS_TARGETING_WITH_EXCHANGE
    s.live = r->text(live_at);
#endif
#ifdef CUSTOS_TARGETING_WITH_RECORDS
    s.engine += "|permits:" + r->text(permits_at);
#endif
    s.engine += "|first:" + r->text(first_declarations_at);
  }
  return s;
}

std::string fingerprint(Store& store) { return stamps(store).engine; }

Engine::Engine(Store& store, const Options& options) {
  Stamps s = stamps(store);
  fingerprint_ = std::move(s.engine);
  live_ = std::move(s.live);
  pipeline_ = make_pipeline(store, options, &sources_, &refreshers_);
  history_ = pipeline_->learn_history(store, std::nullopt);
}

Engine& EngineCache::get(Store& store) {
  const auto key = std::make_pair(static_cast<const Store*>(&store), store.administration());
  Stamps now = stamps(store);
  for (auto& [k, engine] : engines_)
    if (k == key) {
      if (engine->fingerprint() != now.engine) {
        engine = std::make_unique<Engine>(store, options_);
      } else if (engine->live_stamp() != now.live) {
        engine->refresh(store);
        engine->live_ = std::move(now.live);
      }
      return *engine;
    }
  engines_.emplace_back(key, std::make_unique<Engine>(store, options_));
  return *engines_.back().second;
}

EngineCache& EngineCache::for_thread(const Options& options) {
  thread_local std::map<std::string, std::unique_ptr<EngineCache>> caches;
  const std::string key = options.data_dir + "\n" + options.profiles_path + "\n" + options.groups_path;
  auto& c = caches[key];
  if (!c) c = std::make_unique<EngineCache>(options);
  return *c;
}

}  // namespace custos::targeting
