#pragma once
// A Store that keeps artifacts in memory: enough to test list versioning
// against the interface without a database. Everything else refuses.
#include <map>

#include "store/store.hpp"

namespace custos::screen::testing {

class FakeStore : public Store {
 public:
  std::vector<PutStatus> put_batch(std::span<const Declaration>, std::string_view) override {
    throw StoreError("fake");
  }
  std::optional<Declaration> get(std::string_view) override { return std::nullopt; }
  std::vector<StoredVersion> history(std::string_view) override { return {}; }
  void scan(const ScanFilter&, const std::function<bool(const Declaration&)>&) override {}
  StoreStats stats() override { return {}; }
  void replace_nomenclature(std::string_view, std::span<const NomenclatureEntry>, std::string_view) override {
  }
  std::vector<NomenclatureEntry> nomenclature(std::string_view) override { return {}; }
  std::vector<std::string> nomenclature_editions() override { return {}; }

  int put_artifact(const Artifact& a) override {
    auto& versions = artifacts_[{a.kind, a.name}];
    Artifact copy = a;
    copy.version = static_cast<int>(versions.size()) + 1;
    copy.created_at = "2026-01-0" + std::to_string(copy.version) + "T00:00:00Z";
    for (auto& v : versions) v.active = false;
    copy.active = true;
    versions.push_back(copy);
    return copy.version;
  }
  std::optional<Artifact> get_artifact(std::string_view kind, std::string_view name,
                                       std::optional<int> version) override {
    auto it = artifacts_.find({std::string(kind), std::string(name)});
    if (it == artifacts_.end()) return std::nullopt;
    for (const auto& v : it->second)
      if (version ? v.version == *version : v.active) return v;
    return std::nullopt;
  }
  std::vector<Artifact> list_artifacts(std::string_view kind) override {
    std::vector<Artifact> out;
    for (const auto& [key, versions] : artifacts_)
      if (key.first == kind)
        for (auto v : versions) {
          v.payload.clear();
          out.push_back(v);
        }
    return out;
  }
  void activate_artifact(std::string_view kind, std::string_view name, int version) override {
    for (auto& v : artifacts_.at({std::string(kind), std::string(name)})) v.active = v.version == version;
  }
  int64_t append_event(const Event&) override { return 0; }
  std::vector<Event> events(std::string_view, std::string_view) override { return {}; }
  std::string own_administration() override { return "XX"; }
  sql::Session& sql() override { throw StoreError("fake"); }

 private:
  std::map<std::pair<std::string, std::string>, std::vector<Artifact>> artifacts_;
};

}  // namespace custos::screen::testing
