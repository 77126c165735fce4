#include "cli/demo_targets.hpp"

namespace custos::cli {

int print_demo_targets(Context&, const std::string&, int, std::ostream& out) {
  out << "4. Targeting: the risk engine is not part of this build yet; no targets to print.\n";
  return kOk;
}

}  // namespace custos::cli
