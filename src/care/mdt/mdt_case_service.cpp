// SPDX-License-Identifier: Apache-2.0
//
// MdtCases: adding, reading and removing a case, and a person's MDT history. Outcomes are in
// mdt_outcome_service.cpp.
#include "care/mdt/mdt_case_service.hpp"

#include "auth/person_access.hpp"
#include "auth/person_use_case.hpp"
#include "care/mdt/mdt_access.hpp"
#include "care/mdt/mdt_case_lookup.hpp"
#include "store/person_repository.hpp"
#include "store/relationship_repository.hpp"
#include "store/run_in_transaction.hpp"

namespace lcn::care {
namespace {

using store::RelationshipBasis;

bool IsStanding(RelationshipBasis basis) {
  return basis == RelationshipBasis::kRegisteredPractice ||
         basis == RelationshipBasis::kNetworkRole || basis == RelationshipBasis::kCareTeam;
}

Error StandingRelationshipNeeded(PersonId person) {
  Error error(ErrorCode::kForbidden,
              "to put someone on a case list you need a relationship with them through "
              "their practice, your network role or their care team; break-glass or "
              "another case list is not enough");
  error.WithKind("standing-relationship-needed", "A standing relationship is needed")
      .WithNumber("personId", person.Value())
      .MarkAudited();
  return error;
}

std::string StateName(domain::MeetingState state) {
  return std::string(domain::MeetingStateName(state));
}

// The case as a participant of its meeting finds it, when the meeting's state allows it to be
// taken off the list.
store::MdtCase RemovableCase(sql::Transaction& tx, const auth::Principal& who, MeetingId meeting,
                             MdtCaseId id) {
  const MeetingAccess access = OpenMeeting(tx, who, meeting);
  store::MdtCase c = FindCase(tx, meeting, id);
  if (!domain::CasesCanBeRemoved(access.meeting.state)) {
    throw domain::MeetingStateForbids(
        access.meeting.state,
        "a case stays on the list once the meeting is " + StateName(access.meeting.state));
  }
  return c;
}

}  // namespace

MeetingCase MdtCases::Add(const auth::Principal& who, MeetingId meeting, PersonId person,
                          domain::MdtCaseSource source, const std::string& reason) const {
  const Micros now = clock_.Now();
  // The refusal, kept while its audit row commits, then thrown.
  std::optional<Error> refused;
  auto added = store::RunInTransaction(
      db_, sql::TransactionMode::kReadWrite, [&](auto& tx) -> std::optional<MeetingCase> {
        refused.reset();
        const MeetingAccess access = OpenMeeting(tx, who, meeting);
        const domain::MeetingState state = access.meeting.state;
        if (!domain::CasesCanBeAdded(state)) {
          throw domain::MeetingStateForbids(
              state,
              "people are added to a case list before or during the meeting, not once "
              "it is " +
                  StateName(state));
        }
        if (!store::PersonRepository(tx).FindById(person)) {
          throw Error(ErrorCode::kBadRequest, "no such person", {{"personId", "is not a person"}});
        }
        const auto relationship =
            store::RelationshipRepository(tx).Find(who.AsAccessor(), person, now);
        const std::string where = "MDT meeting " + std::to_string(meeting.Value());
        if (!relationship || !IsStanding(relationship->basis)) {
          auth::AuditPersonAccess(
              tx, who, now,
              {"mdt-add-case", person.Value(), "denied", std::nullopt, std::nullopt,
               where + ": " +
                   (relationship
                        ? "needs a standing relationship, not " +
                              std::string(store::RelationshipBasisName(relationship->basis))
                        : std::string("no legitimate relationship"))});
          refused = relationship ? StandingRelationshipNeeded(person)
                                 : auth::NoLegitimateRelationship(who, person);
          return std::nullopt;  // the refusal's row commits
        }
        auth::AuditPersonAccess(
            tx, who, now,
            {"mdt-add-case", person.Value(), "allowed",
             std::string(store::RelationshipBasisName(relationship->basis)), std::nullopt,
             where + ", from " + std::string(domain::MdtCaseSourceName(source))});
        store::MdtCase c;
        c.meeting = meeting;
        c.person.id = person;
        c.source = source;
        c.reason = reason;
        c.added_by = who.user_id;
        store::MdtCaseRepository cases(tx);
        const MdtCaseId id = cases.Add(c, now);
        return MeetingCase{*cases.Find(id), {}};
      });
  if (refused) {
    throw Error(*refused);  // a copy: throw a temporary
  }
  return std::move(*added);
}

MeetingCaseRead MdtCases::Get(const auth::Principal& who, MeetingId meeting, MdtCaseId id) const {
  const auto find = [&](sql::Transaction& tx) {
    MeetingAccess access = OpenMeeting(tx, who, meeting);
    return MeetingCaseRead{{FindCase(tx, meeting, id), {}}, std::move(access.meeting)};
  };
  // Whose case it is, before the decision about them.
  const PersonId person = store::RunInTransaction(db_, sql::TransactionMode::kReadOnly,
                                                  [&](auto& tx) { return find(tx).c.c.person.id; });
  return auth::RunPersonUseCase(db_, clock_, who, person, "read-mdt-case",
                                [&](auth::PersonUse& use) {
                                  MeetingCaseRead read = find(use.tx);
                                  read.c.tasks = TasksOf(use.tx, id);
                                  return read;
                                });
}

void MdtCases::Remove(const auth::Principal& who, MeetingId meeting, MdtCaseId id) const {
  const PersonId person = store::RunInTransaction(
      db_, sql::TransactionMode::kReadOnly,
      [&](auto& tx) { return RemovableCase(tx, who, meeting, id).person.id; });
  auth::RunPersonUseCase(db_, clock_, who, person, "mdt-remove-case", [&](auth::PersonUse& use) {
    RemovableCase(use.tx, who, meeting, id);
    store::MdtCaseRepository(use.tx).Remove(meeting, id);
  });
}

std::vector<MeetingCase> MdtCases::ForPerson(const auth::Principal& who, PersonId person) const {
  return auth::RunPersonUseCase(
      db_, clock_, who, person, "read-mdt-cases", [&](auth::PersonUse& use) {
        std::vector<MeetingCase> out;
        for (auto& c : store::MdtCaseRepository(use.tx).ForPerson(person)) {
          auto tasks = TasksOf(use.tx, c.id);
          out.push_back({std::move(c), std::move(tasks)});
        }
        return out;
      });
}

}  // namespace lcn::care
