#pragma once
// What the findings flag, before capacity and random selection: the measure of
// the packs on labelled cases (tests/risk/data, custos evaluate).
//  - An illicit declaration of domain D is caught when a finding of domain D asks
//    for a document check or more (yellow, orange or red): the officer is sent to
//    it for the right reason. It is flagged when any finding asks for that.
//  - A legitimate declaration (an outcome is recorded: no fraud, no illicit
//    domain, no seizure; declarations without any outcome are not counted) is
//    flagged when any finding asks for yellow or more, and sent to examination
//    when one asks for orange or red. A lawful shipment carrying its permit may
//    be flagged for a document check (a profile's permit_lane) but should not be
//    sent to examination.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/declaration.hpp"
#include "risk/assessment.hpp"

namespace custos::risk {

struct FlagReport {
  struct DomainCounts {
    int64_t illicit = 0, caught = 0, flagged = 0;
  };
  std::map<Domain, DomainCounts> domains;
  int64_t illicit = 0, caught = 0;
  int64_t legitimate = 0, legitimate_flagged = 0, legitimate_examined = 0;
  // Which declarations: an illicit one not caught, a legitimate one flagged,
  // with the lane its findings asked for.
  struct Listed {
    std::string declaration_id;
    Lane requested = Lane::green;
    std::optional<Domain> illicit_domain;
  };
  std::vector<Listed> missed, flagged_legitimate;

  void add(const Declaration& d, const Assessment& a);
  static double rate(int64_t part, int64_t whole) { return whole ? static_cast<double>(part) / whole : 0.0; }
};

// True when `a` has a finding of `domain` asking for `at_least` or more.
bool has_finding(const Assessment& a, Domain domain, Lane at_least);

}  // namespace custos::risk
