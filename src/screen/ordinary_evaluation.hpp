#pragma once
// How often screening alerts on ordinary people: names that are on no list
// (a CSV with a `name` column and optionally `culture`, such as the sets
// data/screening/make_ordinary_names.py writes). Every name is screened
// as a party of a declaration would be (no kind, no country); a name that
// is itself a listed name after normalisation (the same words) is left out
// and counted, since it is not an ordinary name for this purpose. The
// alert rate is alerts / names screened, at the shipped threshold.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "screen/screen.hpp"

namespace custos::screen {

struct OrdinaryName {
  std::size_t line = 0;
  std::string name, culture;
};

// Throws ImportError naming file and line on a malformed file.
std::vector<OrdinaryName> read_ordinary_names(const std::string& path);

struct OrdinaryAlert {
  std::string name, culture;
  double score = 0;
  std::string cause;    // "acronym", "initials", "one word", "several words"
  std::string summary;  // the result's own sentence
};

struct OrdinaryEvaluation {
  std::size_t names = 0;     // read
  std::size_t listed = 0;    // left out: the same words as a listed name
  std::size_t screened = 0;  // names - listed
  std::size_t alerts = 0;
  double rate = 0;  // alerts / screened
  std::map<std::string, std::size_t> alerts_by_cause, alerts_by_culture, screened_by_culture;
  std::vector<OrdinaryAlert> examples;  // every alert, in input order
};

OrdinaryEvaluation evaluate_ordinary(const Screener& screener, const std::vector<OrdinaryName>& names);

}  // namespace custos::screen
