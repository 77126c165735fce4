#pragma once
// A streaming RFC 4180 reader: quoted fields with embedded delimiters,
// doubled quotes and line breaks; LF or CRLF line ends; a UTF-8 byte-order
// mark at the start is skipped. It keeps one buffer (grown only for a record
// larger than it), so memory stays bounded whatever the file size, and it
// reports the line each record starts on and its original text.
//
// Lenient where real files need it: a quote inside an unquoted field is kept
// as a character (12" pipe). Strict where silence would lose data: text after
// a closing quote, or a quote left open at the end of the file, is an error
// on the record.
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace custos {

struct CsvRecord {
  std::vector<std::string_view> fields;  // valid until the next call to next()
  int64_t line = 0;                      // 1-based line the record starts on
  int64_t line_count = 1;                // physical lines it spans
  std::string_view text;                 // the record's bytes, without the line end
  std::string error;                     // set when the record is malformed
  // The error's code, for translation (the readers' reject code, the
  // server's detail id): csv_open_quote, csv_after_quote.
  std::string error_code;
};

class CsvReader {
 public:
  struct Options {
    char delimiter = ',';
    size_t buffer_size = size_t{1} << 20;
  };

  // Reads a file; throws std::runtime_error if it cannot be opened.
  explicit CsvReader(const std::string& path, Options options);
  explicit CsvReader(const std::string& path) : CsvReader(path, Options()) {}
  // Reads bytes held in memory (tests, fuzzing).
  static CsvReader from_memory(std::string_view data, Options options);
  static CsvReader from_memory(std::string_view data) { return from_memory(data, Options()); }
  ~CsvReader();
  CsvReader(CsvReader&&) noexcept;
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  // False at the end of input. Blank lines are skipped.
  bool next(CsvRecord& record);

  int64_t bytes_consumed() const { return consumed_ + static_cast<int64_t>(pos_); }

 private:
  CsvReader(Options options, std::FILE* file);
  enum class Parse { complete, need_more };
  Parse parse(CsvRecord& record, size_t& record_end);
  bool fill();

  Options options_;
  std::FILE* file_ = nullptr;
  std::string buf_;
  size_t pos_ = 0, end_ = 0;
  int64_t consumed_ = 0;
  int64_t line_ = 1;
  bool eof_ = false;
  bool started_ = false;
  std::string scratch_;
  struct Span {
    bool in_scratch;
    size_t offset, length;
  };
  std::vector<Span> spans_;
};

}  // namespace custos
