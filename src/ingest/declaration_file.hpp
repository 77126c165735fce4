#pragma once
// Reads a whole declaration file into memory, for the commands that work on a
// file at once (assess, evaluate, model training); `custos ingest` streams
// instead. One place loads the mapping, runs the reader and counts rejects.
#include <optional>
#include <string>
#include <vector>

#include "ingest/declaration_reader.hpp"

namespace custos {

struct DeclarationFile {
  std::vector<Declaration> declarations;  // the valid ones, in file order
  int64_t rejected = 0;
  std::vector<ReadRecord> first_rejects;  // the first few rejected records, with their problems
};

// `mapping` is a shipped mapping's name or a mapping file; empty for the
// canonical layout. Throws std::runtime_error (MappingError included) when the
// file or the mapping cannot be read at all.
DeclarationFile read_declaration_file(const std::string& path, std::optional<Format> format,
                                      const std::string& mapping, const std::string& data_dir,
                                      size_t keep_rejects = 5);

}  // namespace custos
