// The RFC 4180 reader on arbitrary bytes, with a tiny buffer so that records
// straddle refills: never a crash, and every field lies inside the input.
#include <unistd.h>
#include <cstdint>
#include <cstdio>
#include <string>

#include "core/csv_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  auto r = custos::CsvReader::from_memory(input);
  custos::CsvRecord rec;
  int64_t last_line = 0;
  while (r.next(rec)) {
    if (rec.line <= last_line) __builtin_trap();
    last_line = rec.line;
  }
  // The same bytes through a file with a 7-byte buffer.
  char path[] = "/tmp/custos_fuzz_csv_XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return 0;
  if (write(fd, data, size) != static_cast<ssize_t>(size)) {
    close(fd);
    unlink(path);
    return 0;
  }
  close(fd);
  custos::CsvReader::Options o;
  o.buffer_size = 7;
  custos::CsvReader f(path, o);
  int64_t n = 0;
  while (f.next(rec)) ++n;
  unlink(path);
  return 0;
}
