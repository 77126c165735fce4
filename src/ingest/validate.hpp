#pragma once
// Turns the rows of one declaration into a validated Declaration, or into
// the list of problems that reject it. Checks: required fields, HS code shape
// (and existence when a nomenclature is loaded), ISO 3166 countries, ISO 4217
// currencies, real dates, numbers >= 0, documents and containers, and that
// header fields agree across the rows of one declaration.
#include <span>
#include <vector>

#include "ingest/declaration_reader.hpp"
#include "ingest/raw_row.hpp"

namespace custos {

class HsNomenclatureSet;

// `rows` are the rows of one declaration, in file order (at least one).
ReadRecord validate_declaration(std::span<const RawRow> rows, const HsNomenclatureSet* nomenclature);

// Splits a `|`-separated list, trimming spaces and dropping empty parts.
std::vector<std::string_view> split_list(std::string_view text);

// ISO 6346 container number: owner code (3 letters), category (U, J or Z),
// 6-digit serial and a check digit that must agree.
bool is_valid_container_number(std::string_view text);

}  // namespace custos
