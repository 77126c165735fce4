#pragma once
// The HTTP message types the server and its handlers exchange (Boost.Beast):
// a request with its whole body in memory (bodies are bounded per route),
// and a response with a string body.
#include <boost/beast/http.hpp>
#include <string_view>

namespace custos::server {

namespace http = boost::beast::http;
using Request = http::request<http::string_body>;
using Response = http::response<http::string_body>;

// Beast 1.74's string_view is Boost's; the rest of Custos speaks std's.
inline std::string_view sv(boost::beast::string_view s) { return {s.data(), s.size()}; }

}  // namespace custos::server
