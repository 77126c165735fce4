#include "server/worker_pool.hpp"

#include <iostream>

namespace custos::server {

WorkerPool::WorkerPool(const std::string& db, int workers, size_t queue_limit, const std::string& read_db)
    : limit_(queue_limit) {
  for (int i = 0; i < workers; ++i) {
    stores_.push_back(open_store(db));
    if (!read_db.empty()) replicas_.push_back(open_store(read_db));
  }
  for (size_t i = 0; i < stores_.size(); ++i) {
    Store* replica = replicas_.empty() ? nullptr : replicas_[i].get();
    threads_.emplace_back([this, store = stores_[i].get(), replica] { run(*store, replica); });
  }
}

WorkerPool::~WorkerPool() { stop(); }

bool WorkerPool::submit(Job job) {
  {
    std::lock_guard lock(mu_);
    if (stopping_ || queue_.size() >= limit_) return false;
    queue_.push_back(std::move(job));
  }
  cv_.notify_one();
  return true;
}

size_t WorkerPool::queued() const {
  std::lock_guard lock(mu_);
  return queue_.size();
}

void WorkerPool::stop() {
  {
    std::lock_guard lock(mu_);
    if (stopping_ && threads_.empty()) return;
    stopping_ = true;
  }
  cv_.notify_all();
  for (auto& t : threads_)
    if (t.joinable()) t.join();
  threads_.clear();
}

void WorkerPool::run(Store& store, Store* replica) {
  while (true) {
    Job job;
    {
      std::unique_lock lock(mu_);
      cv_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, and nothing left to do
      job = std::move(queue_.front());
      queue_.pop_front();
    }
    try {
      job(store, replica);
    } catch (const std::exception& e) {
      std::cerr << "custos serve: a worker job failed: " << e.what() << "\n";
    }
  }
}

}  // namespace custos::server
