// The JSON request bodies of the targeting routes (outcome, override,
// screen) on arbitrary bytes, read as the handlers read them: the strict
// parser, then the fields one by one. Only ApiError may come out, and never
// with the internal code.
#include <cstdint>
#include <string_view>

#include "server/api_error.hpp"
#include "server/json_body.hpp"

namespace {

void read(const nlohmann::json& body, int shape) {
  custos::server::JsonFields f(body);
  switch (shape) {
    case 0:
      f.string("inspection_result");
      f.optional_boolean("fraud");
      f.optional_string("illicit_domain");
      f.optional_string("notes");
      break;
    case 1:
      f.string("lane");
      f.string("reason");
      break;
    default:
      f.string("name");
      f.optional_string("country");
      f.optional_string("kind");
      f.optional_integer("max_results", 1, 50);
      break;
  }
  f.done();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string_view body(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    read(custos::server::parse_json_body(body), data[0] % 3);
  } catch (const custos::server::ApiError& e) {
    if (e.status() >= 500) __builtin_trap();
  }
  return 0;
}
