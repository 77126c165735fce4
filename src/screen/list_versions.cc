#include "screen/list_versions.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "screen/importers.hpp"

namespace custos::screen {

ListDiff diff_lists(const std::vector<ListEntity>& before, const std::vector<ListEntity>& after) {
  std::unordered_map<std::string, const ListEntity*> old;
  for (const auto& e : before) old.emplace(e.id, &e);
  ListDiff d;
  std::unordered_map<std::string, bool> seen;
  for (const auto& e : after) {
    seen.emplace(e.id, true);
    auto it = old.find(e.id);
    if (it == old.end()) {
      d.added.push_back(e.id);
    } else if (!(*it->second == e)) {
      d.changed.push_back(e.id);
    }
  }
  for (const auto& e : before)
    if (seen.count(e.id) == 0) d.removed.push_back(e.id);
  return d;
}

std::string serialise_list(const std::vector<ListEntity>& entities) {
  return nlohmann::json(entities).dump();
}

std::vector<ListEntity> deserialise_list(const std::string& payload) {
  auto j = nlohmann::json::parse(payload, nullptr, false);
  if (j.is_discarded() || !j.is_array()) throw std::runtime_error("stored list payload is not a JSON array");
  return j.get<std::vector<ListEntity>>();
}

ListImport store_list(Store& store, const std::string& list, const std::vector<ListEntity>& entities,
                      const std::string& source) {
  ListImport r;
  r.list = list;
  r.entities = entities.size();
  r.names = count_names(entities);
  std::vector<ListEntity> before;
  if (auto active = store.get_artifact("list", list)) before = deserialise_list(active->payload);
  r.diff = diff_lists(before, entities);
  Artifact a;
  a.kind = "list";
  a.name = list;
  a.metadata = nlohmann::json{{"entities", r.entities},
                              {"names", r.names},
                              {"source", source},
                              {"added", r.diff.added.size()},
                              {"removed", r.diff.removed.size()},
                              {"changed", r.diff.changed.size()}}
                   .dump();
  a.payload = serialise_list(entities);
  r.version = store.put_artifact(a);
  store.activate_artifact("list", list, r.version);
  return r;
}

std::vector<ListStatus> list_status(Store& store) {
  std::map<std::string, ListStatus> by_name;
  for (const auto& a : store.list_artifacts("list")) {
    ListStatus& s = by_name[a.name];
    s.list = a.name;
    ++s.versions;
    if (!a.active) continue;
    s.version = a.version;
    s.imported_at = a.created_at;
    auto meta = nlohmann::json::parse(a.metadata, nullptr, false);
    if (meta.is_object()) {
      s.entities = meta.value("entities", std::size_t{0});
      s.names = meta.value("names", std::size_t{0});
      s.source = meta.value("source", "");
    }
  }
  std::vector<ListStatus> out;
  for (auto& [name, s] : by_name) out.push_back(std::move(s));
  return out;
}

std::vector<ListEntity> load_active_lists(Store& store) {
  std::vector<ListEntity> all;
  for (const auto& s : list_status(store)) {
    auto a = store.get_artifact("list", s.list);
    if (!a) continue;
    auto part = deserialise_list(a->payload);
    all.insert(all.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
  }
  return all;
}

}  // namespace custos::screen
