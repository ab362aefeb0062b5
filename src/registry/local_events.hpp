// SPDX-License-Identifier: Apache-2.0
//
// Recording a coded event in LCN itself (a frailty assessment, a fall, a diagnosis made by the
// care team): validated, stored apart from the extracts' history so that no import erases it,
// and seen by the engine with the rest. A person registered in LCN but not yet in any extract
// gets an empty register row at their practice. Runs in the caller's transaction.
#pragma once

#include <optional>
#include <string>

#include "core/clock.hpp"
#include "core/ids.hpp"
#include "sql/database.hpp"

namespace lcn::registry {

struct NewEvent {
  std::string code;  // SNOMED CT concept id as digits
  std::string date;  // YYYY-MM-DD
  std::optional<double> value;
};

// Records `event` for `person`. Throws Error(kBadRequest) with field issues (code, date,
// value) when it is not valid: a code that is not a SNOMED CT id, a date in the future or
// before birth, a value that is not finite; Error(kNotFound) for an unknown person;
// Error(kConflict) when the person has no GP practice to place them in the register.
void RecordEvent(sql::Transaction& tx, PersonId person, const NewEvent& event,
                 std::optional<UserId> by, Micros now);

}  // namespace lcn::registry
