#include "targeting/profiles.hpp"

#include <sodium.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "risk/country_groups.hpp"
#include "risk/profile_set.hpp"

namespace custos::targeting {
namespace {

namespace fs = std::filesystem;

std::map<std::string, std::string> builtin_packs(const std::string& data_dir) {
  std::map<std::string, std::string> out;
  std::error_code ec;
  const fs::path dir = risk::default_profiles_path(data_dir);
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file() || it->path().extension() != ".toml") continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    out[it->path().stem().string()] = ss.str();
  }
  return out;
}

// The administration's edited and added packs: id -> (version, text).
std::map<std::string, std::pair<int, std::string>> stored_packs(Store& store) {
  std::map<std::string, std::pair<int, std::string>> out;
  std::map<std::string, bool> names;
  for (const Artifact& a : store.list_artifacts(kProfileArtifact)) names[a.name] = true;
  for (const auto& [name, _] : names)
    if (auto a = store.get_artifact(kProfileArtifact, name)) out[name] = {a->version, a->payload};
  return out;
}

std::vector<risk::ProfileSource> sources_with(Store& store, const std::string& data_dir,
                                              const std::string* id = nullptr,
                                              const std::string* text = nullptr) {
  std::map<std::string, std::string> packs = builtin_packs(data_dir);
  for (auto& [name, v] : stored_packs(store)) packs[name] = v.second;
  if (id != nullptr) packs[*id] = *text;
  std::vector<risk::ProfileSource> out;
  for (auto& [name, t] : packs) out.push_back({name + ".toml", std::move(t)});
  return out;
}

std::string hex_digest(std::string_view text) {
  unsigned char h[16];
  crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char*>(text.data()), text.size(), nullptr,
                     0);
  char hex[33];
  sodium_bin2hex(hex, sizeof hex, h, sizeof h);
  return hex;
}

// `examples`: also run each profile on its crafted examples (what an edit must pass).
risk::LoadResult load(const std::vector<risk::ProfileSource>& sources, const std::string& data_dir,
                      bool examples = true) {
  try {
    risk::LoadResult r =
        risk::load_profiles(sources, risk::CountryGroups::load(risk::default_groups_path(data_dir)));
    if (r.ok() && examples) {
      auto checked = risk::check_examples(r.profiles, false);
      r.errors.insert(r.errors.end(), checked.begin(), checked.end());
    }
    return r;
  } catch (const std::exception& e) {
    risk::LoadResult r;
    r.errors.push_back({risk::default_groups_path(data_dir), 0, 0, e.what(), "fix the country groups file"});
    return r;
  }
}

}  // namespace

bool valid_pack_id(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (size_t i = 0; i < id.size(); ++i) {
    const char c = id[i];
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!alnum && (i == 0 || (c != '-' && c != '_'))) return false;
  }
  return true;
}

std::vector<risk::ProfileSource> profile_sources(Store& store, const std::string& data_dir) {
  return sources_with(store, data_dir);
}

std::vector<Pack> list_packs(Store& store, const std::string& data_dir) {
  const auto builtin = builtin_packs(data_dir);
  const auto stored = stored_packs(store);
  std::map<std::string, Pack> packs;
  for (const auto& [name, _] : builtin) packs[name] = Pack{name, "builtin", 0, {}};
  for (const auto& [name, v] : stored)
    packs[name] = Pack{name, builtin.contains(name) ? "edited" : "added", v.first, {}};
  risk::LoadResult r = load(sources_with(store, data_dir), data_dir, false);
  for (const risk::Profile& p : r.profiles) {
    const std::string stem = fs::path(p.pos.file).stem().string();
    auto it = packs.find(stem);
    if (it == packs.end()) continue;
    it->second.profiles.push_back(
        {p.id, p.title, std::string(to_string(p.domain)), std::string(to_string(p.min_lane)), p.enabled});
  }
  std::vector<Pack> out;
  for (auto& [_, p] : packs) out.push_back(std::move(p));
  return out;
}

std::optional<std::string> pack_text(Store& store, const std::string& data_dir, std::string_view id) {
  const std::string key(id);
  auto stored = stored_packs(store);
  if (auto it = stored.find(key); it != stored.end()) return it->second.second;
  auto builtin = builtin_packs(data_dir);
  if (auto it = builtin.find(key); it != builtin.end()) return it->second;
  return std::nullopt;
}

std::vector<risk::LoadError> check_pack(Store& store, const std::string& data_dir, std::string_view id,
                                        const std::string& text) {
  const std::string key(id);
  return load(sources_with(store, data_dir, &key, &text), data_dir).errors;
}

PutResult put_pack(Store& store, const audit::Actor& actor, const std::string& data_dir, std::string_view id,
                   const std::string& text) {
  PutResult out;
  const std::string key(id);
  risk::LoadResult r = load(sources_with(store, data_dir, &key, &text), data_dir);
  out.errors = r.errors;
  if (!out.errors.empty()) return out;
  out.created = !pack_text(store, data_dir, id).has_value();
  nlohmann::json ids = nlohmann::json::array();
  for (const risk::Profile& p : r.profiles)
    if (fs::path(p.pos.file).stem().string() == key) ids.push_back(p.id);
  const std::string digest = hex_digest(text);
  sql::Transaction tx(store.sql());
  Artifact a;
  a.kind = kProfileArtifact;
  a.name = key;
  a.metadata = nlohmann::json{{"digest", digest}, {"profiles", ids}, {"by", actor.username}}.dump();
  a.payload = text;
  out.version = store.put_artifact(a);
  audit::record(store, actor, "profile.update", "profiles:" + key,
                {{"version", out.version}, {"digest", digest}, {"profiles", ids}, {"created", out.created}});
  tx.commit();
  return out;
}

}  // namespace custos::targeting
