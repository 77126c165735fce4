#pragma once
// Internal to the profile loader: builds a crafted example's declaration
// from a [[profile.example]] table (docs/profiles.md, "Crafted examples").
#include <toml++/toml.h>

#include "risk/profile.hpp"
#include "risk/toml_cursor.hpp"

namespace custos::risk::detail {

// `n` is the example's 1-based position, used for its default id.
bool parse_example(const toml::table& t, const Profile& p, int n, ErrorSink& sink, ProfileExample& out);

}  // namespace custos::risk::detail
