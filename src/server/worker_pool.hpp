#pragma once
// A bounded pool of threads for blocking work (the store, password hashing),
// so that the I/O threads never wait on a disk or a hash. Each worker opens
// its own Store handle once and keeps it (a Store is not shared between
// threads). Jobs beyond `queue_limit` are refused, so a flood answers 503
// instead of growing memory. stop() runs the jobs already queued, then joins.
// With a read database (`--read-db`, a streaming replica) each worker also
// keeps a handle on it, given to jobs beside the primary's.
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "store/store.hpp"

namespace custos::server {

class WorkerPool {
 public:
  // The worker's store, and its read-only replica's (nullptr without one).
  using Job = std::function<void(Store& store, Store* replica)>;
  // Opens `workers` stores at `db`, and as many at `read_db` when it is not
  // empty (throws StoreError when one cannot be opened).
  WorkerPool(const std::string& db, int workers, size_t queue_limit, const std::string& read_db = {});
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // False when the queue is full or the pool is stopping.
  bool submit(Job job);
  size_t queued() const;
  void stop();

 private:
  void run(Store& store, Store* replica);
  std::vector<std::unique_ptr<Store>> stores_, replicas_;
  std::vector<std::thread> threads_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Job> queue_;
  size_t limit_;
  bool stopping_ = false;
};

}  // namespace custos::server
