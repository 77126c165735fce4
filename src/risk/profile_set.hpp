#pragma once
// Loading a whole profile set the way the commands do: the country groups,
// then every profile file, then each profile's crafted examples. Nothing
// throws on bad input; callers use the profiles only when there is no error.
#include <string>
#include <vector>

#include "risk/profile_loader.hpp"

namespace custos::risk {

// data/profiles and data/country-groups.toml under a data folder.
std::string default_profiles_path(const std::string& data_dir);
std::string default_groups_path(const std::string& data_dir);

// Groups, then profiles; a broken groups file is reported as a LoadError.
LoadResult load_profile_set(const std::string& profiles_path, const std::string& groups_path);

// Runs each profile alone on its examples; an error (at the example's line)
// for every positive that does not fire, negative that does, lane that
// differs from expect_lane. `require_examples` adds an error for a profile
// lacking a positive or a negative example.
std::vector<LoadError> check_examples(const std::vector<Profile>& profiles, bool require_examples);

}  // namespace custos::risk
