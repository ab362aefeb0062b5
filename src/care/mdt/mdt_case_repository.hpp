// SPDX-License-Identifier: Apache-2.0
//
// MdtCaseRepository reads and writes MDT case lists inside the caller's transaction: who is on a
// meeting's list, why (the source and its reason) and in what order; each person's outcome
// (summary, decision, next review date; optimistic version) and the tasks its actions became;
// a person's MDT history; and the open referrals of an area's practices, which suggest people
// for a case list. Reviews that are due are in review_repository. Stateless.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "care/mdt/mdt_meeting_state.hpp"
#include "core/clock.hpp"
#include "core/ids.hpp"
#include "sql/database.hpp"

namespace lcn::store {

// Who a person is, for lists that name them.
struct PersonRef {
  PersonId id;
  std::string given_name;
  std::string family_name;
  std::optional<std::string> nhs_number;
  std::string birth_date;
  std::optional<OrganisationId> practice;
};

struct MdtCase {
  MdtCaseId id;
  MeetingId meeting;
  PersonRef person;
  domain::MdtCaseSource source = domain::MdtCaseSource::kAddedByHand;
  std::string reason;
  std::int64_t position = 0;
  UserId added_by;
  Micros added_at = 0;
  // The outcome, once recorded.
  std::optional<std::string> summary;
  std::optional<domain::MdtDecision> decision;
  std::optional<std::string> next_review_date;  // YYYY-MM-DD
  std::optional<UserId> outcome_by;
  std::optional<Micros> outcome_at;
  std::int64_t version = 1;
  // For display, filled by reads.
  std::string added_by_name;
  std::optional<std::string> outcome_by_name;
  std::string meeting_title;
  Micros meeting_starts_at = 0;
  domain::MeetingState meeting_state = domain::MeetingState::kScheduled;
};

// An open referral about someone registered at one of the practices asked for.
struct OpenReferral {
  std::int64_t task = 0;
  PersonRef person;
  std::optional<std::string> service;
  std::string title;
  std::string state;
};

class MdtCaseRepository {
 public:
  explicit MdtCaseRepository(sql::Transaction& tx) : tx_(tx) {}

  // Appends `c` to its meeting's list (after the last); returns the id. kConflict when the
  // person is already on that list.
  MdtCaseId Add(const MdtCase& c, Micros now);

  [[nodiscard]] std::optional<MdtCase> Find(MdtCaseId id);

  // The meeting's list in order.
  std::vector<MdtCase> ForMeeting(MeetingId meeting);

  // Takes a case off its meeting's list (with its outcome fields, which are empty before the
  // meeting). False when the meeting has no such case.
  bool Remove(MeetingId meeting, MdtCaseId id);

  // Writes the outcome of `c` (optimistic on `c.version`); kConflict when stale. Returns the
  // new version.
  std::int64_t SaveOutcome(const MdtCase& c, UserId by, Micros now);

  // Links a task made from one of the case's actions.
  void LinkTask(MdtCaseId case_id, std::int64_t task);

  // The ids of the tasks made from the case's actions, oldest first.
  std::vector<std::int64_t> Tasks(MdtCaseId case_id);

  // Every case of `person` (at meetings that were not cancelled), latest meeting first.
  std::vector<MdtCase> ForPerson(PersonId person);

  // Open referrals (requested, accepted, in progress) about people registered at `practices`
  // (organisation ids), oldest first; not about people whose register death date, or the day
  // the register found them gone from their practice (left_date), is on or before `alive_on`
  // (YYYY-MM-DD): they had died, or were no longer registered there, by that day.
  std::vector<OpenReferral> OpenReferrals(const std::vector<std::int64_t>& practices,
                                          const std::string& alive_on);

 private:
  sql::Transaction& tx_;
};

// "${<prefix>0}, ${<prefix>1}, ..." for `values`, and the parameters they name; for IN lists.
// REQUIRES: `values` is not empty.
std::string InList(const std::string& prefix, const std::vector<std::int64_t>& values,
                   sql::Params& params);

}  // namespace lcn::store
