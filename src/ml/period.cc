#include "ml/period.hpp"

#include <fmt/format.h>

#include <memory>
#include <stdexcept>

#include "ingest/declaration_reader.hpp"
#include "ingest/mapping.hpp"
#include "ml/dataset.hpp"

namespace custos::ml {

std::string Period::describe() const {
  if (declarations.empty()) return path + ": no declarations";
  return fmt::format("{}: {} declarations from {} to {}{}", path, declarations.size(),
                     declarations.front().date.str(), declarations.back().date.str(),
                     rejected > 0 ? fmt::format(" ({} rejected)", rejected) : "");
}

Period read_period(const std::string& path, const std::string& mapping, const std::string& data_dir) {
  std::unique_ptr<Mapping> m;
  if (!mapping.empty()) m = Mapping::load(mapping, data_dir);
  ReaderOptions options;
  options.mapping = m.get();
  DeclarationReader reader(path, options);
  Period p;
  p.path = path;
  ReadRecord r;
  while (reader.next(r)) {
    if (r.ok()) {
      p.declarations.push_back(std::move(*r.declaration));
      continue;
    }
    ++p.rejected;
    if (p.first_problems.size() < 5 && !r.problems.empty())
      p.first_problems.push_back(
          fmt::format("{}:{}: {}: {}", path, r.problems[0].line, r.problems[0].field, r.problems[0].reason));
  }
  if (p.declarations.empty())
    throw std::runtime_error(
        path + ": no declaration could be read" +
        (p.first_problems.empty() ? "" : " (first problem: " + p.first_problems[0] + ")"));
  sort_by_date(p.declarations);
  return p;
}

void require_before(const Period& earlier, const Period& later) {
  if (earlier.declarations.empty() || later.declarations.empty()) return;
  Date end = earlier.declarations.back().date, start = later.declarations.front().date;
  if (start <= end)
    throw std::invalid_argument(fmt::format(
        "periods overlap or are out of order: {} ends on {} but {} starts on {}; the later period must start "
        "after the earlier one ends",
        earlier.path, end.str(), later.path, start.str()));
}

}  // namespace custos::ml
