#pragma once
// Training the disguise model (risk/disguise_model.hpp) from what the store
// has recorded, plus labelled case files, and keeping the result as the
// store's active version, audited: one path for `custos model train-disguise`
// and the demo.
#include <optional>
#include <vector>

#include "audit/audit.hpp"
#include "risk/disguise_model.hpp"
#include "store/store.hpp"

namespace custos::targeting {

struct DisguiseTrainingRun {
  int version = 0;
  risk::DisguiseModel model;
  size_t stored = 0;         // declarations read from the store
  size_t stored_lawful = 0;  // of which without an illicit domain and not a seizure
  size_t from_cases = 0;     // declarations from the case files
};

// Learns from the stored declarations in `window` (each with its latest
// recorded outcome event, if any: officers' results and seizure records
// name the domain there) and `cases`, with the
// currency rates of `data_dir`; stores the model (new active version) and
// audits it as model.train_disguise. Throws risk::DisguiseModelError when
// there is nothing to learn from, std::runtime_error when the rates table
// cannot be read. With `keep` false nothing is stored or audited (version
// 0): the caller writes the document elsewhere (the built-in model).
DisguiseTrainingRun train_disguise(Store& store, const audit::Actor& actor, const ScanFilter& window,
                                   std::vector<Declaration> cases, const std::vector<std::string>& case_files,
                                   const std::string& data_dir, const risk::DisguiseTraining& options,
                                   bool keep = true);

}  // namespace custos::targeting
