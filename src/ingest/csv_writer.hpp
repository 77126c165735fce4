#pragma once
// Writes declarations as canonical CSV: one row per item, header fields
// repeated on each row, every canonical field as a column (the names in
// docs/formats.md), RFC 4180 quoting. Reading the output back gives the same
// declarations (and the same content digests) as the NDJSON form.
#include <fmt/format.h>

#include <span>
#include <string>
#include <string_view>

#include "core/declaration.hpp"

namespace custos {

// The header line, ending in '\n'.
std::string_view canonical_csv_header();
// Appends one row per item.
void append_canonical_csv(fmt::memory_buffer& out, const Declaration& d);
// The same, each row followed by one cell per name in `attribute_columns`:
// the declaration's attribute of that name, empty when it has none (the
// header then ends with those names: append_csv_cell on each).
void append_canonical_csv(fmt::memory_buffer& out, const Declaration& d,
                          std::span<const std::string> attribute_columns);
// Appends one field with RFC 4180 quoting when it needs it.
void append_csv_cell(fmt::memory_buffer& out, std::string_view value);

}  // namespace custos
