#include "ml/period.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "ingest/declaration_file.hpp"
#include "ml/dataset.hpp"

namespace custos::ml {

std::string Period::describe() const {
  if (declarations.empty()) return path + ": no declarations";
  return fmt::format("{}: {} declarations from {} to {}{}", path, declarations.size(),
                     declarations.front().date.str(), declarations.back().date.str(),
                     rejected > 0 ? fmt::format(" ({} rejected)", rejected) : "");
}

Period read_period(const std::string& path, const std::string& mapping, const std::string& data_dir) {
  DeclarationFile file = read_declaration_file(path, std::nullopt, mapping, data_dir);
  Period p;
  p.path = path;
  p.declarations = std::move(file.declarations);
  p.rejected = static_cast<size_t>(file.rejected);
  for (const ReadRecord& r : file.first_rejects)
    if (!r.problems.empty())
      p.first_problems.push_back(
          fmt::format("{}:{}: {}: {}", path, r.problems[0].line, r.problems[0].field, r.problems[0].reason));
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
