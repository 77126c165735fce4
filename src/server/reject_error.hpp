#pragma once
// A record reader's refusal of a whole file (its header) as an API error:
// invalid_value on `header`, the reason as the detail, and the reason's code
// and params as the detail's message when the reader gives them.
#include <string>
#include <utility>
#include <vector>

#include "records/seizure_reader.hpp"
#include "server/api_error.hpp"

namespace custos::server {

inline ApiError header_error(const records::Reject& r) {
  ApiError e("invalid_value", "header", r.reason);
  if (!r.code.empty()) {
    std::vector<std::pair<std::string, std::string>> params;
    for (const auto& [k, v] : r.params.items())
      if (v.is_string()) params.emplace_back(k, v.get<std::string>());
    e.said(r.code, std::move(params));
  }
  return e;
}

}  // namespace custos::server
