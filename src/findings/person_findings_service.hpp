// SPDX-License-Identifier: Apache-2.0
//
// PersonFindingsService: case finding's use case on one person's record, "why is this person
// found" (their conditions, frailty deficits, admissions and cohorts with the record behind
// each), for every edge (the REST API today). It runs through auth::RunPersonUseCase: the
// person must exist (kNotFound), the caller needs a legitimate relationship (kForbidden,
// audited), and the access row, read-findings, commits whatever follows. Holds references only;
// cheap to construct per call; thread-safe as FindingsService is.
#pragma once

#include <cstdint>
#include <optional>

#include "auth/principal.hpp"
#include "core/clock.hpp"
#include "core/ids.hpp"
#include "findings/findings_service.hpp"
#include "sql/database.hpp"

namespace lcn::findings {

class PersonFindingsService {
 public:
  PersonFindingsService(sql::Database& db, const Clock& clock, const FindingsService& findings)
      : db_(db), clock_(clock), findings_(findings) {}

  // The person's findings with their evidence, as of `as_of` (default: the loaded day).
  // Throws Error(kNotFound, kind "not-in-register") when the register has no GP or hospital
  // data on them, Error(kUnavailable) while case finding is still loading.
  PersonFindings Explain(const auth::Principal& who, PersonId person,
                         std::optional<std::int32_t> as_of) const;

 private:
  sql::Database& db_;
  const Clock& clock_;
  const FindingsService& findings_;
};

}  // namespace lcn::findings
