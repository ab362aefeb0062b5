// SPDX-License-Identifier: Apache-2.0
//
// The tamper-evident audit trail. Record() appends one event in the caller's transaction; each
// row's hash is SHA-256 over its previous row's hash and its own fields, so altering, inserting
// or removing any row breaks the chain, which Verify() finds. Stateless; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/clock.hpp"
#include "sql/database.hpp"
#include "store/audit_repository.hpp"

namespace lcn::audit {

// The SHA-256 chain hash of `row` (over prev_hash and every field but `hash`).
std::string ChainHash(const store::AuditRow& row);

// Appends `row` (seq, prev_hash and hash are assigned) in `tx`; returns the stored row.
store::AuditRow Record(sql::Transaction& tx, store::AuditRow row);

struct VerifyResult {
  bool ok = true;
  std::int64_t rows_checked = 0;
  std::int64_t head_seq = 0;
  std::string head_hash;
  std::optional<std::int64_t> first_bad_seq;
  std::string problem;  // empty when ok
};

// Re-computes the whole chain in one read-only transaction and compares it with the head.
VerifyResult Verify(sql::Database& db);

}  // namespace lcn::audit
