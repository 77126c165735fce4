#include "server/config_file.hpp"

#include <toml++/toml.h>
#include <map>
#include <stdexcept>

namespace custos::server {
namespace {

using Setter = std::function<void(const toml::node&, ServerOptions&, const std::string& where)>;

std::string where_of(const std::string& path, const toml::node& n) {
  const auto& b = n.source().begin;
  return path + ":" + std::to_string(b.line) + ":" + std::to_string(b.column);
}

Setter text(std::string ServerOptions::*member) {
  return [member](const toml::node& n, ServerOptions& o, const std::string& where) {
    auto v = n.value<std::string>();
    if (!v || !n.is_string()) throw std::invalid_argument(where + ": expected a string");
    o.*member = *v;
  };
}

template <class T>
Setter number(T ServerOptions::*member) {
  return [member](const toml::node& n, ServerOptions& o, const std::string& where) {
    if (!n.is_integer()) throw std::invalid_argument(where + ": expected an integer");
    const int64_t v = *n.value<int64_t>();
    if (v < 0) throw std::invalid_argument(where + ": expected a positive integer");
    o.*member = static_cast<T>(v);
  };
}

const std::vector<std::pair<std::string, Setter>>& setters() {
  static const std::vector<std::pair<std::string, Setter>> s = {
      {"db", text(&ServerOptions::db)},
      {"read_db", text(&ServerOptions::read_db)},
      {"listen", text(&ServerOptions::listen)},
      {"threads", number(&ServerOptions::threads)},
      {"workers", number(&ServerOptions::workers)},
      {"tls_cert", text(&ServerOptions::tls_cert)},
      {"tls_key", text(&ServerOptions::tls_key)},
      {"web_root", text(&ServerOptions::web_root)},
      {"body_limit", number(&ServerOptions::body_limit)},
      {"lodging_body_limit", number(&ServerOptions::lodging_body_limit)},
      {"header_limit", number(&ServerOptions::header_limit)},
      {"header_timeout", number(&ServerOptions::header_timeout)},
      {"request_timeout", number(&ServerOptions::request_timeout)},
      {"idle_timeout", number(&ServerOptions::idle_timeout)},
      {"max_connections", number(&ServerOptions::max_connections)},
      {"queue_limit", number(&ServerOptions::queue_limit)},
      {"shutdown_timeout", number(&ServerOptions::shutdown_timeout)},
      {"session_idle_timeout", number(&ServerOptions::session_idle_timeout)},
      {"session_absolute_timeout", number(&ServerOptions::session_absolute_timeout)},
      {"login_max_failures", number(&ServerOptions::login_max_failures)},
      {"login_base_delay", number(&ServerOptions::login_base_delay)},
      {"login_max_delay", number(&ServerOptions::login_max_delay)},
      {"access_log",
       [](const toml::node& n, ServerOptions& o, const std::string& where) {
         if (!n.is_boolean()) throw std::invalid_argument(where + ": expected true or false");
         o.access_log = *n.value<bool>();
       }},
      {"data_dir", text(&ServerOptions::data_dir)},
      {"capacity", text(&ServerOptions::capacity)},
      {"spectral_library", text(&ServerOptions::spectral_library)},
      {"random_share",
       [](const toml::node& n, ServerOptions& o, const std::string& where) {
         if (!n.is_number()) throw std::invalid_argument(where + ": expected a number from 0 to 1");
         o.random_share = *n.value<double>();
       }},
  };
  return s;
}

}  // namespace

const std::vector<std::string>& config_keys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> k;
    for (const auto& [name, setter] : setters()) k.push_back(name);
    return k;
  }();
  return keys;
}

void apply_config_file(const std::string& path, ServerOptions& options,
                       const std::function<bool(const std::string& key)>& given) {
  toml::table table;
  try {
    table = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    const auto& b = e.source().begin;
    throw std::invalid_argument(path + ":" + std::to_string(b.line) + ":" + std::to_string(b.column) + ": " +
                                std::string(e.description()));
  }
  for (const auto& [key, node] : table) {
    const std::string name(key.str());
    const std::string where = where_of(path, node);
    const Setter* setter = nullptr;
    for (const auto& [k, s] : setters())
      if (k == name) setter = &s;
    if (!setter) throw std::invalid_argument(where + ": unknown setting '" + name + "'");
    if (given(name)) continue;
    (*setter)(node, options, where + ": " + name);
  }
}

}  // namespace custos::server
