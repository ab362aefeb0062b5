// SPDX-License-Identifier: Apache-2.0
//
// POSIX whole-file reads.
#include "extract/file_content.hpp"

#include <cerrno>
#include <system_error>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lcn::extract {
namespace {

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
  auto data = std::make_unique_for_overwrite<char[]>(size + 1);
  std::size_t done = 0;
  while (done < size) {
    const ssize_t n = ::read(fd.Get(), data.get() + done, size - done);
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
  result.content = FileContent(std::move(data), done);
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
