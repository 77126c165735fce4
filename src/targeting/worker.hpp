#pragma once
// Assessment workers: a loop that claims batches of lodged, unassessed
// declarations (assessment_queue), assesses them and stores the result,
// one transaction a batch (assess_pending). On PostgreSQL the claim is
// SELECT ... FOR UPDATE SKIP LOCKED, so several worker processes on one
// database share the queue and never take the same row; a worker that dies
// mid-batch leaves its batch's rows locked only until its connection goes,
// then the transaction rolls back and another worker claims them. On SQLite
// run one worker (the file has one writer at a time).
//
// `custos worker` (src/cli/cmd_worker.cc) is the command line around it.
#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <string>

#include "store/store.hpp"
#include "targeting/assessments.hpp"
#include "targeting/engine.hpp"

namespace custos::targeting {

struct WorkerOptions {
  Options targeting;    // the engine's sources, as the server builds them
  OnlinePolicy policy;  // lanes under capacity, random floor (online_policy())
  int batch = 500;      // declarations claimed per transaction
  bool once = false;    // stop when the queue is empty (else poll)
  int poll_ms = 1000;   // wait between polls of an empty queue
};

struct WorkerCounts {
  int64_t assessed = 0;                  // declarations assessed and stored
  int64_t batches = 0;                   // non-empty batches committed
  std::map<std::string, int64_t> lanes;  // assessed per lane
  double seconds = 0;                    // from start to stop
};

// Runs until the queue is empty (once) or `stop` is set. `stop` is read
// between batches and while polling: a batch under way is finished and
// committed. `on_batch` (optional) is called after each committed batch.
WorkerCounts run_worker(Store& store, const WorkerOptions& options, const std::atomic<bool>& stop,
                        const std::function<void(const WorkerCounts&, int64_t in_batch)>& on_batch = {});

}  // namespace custos::targeting
