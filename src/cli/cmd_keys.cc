// custos keys generate | list | export: the administration's Ed25519 signing key;
// custos keys trust | revoke | trusted: partners' public keys, for exchange bundles.
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "audit/keys.hpp"
#include "auth/administrations.hpp"
#include "auth/errors.hpp"
#include "cli/command.hpp"
#include "exchange/trust.hpp"

namespace custos::cli {
namespace {

struct Options {
  std::string administration, master_key, out, partner, file;
  bool json = false;
};

nlohmann::json key_json(const audit::SigningKey& k) {
  return {{"administration", k.administration}, {"key_id", k.key_id},
          {"public_key", k.public_key},         {"algorithm", "Ed25519"},
          {"created_at", k.created_at},         {"active", k.active}};
}

bool select(Context& ctx, const Options& o, const char* command) {
  if (o.administration.empty()) return true;
  if (!auth::find_administration(ctx.store(), o.administration)) {
    std::cerr << "custos keys " << command << ": no administration " << o.administration << "\n";
    return false;
  }
  ctx.store().set_administration(o.administration);
  return true;
}

int generate(Context& ctx, const Options& o) {
  if (!select(ctx, o, "generate")) return kUsage;
  const std::string path =
      o.master_key.empty() ? audit::default_master_key_path(ctx.db_path()) : o.master_key;
  try {
    audit::SigningKey k = audit::generate_signing_key(ctx.store(), audit::command_line_actor(), path);
    if (o.json)
      std::cout << key_json(k).dump() << "\n";
    else
      std::cout << "New signing key " << k.key_id << " for " << k.administration << " (public key "
                << k.public_key << "); its secret half is sealed under " << path << "\n";
  } catch (const audit::KeyError& e) {
    std::cerr << "custos keys generate: " << e.what() << "\n";
    return kFailure;
  }
  return kOk;
}

int list(Context& ctx, const Options& o) {
  if (!select(ctx, o, "list")) return kUsage;
  nlohmann::json out = nlohmann::json::array();
  for (const auto& k : audit::signing_keys(ctx.store())) {
    out.push_back(key_json(k));
    if (!o.json)
      std::cout << k.key_id << "\t" << k.created_at << "\t" << (k.active ? "active" : "retired") << "\t"
                << k.public_key << "\n";
  }
  if (o.json) std::cout << nlohmann::json{{"keys", out}}.dump() << "\n";
  return kOk;
}

int export_keys(Context& ctx, const Options& o) {
  if (!select(ctx, o, "export")) return kUsage;
  Store& store = ctx.store();
  auto keys = audit::signing_keys(store);
  if (keys.empty()) {
    std::cerr << "custos keys export: administration " << store.administration()
              << " has no signing key (run 'custos keys generate')\n";
    return kFailure;
  }
  nlohmann::json out = nlohmann::json::array();
  for (const auto& k : keys) out.push_back(key_json(k));
  const nlohmann::json doc = {{"administration", store.administration()}, {"keys", out}};
  std::ofstream f(o.out);
  if (!(f << doc.dump(2) << "\n")) {
    std::cerr << "custos keys export: cannot write " << o.out << "\n";
    return kBadInput;
  }
  audit::record(store, audit::command_line_actor(), "keys.export", "keys:" + store.administration(),
                {{"keys", keys.size()}, {"to", o.out}});
  std::cout << "Wrote the public half of " << keys.size() << " key(s) of " << store.administration() << " to "
            << o.out << "\n";
  return kOk;
}

int trust(Context& ctx, const Options& o) {
  if (!select(ctx, o, "trust")) return kUsage;
  std::ifstream in(o.file, std::ios::binary);
  if (!in) return std::cerr << "custos keys trust: cannot read " << o.file << "\n", kBadInput;
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  try {
    auto added = exchange::trust_partner(ctx.store(), audit::command_line_actor(), o.partner, text);
    if (o.json) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& k : added)
        out.push_back({{"partner", k.partner}, {"key_id", k.key_id}, {"public_key", k.public_key}});
      std::cout << nlohmann::json{{"trusted", out}}.dump() << "\n";
    } else if (added.empty()) {
      std::cout << "Every key in " << o.file << " was already trusted for " << o.partner << "\n";
    } else {
      for (const auto& k : added)
        std::cout << "Trusting key " << k.key_id << " of " << k.partner << " (public key " << k.public_key
                  << ")\n";
    }
  } catch (const auth::InvalidInput& e) {
    std::cerr << "custos keys trust: " << o.file << ": " << e.field() << ": " << e.what() << "\n";
    return kBadInput;
  }
  return kOk;
}

int revoke(Context& ctx, const Options& o) {
  if (!select(ctx, o, "revoke")) return kUsage;
  const int n = exchange::revoke_partner(ctx.store(), audit::command_line_actor(), o.partner);
  if (n == 0) {
    std::cerr << "custos keys revoke: no trusted key of " << o.partner << "\n";
    return kFailure;
  }
  std::cout << "Revoked " << n << " key(s) of " << o.partner << ": its bundles are refused from now on\n";
  return kOk;
}

int trusted(Context& ctx, const Options& o) {
  if (!select(ctx, o, "trusted")) return kUsage;
  nlohmann::json out = nlohmann::json::array();
  for (const auto& k : exchange::trusted_keys(ctx.store())) {
    out.push_back({{"partner", k.partner},
                   {"key_id", k.key_id},
                   {"public_key", k.public_key},
                   {"trusted_at", k.trusted_at},
                   {"revoked_at", k.revoked_at ? nlohmann::json(*k.revoked_at) : nlohmann::json()}});
    if (!o.json)
      std::cout << k.partner << "\t" << k.key_id << "\t"
                << (k.revoked_at ? "revoked " + *k.revoked_at : "trusted") << "\t" << k.public_key << "\n";
  }
  if (o.json) std::cout << nlohmann::json{{"trusted_keys", out}}.dump() << "\n";
  return kOk;
}

void setup(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<Options>();
  auto* cmd = app.add_subcommand("keys",
                                 "The administration's Ed25519 signing key (audit checkpoints, exchange) and "
                                 "the partners' keys it trusts");
  cmd->require_subcommand(1);
  auto admin_option = [o](CLI::App* sub) {
    sub->add_option("--administration", o->administration, "The administration (default: the store's own)");
  };
  auto* g = cmd->add_subcommand("generate", "Make a new signing key (the active one from now on)");
  admin_option(g);
  g->add_option("--master-key", o->master_key,
                "The master key file (default: $CUSTOS_MASTER_KEY, else STORE.master-key)");
  g->add_flag("--json", o->json, "Print the public key as JSON");
  g->callback([&ctx, o] { ctx.exit_code = generate(ctx, *o); });
  auto* l = cmd->add_subcommand("list", "List the signing keys (public halves)");
  admin_option(l);
  l->add_flag("--json", o->json, "Print JSON");
  l->callback([&ctx, o] { ctx.exit_code = list(ctx, *o); });
  auto* e = cmd->add_subcommand("export", "Write the public keys to a file, for partners and witnesses");
  admin_option(e);
  e->add_option("--out", o->out, "The file to write")->required();
  e->callback([&ctx, o] { ctx.exit_code = export_keys(ctx, *o); });
  auto* t =
      cmd->add_subcommand("trust", "Trust a partner's public keys (a file 'custos keys export' wrote there)");
  admin_option(t);
  t->add_option("partner", o->partner, "The partner administration's code")->required();
  t->add_option("file", o->file, "The partner's key file")->required()->check(CLI::ExistingFile);
  t->add_flag("--json", o->json, "Print JSON");
  t->callback([&ctx, o] { ctx.exit_code = trust(ctx, *o); });
  auto* r = cmd->add_subcommand("revoke", "Stop trusting every key of a partner");
  admin_option(r);
  r->add_option("partner", o->partner, "The partner administration's code")->required();
  r->callback([&ctx, o] { ctx.exit_code = revoke(ctx, *o); });
  auto* tl = cmd->add_subcommand("trusted", "List the partners' keys this administration trusts or revoked");
  admin_option(tl);
  tl->add_flag("--json", o->json, "Print JSON");
  tl->callback([&ctx, o] { ctx.exit_code = trusted(ctx, *o); });
}

const bool registered = register_command(86, setup);

}  // namespace
}  // namespace custos::cli
