#pragma once
// Loads profile files (docs/profiles.md) into validated Profiles. Every
// problem is reported with file, line, column and a hint; nothing throws on
// bad input. Loading is all-or-nothing: callers use `profiles` only when
// `ok()`, so a broken file never replaces a working profile set.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "risk/country_groups.hpp"
#include "risk/profile.hpp"

namespace custos::risk {

struct LoadError {
  std::string file;
  int line = 0;
  int column = 0;
  std::string message;
  std::string hint;
  std::string str() const;  // file:line:column: message (hint)
};

struct LoadResult {
  std::vector<Profile> profiles;  // the profiles that loaded without error
  std::vector<LoadError> errors;
  int files = 0;
  bool ok() const { return errors.empty(); }
};

// One in-memory file: its name (for messages) and its TOML text.
struct ProfileSource {
  std::string name;
  std::string text;
};

// Loads several files as one set: [lists] are shared, ids must be unique
// across all of them.
LoadResult load_profiles(const std::vector<ProfileSource>& files, const CountryGroups& groups);
// Every *.toml under `path` (a folder, recursively, in name order) or the
// single file `path`.
LoadResult load_profiles_path(const std::string& path, const CountryGroups& groups);

}  // namespace custos::risk
