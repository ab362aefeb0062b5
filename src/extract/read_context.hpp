// SPDX-License-Identifier: Apache-2.0
//
// ReadContext carries what every per-file reader needs from ReadExtract: the day after which
// dates are in the future, the error limit, progress, and how far a file may be split across
// threads. Plain value; the progress meter is borrowed.
#pragma once

#include <cstddef>
#include <cstdint>

#include "extract/progress_meter.hpp"

namespace lcn::extract {

struct ReadContext {
  std::int32_t today_day = 0;
  std::size_t max_errors = 100;
  ProgressMeter* progress = nullptr;  // may be null
  unsigned parts = 1;                 // most threads that one events/medications file may use
  std::size_t min_part_bytes = std::size_t{4} << 20;  // smallest part worth a thread
};

}  // namespace lcn::extract
