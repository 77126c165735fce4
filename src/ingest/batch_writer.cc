#include "ingest/batch_writer.hpp"

namespace custos {

BatchWriter::BatchWriter(Store& store, size_t depth)
    : store_(store), depth_(depth), thread_([this] { run(); }) {}

BatchWriter::~BatchWriter() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
    queue_.clear();
  }
  changed_.notify_all();
  thread_.join();
}

void BatchWriter::rethrow_locked() {
  if (error_) std::rethrow_exception(error_);
}

void BatchWriter::submit(std::vector<Declaration> batch, std::string source) {
  std::unique_lock lock(mu_);
  changed_.wait(lock, [&] { return error_ || queue_.size() < depth_; });
  rethrow_locked();
  queue_.push_back({std::move(batch), std::move(source)});
  changed_.notify_all();
}

WrittenCounts BatchWriter::finish() {
  std::unique_lock lock(mu_);
  changed_.wait(lock, [&] { return error_ || (queue_.empty() && !busy_); });
  rethrow_locked();
  return counts_;
}

void BatchWriter::run() {
  std::unique_lock lock(mu_);
  for (;;) {
    changed_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
    if (stopping_) return;
    Job job = std::move(queue_.front());
    queue_.pop_front();
    busy_ = true;
    changed_.notify_all();  // room for the reader's next batch
    lock.unlock();
    WrittenCounts got;
    std::exception_ptr err;
    try {
      for (PutStatus s : store_.put_batch(job.batch, job.source)) {
        switch (s) {
          case PutStatus::stored: ++got.stored; break;
          case PutStatus::amended:
            ++got.stored;
            ++got.amended;
            break;
          case PutStatus::duplicate: ++got.duplicates; break;
        }
      }
    } catch (...) {
      err = std::current_exception();
    }
    lock.lock();
    busy_ = false;
    if (err) {
      error_ = err;
      queue_.clear();  // nothing after a failed batch is written
    } else {
      counts_.stored += got.stored;
      counts_.amended += got.amended;
      counts_.duplicates += got.duplicates;
    }
    changed_.notify_all();
  }
}

}  // namespace custos
