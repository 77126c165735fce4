#include "risk/pipeline.hpp"

#include <map>

#include "risk/override.hpp"
#include "risk/profile_set.hpp"

namespace custos::risk {

namespace {
std::string summary(const std::vector<LoadError>& errors) {
  std::string s =
      std::to_string(errors.size()) + " error(s) in the profile set or its tables; nothing was loaded";
  if (!errors.empty()) s += "; first: " + errors.front().str();
  return s;
}

// A valuation table (value_floors.hpp, value_ceilings.hpp), or the
// ProfileSetError naming its file, line and field: nothing is loaded.
template <class Table>
std::shared_ptr<const Table> load_valuation(const std::string& path, const std::string& rates_path,
                                            const std::string& what) {
  try {
    return std::make_shared<const Table>(Table::load(path, rates_path));
  } catch (const ValueFloorError& e) {
    throw ProfileSetError({LoadError{e.file(), e.line(), 0, e.field() + ": " + e.reason(),
                                     "fix the " + what + " table (data/valuation/README.md)"}});
  }
}
}  // namespace

ProfileSetError::ProfileSetError(std::vector<LoadError> errors)
    : std::runtime_error(summary(errors)), errors_(std::move(errors)) {}

Pipeline::Pipeline(const PipelineOptions& o) : selector_(o.selection) {
  if (o.engine) {
    engine_ = o.engine;
  } else {
    LoadResult r;
    if (o.profile_sources.empty()) {
      r = load_profile_set(o.profiles_path, o.groups_path);
    } else {
      try {
        r = load_profiles(o.profile_sources, CountryGroups::load(o.groups_path));
      } catch (const std::exception& e) {
        r.errors.push_back(LoadError{o.groups_path, 0, 0, e.what(), "fix the country groups file"});
      }
    }
    if (!r.ok()) throw ProfileSetError(std::move(r.errors));
    engine_ = std::make_shared<ProfileEngine>(std::move(r.profiles));
  }
  if (o.indicators) indicators_ = std::make_unique<IndicatorModel>(o.indicator_options);
  assessor_ = std::make_unique<Assessor>(engine_.get(), indicators_.get());
  if (o.indicators && !o.value_floors_path.empty()) {
    floors_ = load_valuation<ValueFloors>(o.value_floors_path, o.currency_rates_path, "unit-value floors");
    assessor_->add_source(
        [floors = floors_](const Declaration& d, std::vector<Finding>& out) { floors->assess(d, out); });
  }
  if (o.indicators && !o.value_ceilings_path.empty()) {
    auto ceilings =
        load_valuation<ValueCeilings>(o.value_ceilings_path, o.currency_rates_path, "unit-value ceilings");
    assessor_->add_source(
        [ceilings](const Declaration& d, std::vector<Finding>& out) { ceilings->assess(d, out); });
  }
}

int64_t Pipeline::learn_history(Store& store, std::optional<Date> before) {
  if (!indicators_) return 0;
  int64_t n = 0;
  ScanFilter f;
  if (before) f.to = before->plus_days(-1);
  store.scan(f, [&](const Declaration& d) {
    indicators_->learn(d);
    ++n;
    return true;
  });
  return n;
}

void Pipeline::select(std::vector<Assessment>& batch, Store* store) {
  selector_.select(batch);
  if (store == nullptr) return;
  std::map<std::string, Assessment*> by_id;
  for (Assessment& a : batch) by_id[a.declaration_id] = &a;
  for (const LaneOverride& o : latest_overrides(*store))
    if (auto it = by_id.find(o.declaration_id); it != by_id.end()) apply_override(*it->second, o);
}

}  // namespace custos::risk
