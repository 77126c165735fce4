#include "ingest/rejects_writer.hpp"

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace custos {

std::string csv_quote(std::string_view f) {
  if (f.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(f);
  std::string out = "\"";
  for (char c : f) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

RejectsWriter::RejectsWriter(const std::string& path) {
  if (path.empty()) return;
  out_ = std::fopen(path.c_str(), "wb");
  if (out_ == nullptr)
    throw std::runtime_error("cannot write rejects file " + path + ": " + std::strerror(errno));
  std::fputs("file,line,declaration_id,field,reason,text\n", out_);
}

RejectsWriter::~RejectsWriter() {
  if (out_ != nullptr) std::fclose(out_);
}

int64_t RejectsWriter::write(const std::string& file, const ReadRecord& record) {
  if (out_ == nullptr) return static_cast<int64_t>(record.problems.size());
  for (const Problem& p : record.problems) {
    std::string row = csv_quote(file) + "," + std::to_string(p.line) + "," +
                      csv_quote(record.declaration_id) + "," + csv_quote(p.field) + "," +
                      csv_quote(p.reason) + "," + csv_quote(p.text) + "\n";
    std::fwrite(row.data(), 1, row.size(), out_);
  }
  std::fflush(out_);
  return static_cast<int64_t>(record.problems.size());
}

}  // namespace custos
