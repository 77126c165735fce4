#include "screen/csv_records.hpp"

#include <csv.h>

#include <fstream>
#include <sstream>

namespace custos::screen {

ImportError::ImportError(const std::string& file, std::size_t line, const std::string& message)
    : std::runtime_error(file + ":" + std::to_string(line) + ": " + message), file_(file), line_(line) {}

namespace {

struct Collector {
  std::string_view text;
  std::vector<CsvRecord> records;
  CsvRecord current;
  std::size_t line = 1;         // line at the parser's position in the current chunk
  std::size_t record_line = 1;  // where the current record started
  bool in_record = false;
};

void on_field(void* data, std::size_t len, void* ctx) {
  auto* c = static_cast<Collector*>(ctx);
  if (!c->in_record) {
    c->in_record = true;
    c->current.line = c->record_line;
  }
  c->current.fields.emplace_back(static_cast<const char*>(data), len);
}

void on_record(int, void* ctx) {
  auto* c = static_cast<Collector*>(ctx);
  if (!c->in_record) return;  // libcsv reports blank lines as empty records
  c->records.push_back(std::move(c->current));
  c->current = {};
  c->in_record = false;
}

}  // namespace

std::vector<CsvRecord> parse_delimited(std::string_view text, char delimiter, const std::string& file) {
  while (!text.empty() && (text.back() == '\x1a' || text.back() == '\0')) text.remove_suffix(1);
  csv_parser parser;
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
    throw ImportError(file, 0, "cannot start CSV parser");
  csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
  Collector c;
  c.text = text;
  // Feed line by line so that each record knows the line it started on; a
  // quoted field spanning lines simply continues in the next chunk.
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    end = end == std::string_view::npos ? text.size() : end + 1;
    if (!c.in_record) c.record_line = c.line;
    std::size_t n = csv_parse(&parser, text.data() + pos, end - pos, on_field, on_record, &c);
    if (n != end - pos) {
      std::string msg = csv_strerror(csv_error(&parser));
      csv_free(&parser);
      throw ImportError(file, c.line, "malformed delimited text: " + msg);
    }
    ++c.line;
    pos = end;
  }
  if (csv_fini(&parser, on_field, on_record, &c) != 0) {
    csv_free(&parser);
    throw ImportError(file, c.record_line, "malformed delimited text: unterminated quoted field");
  }
  csv_free(&parser);
  return std::move(c.records);
}

std::string read_list_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ImportError(path, 0, "cannot open file");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace custos::screen
