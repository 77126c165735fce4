#include "ingest/declaration_file.hpp"

#include <memory>

#include "ingest/mapping.hpp"

namespace custos {

DeclarationFile read_declaration_file(const std::string& path, std::optional<Format> format,
                                      const std::string& mapping, const std::string& data_dir,
                                      size_t keep_rejects) {
  std::unique_ptr<Mapping> m;
  ReaderOptions options;
  options.format = format;
  if (!mapping.empty()) {
    m = Mapping::load(mapping, data_dir);
    options.mapping = m.get();
  }
  DeclarationReader reader(path, options);
  DeclarationFile out;
  ReadRecord r;
  while (reader.next(r)) {
    if (r.ok()) {
      out.declarations.push_back(std::move(*r.declaration));
      continue;
    }
    ++out.rejected;
    if (out.first_rejects.size() < keep_rejects) out.first_rejects.push_back(r);
  }
  return out;
}

}  // namespace custos
