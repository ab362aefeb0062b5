// SPDX-License-Identifier: Apache-2.0
//
// Mutex, SharedMutex, their RAII locks and CondVar: thin wrappers of std::mutex,
// std::shared_mutex and std::condition_variable that carry Clang's thread-safety annotations
// (core/thread_annotations.hpp), as LevelDB's port::Mutex does, so that `-Wthread-safety` can
// check the members declared LCN_GUARDED_BY them. No behaviour of their own. Thread-safe.
#pragma once

#include <condition_variable>
#include <mutex>
#include <shared_mutex>

#include "core/thread_annotations.hpp"

namespace lcn {

class CondVar;

class LCN_CAPABILITY("mutex") Mutex {
 public:
  Mutex() = default;
  Mutex(const Mutex&) = delete;
  Mutex& operator=(const Mutex&) = delete;

  void Lock() LCN_ACQUIRE() { mu_.lock(); }

  void Unlock() LCN_RELEASE() { mu_.unlock(); }

  // Documents (to the analysis) that the caller holds this mutex; checks nothing at run time.
  void AssertHeld() const LCN_ASSERT_CAPABILITY(this) {}

 private:
  friend class CondVar;
  std::mutex mu_;
};

// Holds a Mutex for its scope.
class LCN_SCOPED_CAPABILITY MutexLock {
 public:
  explicit MutexLock(Mutex* mu) LCN_ACQUIRE(mu) : mu_(mu) { mu_->Lock(); }

  ~MutexLock() LCN_RELEASE() { mu_->Unlock(); }

  MutexLock(const MutexLock&) = delete;
  MutexLock& operator=(const MutexLock&) = delete;

 private:
  Mutex* const mu_;
};

// A reader-writer mutex: many readers (shared) or one writer (exclusive).
class LCN_CAPABILITY("shared mutex") SharedMutex {
 public:
  SharedMutex() = default;
  SharedMutex(const SharedMutex&) = delete;
  SharedMutex& operator=(const SharedMutex&) = delete;

  void Lock() LCN_ACQUIRE() { mu_.lock(); }

  void Unlock() LCN_RELEASE() { mu_.unlock(); }

  void ReaderLock() LCN_ACQUIRE_SHARED() { mu_.lock_shared(); }

  void ReaderUnlock() LCN_RELEASE_SHARED() { mu_.unlock_shared(); }

 private:
  std::shared_mutex mu_;
};

// Holds a SharedMutex exclusively for its scope.
class LCN_SCOPED_CAPABILITY WriterMutexLock {
 public:
  explicit WriterMutexLock(SharedMutex* mu) LCN_ACQUIRE(mu) : mu_(mu) { mu_->Lock(); }

  ~WriterMutexLock() LCN_RELEASE() { mu_->Unlock(); }

  WriterMutexLock(const WriterMutexLock&) = delete;
  WriterMutexLock& operator=(const WriterMutexLock&) = delete;

 private:
  SharedMutex* const mu_;
};

// Holds a SharedMutex shared for its scope.
class LCN_SCOPED_CAPABILITY ReaderMutexLock {
 public:
  explicit ReaderMutexLock(SharedMutex* mu) LCN_ACQUIRE_SHARED(mu) : mu_(mu) { mu_->ReaderLock(); }

  ~ReaderMutexLock() LCN_RELEASE() { mu_->ReaderUnlock(); }

  ReaderMutexLock(const ReaderMutexLock&) = delete;
  ReaderMutexLock& operator=(const ReaderMutexLock&) = delete;

 private:
  SharedMutex* const mu_;
};

// A condition variable used with a held Mutex, waited on in a loop that rechecks the guarded
// condition (so the analysis sees the guarded reads under the lock):
//   MutexLock lock(&mu_);
//   while (queue_.empty()) { cv_.Wait(mu_); }
class CondVar {
 public:
  CondVar() = default;
  CondVar(const CondVar&) = delete;
  CondVar& operator=(const CondVar&) = delete;

  // Atomically releases `mu`, waits for a signal (or wakes spuriously), takes `mu` again.
  void Wait(Mutex& mu) LCN_REQUIRES(mu) {
    std::unique_lock<std::mutex> lock(mu.mu_, std::adopt_lock);
    cv_.wait(lock);
    lock.release();  // still held: the caller's lock owns it
  }

  void Signal() { cv_.notify_one(); }

  void SignalAll() { cv_.notify_all(); }

 private:
  std::condition_variable cv_;
};

}  // namespace lcn
