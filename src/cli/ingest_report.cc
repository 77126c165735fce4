#include "cli/ingest_report.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace custos::cli {

void print_ingest_report(std::ostream& out, const IngestCounts& c, const std::string& rejects_path, bool json,
                         const std::vector<std::string>& nomenclatures) {
  if (json) {
    nlohmann::json j{{"read", c.read},
                     {"stored", c.stored},
                     {"rejected", c.rejected},
                     {"duplicates", c.duplicates},
                     {"amended", c.amended},
                     {"problems", c.problems},
                     {"refused_files", c.refused_files},
                     {"extra_columns", c.extra_columns},
                     {"seconds", c.seconds}};
    out << j.dump() << "\n";
    return;
  }
  out << fmt::format("Read {} declarations in {:.2f} s ({:.0f}/s)\n", c.read, c.seconds,
                     c.seconds > 0 ? static_cast<double>(c.read) / c.seconds : 0.0);
  out << fmt::format("  stored      {:>10}", c.stored);
  if (c.amended > 0) out << fmt::format("   (of which {} amendments, earlier versions kept)", c.amended);
  out << "\n";
  out << fmt::format("  rejected    {:>10}", c.rejected);
  if (c.rejected > 0)
    out << (rejects_path.empty() ? "   (use --rejects FILE to see why)" : "   reasons in " + rejects_path);
  out << "\n";
  out << fmt::format("  duplicates  {:>10}   (already stored with the same content)\n", c.duplicates);
  for (const auto& f : c.refused_files) out << "  refused (--strict): " << f << "\n";
  if (!c.extra_columns.empty()) {
    out << "  kept as attributes: ";
    for (size_t i = 0; i < c.extra_columns.size(); ++i) out << (i ? ", " : "") << c.extra_columns[i];
    out << "\n";
  }
  if (nomenclatures.empty())
    out << "  HS codes checked for shape only (no nomenclature imported)\n";
  else {
    out << "  HS codes checked against:";
    for (const auto& e : nomenclatures) out << " HS " << e;
    out << "\n";
  }
}

}  // namespace custos::cli
