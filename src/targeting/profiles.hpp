#pragma once
// Profile packs as the server edits them. A pack is one profile file
// (data/profiles/NAME.toml; its id is NAME). An administration may replace
// a built-in pack or add its own: the text is kept in the store as an
// artifact (kind "profiles", name = the pack id), versioned, and the
// targeting of that administration uses it instead of the shipped file.
// An edit is checked with the whole set first and refused whole when any
// profile file would then be broken; every accepted edit is audited.
#include <optional>
#include <string>
#include <vector>

#include "audit/audit.hpp"
#include "risk/profile_loader.hpp"
#include "store/store.hpp"

namespace custos::targeting {

// The artifact kind of edited packs.
inline constexpr const char* kProfileArtifact = "profiles";

struct PackProfile {
  std::string id, title, domain, min_lane;
  bool enabled = true;
};

struct Pack {
  std::string id;
  std::string origin;  // "builtin", "edited" (a built-in pack replaced) or "added"
  int version = 0;     // the store's version of an edited or added pack; 0 for built-in
  std::vector<PackProfile> profiles;
};

// True for an acceptable pack id: [a-z0-9][a-z0-9_-]{0,63}.
bool valid_pack_id(std::string_view id);

// The profile files the administration's targeting uses: the shipped packs
// with the store's edits and additions (names "ID.toml").
std::vector<risk::ProfileSource> profile_sources(Store& store, const std::string& data_dir);

// Every pack with its profiles; errors in the set leave `profiles` empty.
std::vector<Pack> list_packs(Store& store, const std::string& data_dir);

// The TOML text of a pack, nullopt when there is no such pack.
std::optional<std::string> pack_text(Store& store, const std::string& data_dir, std::string_view id);

// Problems the whole set would have with `text` as pack `id`; those in
// the pack itself carry its line and column, others name their file.
std::vector<risk::LoadError> check_pack(Store& store, const std::string& data_dir, std::string_view id,
                                        const std::string& text);

struct PutResult {
  std::vector<risk::LoadError> errors;  // not stored when not empty
  int version = 0;
  bool created = false;  // a pack that did not exist before
};

// Checks, then stores `text` as the administration's version of pack `id`
// and audits it ("profile.update"), in one transaction.
PutResult put_pack(Store& store, const audit::Actor& actor, const std::string& data_dir, std::string_view id,
                   const std::string& text);

}  // namespace custos::targeting
