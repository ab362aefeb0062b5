// SPDX-License-Identifier: Apache-2.0
//
// Rate-limited progress reporting.
#include "extract/progress_meter.hpp"

#include <algorithm>
#include <utility>

namespace lcn::extract {
namespace {

constexpr auto kMinInterval = std::chrono::milliseconds(100);

}  // namespace

ProgressMeter::ProgressMeter(Callback callback, std::int64_t total)
    : callback_(std::move(callback)), total_(total), last_(std::chrono::steady_clock::now()) {
  if (callback_) {
    callback_(0, total_);
  }
}

void ProgressMeter::MaybeReport() {
  if (!callback_) {
    return;
  }
  const auto now = std::chrono::steady_clock::now();
  if (now - last_ < kMinInterval) {
    return;
  }
  last_ = now;
  callback_(std::min(done_.load(std::memory_order_relaxed), total_), total_);
}

void ProgressMeter::Finish() {
  if (callback_) {
    callback_(total_, total_);
  }
}

}  // namespace lcn::extract
