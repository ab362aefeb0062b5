// SPDX-License-Identifier: Apache-2.0
//
// EnrolmentRepository reads and writes each person's enrolment in care coordination (one
// current row, optimistic version) and its history (one event per change), inside the caller's
// transaction. Which changes are allowed is domain/enrolment's business. Stateless.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "care/enrolment/enrolment.hpp"
#include "core/clock.hpp"
#include "core/ids.hpp"
#include "sql/database.hpp"

namespace lcn::store {

struct Enrolment {
  PersonId person;
  domain::EnrolmentState state = domain::EnrolmentState::kIdentified;
  std::optional<std::string> reason;                 // why declined or closed
  std::optional<domain::AgreementMethod> agreement;  // how the person agreed (enrolled)
  std::optional<UserId> lead;                        // the lead professional (key worker)
  std::optional<UserId> changed_by;
  Micros changed_at = 0;
  std::int64_t version = 1;
};

struct EnrolmentEvent {
  std::int64_t id = 0;
  PersonId person;
  std::optional<domain::EnrolmentState> from;
  domain::EnrolmentState to = domain::EnrolmentState::kIdentified;
  std::optional<std::string> reason;
  std::optional<domain::AgreementMethod> agreement;
  std::optional<UserId> lead;
  std::optional<UserId> changed_by;
  std::optional<std::string> changed_by_name;
  Micros changed_at = 0;
};

class EnrolmentRepository {
 public:
  explicit EnrolmentRepository(sql::Transaction& tx) : tx_(tx) {}

  [[nodiscard]] std::optional<Enrolment> Find(PersonId person);

  // The enrolments of `people` (at most a few hundred: one page), in their order.
  std::vector<std::optional<Enrolment>> FindMany(const std::vector<PersonId>& people);

  // Writes `next` as the person's enrolment and appends the event (from `previous`'s state).
  // With a previous enrolment the update is optimistic on previous->version: kConflict when
  // someone changed it since. Returns the new version.
  std::int64_t Save(const Enrolment& next, const std::optional<Enrolment>& previous, Micros now);

  // Every change for `person`, oldest first.
  std::vector<EnrolmentEvent> History(PersonId person);

  // Enrolments whose lead professional is `lead`, by person.
  std::vector<Enrolment> ByLead(UserId lead);

  // People in any of `states`, by person.
  std::vector<PersonId> PeopleIn(const std::vector<domain::EnrolmentState>& states);

 private:
  sql::Transaction& tx_;
};

}  // namespace lcn::store
