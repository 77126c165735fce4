#include "targeting/worker.hpp"

#include <chrono>
#include <thread>

namespace custos::targeting {

WorkerCounts run_worker(Store& store, const WorkerOptions& o, const std::atomic<bool>& stop,
                        const std::function<void(const WorkerCounts&, int64_t)>& on_batch) {
  const auto t0 = std::chrono::steady_clock::now();
  auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(); };
  WorkerCounts c;
  // One engine for the whole run, rebuilt when the administration's
  // profiles, lists or models change (as the server's engines are).
  EngineCache engines(o.targeting);
  while (!stop.load()) {
    Engine& engine = engines.get(store);
    int64_t claimed = 0;
    const std::vector<risk::Assessment> done =
        assess_pending(store, engine, o.policy, o.batch, nullptr, &claimed);
    if (claimed > 0) {
      c.assessed += static_cast<int64_t>(done.size());
      if (!done.empty()) ++c.batches;
      for (const risk::Assessment& a : done) ++c.lanes[std::string(to_string(a.lane))];
      c.seconds = elapsed();
      if (on_batch) on_batch(c, static_cast<int64_t>(done.size()));
      continue;
    }
    // An empty claim: the queue is empty, or every row left is held by
    // another worker (which commits it, or rolls it back for a later claim).
    if (o.once) break;
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(o.poll_ms);
    while (!stop.load() && std::chrono::steady_clock::now() < until)
      std::this_thread::sleep_for(std::chrono::milliseconds(std::min(o.poll_ms, 50)));
  }
  c.seconds = elapsed();
  return c;
}

}  // namespace custos::targeting
