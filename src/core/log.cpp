// SPDX-License-Identifier: Apache-2.0
#include "core/log.hpp"

#include <atomic>
#include <cstdio>
#include <mutex>
#include <string>

#include "core/clock.hpp"
#include "core/time_format.hpp"

namespace lcn::log {
namespace {

std::atomic<Level>& CurrentLevel() {
  static std::atomic<Level> level{Level::kInfo};
  return level;
}

std::mutex& OutputMutex() {
  static std::mutex m;
  return m;
}

const char* LevelName(Level l) {
  switch (l) {
    case Level::kDebug:
      return "DEBUG";
    case Level::kInfo:
      return "INFO";
    case Level::kWarning:
      return "WARN";
    case Level::kError:
      return "ERROR";
  }
  return "INFO";
}

}  // namespace

void SetLevel(Level level) {
  CurrentLevel().store(level);
}

void Write(Level level, std::string_view message) {
  if (level < CurrentLevel().load()) {
    return;
  }
  const std::string when = FormatInstant(SystemClock().Now());
  const std::lock_guard<std::mutex> lock(OutputMutex());
  std::fprintf(stderr, "%s %s %.*s\n", when.c_str(), LevelName(level),
               static_cast<int>(message.size()), message.data());
}

}  // namespace lcn::log
