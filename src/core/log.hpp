// SPDX-License-Identifier: Apache-2.0
//
// Minimal structured logging to stderr: one line per event, "time level message". Never log
// patient-identifiable information or secrets. Thread-safe.
#pragma once

#include <string_view>

namespace lcn::log {

enum class Level { kDebug, kInfo, kWarning, kError };

// Messages below `level` are dropped. Default kInfo.
void SetLevel(Level level);

void Write(Level level, std::string_view message);

inline void Info(std::string_view m) {
  Write(Level::kInfo, m);
}

inline void Warning(std::string_view m) {
  Write(Level::kWarning, m);
}

inline void Error(std::string_view m) {
  Write(Level::kError, m);
}

}  // namespace lcn::log
