// SPDX-License-Identifier: Apache-2.0
//
// The fictional demo staff accounts. Browser and API tests sign in as these usernames, so
// they are stable. System-wide roles (analyst, privacy officer, administrator) work for the
// South East London ICB, or for the Sussex ICB when only Coastal West Sussex is loaded.
#include <array>

#include "core/error.hpp"
#include "demo/staff.hpp"
#include "domain/role.hpp"

namespace lcn::demo {
namespace {

using domain::Role;

enum class Scope { kSouthEastLondon, kCoastalWestSussex, kAnyIcb };

struct UserRow {
  std::string_view username;
  std::string_view display_name;
  Role role;
  Scope scope;
  std::string_view organisation;  // empty for kAnyIcb
  std::string_view team;          // empty: no team
};

constexpr std::array kUsers = {
    UserRow{"gp.albion", "Dr Amira Patel", Role::kGp, Scope::kSouthEastLondon,
            "Albion Street Group Practice", ""},
    UserRow{"nurse.albion", "Grace Mensah", Role::kPracticeNurse, Scope::kSouthEastLondon,
            "Albion Street Group Practice", ""},
    UserRow{"coordinator.southwark-north", "Tom Reilly", Role::kCareCoordinator,
            Scope::kSouthEastLondon, "Quay Health Solutions", "Southwark North care coordination"},
    UserRow{"manager.southwark-north", "Priya Shah", Role::kNetworkManager, Scope::kSouthEastLondon,
            "Quay Health Solutions", "Southwark North care coordination"},
    UserRow{"socialworker.southwark-north", "Daniel Okoye", Role::kSocialWorker,
            Scope::kSouthEastLondon, "Southwark Council Adult Social Care",
            "Southwark North adult social care"},
    UserRow{"nurse.southwark-north", "Siobhan Murphy", Role::kCommunityNurse,
            Scope::kSouthEastLondon, "Guy's and St Thomas' NHS Foundation Trust",
            "Southwark North district nursing"},
    UserRow{"gp.hurley", "Dr James Whitfield", Role::kGp, Scope::kSouthEastLondon,
            "Hurley And Riverside Practices", ""},
    UserRow{"coordinator.lambeth-north", "Fatima Hussain", Role::kCareCoordinator,
            Scope::kSouthEastLondon, "North Lambeth GP Federation",
            "Lambeth North care coordination"},
    UserRow{"analyst", "Oliver Bennett", Role::kAnalyst, Scope::kAnyIcb, "", ""},
    UserRow{"privacy.officer", "Helen Carter", Role::kPrivacyOfficer, Scope::kAnyIcb, "", ""},
    UserRow{"admin", "Sam Taylor", Role::kAdministrator, Scope::kAnyIcb, "", ""},
    UserRow{"gp.regis", "Dr Sarah Collins", Role::kGp, Scope::kCoastalWestSussex,
            "Bognor Medical Centre", ""},
    UserRow{"coordinator.regis", "Mark Turner", Role::kCareCoordinator, Scope::kCoastalWestSussex,
            "Sussex Community NHS Foundation Trust", "Regis proactive care"},
};

bool InArea(const UserRow& row, DemoArea area) {
  switch (row.scope) {
    case Scope::kSouthEastLondon:
      return IncludesSouthEastLondon(area);
    case Scope::kCoastalWestSussex:
      return IncludesCoastalWestSussex(area);
    case Scope::kAnyIcb:
      return true;
  }
  return false;
}

std::string OrganisationOf(const UserRow& row, DemoArea area) {
  if (row.scope != Scope::kAnyIcb) {
    return std::string(row.organisation);
  }
  return std::string(IncludesSouthEastLondon(area) ? kSouthEastLondonIcb : kSussexIcb);
}

}  // namespace

std::vector<DemoUser> DemoUsersFor(DemoArea area) {
  std::vector<DemoUser> out;
  for (const auto& row : kUsers) {
    if (InArea(row, area)) {
      out.push_back({std::string(row.username), std::string(row.display_name),
                     std::string(domain::RoleName(row.role)), OrganisationOf(row, area)});
    }
  }
  return out;
}

const std::vector<DemoUser>& DemoUsers() {
  static const std::vector<DemoUser> users = DemoUsersFor(DemoArea::kAll);
  return users;
}

int InsertUsers(store::UserRepository& users, store::TeamRepository& teams, DemoArea area,
                const std::string& password_hash, const OrganisationIds& organisations,
                const TeamIds& team_ids, Micros now) {
  int count = 0;
  for (const auto& row : kUsers) {
    if (!InArea(row, area)) {
      continue;
    }
    domain::User user;
    user.username = std::string(row.username);
    user.display_name = std::string(row.display_name);
    user.role = row.role;
    user.organisation_id = organisations.Named(OrganisationOf(row, area));
    user.password_hash = password_hash;
    const UserId id = users.Insert(user, now);
    if (!row.team.empty()) {
      const auto team = team_ids.find(row.team);
      if (team == team_ids.end()) {
        throw Error(ErrorCode::kInternal, "the demo has no team " + std::string(row.team));
      }
      teams.AddMember(team->second, id);
    }
    ++count;
  }
  return count;
}

}  // namespace lcn::demo
