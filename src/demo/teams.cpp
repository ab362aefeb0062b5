// SPDX-License-Identifier: Apache-2.0
//
// Plans and inserts the demo teams. In South East London every network has adult social care
// (council), care coordination (its GP federation), district nursing (Guy's and St Thomas',
// which runs community services in both boroughs) and community mental health (South London
// and Maudsley); the Southwark North neighbourhoods also have a primary care navigation team
// (Quay Health Solutions). In Coastal West Sussex every network has proactive care (Sussex
// Community NHS FT), adult social care (West Sussex County Council) and community mental
// health (Sussex Partnership NHS FT).
#include <array>

#include "core/error.hpp"
#include "demo/staff.hpp"

namespace lcn::demo {
namespace {

struct NetworkOwners {
  std::string_view network_code;
  std::string_view federation;
  std::string_view council;
};

constexpr std::array kSouthEastLondon = {
    NetworkOwners{"lambeth-north", "North Lambeth GP Federation",
                  "Lambeth Council Adult Social Care"},
    NetworkOwners{"lambeth-south-east", "South East Lambeth GP Federation",
                  "Lambeth Council Adult Social Care"},
    NetworkOwners{"lambeth-south-west", "South West Lambeth GP Federation",
                  "Lambeth Council Adult Social Care"},
    NetworkOwners{"southwark-north", "Quay Health Solutions",
                  "Southwark Council Adult Social Care"},
    NetworkOwners{"southwark-south", "Improving Health Ltd", "Southwark Council Adult Social Care"},
};

constexpr std::string_view kGstt = "Guy's and St Thomas' NHS Foundation Trust";
constexpr std::string_view kSlam = "South London and Maudsley NHS Foundation Trust";
constexpr std::string_view kSussexCommunity = "Sussex Community NHS Foundation Trust";
constexpr std::string_view kSussexPartnership = "Sussex Partnership NHS Foundation Trust";
constexpr std::string_view kWestSussexCouncil = "West Sussex County Council Adult Social Care";

const NetworkOwners* SouthEastLondonOwners(const std::string& network_code) {
  for (const auto& owners : kSouthEastLondon) {
    if (owners.network_code == network_code) {
      return &owners;
    }
  }
  return nullptr;
}

}  // namespace

std::vector<TeamPlan> PlanTeams(const GeographyPlan& geography) {
  std::vector<TeamPlan> out;
  const auto add = [&](const AreaPlan& area, std::string_view what, std::string_view owner) {
    out.push_back({area.name + " " + std::string(what), std::string(owner), area.code});
  };
  for (const auto& area : geography.areas) {
    if (area.kind == domain::AreaKind::kNetwork) {
      if (const auto* owners = SouthEastLondonOwners(area.code)) {
        add(area, "adult social care", owners->council);
        add(area, "care coordination", owners->federation);
        add(area, "district nursing", kGstt);
        add(area, "community mental health", kSlam);
      } else {
        add(area, "proactive care", kSussexCommunity);
        add(area, "adult social care", kWestSussexCouncil);
        add(area, "community mental health", kSussexPartnership);
      }
    } else if (area.kind == domain::AreaKind::kNeighbourhood &&
               area.parent_code == "southwark-north") {
      add(area, "primary care navigation", "Quay Health Solutions");
    }
  }
  return out;
}

TeamIds InsertTeams(store::TeamRepository& repository, const std::vector<TeamPlan>& teams,
                    const OrganisationIds& organisations, const AreaIds& areas, Micros now) {
  TeamIds ids;
  for (const auto& plan : teams) {
    domain::Team team;
    team.name = plan.name;
    team.organisation_id = organisations.Named(plan.organisation);
    const auto area = areas.find(plan.area_code);
    if (area == areas.end()) {
      throw Error(ErrorCode::kInternal, "the demo has no area " + plan.area_code);
    }
    team.area_id = area->second;
    ids.emplace(plan.name, repository.Insert(team, now));
  }
  return ids;
}

}  // namespace lcn::demo
