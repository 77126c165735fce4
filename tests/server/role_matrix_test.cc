// The role matrix: every registered route (whoever registered it) called by
// no one, by every role, and by every role of another administration.
//  - no credentials: 401, unless the route is open to anyone;
//  - a role the route does not admit: 403;
//  - a role it admits: neither 401 nor 403 (the ids are made up, so 404 or
//    422 are expected answers);
//  - another administration's caller, with ids that exist in this one: 404
//    for every route that takes an id we know how to seed (kSeeded below);
//  - never a 500.
// docs/security.md has the same matrix as a table.
#include <gtest/gtest.h>

#include <map>

#include "records/cases.hpp"
#include "records/permit.hpp"
#include "server/router.hpp"
#include "server/support/test_server.hpp"

namespace custos::test {
namespace {

using auth::Role;

// Path parameters that name a record of the home administration the test
// creates (add yours when your routes take a new kind of id).

// A declaration of the home administration (at olga's office) for the routes that take {id}.
void seed_declaration(TestServer& srv) {
  Declaration d;
  d.id = "MATRIX-1";
  d.date = *Date::parse("2026-03-02");
  d.office = "PNH";
  d.items.emplace_back();
  d.items.back().item_no = 1;
  d.items.back().hs_code = HsCode::parse("392690").value();  // every stored item has one
  srv.store().set_administration(srv.store().own_administration());
  srv.store().put_batch(std::span<const Declaration>(&d, 1), "role matrix");
}
const std::map<std::string, std::string> kSeeded = {{"username", "olga"},
                                                    {"id", "MATRIX-1"},
                                                    {"seizure_id", "S-MATRIX"},
                                                    {"case_id", "CASE-1"},
                                                    {"permit", "CITES_PERMIT:MATRIX-1"}};

std::string fill(const std::string& pattern, bool seeded, bool* all_seeded = nullptr) {
  std::string out;
  bool all = true;
  size_t i = 0;
  while (i < pattern.size()) {
    if (pattern[i] == '{') {
      const size_t end = pattern.find('}', i);
      const std::string name = pattern.substr(i + 1, end - i - 1);
      auto it = kSeeded.find(name);
      if (seeded && it != kSeeded.end()) {
        out += it->second;
      } else {
        out += "matrix-x";
        all = false;
      }
      i = end + 1;
    } else {
      out += pattern[i++];
    }
  }
  if (all_seeded) *all_seeded = all;
  return out;
}

// A seizure, a case and a permit of the home administration (records).
void seed_records(Store& store) {
  records::Seizure s;
  s.id = "S-MATRIX";
  s.date = *records::PartialDate::parse("2024-03");
  s.country = "FR";
  s.domain = "waste";
  s.quantities = records::parse_quantities("1 t");
  records::put_seizure(store, s, {"seed", ""}, "matrix");
  ASSERT_EQ(records::create_case(store, "Matrix", {"seed", ""}).id, "CASE-1");
  records::Permit p;
  p.type = "CITES_PERMIT";
  p.reference = "MATRIX-1";
  records::put_permit(store, p, {"seed", ""}, "matrix");
}

HttpResponse call(HttpClient& c, const server::Route& r, const std::string& target) {
  const std::string method(server::http::to_string(r.method));
  const bool with_body = r.method == server::http::verb::post || r.method == server::http::verb::put ||
                         r.method == server::http::verb::patch;
  return c.request(method, target, with_body ? "{}" : "");
}

TEST(RoleMatrix, EveryRouteAnswersEveryRoleAsDeclared) {
  TestServer srv("role_matrix");
  srv.add_user("olga", Role::officer, "PNH");
  seed_declaration(srv);
  std::map<Role, HttpClient> home;
  for (Role role : auth::kAllRoles)
    home.emplace(role, srv.client_as("home-" + std::string(auth::role_name(role)), role, "PNH"));
  HttpClient anonymous = srv.client();
  const auto& routes = server::all_routes().routes();
  ASSERT_GT(routes.size(), 10u);
  for (const server::Route& r : routes) {
    // Log out last: it ends nothing for token callers, but keep it harmless.
    const std::string what = std::string(server::http::to_string(r.method)) + " " + r.pattern;
    const std::string target = fill(r.pattern, false);
    HttpResponse a = call(anonymous, r, target);
    EXPECT_LT(a.status, 500u) << what << " (no credentials): " << a.body;
    if (!r.access.open) {
      EXPECT_EQ(a.status, 401u) << what << " without credentials: " << a.body;
    }
    for (Role role : auth::kAllRoles) {
      HttpResponse h = call(home.at(role), r, target);
      const std::string who = what + " as " + std::string(auth::role_name(role));
      EXPECT_LT(h.status, 500u) << who << ": " << h.body;
      if (r.access.open || r.access.roles.contains(role)) {
        EXPECT_NE(h.status, 401u) << who << ": " << h.body;
        EXPECT_NE(h.status, 403u) << who << ": " << h.body;
      } else {
        EXPECT_EQ(h.status, 403u) << who << ": " << h.body;
        EXPECT_EQ(h.error_code(), "forbidden") << who;
      }
    }
  }
}

TEST(RoleMatrix, AnotherAdministrationsIdsAnswer404) {
  TestServer srv("role_matrix_isolation");
  srv.add_user("olga", Role::officer, "PNH");
  seed_declaration(srv);
  seed_records(srv.store());
  std::map<Role, HttpClient> foreign;
  for (Role role : auth::kAllRoles)
    foreign.emplace(role, srv.client_as("foreign-" + std::string(auth::role_name(role)), role, "PNH", "ZZ"));
  int checked = 0;
  for (const server::Route& r : server::all_routes().routes()) {
    bool all_seeded = false;
    const std::string target = fill(r.pattern, true, &all_seeded);
    if (!all_seeded || r.access.open || target == r.pattern) continue;
    for (Role role : auth::kAllRoles) {
      if (!r.access.roles.contains(role)) continue;
      HttpResponse h = call(foreign.at(role), r, target);
      EXPECT_EQ(h.status, 404u) << std::string(server::http::to_string(r.method)) << " " << target << " as "
                                << auth::role_name(role) << " of ZZ: " << h.body;
      ++checked;
    }
  }
  EXPECT_GT(checked, 0);
  // olga is untouched.
  HttpClient admin = srv.client_as("home-admin", Role::admin);
  EXPECT_FALSE(admin.get("/api/v1/users/olga").json()["disabled"].get<bool>());
}

}  // namespace
}  // namespace custos::test
