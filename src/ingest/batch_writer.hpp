#pragma once
// Writes batches of declarations to the store on a thread of its own, so
// reading and validating the next batch overlaps with storing this one (and
// with the disk's flush at each commit). At most `depth` batches wait; an
// error in the store stops the ingest and is rethrown to the caller, with
// every batch before it committed and none after it started.
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "store/store.hpp"

namespace custos {

struct WrittenCounts {
  int64_t stored = 0, amended = 0, duplicates = 0;
};

class BatchWriter {
 public:
  explicit BatchWriter(Store& store, size_t depth = 2);
  ~BatchWriter();  // abandons batches not yet written
  BatchWriter(const BatchWriter&) = delete;
  BatchWriter& operator=(const BatchWriter&) = delete;

  // Queues a batch; waits while `depth` batches are queued. Rethrows the
  // store's error if an earlier batch failed.
  void submit(std::vector<Declaration> batch, std::string source);
  // Waits until every queued batch is written; rethrows the store's error.
  WrittenCounts finish();

 private:
  struct Job {
    std::vector<Declaration> batch;
    std::string source;
  };
  void run();
  void rethrow_locked();

  Store& store_;
  const size_t depth_;
  std::mutex mu_;
  std::condition_variable changed_;
  std::deque<Job> queue_;
  bool busy_ = false, stopping_ = false;
  std::exception_ptr error_;
  WrittenCounts counts_;
  std::thread thread_;
};

}  // namespace custos
