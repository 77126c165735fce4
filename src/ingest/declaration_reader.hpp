#pragma once
// Reads declarations from a file (canonical CSV, NDJSON, or a foreign layout
// through a mapping), validates each one, and hands back either a valid
// Declaration or the problems that reject it, with file, line and field.
// Streaming: memory stays bounded whatever the file size.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/declaration.hpp"

namespace custos {

class Mapping;
class HsNomenclatureSet;

enum class Format : unsigned char { csv, ndjson };
std::optional<Format> parse_format(std::string_view text);
// csv for .csv/.tsv/.txt, ndjson for .ndjson/.jsonl/.json.
Format guess_format(const std::string& path);

struct Problem {
  int64_t line = 0;    // 1-based line in the file where the record (or row) starts
  std::string field;   // canonical field name, or the source column name
  std::string reason;  // what is wrong, in plain words
  std::string text;    // the original text of the line
};

// One record read from the file: a declaration, or the problems rejecting it.
struct ReadRecord {
  std::string declaration_id;  // as read, possibly empty
  int64_t line = 0;            // line of the record's first row
  std::optional<Declaration> declaration;
  std::vector<Problem> problems;
  bool ok() const { return declaration.has_value(); }
};

struct ReaderOptions {
  std::optional<Format> format;                     // guessed from the name when absent
  const Mapping* mapping = nullptr;                 // a foreign layout; null = canonical
  const HsNomenclatureSet* nomenclature = nullptr;  // HS codes must exist when set
};

class DeclarationReader {
 public:
  // Throws std::runtime_error when the file cannot be opened or its header
  // cannot be read (a file-level error, not a record-level one).
  DeclarationReader(const std::string& path, const ReaderOptions& options);
  // Reads text held in memory (a request body); `name` names it in messages.
  // The text is copied.
  DeclarationReader(std::string_view data, Format format, const std::string& name,
                    const ReaderOptions& options);
  ~DeclarationReader();
  DeclarationReader(const DeclarationReader&) = delete;
  DeclarationReader& operator=(const DeclarationReader&) = delete;

  // False at the end of the file.
  bool next(ReadRecord& out);

  // Source columns that are not part of the model (kept as attributes).
  const std::vector<std::string>& extra_columns() const;
  int64_t bytes_read() const;
  int64_t file_size() const;
  const std::string& path() const;

  class Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace custos
