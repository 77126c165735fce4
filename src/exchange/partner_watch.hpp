#pragma once
// Partner alerts feed targeting: every active alert a partner sent (a
// company, a container, a route, an HS code and description pattern, with a
// reason and an expiry) is a time-limited watch entry of the receiving
// administration's risk engine. A declaration that matches every criterion
// the alert names, dated on or before its expiry, gets a finding with source
// "partner" naming the partner, the operation and the reason.
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/declaration.hpp"
#include "core/finding.hpp"
#include "risk/assessment.hpp"
#include "store/store.hpp"

namespace custos::exchange {

struct WatchEntry {
  std::string partner, operation, uuid, reason;
  int64_t version = 1;
  Date expires;
  Domain domain = Domain::general;
  double weight = 60;
  std::string company;    // folded to upper case
  std::string container;  // upper case, no spaces
  std::string route_from, route_to;
  std::optional<HsCode> hs_code;
  std::string description_pattern;  // folded to upper case
};

// The current, unretracted alerts received from partners, expired or not
// (a declaration's date decides).
std::vector<WatchEntry> partner_watch_entries(Store& store);
// The findings the entries raise on a declaration.
void match_watch_entries(const std::vector<WatchEntry>& entries, const Declaration& d,
                         std::vector<Finding>& out);
// A finding source over the store's entries; empty when there are none.
risk::FindingSource partner_watch_source(Store& store);

// What changes whenever an alert is received, amended or retracted (a version
// is a row, and rows are only added): one indexed count.
std::string partner_watch_stamp(Store& store);
// The same count as a scalar subquery over the administration named by
// parameter `param` ("$1"), for a caller that reads it in a query of its own.
std::string partner_watch_stamp_sql(const std::string& param);

// The entries as a long-lived engine keeps them: refresh() reads them again
// only when partner_watch_stamp() changed, so an alert received after the
// engine was built is seen by the next request; expiry needs no refresh (the
// declaration's date decides). Not thread-safe, like the engine holding it.
class PartnerWatch {
 public:
  explicit PartnerWatch(Store& store) { refresh(store); }
  // True when the entries were read again.
  bool refresh(Store& store);
  size_t size() const { return entries_.size(); }
  void match(const Declaration& d, std::vector<Finding>& out) const { match_watch_entries(entries_, d, out); }

 private:
  std::string stamp_;
  bool loaded_ = false;
  std::vector<WatchEntry> entries_;
};

}  // namespace custos::exchange
