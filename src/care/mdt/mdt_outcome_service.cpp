// SPDX-License-Identifier: Apache-2.0
//
// MdtCases: the outcome of one person's discussion at an MDT meeting: a summary, a decision, an
// optional next review date (which brings them back among a later meeting's suggestions) and
// actions. Each action becomes a task or referral requested by whoever records the outcome and
// linked to the case; the assignee finds it in their inbox. Recorded once the meeting is held
// and until it is closed; recording it again (with the current version) replaces summary,
// decision and date and adds the new actions' tasks; tasks already made are moved on through
// the task API. The recorder needs a relationship with the person (usually the mdt-case-list
// one); the decision and each task are audited.
#include "auth/person_access.hpp"
#include "auth/person_use_case.hpp"
#include "care/mdt/mdt_access.hpp"
#include "care/mdt/mdt_case_lookup.hpp"
#include "care/mdt/mdt_case_service.hpp"
#include "core/time_format.hpp"
#include "store/organisation_repository.hpp"
#include "store/row_mapping.hpp"
#include "store/run_in_transaction.hpp"
#include "store/user_repository.hpp"

namespace lcn::care {
namespace {

// Error(kBadRequest) naming the action when its assignee does not exist (or is disabled).
void CheckAssignee(sql::Transaction& tx, const store::Task& t, std::size_t index) {
  const std::string field = "actions[" + std::to_string(index) + "].assignee";
  bool valid = true;
  if (t.assignee_user) {
    const auto u = store::UserRepository(tx).FindById(*t.assignee_user);
    valid = u && !u->disabled;
  } else if (t.assignee_team) {
    valid = store::TeamRepository(tx).FindById(*t.assignee_team).has_value();
  } else if (t.assignee_organisation) {
    valid = store::OrganisationRepository(tx).FindById(*t.assignee_organisation).has_value();
  }
  if (!valid) {
    throw Error(ErrorCode::kBadRequest, "an action's assignee is not valid",
                {{field, "must be an active member of staff, a team or an organisation"}});
  }
}

// The meeting and the case whose outcome a participant may record now at `version`.
MeetingCaseRead OpenForOutcome(sql::Transaction& tx, const auth::Principal& who, MeetingId meeting,
                               MdtCaseId id, std::int64_t version) {
  MeetingAccess access = OpenMeeting(tx, who, meeting);
  store::MdtCase c = FindCase(tx, meeting, id);
  const domain::MeetingState state = access.meeting.state;
  if (!domain::OutcomesCanBeRecorded(state)) {
    throw domain::MeetingStateForbids(
        state,
        "outcomes are recorded once the meeting is held and until it is closed; this one is " +
            std::string(domain::MeetingStateName(state)));
  }
  if (c.version != version) {
    store::ThrowStaleOrMissing(true, "case");
  }
  return {{std::move(c), {}}, std::move(access.meeting)};
}

}  // namespace

MeetingCase MdtCases::RecordOutcome(const auth::Principal& who, MeetingId meeting, MdtCaseId id,
                                    const MdtOutcome& outcome) const {
  // The meeting, the case, its state and version are checked before the person's access is
  // decided; then again in the use case's own transaction.
  const PersonId person =
      store::RunInTransaction(db_, sql::TransactionMode::kReadOnly, [&](auto& tx) {
        return OpenForOutcome(tx, who, meeting, id, outcome.version).c.c.person.id;
      });
  return auth::RunPersonUseCase(
      db_, clock_, who, person, "record-mdt-outcome", [&](auth::PersonUse& use) {
        const MeetingCaseRead open = OpenForOutcome(use.tx, who, meeting, id, outcome.version);
        for (std::size_t i = 0; i < outcome.actions.size(); ++i) {
          CheckAssignee(use.tx, outcome.actions[i], i);
        }
        store::MdtCase c = open.c.c;
        c.summary = outcome.summary;
        c.decision = outcome.decision;
        c.next_review_date = outcome.next_review_date;
        c.version = outcome.version;
        store::MdtCaseRepository cases(use.tx);
        cases.SaveOutcome(c, who.user_id, use.now);
        const std::string basis(store::RelationshipBasisName(use.relationship.basis));
        const std::string agreed = "Agreed at the MDT meeting \"" + open.meeting.title + "\" on " +
                                   FormatDate(DateOf(open.meeting.starts_at)) + ".";
        store::TaskRepository tasks(use.tx);
        for (store::Task t : outcome.actions) {
          t.person = person;
          t.details = t.details ? *t.details + "\n\n" + agreed : agreed;
          t.requested_by = who.user_id;
          t.requester_organisation = who.organisation_id;
          const std::int64_t task = tasks.Create(t, use.now);
          cases.LinkTask(id, task);
          auth::AuditPersonAccess(
              use.tx, who, use.now,
              {"create-task", person.Value(), "allowed", basis, std::nullopt,
               "task " + std::to_string(task) + " from MDT case " + std::to_string(id.Value())});
        }
        return MeetingCase{*cases.Find(id), TasksOf(use.tx, id)};
      });
}

}  // namespace lcn::care
