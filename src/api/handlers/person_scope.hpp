// SPDX-License-Identifier: Apache-2.0
//
// The steps every handler of one person's record takes, in one read-write transaction: the
// person must exist (404), and the caller must have a legitimate relationship with them, decided
// and audited as `action` in the same transaction as the data (403 no-legitimate-relationship
// otherwise, saying whether break-glass is open to the caller's role). Then `fn(tx, now)` runs
// and its response is returned; an lcn::Error it throws rolls the transaction back.
#pragma once

#include <string>

#include "api/problem.hpp"
#include "api/router.hpp"
#include "auth/person_access.hpp"
#include "auth/person_use_case.hpp"
#include "store/person_repository.hpp"
#include "store/run_in_transaction.hpp"

namespace lcn::api::handlers {

// The 403 for a person outside the caller's relationships: the same body as the services'
// refusal (auth::NoLegitimateRelationship), rendered here for handlers not yet on a service.
inline Response NoLegitimateRelationship(const Call& call, PersonId person) {
  return ProblemFor(auth::NoLegitimateRelationship(call.Who(), person));
}

template <typename Fn>
Response WithPersonAccess(const Call& call, PersonId person, const std::string& action, Fn&& fn) {
  const Micros now = call.services.clock.Now();
  return store::RunInTransaction(call.services.db, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    if (!store::PersonRepository(tx).FindById(person)) {
      return Problem(404, "not-found", "Not found", "no such person");
    }
    if (!auth::DecidePersonAccess(tx, call.Who(), person, action, now)) {
      return NoLegitimateRelationship(call, person);
    }
    return fn(tx, now);
  });
}

}  // namespace lcn::api::handlers
