#pragma once
// Lists are kept in the Store as versioned artifacts (kind "list", name =
// the list's name, payload = the entities as JSON). A re-import stores a new
// version and activates it in one write, and reports what was added,
// removed and changed against the version it replaces. An importer that
// fails throws before anything is written, so the active version stays.
#include <string>
#include <vector>

#include "screen/entity.hpp"
#include "store/store.hpp"

namespace custos::screen {

struct ListDiff {
  std::vector<std::string> added, removed, changed;  // entry ids
};

ListDiff diff_lists(const std::vector<ListEntity>& before, const std::vector<ListEntity>& after);

struct ListImport {
  std::string list;
  int version = 0;
  std::size_t entities = 0, names = 0;
  ListDiff diff;
  bool unchanged() const { return diff.added.empty() && diff.removed.empty() && diff.changed.empty(); }
};

std::string serialise_list(const std::vector<ListEntity>& entities);
// Throws std::runtime_error when the payload is not a serialised list.
std::vector<ListEntity> deserialise_list(const std::string& payload);

// Stores `entities` as the new active version of `list`.
ListImport store_list(Store& store, const std::string& list, const std::vector<ListEntity>& entities,
                      const std::string& source);

struct ListStatus {
  std::string list;
  int version = 0;
  std::size_t entities = 0, names = 0;
  std::string imported_at, source;
  int versions = 0;  // how many versions are kept
};

std::vector<ListStatus> list_status(Store& store);
// The active version of every list, concatenated.
std::vector<ListEntity> load_active_lists(Store& store);

}  // namespace custos::screen
