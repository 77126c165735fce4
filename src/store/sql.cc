#include "store/sql.hpp"

#include <charconv>
#include <cstdlib>

namespace custos::sql {

const Value& Row::at(size_t i) const {
  if (i >= columns_.size())
    throw StoreError("column " + std::to_string(i) + " asked of a row of " + std::to_string(columns_.size()));
  return columns_[i];
}

int64_t Row::integer(size_t i) const {
  const Value& v = at(i);
  if (const auto* n = std::get_if<int64_t>(&v)) return *n;
  if (const auto* d = std::get_if<double>(&v)) return static_cast<int64_t>(*d);
  if (const auto* s = std::get_if<std::string>(&v)) {
    int64_t out = 0;
    auto [p, ec] = std::from_chars(s->data(), s->data() + s->size(), out);
    if (ec == std::errc() && p == s->data() + s->size()) return out;
    throw StoreError("column " + std::to_string(i) + " is not an integer: '" + s->substr(0, 40) + "'");
  }
  if (std::holds_alternative<std::monostate>(v)) return 0;
  throw StoreError("column " + std::to_string(i) + " holds bytes, not an integer");
}

double Row::real(size_t i) const {
  const Value& v = at(i);
  if (const auto* d = std::get_if<double>(&v)) return *d;
  if (const auto* n = std::get_if<int64_t>(&v)) return static_cast<double>(*n);
  if (const auto* s = std::get_if<std::string>(&v)) {
    char* end = nullptr;
    double out = std::strtod(s->c_str(), &end);
    if (end != s->c_str() && *end == '\0') return out;
    throw StoreError("column " + std::to_string(i) + " is not a number: '" + s->substr(0, 40) + "'");
  }
  if (std::holds_alternative<std::monostate>(v)) return 0;
  throw StoreError("column " + std::to_string(i) + " holds bytes, not a number");
}

std::string Row::text(size_t i) const {
  const Value& v = at(i);
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  if (const auto* n = std::get_if<int64_t>(&v)) return std::to_string(*n);
  if (const auto* d = std::get_if<double>(&v)) {
    char buf[32];
    auto [p, ec] = std::to_chars(buf, buf + sizeof buf, *d);
    return std::string(buf, p);
  }
  if (const auto* b = std::get_if<Blob>(&v)) return b->bytes;
  return {};
}

std::string Row::blob(size_t i) const {
  const Value& v = at(i);
  if (const auto* b = std::get_if<Blob>(&v)) return b->bytes;
  return text(i);
}

}  // namespace custos::sql
