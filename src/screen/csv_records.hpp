#pragma once
// Reads a delimited text file (CSV or tab-separated, quoted fields, fields
// spanning lines) into records with the line each record starts on, so that
// an importer can name file and line in every error. Parsing is libcsv's.
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace custos::screen {

// A list file that cannot be imported. what() names the file and line.
class ImportError : public std::runtime_error {
 public:
  ImportError(const std::string& file, std::size_t line, const std::string& message);
  const std::string& file() const { return file_; }
  std::size_t line() const { return line_; }

 private:
  std::string file_;
  std::size_t line_;
};

struct CsvRecord {
  std::size_t line = 0;  // 1-based line where the record starts
  std::vector<std::string> fields;
};

// Parses `text`. A trailing DOS end-of-file mark (0x1A), which OFAC's files
// carry, is ignored. Throws ImportError (naming `file`) on malformed quoting.
std::vector<CsvRecord> parse_delimited(std::string_view text, char delimiter, const std::string& file);

// Reads the whole file; throws ImportError when it cannot be opened.
std::string read_list_file(const std::string& path);

}  // namespace custos::screen
