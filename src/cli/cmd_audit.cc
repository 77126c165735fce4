// custos audit verify | checkpoint: check the audit chains (and signed
// checkpoints, the store's and a witness's), and sign the head of one.
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "audit/checkpoint.hpp"
#include "auth/administrations.hpp"
#include "cli/command.hpp"

namespace custos::cli {
namespace {

struct Options {
  bool json = false;
  std::vector<std::string> witness;
  std::string administration, master_key, out;
};

// Reads checkpoints from a file: one JSON object, an array, or one object a line.
std::vector<audit::Checkpoint> read_witness(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::invalid_argument("cannot read " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  std::vector<audit::Checkpoint> out;
  auto whole = nlohmann::json::parse(text, nullptr, false);
  auto take = [&](const nlohmann::json& j, const std::string& where) {
    try {
      out.push_back(audit::checkpoint_from_json(j));
    } catch (const std::invalid_argument& e) {
      throw std::invalid_argument(where + ": " + e.what());
    }
  };
  if (!whole.is_discarded()) {
    if (whole.is_array())
      for (size_t i = 0; i < whole.size(); ++i) take(whole[i], path + " [" + std::to_string(i) + "]");
    else
      take(whole, path);
    return out;
  }
  std::istringstream lines(text);
  std::string line;
  for (int n = 1; std::getline(lines, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded()) throw std::invalid_argument(path + ":" + std::to_string(n) + ": not JSON");
    take(j, path + ":" + std::to_string(n));
  }
  return out;
}

int verify(Context& ctx, const Options& o) {
  Store& store = ctx.store();
  std::vector<audit::Checkpoint> witnessed;
  try {
    for (const std::string& w : o.witness) {
      auto more = read_witness(w);
      witnessed.insert(witnessed.end(), more.begin(), more.end());
    }
  } catch (const std::invalid_argument& e) {
    std::cerr << "custos audit verify: " << e.what() << "\n";
    return kBadInput;
  }
  nlohmann::json details = nlohmann::json::array();
  int64_t total = 0;
  bool ok = true;
  std::optional<int64_t> first_bad;
  std::vector<std::string> administrations;
  for (const auto& a : auth::list_administrations(store)) administrations.push_back(a.code);
  for (const audit::Verification& v : audit::verify_all(store))
    if (std::find(administrations.begin(), administrations.end(), v.administration) == administrations.end())
      administrations.push_back(v.administration);
  const std::string saved = store.administration();
  for (const std::string& code : administrations) {
    store.set_administration(code);
    audit::Verification v = audit::verify(store);
    audit::CheckpointVerification c = audit::verify_checkpoints(store, witnessed);
    if (v.entries == 0 && c.checked == 0) continue;
    const bool this_ok = v.ok && c.ok;
    std::optional<int64_t> bad = !v.ok ? v.first_bad : c.first_bad;
    std::string problem = !v.ok ? v.problem : c.problem;
    total += v.entries;
    if (!this_ok && ok) first_bad = bad;
    ok = ok && this_ok;
    details.push_back({{"administration", code},
                       {"entries", v.entries},
                       {"ok", this_ok},
                       {"first_bad", bad ? nlohmann::json(*bad) : nlohmann::json(nullptr)},
                       {"problem", problem},
                       {"checkpoints", c.checked}});
    if (!o.json) {
      std::cout << code << ": " << v.entries << " entries, " << c.checked << " checkpoint(s): "
                << (this_ok ? "intact" : "BROKEN at entry " + std::to_string(*bad) + ": " + problem) << "\n";
    }
  }
  store.set_administration(saved);
  if (o.json)
    std::cout << nlohmann::json{{"entries", total},
                                {"ok", ok},
                                {"first_bad",
                                 first_bad ? nlohmann::json(*first_bad) : nlohmann::json(nullptr)},
                                {"administrations", details}}
                     .dump()
              << "\n";
  else if (details.empty())
    std::cout << "The audit log is empty.\n";
  return ok ? kOk : kFailure;
}

int checkpoint(Context& ctx, const Options& o) {
  Store& store = ctx.store();
  if (!o.administration.empty()) {
    if (!auth::find_administration(store, o.administration)) {
      std::cerr << "custos audit checkpoint: no administration " << o.administration << "\n";
      return kUsage;
    }
    store.set_administration(o.administration);
  }
  const std::string key_path =
      o.master_key.empty() ? audit::default_master_key_path(ctx.db_path()) : o.master_key;
  try {
    audit::Checkpoint c = audit::write_checkpoint(store, audit::command_line_actor(), key_path);
    const std::string line = audit::to_json(c).dump();
    if (!o.out.empty()) {
      std::ofstream f(o.out, std::ios::app);
      if (!(f << line << "\n")) {
        std::cerr << "custos audit checkpoint: cannot write " << o.out << "\n";
        return kBadInput;
      }
    }
    std::cerr << "Checkpoint of " << c.administration << " at entry " << c.seq << " signed with key "
              << c.key_id << ". Hand this line to a witness outside the system:\n";
    std::cout << line << "\n";
  } catch (const audit::KeyError& e) {
    std::cerr << "custos audit checkpoint: " << e.what() << "\n";
    return kFailure;
  } catch (const std::runtime_error& e) {
    if (dynamic_cast<const StoreError*>(&e)) throw;
    std::cerr << "custos audit checkpoint: " << e.what() << "\n";
    return kFailure;
  }
  return kOk;
}

void setup(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<Options>();
  auto* cmd =
      app.add_subcommand("audit", "The tamper-evident audit log: verify the chains, sign checkpoints");
  cmd->require_subcommand(1);
  auto* v =
      cmd->add_subcommand("verify", "Walk every administration's chain and check its signed checkpoints");
  v->add_flag(
      "--json", o->json,
      "Print {\"entries\":N,\"ok\":true|false,\"first_bad\":SEQ|null,\"administrations\":[...]} as the last "
      "line");
  v->add_option(
       "--witness", o->witness,
       "A file of checkpoints kept outside the system (JSON object, array, or one a line); repeatable")
      ->check(CLI::ExistingFile);
  v->footer("Exit code 1 when an entry was edited, deleted or reordered, or a checkpointed tail is gone.");
  v->callback([&ctx, o] { ctx.exit_code = verify(ctx, *o); });
  auto* c = cmd->add_subcommand(
      "checkpoint", "Sign the head of an administration's chain (Ed25519) and print it for a witness");
  c->add_option("--administration", o->administration, "The administration (default: the store's own)");
  c->add_option("--master-key", o->master_key,
                "The master key file (default: $CUSTOS_MASTER_KEY, else STORE.master-key)");
  c->add_option("--out", o->out, "Also append the checkpoint (one JSON line) to this file");
  c->callback([&ctx, o] { ctx.exit_code = checkpoint(ctx, *o); });
}

const bool registered = register_command(85, setup);

}  // namespace
}  // namespace custos::cli
