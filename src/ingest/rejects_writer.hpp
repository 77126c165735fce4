#pragma once
// Writes rejected records as CSV (RFC 4180), one row per problem:
// file, line, declaration_id, field, reason, text.
#include <cstdio>
#include <string>

#include "ingest/declaration_reader.hpp"

namespace custos {

class RejectsWriter {
 public:
  // An empty path writes nothing. Throws std::runtime_error if the file cannot be created.
  explicit RejectsWriter(const std::string& path);
  ~RejectsWriter();
  RejectsWriter(const RejectsWriter&) = delete;
  RejectsWriter& operator=(const RejectsWriter&) = delete;

  // Returns the number of rows written.
  int64_t write(const std::string& file, const ReadRecord& record);

 private:
  std::FILE* out_ = nullptr;
};

// Quotes a CSV field when it needs it.
std::string csv_quote(std::string_view field);

}  // namespace custos
