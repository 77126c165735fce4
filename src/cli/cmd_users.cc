// custos users: accounts of an administration (add, list, disable, enable,
// password, token). Every change is audited as the command line's user.
#include <iostream>
#include <nlohmann/json.hpp>

#include "auth/administrations.hpp"
#include "auth/errors.hpp"
#include "auth/users.hpp"
#include "cli/command.hpp"

namespace custos::cli {
namespace {

struct Options {
  std::string username, role, office, administration, label;
  bool password_stdin = false, json = false;
};

// Switches the store to --administration (refusing an unknown one).
bool use_administration(Store& store, const std::string& code, const char* command) {
  if (code.empty()) return true;
  if (!auth::find_administration(store, code)) {
    std::cerr << "custos " << command << ": no administration " << code
              << " in this store (add it with 'custos administrations add " << code << " --name TEXT')\n";
    return false;
  }
  store.set_administration(code);
  return true;
}

bool read_password(std::string& out) {
  if (!std::getline(std::cin, out)) return false;
  if (!out.empty() && out.back() == '\r') out.pop_back();
  return true;
}

nlohmann::json user_json(const auth::User& u) {
  return {{"username", u.username}, {"role", auth::role_name(u.role)},
          {"office", u.office},     {"administration", u.administration},
          {"disabled", u.disabled}, {"created_at", u.created_at}};
}

int add(Context& ctx, const Options& o) {
  Store& store = ctx.store();
  if (!use_administration(store, o.administration, "users add")) return kUsage;
  auto role = auth::parse_role(o.role);
  if (!role) {
    std::cerr << "custos users add: --role must be one of " << auth::role_names(", ") << "\n";
    return kUsage;
  }
  if (!o.password_stdin) {
    std::cerr << "custos users add: give the password on standard input with --password-stdin\n";
    return kUsage;
  }
  std::string password;
  if (!read_password(password)) {
    std::cerr << "custos users add: no password on standard input\n";
    return kUsage;
  }
  try {
    auth::User u =
        auth::add_user(store, audit::command_line_actor(), {o.username, *role, o.office, password});
    if (o.json)
      std::cout << user_json(u).dump() << "\n";
    else
      std::cout << "Added " << u.username << " (" << auth::role_name(u.role)
                << (u.office.empty() ? "" : ", office ") << u.office << ") to administration "
                << u.administration << "\n";
  } catch (const auth::InvalidInput& e) {
    std::cerr << "custos users add: " << e.field() << ": " << e.what() << "\n";
    return kUsage;
  } catch (const ConflictError&) {
    std::cerr << "custos users add: user " << o.username << " already exists\n";
    return kFailure;
  }
  return kOk;
}

int list(Context& ctx, const Options& o) {
  Store& store = ctx.store();
  if (!use_administration(store, o.administration, "users list")) return kUsage;
  auto users = auth::list_users(store);
  nlohmann::json out = nlohmann::json::array();
  for (const auth::User& u : users) {
    out.push_back(user_json(u));
    if (!o.json)
      std::cout << u.username << "\t" << auth::role_name(u.role) << "\t"
                << (u.office.empty() ? "-" : u.office) << "\t" << (u.disabled ? "disabled" : "active")
                << "\n";
  }
  if (!o.json && users.empty()) std::cout << "No users in administration " << store.administration() << "\n";
  if (o.json)
    std::cout << nlohmann::json{{"administration", store.administration()}, {"users", out}}.dump() << "\n";
  return kOk;
}

int set_disabled(Context& ctx, const Options& o, bool disabled) {
  Store& store = ctx.store();
  if (!use_administration(store, o.administration, disabled ? "users disable" : "users enable"))
    return kUsage;
  try {
    const bool changed = auth::set_disabled(store, audit::command_line_actor(), o.username, disabled);
    std::cout << o.username
              << (changed ? (disabled ? " disabled; its sessions and tokens are revoked" : " enabled")
                          : (disabled ? " was already disabled" : " was already enabled"))
              << "\n";
  } catch (const auth::NotFound& e) {
    std::cerr << "custos users: " << e.what() << "\n";
    return kFailure;
  }
  return kOk;
}

int password(Context& ctx, const Options& o) {
  Store& store = ctx.store();
  if (!use_administration(store, o.administration, "users password")) return kUsage;
  std::string pw;
  if (!o.password_stdin || !read_password(pw)) {
    std::cerr << "custos users password: give the new password on standard input with --password-stdin\n";
    return kUsage;
  }
  try {
    auth::set_password(store, audit::command_line_actor(), o.username, pw);
    std::cout << "Password of " << o.username << " set; its sessions are ended\n";
  } catch (const auth::InvalidInput& e) {
    std::cerr << "custos users password: " << e.what() << "\n";
    return kUsage;
  } catch (const auth::NotFound& e) {
    std::cerr << "custos users password: " << e.what() << "\n";
    return kFailure;
  }
  return kOk;
}

int token(Context& ctx, const Options& o) {
  Store& store = ctx.store();
  if (!use_administration(store, o.administration, "users token")) return kUsage;
  try {
    auth::IssuedToken t = auth::issue_token(store, audit::command_line_actor(), o.username, o.label);
    if (o.json) {
      std::cout << nlohmann::json{{"username", o.username},
                                  {"token", t.token},
                                  {"prefix", t.prefix},
                                  {"label", t.label}}
                       .dump()
                << "\n";
    } else {
      std::cerr << "API token for " << o.username
                << " (shown once; only its hash is kept; send it as 'Authorization: Bearer TOKEN'):\n";
      std::cout << t.token << "\n";
    }
  } catch (const auth::InvalidInput& e) {
    std::cerr << "custos users token: " << e.what() << "\n";
    return kUsage;
  } catch (const auth::NotFound& e) {
    std::cerr << "custos users token: " << e.what() << "\n";
    return kFailure;
  }
  return kOk;
}

void setup(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<Options>();
  auto* cmd = app.add_subcommand(
      "users", "User accounts: add, list, disable, enable, set a password, issue an API token");
  cmd->require_subcommand(1);
  auto admin_option = [o](CLI::App* sub) {
    sub->add_option("--administration", o->administration, "The administration (default: the store's own)");
  };

  auto* add_cmd = cmd->add_subcommand("add", "Add a user (the password is read from standard input)");
  add_cmd->add_option("name", o->username, "Username: a-z, 0-9, '.', '_', '-', '@'")->required();
  add_cmd->add_option("--role", o->role, "Role: " + auth::role_names("|"))->required();
  add_cmd->add_option("--office", o->office, "The office an officer works at (e.g. PNH-PORT)");
  admin_option(add_cmd);
  add_cmd->add_flag("--password-stdin", o->password_stdin,
                    "Read the password (12 characters or more) from standard input");
  add_cmd->add_flag("--json", o->json, "Print the user as JSON");
  add_cmd->callback([&ctx, o] { ctx.exit_code = add(ctx, *o); });

  auto* list_cmd = cmd->add_subcommand("list", "List the users of an administration");
  admin_option(list_cmd);
  list_cmd->add_flag("--json", o->json, "Print JSON");
  list_cmd->callback([&ctx, o] { ctx.exit_code = list(ctx, *o); });

  auto* disable_cmd =
      cmd->add_subcommand("disable", "Disable a user (never deleted); revokes its sessions and tokens");
  disable_cmd->add_option("name", o->username, "Username")->required();
  admin_option(disable_cmd);
  disable_cmd->callback([&ctx, o] { ctx.exit_code = set_disabled(ctx, *o, true); });

  auto* enable_cmd = cmd->add_subcommand("enable", "Enable a disabled user");
  enable_cmd->add_option("name", o->username, "Username")->required();
  admin_option(enable_cmd);
  enable_cmd->callback([&ctx, o] { ctx.exit_code = set_disabled(ctx, *o, false); });

  auto* pw_cmd =
      cmd->add_subcommand("password", "Set a user's password (read from standard input); ends its sessions");
  pw_cmd->add_option("name", o->username, "Username")->required();
  admin_option(pw_cmd);
  pw_cmd->add_flag("--password-stdin", o->password_stdin, "Read the password from standard input");
  pw_cmd->callback([&ctx, o] { ctx.exit_code = password(ctx, *o); });

  auto* token_cmd = cmd->add_subcommand("token", "Issue an API token for a user (shown once, stored hashed)");
  token_cmd->add_option("name", o->username, "Username")->required();
  token_cmd->add_option("--label", o->label, "What the token is for (e.g. 'scanner at gate 3')");
  admin_option(token_cmd);
  token_cmd->add_flag("--json", o->json, "Print JSON (with the token)");
  token_cmd->callback([&ctx, o] { ctx.exit_code = token(ctx, *o); });
}

const bool registered = register_command(80, setup);

}  // namespace
}  // namespace custos::cli
