// SPDX-License-Identifier: Apache-2.0
#include "care/care_team/care_team_service.hpp"

#include "auth/person_use_case.hpp"
#include "store/organisation_repository.hpp"
#include "store/user_repository.hpp"

namespace lcn::care {
namespace {

using auth::PersonUse;

Error AlreadyAMember() {
  Error error(ErrorCode::kConflict,
              "this member is already in the person's care team; change their role instead");
  error.WithKind("already-a-member", "Already in the care team");
  return error;
}

// The member `id` of `person`'s team; Error(kNotFound) otherwise.
store::CareTeamMember MemberOf(store::CareTeamRepository& team, PersonId person,
                               CareTeamMemberId id) {
  auto member = team.Find(id);
  if (!member || member->person != person) {
    throw Error(ErrorCode::kNotFound, "no such care team member for this person");
  }
  return std::move(*member);
}

// Throws Error(kBadRequest) naming the field when the member's user, team or organisation does
// not exist (or the user can no longer sign in).
void CheckMemberExists(sql::Transaction& tx, const store::CareTeamMember& m) {
  if (m.user) {
    const auto user = store::UserRepository(tx).FindById(*m.user);
    if (!user || user->disabled) {
      throw Error(ErrorCode::kBadRequest, "the member is not valid",
                  {{"userId", "must be the id of an active member of staff"}});
    }
  }
  if (m.team && !store::TeamRepository(tx).FindById(*m.team)) {
    throw Error(ErrorCode::kBadRequest, "the member is not valid",
                {{"teamId", "must be the id of a team"}});
  }
  if (m.organisation && !store::OrganisationRepository(tx).FindById(*m.organisation)) {
    throw Error(ErrorCode::kBadRequest, "the member is not valid",
                {{"organisationId", "must be the id of an organisation"}});
  }
}

}  // namespace

std::vector<store::CareTeamMember> CareTeams::Members(const auth::Principal& who, PersonId person,
                                                      bool include_ended) const {
  return auth::RunPersonUseCase(db_, clock_, who, person, "read-care-team", [&](PersonUse& use) {
    return store::CareTeamRepository(use.tx).Members(person, include_ended);
  });
}

store::CareTeamMember CareTeams::Add(const auth::Principal& who, PersonId person,
                                     store::CareTeamMember member) const {
  member.person = person;
  member.added_by = who.user_id;
  return auth::RunPersonUseCase(db_, clock_, who, person, "update-care-team", [&](PersonUse& use) {
    CheckMemberExists(use.tx, member);
    store::CareTeamRepository team(use.tx);
    if (team.FindActive(person, member.user, member.team, member.organisation)) {
      throw AlreadyAMember();
    }
    return *team.Find(team.Add(member, use.now));
  });
}

store::CareTeamMember CareTeams::Change(const auth::Principal& who, PersonId person,
                                        CareTeamMemberId id, const std::string& role, bool lead,
                                        std::int64_t version) const {
  return auth::RunPersonUseCase(db_, clock_, who, person, "update-care-team", [&](PersonUse& use) {
    store::CareTeamRepository team(use.tx);
    store::CareTeamMember member = MemberOf(team, person, id);
    member.role = role;
    member.lead = lead;
    member.version = version;
    team.Update(member, use.now);
    return *team.Find(id);
  });
}

store::CareTeamMember CareTeams::End(const auth::Principal& who, PersonId person,
                                     CareTeamMemberId id, std::int64_t version,
                                     const std::optional<std::string>& reason) const {
  return auth::RunPersonUseCase(db_, clock_, who, person, "update-care-team", [&](PersonUse& use) {
    store::CareTeamRepository team(use.tx);
    (void)MemberOf(team, person, id);
    team.End(id, version, reason, use.now);
    return *team.Find(id);
  });
}

}  // namespace lcn::care
