// Strict JSON bodies: positions for malformed JSON, bad UTF-8, duplicate
// keys, depth; named fields for missing, wrongly typed and unknown ones.
#include "server/json_body.hpp"

#include <gtest/gtest.h>

#include "server/api_error.hpp"

namespace custos::server {
namespace {

ApiError error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const ApiError& e) {
    return e;
  }
  ADD_FAILURE() << "no error";
  return ApiError("internal");
}

TEST(JsonBody, MalformedJsonNamesLineAndColumn) {
  ApiError e = error_of([] { parse_json_body("{\n  \"a\": 1,\n  \"b\": ]\n}"); });
  EXPECT_EQ(e.code(), "malformed_json");
  EXPECT_EQ(e.status(), 400u);
  EXPECT_NE(std::string(e.what()).find("line 3, column 8"), std::string::npos) << e.what();
  EXPECT_EQ(error_of([] { parse_json_body(""); }).code(), "malformed_json");
  EXPECT_EQ(error_of([] { parse_json_body("{\"a\":1} x"); }).code(), "malformed_json");
}

// Found by fuzz_api_json_bodies: a number beyond a double's range was an
// uncaught exception (a 500), not a 400.
TEST(JsonBody, ANumberTooLargeIsMalformedNotAServerError) {
  ApiError e = error_of([] { parse_json_body("{\"mass\": 1E400}"); });
  EXPECT_EQ(e.code(), "malformed_json");
  EXPECT_EQ(e.status(), 400u);
  EXPECT_NE(std::string(e.what()).find("1E400"), std::string::npos) << e.what();
}

TEST(JsonBody, BadUtf8IsRefusedWithItsPosition) {
  ApiError e = error_of([] { parse_json_body("{\"name\": \"caf\xC3\x28\"}"); });
  EXPECT_EQ(e.code(), "bad_utf8");
  EXPECT_EQ(e.status(), 400u);
  EXPECT_NE(std::string(e.what()).find("line 1"), std::string::npos) << e.what();
  EXPECT_EQ(parse_json_body("{\"name\": \"caf\xC3\xA9\"}")["name"], "caf\xC3\xA9");
}

TEST(JsonBody, ADuplicateKeyIsRefused) {
  ApiError e = error_of([] { parse_json_body(R"({"lane":"green","x":{"a":1},"lane":"red"})"); });
  EXPECT_EQ(e.code(), "malformed_json");
  EXPECT_EQ(e.field(), "lane");
  EXPECT_NO_THROW(parse_json_body(R"({"a":{"k":1},"b":{"k":2},"c":[{"k":1},{"k":2}]})"));
}

TEST(JsonBody, DeepNestingIsRefused) {
  std::string deep(100, '[');
  deep += std::string(100, ']');
  EXPECT_EQ(error_of([&] { parse_json_body(deep); }).code(), "malformed_json");
  std::string ok(60, '[');
  ok += std::string(60, ']');
  EXPECT_NO_THROW(parse_json_body(ok));
}

TEST(JsonFields, NamesMissingWrongAndUnknownFields) {
  auto body = parse_json_body(R"({"lane":"red","reason":7,"extra":true,"n":5})");
  {
    JsonFields f(body);
    EXPECT_EQ(f.string("lane"), "red");
    ApiError e = error_of([&] { f.string("reason"); });
    EXPECT_EQ(e.code(), "wrong_type");
    EXPECT_EQ(e.field(), "reason");
    EXPECT_EQ(e.status(), 422u);
    EXPECT_EQ(error_of([&] { f.string("officer"); }).code(), "missing_field");
    EXPECT_EQ(error_of([&] { f.integer("n", 0, 3); }).code(), "invalid_value");
    ApiError u = error_of([&] { f.done(); });
    EXPECT_EQ(u.code(), "unknown_field");
    EXPECT_EQ(u.field(), "extra");
  }
  EXPECT_EQ(error_of([] { JsonFields f(nlohmann::json::array()); }).code(), "wrong_type");
  JsonFields nested(parse_json_body(R"({"a":1})"), "items[2]");
  EXPECT_EQ(error_of([&] { nested.string("hs"); }).field(), "items[2].hs");
}

TEST(JsonBody, LineAndColumnCountCharactersNotBytes) {
  EXPECT_EQ(line_and_column("ab\ncé d", 6), std::make_pair(size_t{2}, size_t{3}));
}

}  // namespace
}  // namespace custos::server
