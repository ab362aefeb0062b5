// SPDX-License-Identifier: Apache-2.0
//
// The one retry loop: runs `fn(tx)` in a new transaction and commits; when the engine reports a
// serialization failure (busy SQLite, PostgreSQL 40001/40P01) it rolls back and re-runs `fn`
// with a bounded, jittered backoff. No other code retries. `fn` must be safe to re-run: it
// must not have effects outside the transaction.
#pragma once

#include <chrono>
#include <random>
#include <thread>
#include <type_traits>

#include "core/error.hpp"
#include "sql/database.hpp"

namespace lcn::store {

constexpr int kMaxTransactionAttempts = 6;

template <typename Fn>
auto RunInTransaction(sql::Database& db, sql::TransactionMode mode, Fn&& fn) {
  for (int attempt = 1;; ++attempt) {
    try {
      auto tx = db.Begin(mode);
      if constexpr (std::is_void_v<decltype(fn(*tx))>) {
        fn(*tx);
        tx->Commit();
        return;
      } else {
        auto result = fn(*tx);
        tx->Commit();
        return result;
      }
    } catch (const Error& e) {
      if (e.Code() != ErrorCode::kSerializationFailure || attempt >= kMaxTransactionAttempts) {
        throw;
      }
      thread_local std::minstd_rand jitter(std::random_device{}());
      const int base_ms = 2 << attempt;
      std::this_thread::sleep_for(std::chrono::milliseconds(
          base_ms + static_cast<int>(jitter() % static_cast<unsigned>(base_ms))));
    }
  }
}

}  // namespace lcn::store
