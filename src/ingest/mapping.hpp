#pragma once
// A mapping turns a foreign file layout into the declaration model without
// code: which source column feeds which canonical field, constants for
// fields the layout lacks, value translations, and which extra columns are
// kept as attributes. Mappings are TOML files (data/mappings/NAME.toml);
// docs/formats.md describes the format.
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "ingest/fields.hpp"

namespace custos {

class MappingError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Mapping {
 public:
  enum class Unknown { keep, ignore, reject };

  struct Column {
    Field field;
    std::string source;  // column name in the foreign layout
  };

  // `name_or_file` is a path to a .toml file, or the name of a shipped
  // mapping looked up in `data_dir`/mappings/. Throws MappingError with
  // file, line and column when the file is wrong.
  static std::unique_ptr<Mapping> load(const std::string& name_or_file, const std::string& data_dir);
  // Parses mapping text; `origin` names it in error messages.
  static std::unique_ptr<Mapping> parse(std::string_view toml_text, const std::string& origin);

  const std::string& name() const { return name_; }
  const std::string& title() const { return title_; }
  char delimiter() const { return delimiter_; }
  const std::vector<Column>& columns() const { return columns_; }
  const std::map<Field, std::string>& constants() const { return constants_; }
  const std::vector<std::pair<std::string, std::string>>& attributes() const { return attributes_; }
  Unknown unknown_columns() const { return unknown_; }
  // The translated value, or the value itself when no translation is listed.
  const std::string& translate(Field f, const std::string& value) const;

 private:
  std::string name_, title_;
  char delimiter_ = ',';
  std::vector<Column> columns_;
  std::map<Field, std::string> constants_;
  std::vector<std::pair<std::string, std::string>> attributes_;  // attribute name, source column
  std::map<Field, std::map<std::string, std::string>> values_;
  Unknown unknown_ = Unknown::keep;
};

}  // namespace custos
