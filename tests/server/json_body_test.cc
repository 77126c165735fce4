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

// Each JSON body error's detail comes as a message the workbench translates
// (detail_message): said() keeps an id only when its sentence, filled, is
// the detail word for word, so an id here proves the English unchanged.
TEST(JsonBody, ItsErrorsComeWithTheirDetailMessage) {
  auto said = [](const ApiError& e) {
    return nlohmann::json::parse(error_body(e))["error"]["detail_message"];
  };
  EXPECT_EQ(said(error_of([] { parse_json_body(""); }))["id"], "body_empty");
  ApiError syntax = error_of([] { parse_json_body("{\n  \"a\": 1,\n  \"b\": ]\n}"); });
  EXPECT_EQ(said(syntax)["id"], "json_syntax");
  EXPECT_EQ(said(syntax)["params"]["line"], "3");
  EXPECT_EQ(said(syntax)["params"]["column"], "8");
  EXPECT_EQ(said(error_of([] { parse_json_body(R"({"a":1,"a":2})"); }))["params"]["key"], "a");
  EXPECT_EQ(said(error_of([] { parse_json_body(std::string(100, '[') + std::string(100, ']')); }))["id"],
            "json_nesting");
  ApiError type = error_of([] { JsonFields(nlohmann::json{{"lane", 3}}).string("lane"); });
  EXPECT_EQ(type.detail(), "a string (found an integer)");
  EXPECT_EQ(said(type),
            nlohmann::json::parse(R"({"id":"expect_string","params":{"found":{"id":"json_integer"}}})"));
  EXPECT_EQ(said(error_of([] { JsonFields{nlohmann::json::array()}; }))["id"], "expect_object");
  EXPECT_EQ(said(error_of([] {
              JsonFields(nlohmann::json{{"b", "x"}}).boolean("b");
            }))["id"],
            "expect_boolean");
  EXPECT_EQ(said(error_of([] {
              JsonFields(nlohmann::json{{"n", 1.5}}).integer("n", 0, 9);
            }))["params"]["found"]["id"],
            "json_number");
  EXPECT_EQ(said(error_of([] {
              JsonFields(nlohmann::json{{"n", 10}}).integer("n", 0, 9);
            })),
            nlohmann::json::parse(R"({"id":"between","params":{"min":"0","max":"9"}})"));
  ApiError unknown = error_of([] {
    JsonFields f(nlohmann::json{{"lane", "red"}, {"colour", "x"}});
    f.string("lane");
    f.done();
  });
  EXPECT_EQ(said(unknown), nlohmann::json::parse(R"({"id":"known_fields","params":{"fields":"lane"}})"));
  // A number too large keeps the parser's words only: no message.
  EXPECT_TRUE(said(error_of([] { parse_json_body("{\"mass\": 1E400}"); })).is_null());
}

// A parameter that is words of its own must be a sentence without
// placeholders; otherwise no message is attached (the English stays).
TEST(ApiErrorSaid, WordsFillOnlyFromPlainSentences) {
  ApiError e("wrong_type", "x", "a string (found no declaration {id})");
  e.said("expect_string", {}, {{"found", "no_declaration"}});
  EXPECT_TRUE(e.detail_id().empty());
  ApiError ok("wrong_type", "x", "a string (found null)");
  ok.said("expect_string", {}, {{"found", "json_null"}});
  EXPECT_EQ(ok.detail_id(), "expect_string");
}

}  // namespace
}  // namespace custos::server
