// SPDX-License-Identifier: Apache-2.0
#include "demo/mdt_meetings.hpp"

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "care/mdt/mdt_repository.hpp"
#include "domain/role.hpp"
#include "extract/day.hpp"

namespace lcn::demo {
namespace {

// The staff in the teams of a network or of its neighbourhoods, by user id.
constexpr const char* kNetworkStaff =
    "SELECT a.id AS area_id, a.name AS area_name, u.id AS user_id, u.role "
    "FROM areas a JOIN teams t ON t.area_id = a.id OR t.area_id IN "
    "(SELECT n.id FROM areas n WHERE n.parent_id = a.id) "
    "JOIN team_members m ON m.team_id = t.id JOIN users u ON u.id = m.user_id "
    "WHERE a.kind = 'network' AND u.disabled = 0 ORDER BY a.id, u.id";

struct NetworkStaff {
  AreaId area;
  std::string name;
  std::vector<std::pair<UserId, domain::Role>> staff;
};

// Roles that take part in MDT meetings (mdt:read); the system-wide ones do not.
bool TakesPart(domain::Role role) {
  return role != domain::Role::kAnalyst && role != domain::Role::kPrivacyOfficer &&
         role != domain::Role::kAdministrator;
}

}  // namespace

int ScheduleDemoMdtMeetings(sql::Transaction& tx, Micros now) {
  std::vector<NetworkStaff> networks;
  tx.Query(kNetworkStaff, {}, [&](const sql::Row& r) {
    const AreaId area(r.Int("area_id"));
    if (networks.empty() || networks.back().area != area) {
      networks.push_back({area, r.Text("area_name"), {}});
    }
    if (const auto role = domain::ParseRole(r.Text("role"))) {
      networks.back().staff.emplace_back(UserId(r.Int("user_id")), *role);
    }
  });
  const std::int32_t day = extract::DayOf(now) + 7;
  const Micros starts =
      static_cast<Micros>(day) * 24 * 3600 * kMicrosPerSecond + 13LL * 3600 * kMicrosPerSecond;
  store::MdtRepository meetings(tx);
  int scheduled = 0;
  for (const auto& network : networks) {
    std::optional<UserId> chair;
    for (const auto& [user, role] : network.staff) {
      if (role == domain::Role::kCareCoordinator && !chair) {
        chair = user;
      }
    }
    if (!chair) {
      continue;
    }
    store::MdtMeeting m;
    m.area = network.area;
    m.title = network.name + " MDT";
    m.starts_at = starts;
    m.duration_minutes = 90;
    m.location = "Video call";
    m.chair = *chair;
    m.created_by = *chair;
    const MeetingId id = meetings.Create(m, now);
    std::set<std::int64_t> invited = {chair->Value()};
    for (const auto& [user, role] : network.staff) {
      if (TakesPart(role) && invited.insert(user.Value()).second) {
        store::MdtAttendee a;
        a.meeting = id;
        a.user = user;
        meetings.AddAttendee(a, *chair, now);
      }
    }
    ++scheduled;
  }
  return scheduled;
}

}  // namespace lcn::demo
