// SPDX-License-Identifier: Apache-2.0
//
// The demo's organisations. Planning is pure and split in two: statutory organisations (GP
// practices, GP federations, NHS trusts, the integrated care boards, councils' adult social
// care, Healthwatch; statutory_organisations.cpp) and community organisations (real voluntary
// organisations from the community assets file, and clearly fictional care homes and
// pharmacies; community_organisations.cpp). InsertOrganisations writes a plan in the caller's
// transaction.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "demo/demo_area.hpp"
#include "demo/demo_sources.hpp"
#include "demo/geography.hpp"
#include "domain/records.hpp"
#include "store/organisation_repository.hpp"

namespace lcn::demo {

struct OrganisationPlan {
  domain::Organisation organisation;  // area_id is filled in from area_code on insert
  std::optional<std::string> area_code;
};

// Organisation names used by the demo's staff and teams.
inline constexpr std::string_view kSouthEastLondonIcb = "NHS South East London ICB";
inline constexpr std::string_view kSussexIcb = "NHS Sussex ICB";

// GP practices, GP federations, NHS trusts, ICBs, adult social care and Healthwatch for `area`.
// Throws Error(kInternal) when the trust file holds a trust the demo does not know.
std::vector<OrganisationPlan> PlanStatutoryOrganisations(
    DemoArea area, const GeographyPlan& geography, const std::vector<TrustRecord>& trusts,
    const std::vector<CommunityAssetRecord>& assets);

// Voluntary organisations of the planned places from the community assets file (GP federations and
// Healthwatch excluded: they are statutory), each aligned to the most specific area its base
// names; plus two fictional care homes and a fictional pharmacy per network.
std::vector<OrganisationPlan> PlanCommunityOrganisations(
    const GeographyPlan& geography, const std::vector<CommunityAssetRecord>& assets);

struct OrganisationIds {
  std::map<std::string, OrganisationId, std::less<>> by_name;
  std::map<std::string, OrganisationId, std::less<>> by_ods_code;

  // The id of the organisation called `name`. Throws Error(kInternal) when there is none.
  OrganisationId Named(std::string_view name) const;

  // The id of the organisation with `ods_code`. Throws Error(kInternal) when there is none.
  OrganisationId WithOdsCode(std::string_view ods_code) const;
};

// Inserts the plans in order, resolving area codes through `areas`. Throws Error(kInternal) on a
// duplicate name or an unknown area code, and as OrganisationRepository::Insert does.
OrganisationIds InsertOrganisations(store::OrganisationRepository& repository,
                                    const std::vector<OrganisationPlan>& plans,
                                    const AreaIds& areas, Micros now);

}  // namespace lcn::demo
