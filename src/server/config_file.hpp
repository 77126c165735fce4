#pragma once
// The configuration file of `custos serve --config FILE` (TOML; the package
// installs /etc/custos/custos.toml). Every key is a flag of `custos serve`
// without its dashes and with '_' for '-': listen, threads, workers,
// tls_cert, tls_key, web_root, db, read_db, body_limit, lodging_body_limit,
// header_limit, header_timeout, request_timeout, idle_timeout,
// max_connections, queue_limit, shutdown_timeout, session_idle_timeout,
// session_absolute_timeout, login_max_failures, login_base_delay,
// login_max_delay, access_log. Flags given on the command line win.
#include <functional>
#include <string>
#include <vector>

#include "server/options.hpp"

namespace custos::server {

// The keys the file may hold, in the order --help lists them.
const std::vector<std::string>& config_keys();

// Reads `path` into `options`, skipping keys for which `given(key)` is true
// (set on the command line). Throws std::invalid_argument naming the file,
// line and column of an unreadable file, an unknown key or a wrong type.
void apply_config_file(const std::string& path, ServerOptions& options,
                       const std::function<bool(const std::string& key)>& given);

}  // namespace custos::server
