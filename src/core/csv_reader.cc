#include "core/csv_reader.hpp"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace custos {

CsvReader::CsvReader(Options options, std::FILE* file) : options_(options), file_(file) {}

CsvReader::CsvReader(const std::string& path, Options options) : options_(options) {
  file_ = std::fopen(path.c_str(), "rb");
  if (file_ == nullptr) throw std::runtime_error("cannot open " + path + ": " + std::strerror(errno));
  buf_.resize(options_.buffer_size);
}

CsvReader CsvReader::from_memory(std::string_view data, Options options) {
  CsvReader r(options, nullptr);
  r.buf_.assign(data);
  r.end_ = data.size();
  r.eof_ = true;
  return r;
}

CsvReader::CsvReader(CsvReader&& o) noexcept
    : options_(o.options_),
      file_(o.file_),
      buf_(std::move(o.buf_)),
      pos_(o.pos_),
      end_(o.end_),
      consumed_(o.consumed_),
      line_(o.line_),
      eof_(o.eof_),
      started_(o.started_) {
  o.file_ = nullptr;
}

CsvReader::~CsvReader() {
  if (file_ != nullptr) std::fclose(file_);
}

bool CsvReader::fill() {
  if (eof_ || file_ == nullptr) {
    eof_ = true;
    return false;
  }
  if (pos_ > 0) {  // keep the unparsed tail at the front
    std::memmove(buf_.data(), buf_.data() + pos_, end_ - pos_);
    consumed_ += static_cast<int64_t>(pos_);
    end_ -= pos_;
    pos_ = 0;
  }
  if (end_ == buf_.size()) buf_.resize(buf_.size() * 2);  // one record larger than the buffer
  size_t n = std::fread(buf_.data() + end_, 1, buf_.size() - end_, file_);
  end_ += n;
  if (n == 0) eof_ = true;
  return n > 0;
}

CsvReader::Parse CsvReader::parse(CsvRecord& rec, size_t& record_end) {
  const char delim = options_.delimiter;
  const char* b = buf_.data();
  size_t p = pos_;
  spans_.clear();
  scratch_.clear();
  rec.error.clear();
  rec.error_code.clear();
  for (;;) {
    // at the start of a field
    if (p < end_ && b[p] == '"') {
      ++p;
      size_t seg = p;
      size_t scratch_start = scratch_.size();
      bool escaped = false;
      for (;;) {
        const void* q = std::memchr(b + p, '"', end_ - p);
        if (q == nullptr) {
          if (!eof_) return Parse::need_more;
          rec.error = "a quoted field is not closed before the end of the file";
          rec.error_code = "csv_open_quote";
          if (escaped) scratch_.append(b + seg, end_ - seg);
          spans_.push_back(escaped ? Span{true, scratch_start, scratch_.size() - scratch_start}
                                   : Span{false, seg, end_ - seg});
          record_end = end_;
          p = end_;
          goto done;
        }
        size_t qi = static_cast<size_t>(static_cast<const char*>(q) - b);
        if (qi + 1 == end_ && !eof_) return Parse::need_more;
        if (qi + 1 < end_ && b[qi + 1] == '"') {  // doubled quote
          scratch_.append(b + seg, qi + 1 - seg);
          escaped = true;
          p = qi + 2;
          seg = p;
          continue;
        }
        if (escaped) {
          scratch_.append(b + seg, qi - seg);
          spans_.push_back(Span{true, scratch_start, scratch_.size() - scratch_start});
        } else {
          spans_.push_back(Span{false, seg, qi - seg});
        }
        p = qi + 1;
        break;
      }
      // after a closing quote: delimiter, line end, or end of input
      if (p == end_) {
        if (!eof_) return Parse::need_more;
        record_end = p;
        goto done;
      }
      if (b[p] == delim) {
        ++p;
        continue;
      }
      if (b[p] == '\n') {
        record_end = p;
        goto done;
      }
      if (b[p] == '\r') {
        if (p + 1 == end_ && !eof_) return Parse::need_more;
        if (p + 1 == end_ || b[p + 1] == '\n') {
          record_end = p + 1;  // the '\n' (or the end), so the CR is not read as a blank line
          goto done;
        }
      }
      rec.error = "unexpected text after a closing quote";
      rec.error_code = "csv_after_quote";
      // skip to the next delimiter or line end so the rest of the record still splits
      while (p < end_ && b[p] != delim && b[p] != '\n') ++p;
      if (p == end_ && !eof_) return Parse::need_more;
      if (p < end_ && b[p] == delim) {
        ++p;
        continue;
      }
      record_end = p;
      goto done;
    }
    // unquoted field
    size_t start = p;
    while (p < end_ && b[p] != delim && b[p] != '\n') ++p;
    if (p == end_ && !eof_) return Parse::need_more;
    if (p < end_ && b[p] == delim) {
      spans_.push_back(Span{false, start, p - start});
      ++p;
      continue;
    }
    {
      size_t len = p - start;
      if (len > 0 && b[start + len - 1] == '\r') --len;  // CRLF
      spans_.push_back(Span{false, start, len});
    }
    record_end = p;
    goto done;
  }
done:
  rec.fields.clear();
  for (const Span& s : spans_)
    rec.fields.emplace_back(s.in_scratch ? scratch_.data() + s.offset : b + s.offset, s.length);
  size_t text_end = record_end;
  if (text_end > pos_ && text_end <= end_ && b[text_end - 1] == '\r') --text_end;
  rec.text = std::string_view(b + pos_, text_end - pos_);
  return Parse::complete;
}

bool CsvReader::next(CsvRecord& rec) {
  if (!started_) {
    started_ = true;
    if (end_ < 3) fill();
    if (end_ - pos_ >= 3 && std::memcmp(buf_.data() + pos_, "\xEF\xBB\xBF", 3) == 0) pos_ += 3;
  }
  for (;;) {
    if (pos_ == end_ && !fill()) return false;
    // blank lines (LF or CRLF) are skipped, but counted
    if (buf_[pos_] == '\n') {
      ++pos_;
      ++line_;
      continue;
    }
    if (buf_[pos_] == '\r') {
      if (pos_ + 1 == end_ && !eof_) {
        fill();
        continue;
      }
      if (pos_ + 1 == end_ || buf_[pos_ + 1] == '\n') {
        pos_ += (pos_ + 1 == end_) ? 1 : 2;
        ++line_;
        continue;
      }
    }
    size_t record_end = 0;
    if (parse(rec, record_end) == Parse::need_more) {
      fill();
      continue;
    }
    rec.line = line_;
    int64_t newlines = std::count(buf_.data() + pos_, buf_.data() + record_end, '\n');
    rec.line_count = newlines + 1;
    line_ += newlines + 1;
    pos_ = record_end < end_ ? record_end + 1 : record_end;  // past the '\n'
    return true;
  }
}

}  // namespace custos
