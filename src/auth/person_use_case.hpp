// SPDX-License-Identifier: Apache-2.0
//
// RunPersonUseCase: the one way a service runs a use case on one person's record. It makes the
// access decision and its audit row part of the same transaction as the data, and it commits the
// decision whatever the use case does afterwards, so no caller can lose an audit row by choosing
// to return or to throw:
//
//   1. The person must exist: Error(kNotFound) otherwise (there is no record to audit).
//   2. The decision for `action` is taken and its audit row written (auth::DecidePersonAccess).
//      Refused: the row is committed and Error(kForbidden, kind "no-legitimate-relationship")
//      is thrown, marked as audited, with the facts personId and breakGlassAvailable.
//   3. A savepoint is set and `fn(use)` runs. When it returns, its writes and the audit row
//      commit together and its result is returned. When it throws lcn::Error, its writes are
//      rolled back to the savepoint, the audit row (access granted) is committed, and the
//      error is rethrown: a failed write leaves no data and one "allowed" access row.
//
// A serialization failure re-runs all three steps (store::RunInTransaction, the one retry loop),
// so `fn` must have no effects outside the transaction. Any other exception rolls everything
// back, the audit row included, and propagates. Thread-safe: holds no state.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "auth/permission.hpp"
#include "auth/person_access.hpp"
#include "auth/principal.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "core/ids.hpp"
#include "sql/database.hpp"
#include "store/person_repository.hpp"
#include "store/run_in_transaction.hpp"

namespace lcn::auth {

// What a use case on one person's record is given.
struct PersonUse {
  sql::Transaction& tx;
  Micros now;
  const Principal& who;
  PersonId person;
  const store::Relationship& relationship;  // the basis on which access was allowed
};

// The refusal thrown when `who` has no legitimate relationship with `person`.
Error NoLegitimateRelationship(const Principal& who, PersonId person);

template <typename Fn>
auto RunPersonUseCase(sql::Database& db, const Clock& clock, const Principal& who, PersonId person,
                      std::string_view action, Fn&& fn) {
  using Result = std::invoke_result_t<Fn&, PersonUse&>;
  const Micros now = clock.Now();
  // The use case's own failure, kept while the access row commits, then rethrown.
  std::optional<Error> failed;
  using Value = std::conditional_t<std::is_void_v<Result>, int, Result>;
  auto run = [&](sql::Transaction& tx) -> std::optional<Value> {
    failed.reset();
    if (!store::PersonRepository(tx).FindById(person)) {
      throw Error(ErrorCode::kNotFound, "no such person");
    }
    const auto relationship = DecidePersonAccess(tx, who, person, std::string(action), now);
    if (!relationship) {
      failed = NoLegitimateRelationship(who, person);
      return std::nullopt;
    }
    PersonUse use{tx, now, who, person, *relationship};
    tx.Execute("SAVEPOINT person_use_case", {});
    try {
      if constexpr (std::is_void_v<Result>) {
        fn(use);
        return 0;
      } else {
        return fn(use);
      }
    } catch (const Error& e) {
      if (e.Code() == ErrorCode::kSerializationFailure) {
        throw;  // the whole use case is re-run
      }
      tx.Execute("ROLLBACK TO SAVEPOINT person_use_case", {});
      failed = e;
      return std::nullopt;
    }
  };
  std::optional<Value> result = store::RunInTransaction(db, sql::TransactionMode::kReadWrite, run);
  if (failed) {
    throw *failed;
  }
  if constexpr (!std::is_void_v<Result>) {
    return std::move(*result);
  }
}

}  // namespace lcn::auth
