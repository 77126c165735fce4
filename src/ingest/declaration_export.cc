#include "ingest/declaration_export.hpp"

#include <fmt/format.h>

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "core/declaration_json.hpp"
#include "ingest/csv_writer.hpp"
#include "ingest/fields.hpp"

namespace custos {
namespace {

std::string folded(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool spaced(std::string_view s) {
  return s.empty() || std::isspace(static_cast<unsigned char>(s.front())) ||
         std::isspace(static_cast<unsigned char>(s.back()));
}

// The attribute columns of a CSV export, or ExportError naming what CSV cannot carry.
std::vector<std::string> attribute_columns(Store& store, const ScanFilter& range) {
  std::map<std::string, std::string> by_folded;  // folded name -> name
  store.scan(range, [&](const Declaration& d) {
    for (const auto& [name, value] : d.attributes) {
      const std::string where = "declaration " + d.id + ", attribute '" + name + "': ";
      if (spaced(name))
        throw ExportError(where + "a name that is empty or has spaces around it cannot be a CSV column name");
      if (field_by_name(name))
        throw ExportError(where + "has the name of a canonical column, so CSV would read it as that column");
      if (value.empty()) throw ExportError(where + "is empty, and an empty CSV cell reads as not declared");
      auto [it, added] = by_folded.emplace(folded(name), name);
      if (!added && it->second != name)
        throw ExportError(where + "differs from attribute '" + it->second +
                          "' only by case, and CSV column names are matched ignoring case");
    }
    return true;
  });
  std::vector<std::string> out;
  for (const auto& [f, name] : by_folded) out.push_back(name);
  return out;
}

}  // namespace

ExportCounts export_declarations(Store& store, const ScanFilter& range, Format format,
                                 const std::string& path) {
  namespace fs = std::filesystem;
  ExportCounts counts;
  if (format == Format::csv) counts.attribute_columns = attribute_columns(store, range);
  const std::set<std::string> known(counts.attribute_columns.begin(), counts.attribute_columns.end());

  const std::string partial = path + ".partial";
  std::ofstream out(partial, std::ios::binary | std::ios::trunc);
  if (!out) throw ExportError("cannot write " + partial);
  fmt::memory_buffer buf;
  auto flush = [&] {
    out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
    buf.clear();
  };
  if (format == Format::csv) {
    std::string_view header = canonical_csv_header();
    header.remove_suffix(1);  // its '\n'
    buf.append(header);
    for (const std::string& a : counts.attribute_columns) {
      buf.push_back(',');
      append_csv_cell(buf, a);
    }
    buf.push_back('\n');
  }
  try {
    store.scan(range, [&](const Declaration& d) {
      if (format == Format::ndjson) {
        buf.append(to_canonical_json(d));
        buf.push_back('\n');
        ++counts.rows;
      } else {
        for (const auto& [name, value] : d.attributes)
          if (!known.contains(name) || value.empty())
            throw ExportError("declaration " + d.id + " changed while it was exported (new attribute '" +
                              name + "'); export again");
        append_canonical_csv(buf, d, counts.attribute_columns);
        counts.rows += static_cast<int64_t>(d.items.size());
      }
      ++counts.declarations;
      if (buf.size() > (1 << 20)) flush();
      return true;
    });
    flush();
    out.close();
    if (!out) throw ExportError("writing " + partial + " failed");
    std::error_code ec;
    fs::rename(partial, path, ec);
    if (ec) throw ExportError("cannot move " + partial + " to " + path + ": " + ec.message());
  } catch (...) {
    out.close();
    std::error_code ec;
    fs::remove(partial, ec);
    throw;
  }
  return counts;
}

}  // namespace custos
