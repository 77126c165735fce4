#pragma once
// Internal to the profile loader: reads typed values out of toml++ nodes and
// records errors with positions instead of throwing.
#include <toml++/toml.h>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "risk/profile_loader.hpp"

namespace custos::risk::detail {

class ErrorSink {
 public:
  ErrorSink(std::string file, std::vector<LoadError>& errors) : file_(std::move(file)), errors_(errors) {}
  void add(const toml::source_region& at, std::string message, std::string hint = {});
  SourcePos pos(const toml::source_region& at) const;
  const std::string& file() const { return file_; }
  size_t count() const { return errors_.size(); }

 private:
  std::string file_;
  std::vector<LoadError>& errors_;
};

// The closest of `known` to `word`, for "did you mean" hints; empty if none is close.
std::string closest(std::string_view word, const std::vector<std::string_view>& known);
// Reports every key of `table` not in `known`.
void check_keys(const toml::table& table, const std::vector<std::string_view>& known, std::string_view where,
                ErrorSink& sink);

std::optional<std::string> get_string(const toml::node& n, std::string_view key, ErrorSink& sink);
std::optional<double> get_number(const toml::node& n, std::string_view key, ErrorSink& sink);
std::optional<Date> get_date(const toml::node& n, std::string_view key, ErrorSink& sink);
// An array of strings; a single string is accepted as a one-element array.
std::optional<std::vector<std::pair<std::string, toml::source_region>>> get_strings(const toml::node& n,
                                                                                    std::string_view key,
                                                                                    ErrorSink& sink);

}  // namespace custos::risk::detail
