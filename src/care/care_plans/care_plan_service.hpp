// SPDX-License-Identifier: Apache-2.0
//
// CarePlans: the use cases of a person's personalised care and support plan
// (docs/care-coordination.md), for every edge (the REST API today; the CLI, FHIR and a
// person-facing view later). Each use case runs through auth::RunPersonUseCase: the person must
// exist (kNotFound), the caller needs a legitimate relationship (kForbidden, audited), and the
// access row commits with the data, or alone when the use case fails (nothing else is written).
// Failures are lcn::Error; results are values. Holds references only; cheap to construct per
// call; thread-safe as the database is.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/principal.hpp"
#include "care/care_plans/care_plan.hpp"
#include "care/care_plans/care_plan_diff.hpp"
#include "care/care_plans/care_plan_repository.hpp"
#include "core/clock.hpp"
#include "core/ids.hpp"
#include "sql/database.hpp"

namespace lcn::care {

// A version of the plan as read, with the day it was read on (for "review due").
struct CarePlanRead {
  PersonId person;
  std::optional<store::CarePlanVersion> version;  // std::nullopt: no plan yet (version 0)
  std::string today;                              // YYYY-MM-DD
};

// The difference between two versions (0 is the empty plan before the first).
struct CarePlanChange {
  std::int64_t from = 0;
  std::int64_t to = 0;
  domain::CarePlanDiff diff;
};

// A printable copy: the HTML page for the person.
struct CarePlanPrint {
  std::string html;
};

class CarePlans {
 public:
  CarePlans(sql::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // The person's current plan (audited as read-care-plan).
  CarePlanRead Current(const auth::Principal& who, PersonId person) const;

  // Saves `content` as the next version (audited as update-care-plan). `expected_version` is
  // the version the caller read (0 before the first plan). Action owners naming a member of
  // staff, a team or an organisation must exist, and a member of staff who can no longer sign
  // in may only own finished actions; their names are written into the plan.
  // Returns the current version: the new one, or the same one when nothing changed.
  // Throws Error(kConflict, facts currentVersion and version) when `expected_version` is stale,
  // Error(kBadRequest) naming each owner's element path when an owner does not resolve.
  // REQUIRES: `content` has been read and checked (domain::ReadCarePlanContent) without issues.
  CarePlanRead Save(const auth::Principal& who, PersonId person, domain::CarePlanContent content,
                    std::optional<std::string> change_note, std::int64_t expected_version) const;

  // Every version, newest first, without content (audited as read-care-plan).
  std::vector<store::CarePlanVersion> Versions(const auth::Principal& who, PersonId person) const;

  // One version. Throws Error(kNotFound) when there is no such version.
  CarePlanRead Version(const auth::Principal& who, PersonId person, std::int64_t number) const;

  // What changed between `from` and `to` (defaults: `to` the current version, `from` the one
  // before it). Throws Error(kNotFound) naming a version that does not exist.
  CarePlanChange Diff(const auth::Principal& who, PersonId person, std::optional<std::int64_t> from,
                      std::optional<std::int64_t> to) const;

  // The printable copy of `version` (default: the current one), audited as print-care-plan.
  // Throws Error(kNotFound) when there is no such version, or no plan yet.
  CarePlanPrint Print(const auth::Principal& who, PersonId person,
                      std::optional<std::int64_t> version) const;

 private:
  sql::Database& db_;
  const Clock& clock_;
};

}  // namespace lcn::care
