// SPDX-License-Identifier: Apache-2.0
//
// MdtCases: the use cases of one person's case at an MDT meeting (docs/care-coordination.md)
// for every edge: put a person on a meeting's case list, read one case, take it off before the
// meeting is held, record its outcome (whose actions become tasks), and a person's MDT history.
//
// First the meeting: the caller must take part in it (mdt_access.hpp: Error(kNotFound) or
// Error(kForbidden), not marked as audited, which the request boundary records), the case must
// be on its list (Error(kNotFound)), and its state must allow the change (Error(kConflict, kind
// "illegal-change", facts from and allowed)); none of these writes anything. Then the person:
//   - Get, Remove, RecordOutcome and ForPerson run through auth::RunPersonUseCase (as
//     read-mdt-case, mdt-remove-case, record-mdt-outcome, read-mdt-cases): a refusal commits its
//     denied row and is thrown as already audited; a failure after access was allowed leaves no
//     data and the allowed row.
//   - Add has a stricter rule of its own: adding someone extends the mdt-case-list relationship
//     to every participant, so the caller needs a standing relationship with the person (their
//     practice, a network role or their care team; not break-glass, nor another case list).
//     Its decision is audited as mdt-add-case naming the meeting; a refusal commits that row and
//     is thrown as already audited; any later failure (the person is already on the list)
//     leaves nothing, not even the allowed row.
// Holds references only; cheap to construct per call; thread-safe as the database is.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/principal.hpp"
#include "care/mdt/mdt_case_repository.hpp"
#include "care/mdt/mdt_meeting_service.hpp"
#include "care/mdt/mdt_meeting_state.hpp"
#include "care/mdt/mdt_repository.hpp"
#include "care/tasks/task_repository.hpp"
#include "core/clock.hpp"
#include "core/ids.hpp"
#include "sql/database.hpp"

namespace lcn::care {

// One case with the meeting it is on.
struct MeetingCaseRead {
  MeetingCase c;
  store::MdtMeeting meeting;
};

// The outcome of one person's discussion, as read and checked by the edge.
struct MdtOutcome {
  std::string summary;
  domain::MdtDecision decision = domain::MdtDecision::kNoChange;
  std::optional<std::string> next_review_date;  // YYYY-MM-DD, after today; none on discharge
  std::int64_t version = 0;                     // the case's version the caller read
  // Each action as a task to request: title, details, exactly one assignee, due date,
  // priority, and for a referral its service and kind.
  std::vector<store::Task> actions;
};

class MdtCases {
 public:
  MdtCases(sql::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // Puts `person` on the meeting's case list, from `source`, with `reason` (any participant;
  // before or while the meeting is held). Error(kBadRequest) naming personId when there is no
  // such person; Error(kForbidden) kind no-legitimate-relationship without a relationship, or
  // kind standing-relationship-needed (fact personId) with only a passing one;
  // Error(kConflict) when the person is already on the list.
  MeetingCase Add(const auth::Principal& who, MeetingId meeting, PersonId person,
                  domain::MdtCaseSource source, const std::string& reason) const;

  // One case with its outcome, the tasks it made and its meeting.
  MeetingCaseRead Get(const auth::Principal& who, MeetingId meeting, MdtCaseId id) const;

  // Takes the case off the list (any participant; before the meeting is held).
  void Remove(const auth::Principal& who, MeetingId meeting, MdtCaseId id) const;

  // Records (or replaces) the outcome, once the meeting is held and until it is closed; each
  // action becomes a task requested by `who` and linked to the case, audited as create-task.
  // Error(kConflict) when `outcome.version` is not the case's (checked before the person's
  // access is decided: nothing is audited); Error(kBadRequest) naming actions[i].assignee
  // when an assignee is not an active member of staff, a team or an organisation.
  MeetingCase RecordOutcome(const auth::Principal& who, MeetingId meeting, MdtCaseId id,
                            const MdtOutcome& outcome) const;

  // Every case of `person` at meetings not cancelled, latest meeting first, with their tasks.
  std::vector<MeetingCase> ForPerson(const auth::Principal& who, PersonId person) const;

 private:
  sql::Database& db_;
  const Clock& clock_;
};

}  // namespace lcn::care
