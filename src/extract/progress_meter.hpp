// SPDX-License-Identifier: Apache-2.0
//
// ProgressMeter turns the readers' byte counts into calls of ReadOptions::progress, at most
// about ten a second. Add() may be called from any reading thread (one relaxed atomic add);
// MaybeReport() and Finish() only from the thread that called ReadExtract, so the callback is
// never called concurrently or from another thread.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>

namespace lcn::extract {

class ProgressMeter {
 public:
  using Callback = std::function<void(std::int64_t bytes_done, std::int64_t bytes_total)>;

  // Calls `callback` (if set) with (0, total) straight away.
  ProgressMeter(Callback callback, std::int64_t total);

  // Counts `bytes` more as done. Thread-safe.
  void Add(std::int64_t bytes) { done_.fetch_add(bytes, std::memory_order_relaxed); }

  // Calls the callback when 100 ms or more have passed since it was last called.
  void MaybeReport();

  // Calls the callback with (total, total).
  void Finish();

 private:
  Callback callback_;
  std::int64_t total_;
  std::atomic<std::int64_t> done_{0};
  std::chrono::steady_clock::time_point last_;
};

}  // namespace lcn::extract
