#include "server/support/test_server.hpp"

#include <gtest/gtest.h>

#include "audit/audit.hpp"
#include "auth/administrations.hpp"
#include "auth/users.hpp"
#include "test_util.hpp"

namespace custos::test {

TestServer::TestServer(const std::string& name, const std::function<void(server::ServerOptions&)>& tweak) {
  options_.db = temp_path("server_" + name + ".db");
  options_.listen = "127.0.0.1:0";
  options_.threads = 2;
  options_.workers = 4;
  options_.web_root = "/nonexistent";  // the built-in page, whatever is installed
  if (tweak) tweak(options_);
  store_ = open_store(options_.db);
  start();
}

TestServer::~TestServer() { stop(); }

void TestServer::start() {
  server_ = std::make_unique<server::Server>(options_);
  server_->start();
  port_ = server_->port();
  thread_ = std::thread([s = server_.get()] { s->run(); });
}

void TestServer::stop() {
  if (!server_) return;
  server_->stop();
  if (thread_.joinable()) thread_.join();
  server_.reset();
}

void TestServer::restart() {
  stop();
  start();
}

std::string TestServer::add_user(const std::string& username, auth::Role role, const std::string& office,
                                 const std::string& administration) {
  Store& s = *store_;
  const std::string own = s.own_administration();
  const std::string admin = administration.empty() ? own : administration;
  s.set_administration(own);
  if (!auth::find_administration(s, admin))
    auth::add_administration(s, audit::command_line_actor(), admin, "Administration " + admin);
  s.set_administration(admin);
  auth::add_user(s, audit::command_line_actor(), {username, role, office, kPassword});
  std::string token = auth::issue_token(s, audit::command_line_actor(), username, "test").token;
  s.set_administration(own);
  return token;
}

HttpClient TestServer::client_as(const std::string& username, auth::Role role, const std::string& office,
                                 const std::string& administration) {
  HttpClient c = client();
  c.use_token(add_user(username, role, office, administration));
  return c;
}

}  // namespace custos::test
