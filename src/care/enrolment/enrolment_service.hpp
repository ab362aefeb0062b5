// SPDX-License-Identifier: Apache-2.0
//
// Enrolments: the use cases of a person's enrolment in care coordination
// (docs/care-coordination.md) for every edge: read it with its history and the changes allowed
// next; change it (identified > invited > enrolled or declined; closed), with the lead
// professional. Each runs through auth::RunPersonUseCase (existence, the access decision and
// its audit row, a savepoint), so every refusal below leaves no data and one access row. After
// a change commits, `changed` is told (the case-finding worklists leave out enrolled people at
// once). Holds references only; cheap to construct per call.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "auth/principal.hpp"
#include "care/enrolment/enrolment.hpp"
#include "care/enrolment/enrolment_repository.hpp"
#include "core/clock.hpp"
#include "core/ids.hpp"
#include "domain/role.hpp"
#include "sql/database.hpp"

namespace lcn::care {

// A change asked for, as read and checked by the edge.
struct EnrolmentChange {
  domain::EnrolmentState state = domain::EnrolmentState::kIdentified;
  std::optional<std::string> reason;                 // required to decline or close
  std::optional<domain::AgreementMethod> agreement;  // required to enrol
  std::optional<UserId> lead;                        // the lead professional to name
  std::optional<std::int64_t> version;               // the version read; required once enrolled
};

// A member of staff named in an enrolment, as shown beside it.
struct StaffName {
  std::string display_name;
  domain::Role role = domain::Role::kGp;
};

// A person's enrolment as read: the current one (none: never enrolled), every change, the
// changes allowed next, and the staff they name.
struct EnrolmentRead {
  PersonId person;
  std::optional<store::Enrolment> current;
  std::vector<store::EnrolmentEvent> history;
  std::vector<domain::EnrolmentState> allowed;
  std::map<UserId, StaffName> staff;
};

class Enrolments {
 public:
  // `changed` is called with the person after a change has committed.
  Enrolments(sql::Database& db, const Clock& clock, std::function<void(PersonId)> changed)
      : db_(db), clock_(clock), changed_(std::move(changed)) {}

  // The person's enrolment (audited as read-enrolment).
  EnrolmentRead Get(const auth::Principal& who, PersonId person) const;

  // Applies `change` (audited as update-enrolment). Naming a new lead professional in the same
  // state is a change of lead, allowed in the states that have one. Returns the enrolment after
  // the change. Throws Error(kConflict, kind "illegal-change", facts from and allowed) for a
  // change the state machine does not allow; Error(kBadRequest) naming "agreement" when
  // enrolling without one, or "leadUserId" when the lead is not an active member of staff;
  // Error(kConflict) naming "version" when it is missing or stale.
  EnrolmentRead Change(const auth::Principal& who, PersonId person,
                       const EnrolmentChange& change) const;

 private:
  sql::Database& db_;
  const Clock& clock_;
  std::function<void(PersonId)> changed_;
};

}  // namespace lcn::care
