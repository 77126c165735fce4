#pragma once
// Stores batches of declarations through a pipeline of two threads of its
// own: one prepares a batch (canonical text, digest, compression:
// Store::prepare) while the other writes the previous one
// (Store::put_prepared), and the caller's thread goes on reading and
// validating the next. At most `depth` batches wait at each step. An error
// in the store stops the ingest and is rethrown to the caller, with every
// batch before it committed and none after it written.
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
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
  using OnWritten =
      std::function<void(Store&, const std::vector<Declaration>&, const std::vector<PutStatus>&)>;
  // `on_written` (optional) runs in each batch's transaction after its write.
  explicit BatchWriter(Store& store, size_t depth = 2, OnWritten on_written = {});
  // Writes what was submitted (unless the store failed), then stops.
  ~BatchWriter();
  BatchWriter(const BatchWriter&) = delete;
  BatchWriter& operator=(const BatchWriter&) = delete;

  // Queues a batch; waits while `depth` batches are queued. Rethrows the
  // store's error if an earlier batch failed.
  void submit(std::vector<Declaration> batch, std::string source);
  // Waits until every queued batch is written; rethrows the store's error.
  WrittenCounts finish();

 private:
  struct Job {
    Store::PreparedBatch batch;
    std::string source;
  };
  void prepare_loop();
  void write_loop();
  void fail(std::exception_ptr e);  // with mu_ held

  Store& store_;
  const size_t depth_;
  OnWritten on_written_;
  std::mutex mu_;
  std::condition_variable changed_;
  std::deque<Job> raw_, ready_;
  int busy_ = 0;  // jobs taken off a queue and not yet passed on or written
  bool stopping_ = false;
  std::exception_ptr error_;
  WrittenCounts counts_;
  std::thread preparer_, writer_;
};

}  // namespace custos
