#include "ingest/declaration_reader.hpp"

#include <simdjson.h>
#include <sys/stat.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/csv_reader.hpp"
#include "ingest/mapping.hpp"
#include "ingest/raw_row.hpp"
#include "ingest/validate.hpp"

namespace custos {

std::optional<Format> parse_format(std::string_view text) {
  if (text == "csv" || text == "tsv") return Format::csv;
  if (text == "ndjson" || text == "jsonl") return Format::ndjson;
  return std::nullopt;
}

Format guess_format(const std::string& path) {
  auto ends = [&](const char* ext) {
    size_t n = std::strlen(ext);
    return path.size() >= n && path.compare(path.size() - n, n, ext) == 0;
  };
  if (ends(".ndjson") || ends(".jsonl") || ends(".json")) return Format::ndjson;
  return Format::csv;
}

namespace {

bool ends_with(const std::string& s, const char* suffix) {
  size_t n = std::strlen(suffix);
  return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

// Source of rows in canonical terms; one implementation per format.
class RowSource {
 public:
  virtual ~RowSource() = default;
  virtual bool next(RawRow& row) = 0;
  virtual int64_t bytes_read() const = 0;
};

// CSV: the header row decides which column feeds which canonical field,
// directly (canonical names) or through a mapping.
class CsvRowSource final : public RowSource {
 public:
  CsvRowSource(const std::string& path, const Mapping* mapping)
      : CsvRowSource(path, mapping, CsvReader(path, options(path, mapping))) {}
  CsvRowSource(const std::string& path, const Mapping* mapping, CsvReader reader)
      : mapping_(mapping), reader_(std::move(reader)) {
    CsvRecord header;
    if (!reader_.next(header)) throw std::runtime_error(path + ": the file is empty (no header row)");
    if (!header.error.empty()) throw std::runtime_error(path + ":1: header row: " + header.error);
    columns_ = header.fields.size();
    plan_.assign(columns_, Target{});
    std::vector<std::string> names(header.fields.begin(), header.fields.end());
    if (mapping_ != nullptr)
      plan_with_mapping(path, names);
    else
      plan_canonical(path, names);
  }

  bool next(RawRow& row) override {
    if (!reader_.next(rec_)) return false;
    row.clear();
    row.line = rec_.line;
    row.text.assign(rec_.text);
    if (!rec_.error.empty()) row.format_error = rec_.error;
    if (rec_.fields.size() != columns_ && row.format_error.empty())
      row.format_error = "has " + std::to_string(rec_.fields.size()) + " columns; the header has " +
                         std::to_string(columns_);
    size_t n = std::min(rec_.fields.size(), columns_);
    for (size_t i = 0; i < n; ++i) {
      const Target& t = plan_[i];
      switch (t.kind) {
        case Target::to_field:
          if (mapping_ != nullptr) {
            value_.assign(rec_.fields[i]);
            row.set(t.field, mapping_->translate(t.field, value_));
          } else {
            row.set(t.field, rec_.fields[i]);
          }
          break;
        case Target::attribute:
          if (!rec_.fields[i].empty()) row.attributes.emplace_back(t.name, std::string(rec_.fields[i]));
          break;
        case Target::ignore: break;
      }
    }
    // A row whose column count is wrong may still carry its declaration id first.
    if (rec_.fields.size() != columns_ && id_column_ >= 0 &&
        static_cast<size_t>(id_column_) < rec_.fields.size())
      row.set(Field::declaration_id, rec_.fields[static_cast<size_t>(id_column_)]);
    for (const auto& [field, value] : constants_)
      if (!row.has(field)) row.set(field, value);
    return true;
  }

  int64_t bytes_read() const override { return reader_.bytes_consumed(); }
  const std::vector<std::string>& extra_columns() const { return extra_; }

 private:
  struct Target {
    enum Kind { ignore, to_field, attribute } kind = ignore;
    Field field = Field::declaration_id;
    std::string name;
  };

  static CsvReader::Options options(const std::string& path, const Mapping* mapping) {
    CsvReader::Options o;
    if (mapping != nullptr)
      o.delimiter = mapping->delimiter();
    else if (ends_with(path, ".tsv"))
      o.delimiter = '\t';
    return o;
  }

  void plan_canonical(const std::string& path, const std::vector<std::string>& names) {
    std::vector<bool> seen(kFieldCount, false);
    for (size_t i = 0; i < names.size(); ++i) {
      if (auto f = field_by_name(names[i])) {
        if (seen[static_cast<size_t>(*f)])
          throw std::runtime_error(path + ":1: column '" + names[i] + "' appears twice in the header");
        seen[static_cast<size_t>(*f)] = true;
        plan_[i] = {Target::to_field, *f, {}};
        if (*f == Field::declaration_id) id_column_ = static_cast<int>(i);
      } else if (!names[i].empty()) {
        plan_[i] = {Target::attribute, Field::declaration_id, names[i]};
        extra_.push_back(names[i]);
      }
    }
    std::string missing;
    for (Field f : {Field::declaration_id, Field::date, Field::flow, Field::hs_code})
      if (!seen[static_cast<size_t>(f)])
        missing += (missing.empty() ? "" : ", ") + std::string(field_name(f));
    if (!missing.empty())
      throw std::runtime_error(path + ":1: the header lacks required column(s): " + missing +
                               " (is this a foreign layout? use --mapping)");
  }

  void plan_with_mapping(const std::string& path, const std::vector<std::string>& names) {
    auto index_of = [&](const std::string& col) -> int {
      for (size_t i = 0; i < names.size(); ++i)
        if (names[i] == col) return static_cast<int>(i);
      return -1;
    };
    std::vector<bool> used(names.size(), false);
    for (const auto& c : mapping_->columns()) {
      int i = index_of(c.source);
      if (i < 0) {
        if (is_required_field(c.field) && mapping_->constants().count(c.field) == 0)
          throw std::runtime_error(path + ":1: mapping '" + mapping_->name() + "' expects a column '" +
                                   c.source + "' for " + std::string(field_name(c.field)) +
                                   ", and the header has none");
        continue;
      }
      plan_[static_cast<size_t>(i)] = {Target::to_field, c.field, {}};
      used[static_cast<size_t>(i)] = true;
      if (c.field == Field::declaration_id) id_column_ = i;
    }
    for (const auto& [attr, col] : mapping_->attributes()) {
      int i = index_of(col);
      if (i < 0) continue;  // optional
      plan_[static_cast<size_t>(i)] = {Target::attribute, Field::declaration_id, attr};
      used[static_cast<size_t>(i)] = true;
    }
    for (size_t i = 0; i < names.size(); ++i) {
      if (used[i] || names[i].empty()) continue;
      switch (mapping_->unknown_columns()) {
        case Mapping::Unknown::keep:
          plan_[i] = {Target::attribute, Field::declaration_id, names[i]};
          extra_.push_back(names[i]);
          break;
        case Mapping::Unknown::ignore: break;
        case Mapping::Unknown::reject:
          throw std::runtime_error(path + ":1: column '" + names[i] + "' is not in mapping '" +
                                   mapping_->name() + "' (which sets unknown_columns = \"reject\")");
      }
    }
    for (const auto& kv : mapping_->constants()) constants_.push_back(kv);
  }

  const Mapping* mapping_;
  CsvReader reader_;
  CsvRecord rec_;
  size_t columns_ = 0;
  int id_column_ = -1;
  std::vector<Target> plan_;
  std::vector<std::pair<Field, std::string>> constants_;
  std::vector<std::string> extra_;
  std::string value_;
};

// NDJSON: one declaration per line; each item becomes one row in canonical
// terms, so the same validation applies as for CSV.
class NdjsonRowSource final : public RowSource {
 public:
  explicit NdjsonRowSource(const std::string& path)
      : owned_(std::make_unique<std::ifstream>(path, std::ios::binary)), in_(*owned_) {
    if (!in_) throw std::runtime_error("cannot open " + path + ": " + std::strerror(errno));
  }
  explicit NdjsonRowSource(std::string_view data)
      : owned_(std::make_unique<std::istringstream>(std::string(data))), in_(*owned_) {}

  bool next(RawRow& row) override {
    if (pending_ < pending_rows_.size()) {
      row = std::move(pending_rows_[pending_++]);
      return true;
    }
    for (;;) {
      if (!std::getline(in_, line_)) return false;
      ++line_no_;
      bytes_ += static_cast<int64_t>(line_.size()) + 1;
      if (line_no_ == 1 && line_.rfind("\xEF\xBB\xBF", 0) == 0) line_.erase(0, 3);
      if (!line_.empty() && line_.back() == '\r') line_.pop_back();
      if (line_.find_first_not_of(" \t") == std::string::npos) continue;
      break;
    }
    explode(row);
    return true;
  }

  int64_t bytes_read() const override { return bytes_; }

 private:
  static void scalar_text(simdjson::dom::element e, std::string& out) {
    using simdjson::dom::element_type;
    out.clear();
    switch (e.type()) {
      case element_type::STRING: out.assign(std::string_view(e.get_string().value())); break;
      case element_type::INT64: out = std::to_string(int64_t(e.get_int64().value())); break;
      case element_type::UINT64: out = std::to_string(uint64_t(e.get_uint64().value())); break;
      case element_type::DOUBLE: {
        char buf[64];
        auto r = std::to_chars(buf, buf + sizeof buf, double(e.get_double().value()));
        out.assign(buf, r.ptr);
        break;
      }
      case element_type::BOOL: out = bool(e.get_bool().value()) ? "1" : "0"; break;
      case element_type::NULL_VALUE: break;
      default: out = "\x01";  // marks a wrong shape; reported below
    }
  }

  // Arrays of strings become `|`-joined text; documents become TYPE:REF.
  static bool list_text(simdjson::dom::element e, bool documents, std::string& out) {
    out.clear();
    if (!e.is_array()) {
      scalar_text(e, out);
      return out != "\x01";
    }
    simdjson::dom::array arr = e.get_array().value_unsafe();
    for (simdjson::dom::element v : arr) {
      if (!out.empty()) out += '|';
      if (documents && v.is_object()) {
        std::string_view type, ref;
        if (v["type"].get(type) != simdjson::SUCCESS || v["reference"].get(ref) != simdjson::SUCCESS)
          return false;
        out.append(type).append(":").append(ref);
      } else if (v.is_string()) {
        out.append(std::string_view(v.get_string().value()));
      } else {
        return false;
      }
    }
    return true;
  }

  void set_from(RawRow& row, std::string_view key, simdjson::dom::element value, bool in_item) {
    auto f = field_by_name(key);
    if (!f) {
      if (key == "attributes" && value.is_object()) {
        simdjson::dom::object attrs = value.get_object().value_unsafe();
        for (auto [k, v] : attrs) {
          scalar_text(v, text_);
          if (text_ != "\x01") row.attributes.emplace_back(std::string(k), text_);
        }
        return;
      }
      scalar_text(value, text_);
      if (text_ == "\x01") text_ = simdjson::minify(value);
      row.attributes.emplace_back(std::string(key), text_);
      return;
    }
    if (in_item == is_header_field(*f) && in_item) {
      row.format_error = "'" + std::string(key) + "' is a declaration field and cannot sit inside an item";
      return;
    }
    bool ok = (*f == Field::transit_countries || *f == Field::containers || *f == Field::documents)
                  ? list_text(value, *f == Field::documents, text_)
                  : (scalar_text(value, text_), text_ != "\x01");
    if (!ok) {
      row.format_error = "'" + std::string(key) + "' has the wrong JSON type";
      return;
    }
    row.set(*f, text_);
  }

  void explode(RawRow& first) {
    pending_rows_.clear();
    pending_ = 0;
    first.clear();
    first.line = line_no_;
    first.text = line_;
    simdjson::dom::element doc;
    auto err = parser_.parse(line_).get(doc);
    if (err) {
      first.format_error = std::string("not valid JSON: ") + simdjson::error_message(err);
      salvage_id(first);
      return;
    }
    if (!doc.is_object()) {
      first.format_error = "a line must hold one JSON object (a declaration)";
      return;
    }
    simdjson::dom::array items;
    bool has_items = false;
    simdjson::dom::object decl = doc.get_object().value_unsafe();
    for (auto [key, value] : decl) {
      if (key == "items") {
        if (value.get_array().get(items) != simdjson::SUCCESS) {
          first.format_error = "'items' must be an array of objects";
          return;
        }
        has_items = true;
        continue;
      }
      set_from(first, key, value, false);
    }
    if (!has_items || items.size() == 0) {
      first.format_error = "a declaration needs a non-empty 'items' array";
      return;
    }
    RawRow header = first;  // header fields repeat on every item row, as in CSV
    bool is_first = true;
    for (simdjson::dom::element item : items) {
      RawRow& row = is_first ? first : pending_rows_.emplace_back(header);
      is_first = false;
      if (!item.is_object()) {
        row.format_error = "each entry of 'items' must be an object";
        continue;
      }
      simdjson::dom::object fields = item.get_object().value_unsafe();
      for (auto [key, value] : fields) set_from(row, key, value, true);
    }
  }

  void salvage_id(RawRow& row) {
    // Best effort so the reject names the declaration: find "declaration_id":"...".
    size_t k = line_.find("\"declaration_id\"");
    if (k == std::string::npos) return;
    size_t q1 = line_.find('"', line_.find(':', k) + 1);
    size_t q2 = q1 == std::string::npos ? q1 : line_.find('"', q1 + 1);
    if (q2 != std::string::npos)
      row.set(Field::declaration_id, std::string_view(line_).substr(q1 + 1, q2 - q1 - 1));
  }

  std::unique_ptr<std::istream> owned_;
  std::istream& in_;
  std::string line_, text_;
  int64_t line_no_ = 0;
  int64_t bytes_ = 0;
  simdjson::dom::parser parser_;
  std::vector<RawRow> pending_rows_;
  size_t pending_ = 0;
};

}  // namespace

class DeclarationReader::Impl {
 public:
  Impl(const std::string& path, const ReaderOptions& options) : path_(path), options_(options) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
      throw std::runtime_error("cannot open " + path + ": " + std::strerror(errno));
    if (S_ISDIR(st.st_mode)) throw std::runtime_error(path + " is a folder, not a file");
    size_ = static_cast<int64_t>(st.st_size);
    Format format = options.format.value_or(guess_format(path));
    if (format == Format::ndjson) {
      if (options.mapping != nullptr)
        throw std::runtime_error("mappings apply to CSV layouts; " + path + " is NDJSON");
      source_ = std::make_unique<NdjsonRowSource>(path);
    } else {
      auto csv = std::make_unique<CsvRowSource>(path, options.mapping);
      extra_ = csv->extra_columns();
      source_ = std::move(csv);
    }
    group_.resize(1);
    have_row_ = source_->next(group_[0]);
  }

  // In-memory text (a request body) named `name` in messages.
  Impl(std::string_view data, Format format, const std::string& name, const ReaderOptions& options)
      : path_(name), options_(options) {
    size_ = static_cast<int64_t>(data.size());
    if (format == Format::ndjson) {
      if (options.mapping != nullptr)
        throw std::runtime_error("mappings apply to CSV layouts; " + name + " is NDJSON");
      source_ = std::make_unique<NdjsonRowSource>(data);
    } else {
      CsvReader::Options o;
      if (options.mapping != nullptr) o.delimiter = options.mapping->delimiter();
      auto csv = std::make_unique<CsvRowSource>(name, options.mapping, CsvReader::from_memory(data, o));
      extra_ = csv->extra_columns();
      source_ = std::move(csv);
    }
    group_.resize(1);
    have_row_ = source_->next(group_[0]);
  }

  bool next(ReadRecord& out) {
    if (!have_row_) return false;
    // Rows of one declaration are consecutive and share its id. group_[0]
    // holds the row read ahead, which starts this declaration.
    size_t n = 1;
    const std::string id = group_[0].get(Field::declaration_id);
    for (;;) {
      if (n == group_.size()) group_.emplace_back();
      have_row_ = source_->next(group_[n]);
      if (!have_row_ || id.empty() || group_[n].get(Field::declaration_id) != id) break;
      ++n;
    }
    out = validate_declaration(std::span<const RawRow>(group_.data(), n), options_.nomenclature);
    if (have_row_) std::swap(group_[0], group_[n]);  // the look-ahead row starts the next one
    return true;
  }

  std::string path_;
  ReaderOptions options_;
  int64_t size_ = 0;
  std::unique_ptr<RowSource> source_;
  bool have_row_ = false;
  std::vector<RawRow> group_;
  std::vector<std::string> extra_;
};

DeclarationReader::DeclarationReader(const std::string& path, const ReaderOptions& options)
    : impl_(std::make_unique<Impl>(path, options)) {}
DeclarationReader::DeclarationReader(std::string_view data, Format format, const std::string& name,
                                     const ReaderOptions& options)
    : impl_(std::make_unique<Impl>(data, format, name, options)) {}
DeclarationReader::~DeclarationReader() = default;
bool DeclarationReader::next(ReadRecord& out) { return impl_->next(out); }
const std::vector<std::string>& DeclarationReader::extra_columns() const { return impl_->extra_; }
int64_t DeclarationReader::bytes_read() const { return impl_->source_->bytes_read(); }
int64_t DeclarationReader::file_size() const { return impl_->size_; }
const std::string& DeclarationReader::path() const { return impl_->path_; }

}  // namespace custos
