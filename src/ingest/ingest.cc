#include "ingest/ingest.hpp"

#include <sys/stat.h>

#include <chrono>

#include "ingest/batch_writer.hpp"
#include "ingest/rejects_writer.hpp"

namespace custos {
namespace {

int64_t file_size(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 ? static_cast<int64_t>(st.st_size) : 0;
}

ReaderOptions reader_options(const IngestOptions& o) {
  ReaderOptions r;
  r.format = o.format;
  r.mapping = o.mapping;
  r.nomenclature = o.nomenclature;
  return r;
}

// --strict: a first pass that only validates; true when every record is good.
bool file_is_clean(const std::string& path, const IngestOptions& options, RejectsWriter& rejects,
                   IngestCounts& counts) {
  DeclarationReader reader(path, reader_options(options));
  ReadRecord rec;
  bool clean = true;
  while (reader.next(rec)) {
    ++counts.read;
    if (!rec.ok()) {
      clean = false;
      counts.problems += rejects.write(path, rec);
    }
  }
  return clean;
}

}  // namespace

IngestCounts ingest_files(Store& store, const std::vector<std::string>& files, const IngestOptions& options) {
  auto t0 = std::chrono::steady_clock::now();
  IngestCounts counts;
  RejectsWriter rejects(options.rejects_path);
  int64_t total = 0, done_before = 0;
  for (const auto& f : files) total += file_size(f);

  // Reading and validating (this thread) overlaps with preparing and writing
  // earlier batches (the writer's two threads).
  BatchWriter writer(store, 2, options.on_written);
  std::vector<Declaration> batch;
  batch.reserve(options.batch_size);
  auto flush = [&](const std::string& source) {
    if (batch.empty()) return;
    writer.submit(std::move(batch), source);
    batch = {};
    batch.reserve(options.batch_size);
  };

  for (const auto& path : files) {
    if (options.strict) {
      IngestCounts probe;
      if (!file_is_clean(path, options, rejects, probe)) {
        // A refused file stores nothing: all its records count as rejected,
        // and the rejects file lists the ones that caused the refusal.
        counts.refused_files.push_back(path);
        counts.problems += probe.problems;
        counts.read += probe.read;
        counts.rejected += probe.read;
        done_before += file_size(path);
        continue;
      }
    }
    DeclarationReader reader(path, reader_options(options));
    for (const auto& c : reader.extra_columns()) counts.extra_columns.push_back(c);
    ReadRecord rec;
    int64_t n = 0;
    while (reader.next(rec)) {
      ++counts.read;
      if (!rec.ok()) {
        ++counts.rejected;
        counts.problems += rejects.write(path, rec);
        continue;
      }
      batch.push_back(std::move(*rec.declaration));
      if (batch.size() >= options.batch_size) flush(path);
      if (options.progress && (++n & 1023) == 0) options.progress(done_before + reader.bytes_read(), total);
    }
    flush(path);
    done_before += reader.file_size();
    if (options.progress) options.progress(done_before, total);
  }
  const WrittenCounts written = writer.finish();
  counts.stored = written.stored;
  counts.amended = written.amended;
  counts.duplicates = written.duplicates;
  counts.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return counts;
}

}  // namespace custos
