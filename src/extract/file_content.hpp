// SPDX-License-Identifier: Apache-2.0
//
// Reading one extract file whole, with one large read, into a writable buffer that the CSV
// scanner parses (and unquotes) in place.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace lcn::extract {

// Unmaps a FileContent's large buffer.
struct MappingRelease {
  std::size_t length = 0;
  void operator()(void* mapping) const noexcept;
};

// The bytes of one file. Move-only; views into it stay valid while it lives, even when moved.
class FileContent {
 public:
  FileContent() = default;

  // Allocates `capacity` writable bytes, of which none are in use yet. Large buffers are
  // mapped with transparent huge pages requested, which halves the cost of filling them.
  explicit FileContent(std::size_t capacity);

  char* Begin() { return data_; }

  char* End() { return data_ + size_; }

  std::size_t Size() const { return size_; }

  // Marks the first `size` bytes as the content. REQUIRES: size <= the capacity.
  void SetSize(std::size_t size) { size_ = size; }

 private:
  std::unique_ptr<char[]> heap_;                  // small buffers
  std::unique_ptr<void, MappingRelease> mapped_;  // large buffers
  char* data_ = nullptr;
  std::size_t size_ = 0;
};

enum class FileStatus { kOk, kMissing, kUnreadable };

struct FileRead {
  FileStatus status = FileStatus::kOk;
  std::string problem;  // for kUnreadable: why, e.g. "Permission denied"
  FileContent content;  // for kOk
};

// Reads the whole regular file at `path`. Never throws for I/O problems; returns kMissing when
// nothing is at `path` and kUnreadable (with the reason) for anything else that goes wrong.
FileRead ReadWholeFile(const std::string& path);

// The size in bytes of the file at `path`, or 0 when it cannot be found.
std::int64_t FileSizeOrZero(const std::string& path);

}  // namespace lcn::extract
