// SPDX-License-Identifier: Apache-2.0
//
// POSIX whole-file reads.
#include "extract/file_content.hpp"

#include <cerrno>
#include <cstdint>
#include <system_error>
#include <utility>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "extract/huge_pages.hpp"

namespace lcn::extract {
namespace {

constexpr std::size_t kMinMappedBytes = std::size_t{8} << 20;

std::string ErrnoText(int error) {
  return std::generic_category().message(error);
}

// Closes a file descriptor when it goes out of scope.
class ScopedFd {
 public:
  explicit ScopedFd(int fd) : fd_(fd) {}

  ScopedFd(const ScopedFd&) = delete;
  ScopedFd& operator=(const ScopedFd&) = delete;

  ~ScopedFd() {
    if (fd_ >= 0) {
      ::close(fd_);
    }
  }

  int Get() const { return fd_; }

 private:
  int fd_;
};

}  // namespace

void MappingRelease::operator()(void* mapping) const noexcept {
  ::munmap(mapping, length);
}

FileContent::FileContent(std::size_t capacity) {
  if (capacity >= kMinMappedBytes) {
    // One huge page of slack so that the buffer can start on a huge-page boundary.
    const std::size_t length =
        (capacity + 2 * kHugePageBytes - 1) / kHugePageBytes * kHugePageBytes;
    void* const mapping =
        ::mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapping != MAP_FAILED) {
      mapped_ = std::unique_ptr<void, MappingRelease>(mapping, MappingRelease{length});
      const auto address = reinterpret_cast<std::uintptr_t>(mapping);
      const std::uintptr_t aligned =
          (address + kHugePageBytes - 1) / kHugePageBytes * kHugePageBytes;
      data_ = static_cast<char*>(mapping) + (aligned - address);
      AdviseHugePages(data_, length - (aligned - address));
      return;
    }
  }
  heap_ = std::make_unique_for_overwrite<char[]>(capacity);
  data_ = heap_.get();
}

FileRead ReadWholeFile(const std::string& path) {
  FileRead result;
  const ScopedFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.Get() < 0) {
    const int error = errno;
    result.status = error == ENOENT ? FileStatus::kMissing : FileStatus::kUnreadable;
    result.problem = ErrnoText(error);
    return result;
  }

  struct stat info {};

  if (::fstat(fd.Get(), &info) != 0) {
    result.status = FileStatus::kUnreadable;
    result.problem = ErrnoText(errno);
    return result;
  }
  if (!S_ISREG(info.st_mode)) {
    result.status = FileStatus::kUnreadable;
    result.problem = "not a regular file";
    return result;
  }
  const auto size = static_cast<std::size_t>(info.st_size);
  FileContent content(size);
  std::size_t done = 0;
  while (done < size) {
    const ssize_t n = ::read(fd.Get(), content.Begin() + done, size - done);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n < 0) {
      result.status = FileStatus::kUnreadable;
      result.problem = ErrnoText(errno);
      return result;
    }
    if (n == 0) {
      break;  // the file shrank while we read it
    }
    done += static_cast<std::size_t>(n);
  }
  content.SetSize(done);
  result.content = std::move(content);
  return result;
}

std::int64_t FileSizeOrZero(const std::string& path) {
  struct stat info {};

  if (::stat(path.c_str(), &info) != 0) {
    return 0;
  }
  return static_cast<std::int64_t>(info.st_size);
}

}  // namespace lcn::extract
