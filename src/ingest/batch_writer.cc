#include "ingest/batch_writer.hpp"

namespace custos {

BatchWriter::BatchWriter(Store& store, size_t depth, OnWritten on_written)
    : store_(store),
      depth_(depth),
      on_written_(std::move(on_written)),
      preparer_([this] { prepare_loop(); }),
      writer_([this] { write_loop(); }) {}

BatchWriter::~BatchWriter() {
  {
    // The caller stopped early (its own error): what it submitted is still
    // written, as a sequential ingest would have, unless the store failed.
    std::unique_lock lock(mu_);
    changed_.wait(lock, [&] { return error_ || (raw_.empty() && ready_.empty() && busy_ == 0); });
    stopping_ = true;
  }
  changed_.notify_all();
  preparer_.join();
  writer_.join();
}

void BatchWriter::fail(std::exception_ptr e) {
  if (!error_) error_ = e;
  raw_.clear();  // nothing after a failed batch is written
  ready_.clear();
}

void BatchWriter::submit(std::vector<Declaration> batch, std::string source) {
  std::unique_lock lock(mu_);
  changed_.wait(lock, [&] { return error_ || raw_.size() < depth_; });
  if (error_) std::rethrow_exception(error_);
  Job job;
  job.batch.declarations = std::move(batch);
  job.source = std::move(source);
  raw_.push_back(std::move(job));
  changed_.notify_all();
}

WrittenCounts BatchWriter::finish() {
  std::unique_lock lock(mu_);
  changed_.wait(lock, [&] { return error_ || (raw_.empty() && ready_.empty() && busy_ == 0); });
  if (error_) std::rethrow_exception(error_);
  return counts_;
}

void BatchWriter::prepare_loop() {
  std::unique_lock lock(mu_);
  for (;;) {
    changed_.wait(lock, [&] { return stopping_ || (!raw_.empty() && ready_.size() < depth_); });
    if (stopping_) return;
    Job job = std::move(raw_.front());
    raw_.pop_front();
    ++busy_;
    changed_.notify_all();  // room for the reader's next batch
    lock.unlock();
    std::exception_ptr err;
    try {
      job.batch = store_.prepare(std::move(job.batch.declarations));
    } catch (...) {
      err = std::current_exception();
    }
    lock.lock();
    --busy_;
    if (err)
      fail(err);
    else if (!error_)
      ready_.push_back(std::move(job));
    changed_.notify_all();
  }
}

void BatchWriter::write_loop() {
  std::unique_lock lock(mu_);
  for (;;) {
    changed_.wait(lock, [&] { return stopping_ || !ready_.empty(); });
    if (stopping_) return;
    Job job = std::move(ready_.front());
    ready_.pop_front();
    ++busy_;
    changed_.notify_all();
    lock.unlock();
    WrittenCounts got;
    std::exception_ptr err;
    try {
      std::vector<PutStatus> status;
      if (on_written_) {
        sql::Transaction tx(store_.sql());
        status = store_.put_prepared(job.batch, job.source);
        on_written_(store_, job.batch.declarations, status);
        tx.commit();
      } else {
        status = store_.put_prepared(job.batch, job.source);
      }
      for (PutStatus s : status) {
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
    --busy_;
    if (err) {
      fail(err);
    } else {
      counts_.stored += got.stored;
      counts_.amended += got.amended;
      counts_.duplicates += got.duplicates;
    }
    changed_.notify_all();
  }
}

}  // namespace custos
