// SPDX-License-Identifier: Apache-2.0
//
// The rules a person's demographics must keep when they are registered or changed, checked
// inside the caller's transaction. Stateless.
#pragma once

#include "domain/records.hpp"
#include "sql/database.hpp"
#include "store/person_repository.hpp"

namespace lcn::people {

// A registered practice, when given, must be a GP practice. Throws Error(kBadRequest) naming
// practiceId otherwise.
void CheckPractice(sql::Transaction& tx, const domain::Person& p);

// An NHS number, when given, must not belong to anyone but `p` (by id). Throws Error(kConflict)
// naming nhsNumber otherwise.
void CheckNhsNumberFree(store::PersonRepository& people, const domain::Person& p);

}  // namespace lcn::people
