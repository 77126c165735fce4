#pragma once
// The administrations a store knows (tenancy, docs/architecture.md). Exactly
// one is the store's own; `custos init --administration CODE --name TEXT`
// names it, which may replace the placeholder XX only while the store holds
// no records of XX. Other administrations (partners, hosted services) are
// added by code. Every change is audited in the acting administration's
// chain.
#include <optional>
#include <string>
#include <vector>

#include "audit/audit.hpp"
#include "store/store.hpp"

namespace custos::auth {

struct Administration {
  std::string code;  // e.g. an ISO 3166 code: "KH"
  std::string name;
  bool own = false;
  std::string created_at;
};

// 2 to 8 characters A-Z, 0-9 and '-', starting with a letter; throws
// InvalidInput("code") otherwise.
void check_administration_code(const std::string& code);

std::vector<Administration> list_administrations(Store& store);
std::optional<Administration> find_administration(Store& store, const std::string& code);

// Adds an administration; ConflictError when the code exists.
Administration add_administration(Store& store, const audit::Actor& actor, const std::string& code,
                                  const std::string& name);

// Names the store's own administration (see above) and switches `store` to
// it. Renaming an own administration other than XX is refused, and so is
// leaving XX once it holds records; the same code with a new name renames.
// Returns true when something changed.
bool name_own_administration(Store& store, const audit::Actor& actor, const std::string& code,
                             const std::string& name);

}  // namespace custos::auth
