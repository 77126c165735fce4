#pragma once
// One row of input in canonical terms, before validation: the text of each
// canonical field (after a mapping renamed columns and filled constants),
// the columns kept as attributes, and where the row came from.
#include <array>
#include <bitset>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "ingest/fields.hpp"

namespace custos {

struct RawRow {
  int64_t line = 0;
  std::string text;  // the original line(s)
  std::array<std::string, kFieldCount> values;
  std::bitset<kFieldCount> present;
  std::vector<std::pair<std::string, std::string>> attributes;
  std::string format_error;  // a problem with the row's shape (quotes, column count)

  const std::string& get(Field f) const { return values[static_cast<size_t>(f)]; }
  bool has(Field f) const {
    return present[static_cast<size_t>(f)] && !values[static_cast<size_t>(f)].empty();
  }
  void set(Field f, std::string_view v) {
    values[static_cast<size_t>(f)].assign(v);
    present.set(static_cast<size_t>(f));
  }
  void clear() {
    for (size_t i = 0; i < kFieldCount; ++i)
      if (present[i]) values[i].clear();
    present.reset();
    attributes.clear();
    format_error.clear();
    text.clear();
  }
};

}  // namespace custos
