// custos serve: the JSON API (and the web workbench) over HTTP or HTTPS.
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "server/config_file.hpp"
#include "server/openapi.hpp"
#include "server/server.hpp"

namespace custos::cli {
namespace {

struct Options {
  server::ServerOptions server;
  std::string config;
  bool print_openapi = false;
  bool check_config = false;
};

// A database URL as it may be printed: a password in it is masked.
std::string masked(const std::string& url) {
  const size_t scheme = url.find("://");
  const size_t at = url.find('@');
  if (scheme == std::string::npos || at == std::string::npos || at < scheme) return url;
  const size_t colon = url.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon + 1) + "***" + url.substr(at);
}

// The settings in force, as JSON (`--check-config`).
nlohmann::json settings_json(const server::ServerOptions& s) {
  return {{"db", masked(s.db)},
          {"read_db", masked(s.read_db)},
          {"listen", s.listen},
          {"threads", s.threads},
          {"workers", s.workers},
          {"tls", s.tls()},
          {"tls_cert", s.tls_cert},
          {"tls_key", s.tls_key},
          {"body_limit", s.body_limit},
          {"lodging_body_limit", s.lodging_body_limit},
          {"header_limit", s.header_limit},
          {"header_timeout", s.header_timeout},
          {"request_timeout", s.request_timeout},
          {"idle_timeout", s.idle_timeout},
          {"max_connections", s.max_connections},
          {"queue_limit", s.queue_limit},
          {"shutdown_timeout", s.shutdown_timeout},
          {"session_idle_timeout", s.session_idle_timeout},
          {"session_absolute_timeout", s.session_absolute_timeout},
          {"login_max_failures", s.login_max_failures},
          {"login_base_delay", s.login_base_delay},
          {"login_max_delay", s.login_max_delay},
          {"access_log", s.access_log}};
}

std::string flag_of(const std::string& key) {
  std::string f = "--" + key;
  for (char& c : f)
    if (c == '_') c = '-';
  return f;
}

int run(Context& ctx, Options& o, CLI::App& cmd, CLI::App& app) {
  if (o.print_openapi) {
    std::cout << server::openapi_document().dump(2) << "\n";
    return kOk;
  }
  server::ServerOptions& s = o.server;
  if (!o.config.empty()) {
    try {
      server::apply_config_file(o.config, s, [&](const std::string& key) {
        if (key == "db") return app.count("--db") > 0;
        return cmd.count(flag_of(key)) > 0;
      });
    } catch (const std::invalid_argument& e) {
      std::cerr << "custos serve: " << e.what() << "\n";
      return kUsage;
    }
  }
  if (app.count("--db") > 0 || s.db.empty()) s.db = ctx.db_path();
  if (s.data_dir.empty()) s.data_dir = Context::data_dir();
  ctx.db_option = s.db;
  try {
    server::check_options(s);
  } catch (const std::invalid_argument& e) {
    std::cerr << "custos serve: " << e.what() << "\n";
    return kUsage;
  }
  if (o.check_config) {
    std::cout << settings_json(s).dump() << "\n";
    return kOk;
  }
  ctx.store();  // creates and migrates the store once, before the workers open it
  server::Server srv(s);
  try {
    srv.start();
  } catch (const StoreError&) {
    throw;
  } catch (const std::exception& e) {
    std::cerr << "custos serve: " << e.what() << "\n";
    return kFailure;
  }
  srv.handle_signals();
  const std::string host = s.listen.substr(0, s.listen.rfind(':'));
  std::cout << "custos serve: listening on " << (s.tls() ? "https://" : "http://") << host << ":"
            << srv.port() << " (store " << s.db << ")" << std::endl;
  srv.run();
  std::cout << "custos serve: stopped" << std::endl;
  return kOk;
}

void setup(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<Options>();
  server::ServerOptions& s = o->server;
  auto* cmd = app.add_subcommand("serve", "Serve the JSON API (and the web workbench) over HTTP or HTTPS");
  cmd->add_option("--config", o->config,
                  "A TOML file with any of the settings below (keys: the flag names with '_' for '-'), "
                  "e.g. /etc/custos/custos.toml; flags win over it");
  cmd->add_option("--listen", s.listen, "ADDRESS:PORT to listen on (port 0: a free one)")
      ->capture_default_str();
  cmd->add_option(
      "--read-db", s.read_db,
      "A streaming replica (postgres://...) for read-heavy routes: reports, dashboards, the audit "
      "log; writes, logins and sessions stay on --db (docs/scale-out.md)");
  cmd->add_option("--threads", s.threads, "I/O threads (0: one per core)")->capture_default_str();
  cmd->add_option("--workers", s.workers,
                  "Worker threads for the store and password hashing (0: two per core)")
      ->capture_default_str();
  cmd->add_option("--tls-cert", s.tls_cert, "TLS certificate chain (PEM); serve HTTPS");
  cmd->add_option("--tls-key", s.tls_key, "TLS private key (PEM)");
  cmd->add_option(
      "--web-root", s.web_root,
      "Folder of the web workbench (default: the installed share/custos/web, else the build's web/dist)");
  cmd->add_option("--body-limit", s.body_limit, "Largest request body, bytes, for most routes")
      ->capture_default_str();
  cmd->add_option("--lodging-body-limit", s.lodging_body_limit,
                  "Largest request body, bytes, for routes that take declaration files")
      ->capture_default_str();
  cmd->add_option("--header-limit", s.header_limit, "Largest request header, bytes")->capture_default_str();
  cmd->add_option("--header-timeout", s.header_timeout, "Seconds a client has to send a request's header")
      ->capture_default_str();
  cmd->add_option("--request-timeout", s.request_timeout, "Seconds to send a body, and to read an answer")
      ->capture_default_str();
  cmd->add_option("--idle-timeout", s.idle_timeout,
                  "Seconds a kept-alive connection may wait for its next request")
      ->capture_default_str();
  cmd->add_option("--max-connections", s.max_connections, "Open connections at once; more are refused")
      ->capture_default_str();
  cmd->add_option("--queue-limit", s.queue_limit, "Requests waiting for a worker; more answer 503")
      ->capture_default_str();
  cmd->add_option("--shutdown-timeout", s.shutdown_timeout,
                  "Seconds SIGTERM waits for requests in flight before exiting")
      ->capture_default_str();
  cmd->add_option("--session-idle-timeout", s.session_idle_timeout, "Seconds an unused login session lasts")
      ->capture_default_str();
  cmd->add_option("--session-absolute-timeout", s.session_absolute_timeout, "Seconds any login session lasts")
      ->capture_default_str();
  cmd->add_option("--login-max-failures", s.login_max_failures,
                  "Failed logins in a row (per user, per address) before slowing down")
      ->capture_default_str();
  cmd->add_option("--login-base-delay", s.login_base_delay,
                  "Seconds of the first slow-down; doubled with each further failure")
      ->capture_default_str();
  cmd->add_option("--login-max-delay", s.login_max_delay, "Longest slow-down, seconds")
      ->capture_default_str();
  cmd->add_flag("--access-log", s.access_log, "One line per request on standard error");
  cmd->add_option("--data-dir", s.data_dir,
                  "Shipped data folder: profiles, groups, value floors and ceilings (default: as installed)");
  cmd->add_option("--capacity", s.capacity,
                  "Lane capacity per office and day for lodged declarations, e.g. red=20,orange=5% "
                  "(default unlimited)");
  cmd->add_option("--random-share", s.random_share,
                  "Random floor: share of lodged declarations left green sent to control at random")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  cmd->add_option("--spectral-library", s.spectral_library,
                  "Spectral library file for POST /api/v1/spectra/identify (custos spectra library build)");
  cmd->add_flag("--print-openapi", o->print_openapi, "Print the OpenAPI document and exit");
  cmd->add_flag("--check-config", o->check_config,
                "Read the flags and --config file, check them, print the settings in force as JSON and exit "
                "(0 when valid, 2 naming the bad setting)");
  cmd->footer(
      "SIGTERM or SIGINT: stop accepting, answer the requests in flight, exit 0. The store is --db "
      "(or the config file's db). See docs/operations.md and docs/api.md.");
  cmd->callback([&ctx, o, cmd, &app] { ctx.exit_code = run(ctx, *o, *cmd, app); });
}

const bool registered = register_command(90, setup);

}  // namespace
}  // namespace custos::cli
