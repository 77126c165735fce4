#include "risk/pattern_set.hpp"

#include <stdexcept>

namespace custos::risk {
namespace {

// Throws with Hyperscan's reason and, when it names one, the expression it
// refused (the loader checks each expression alone, but only compiling a
// database can show some limits, e.g. a pattern too large).
void check(hs_error_t rc, hs_compile_error_t* err, const std::vector<const char*>& expressions) {
  if (rc == HS_SUCCESS) return;
  std::string msg = err && err->message ? err->message : "compile failed";
  if (err && err->expression >= 0 && static_cast<size_t>(err->expression) < expressions.size())
    msg += " in \"" + std::string(expressions[static_cast<size_t>(err->expression)]) + "\"";
  hs_free_compile_error(err);
  throw std::runtime_error("description patterns: " + msg);
}

}  // namespace

PatternSet::~PatternSet() {
  hs_free_database(literals_);
  hs_free_database(regexes_);
}

void PatternSet::compile(const std::vector<std::pair<DescriptionPattern, unsigned>>& patterns,
                         hs_scratch_t** scratch) {
  std::vector<const char*> lit, re;
  std::vector<size_t> lit_len;
  std::vector<unsigned> lit_ids, re_ids, lit_flags, re_flags;
  for (const auto& [p, id] : patterns) {
    if (p.literal) {
      lit.push_back(p.expression.c_str());
      lit_len.push_back(p.expression.size());
      lit_ids.push_back(id);
      lit_flags.push_back(literal_pattern_flags());
    } else {
      re.push_back(p.expression.c_str());
      re_ids.push_back(id);
      re_flags.push_back(regex_pattern_flags());
    }
  }
  hs_compile_error_t* err = nullptr;
  if (!lit.empty()) {
    check(hs_compile_lit_multi(lit.data(), lit_flags.data(), lit_ids.data(), lit_len.data(),
                               static_cast<unsigned>(lit.size()), HS_MODE_BLOCK, nullptr, &literals_, &err),
          err, lit);
    if (hs_alloc_scratch(literals_, scratch) != HS_SUCCESS)
      throw std::runtime_error("Hyperscan scratch failed");
  }
  if (!re.empty()) {
    check(hs_compile_multi(re.data(), re_flags.data(), re_ids.data(), static_cast<unsigned>(re.size()),
                           HS_MODE_BLOCK, nullptr, &regexes_, &err),
          err, re);
    if (hs_alloc_scratch(regexes_, scratch) != HS_SUCCESS)
      throw std::runtime_error("Hyperscan scratch failed");
  }
}

void PatternSet::scan(const std::string& folded, const std::string& words, hs_scratch_t* scratch,
                      match_event_handler on_match, void* context) const {
  if (literals_ != nullptr)
    hs_scan(literals_, words.data(), static_cast<unsigned>(words.size()), 0, scratch, on_match, context);
  if (regexes_ != nullptr)
    hs_scan(regexes_, folded.data(), static_cast<unsigned>(folded.size()), 0, scratch, on_match, context);
}

}  // namespace custos::risk
