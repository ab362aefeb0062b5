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

// The bytes of one file. Move-only; views into it stay valid while it lives.
class FileContent {
 public:
  FileContent() = default;

  FileContent(std::unique_ptr<char[]> data, std::size_t size)
      : data_(std::move(data)), size_(size) {}

  char* Begin() { return data_.get(); }

  char* End() { return data_.get() + size_; }

  std::size_t Size() const { return size_; }

 private:
  std::unique_ptr<char[]> data_;
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
