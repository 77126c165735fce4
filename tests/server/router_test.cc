// The router: patterns, parameters, literal-over-parameter preference, 405
// information, and the refusal of path traversal in parameters.
#include "server/router.hpp"

#include <gtest/gtest.h>

#include "server/api_error.hpp"

namespace custos::server {
namespace {

Reply ok(RequestContext&) { return Reply::json({{"ok", true}}); }

Router sample() {
  Router r;
  r.begin_resource("things");
  r.add(http::verb::get, "/api/v1/things", Access::any_user(), ok);
  r.add(http::verb::get, "/api/v1/things/{id}", Access::any_user(), ok);
  r.add(http::verb::get, "/api/v1/things/special", Access::any_user(), ok);
  r.add(http::verb::post, "/api/v1/things/{id}/notes", Access::any_user(), ok, BodyLimit::lodging);
  return r;
}

TEST(Router, MatchesPatternsAndDecodesParameters) {
  Router r = sample();
  RouteMatch m = r.match(http::verb::get, "/api/v1/things/D%2D1");
  ASSERT_TRUE(m.route);
  EXPECT_EQ(m.route->pattern, "/api/v1/things/{id}");
  EXPECT_EQ(m.route->resource, "things");
  ASSERT_EQ(m.params.size(), 1u);
  EXPECT_EQ(m.params[0].first, "id");
  EXPECT_EQ(m.params[0].second, "D-1");
  EXPECT_EQ(r.match(http::verb::post, "/api/v1/things/x/notes").route->body, BodyLimit::lodging);
}

TEST(Router, ALiteralSegmentWinsOverAParameter) {
  Router r = sample();
  EXPECT_EQ(r.match(http::verb::get, "/api/v1/things/special").route->pattern, "/api/v1/things/special");
}

TEST(Router, TellsWhichMethodsAPathTakes) {
  Router r = sample();
  RouteMatch m = r.match(http::verb::delete_, "/api/v1/things/7");
  EXPECT_FALSE(m.route);
  ASSERT_FALSE(m.allowed.empty());
  EXPECT_EQ(m.allowed[0], http::verb::get);
  EXPECT_TRUE(r.match(http::verb::get, "/api/v1/nothing").allowed.empty());
  EXPECT_FALSE(r.match(http::verb::get, "/api/v1/things/7/").route);
}

TEST(Router, RefusesTraversalAndControlCharactersInParameters) {
  Router r = sample();
  for (const char* path :
       {"/api/v1/things/..", "/api/v1/things/%2e%2e", "/api/v1/things/a%2Fb", "/api/v1/things/a%5Cb",
        "/api/v1/things/a%00b", "/api/v1/things/%zz", "/api/v1/things/%2"}) {
    try {
      r.match(http::verb::get, path);
      ADD_FAILURE() << path << " was accepted";
    } catch (const ApiError& e) {
      EXPECT_EQ(e.code(), "bad_path") << path;
      EXPECT_EQ(e.field(), "id") << path;
    }
  }
}

TEST(Router, RefusesDuplicateAndMalformedRoutes) {
  Router r = sample();
  EXPECT_THROW(r.add(http::verb::get, "/api/v1/things/{other}", Access::any_user(), ok), std::logic_error);
  EXPECT_THROW(r.add(http::verb::get, "api/v1/x", Access::any_user(), ok), std::logic_error);
  EXPECT_THROW(r.add(http::verb::get, "/api//x", Access::any_user(), ok), std::logic_error);
}

TEST(Router, PercentDecoding) {
  EXPECT_EQ(percent_decode("a%20b+c").value(), "a b+c");
  EXPECT_EQ(percent_decode("a%20b+c", true).value(), "a b c");
  EXPECT_FALSE(percent_decode("%"));
  EXPECT_FALSE(percent_decode("%4"));
  EXPECT_FALSE(percent_decode("%g0"));
}

TEST(Router, EveryRegisteredRouteBelongsToAResourceAndHasRoles) {
  for (const Route& r : all_routes().routes()) {
    EXPECT_FALSE(r.resource.empty()) << r.pattern;
    EXPECT_TRUE(r.pattern.starts_with("/api/v1/")) << r.pattern;
    EXPECT_TRUE(r.access.open || !r.access.roles.empty()) << r.pattern << " admits nobody";
  }
}

}  // namespace
}  // namespace custos::server
