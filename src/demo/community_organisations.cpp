// SPDX-License-Identifier: Apache-2.0
//
// Plans the community organisations of the demo: the real voluntary organisations of the
// community assets file, aligned to the most specific area their base names, and two fictional
// care homes and one fictional pharmacy per network ("Demo" in name and description, no ODS
// code). Bed numbers follow the national averages in the reference notes (38 residential,
// 59 nursing).
#include <array>

#include "demo/care_homes.hpp"
#include "demo/organisations.hpp"
#include "demo/text_tidy.hpp"

namespace lcn::demo {
namespace {

using domain::AreaKind;
using domain::OrganisationKind;

struct AssetPlace {
  std::string_view asset_area;  // as written in the assets file's `area` column
  std::string_view place_code;
};

constexpr std::array kAssetPlaces = {
    AssetPlace{"Lambeth", "lambeth"},
    AssetPlace{"Southwark", "southwark"},
    AssetPlace{"Coastal West Sussex", "coastal-west-sussex"},
};

// The planned places named in an asset's `area` column ("Southwark; Lambeth").
std::vector<std::string> PlacesOf(const CommunityAssetRecord& asset,
                                  const GeographyPlan& geography) {
  std::vector<std::string> out;
  for (const auto& place : kAssetPlaces) {
    if (ContainsWord(asset.area, place.asset_area) &&
        geography.FindArea(std::string(place.place_code))) {
      out.emplace_back(place.place_code);
    }
  }
  return out;
}

// The place an area belongs to (itself for a place); empty for a system.
std::string PlaceCodeOf(const GeographyPlan& geography, const AreaPlan& area) {
  std::optional<AreaPlan> current = area;
  while (current && current->kind != AreaKind::kPlace) {
    current = current->parent_code ? geography.FindArea(*current->parent_code) : std::nullopt;
  }
  return current ? current->code : std::string();
}

bool IsWideBase(const std::string& base) {
  return base.find("borough-wide") != std::string::npos ||
         base.find("county-wide") != std::string::npos ||
         base.find("both boroughs") != std::string::npos;
}

// The single area of `kind` inside `places` whose name the base names as a whole word.
std::optional<std::string> UniqueMatch(const GeographyPlan& geography, AreaKind kind,
                                       const std::vector<std::string>& places,
                                       const std::string& base) {
  std::optional<std::string> match;
  int matches = 0;
  for (const auto& area : geography.areas) {
    if (area.kind != kind || !ContainsWord(base, area.name)) {
      continue;
    }
    const std::string place = PlaceCodeOf(geography, area);
    for (const auto& wanted : places) {
      if (wanted == place) {
        match = area.code;
        ++matches;
      }
    }
  }
  return matches == 1 ? match : std::nullopt;
}

// A neighbourhood or network the base names; else the place; else (several places) their system.
std::optional<std::string> AlignAsset(const GeographyPlan& geography,
                                      const std::vector<std::string>& places,
                                      const CommunityAssetRecord& asset) {
  if (!IsWideBase(asset.base)) {
    if (auto n = UniqueMatch(geography, AreaKind::kNeighbourhood, places, asset.base)) {
      return n;
    }
    if (auto n = UniqueMatch(geography, AreaKind::kNetwork, places, asset.base)) {
      return n;
    }
  }
  if (places.size() == 1) {
    return places.front();
  }
  return geography.FindArea(places.front())->parent_code;
}

bool IsStatutory(const CommunityAssetRecord& asset) {
  return asset.category == "GP federation" || asset.name.starts_with("Healthwatch");
}

OrganisationPlan Fictional(OrganisationKind kind, std::string name, std::string description,
                           const std::string& network_code) {
  OrganisationPlan plan;
  plan.organisation.kind = kind;
  plan.organisation.name = std::move(name);
  plan.organisation.description = std::move(description);
  plan.area_code = network_code;
  return plan;
}

}  // namespace

std::vector<OrganisationPlan> PlanCommunityOrganisations(
    const GeographyPlan& geography, const std::vector<CommunityAssetRecord>& assets) {
  std::vector<OrganisationPlan> out;
  for (const auto& asset : assets) {
    const auto places = PlacesOf(asset, geography);
    if (places.empty() || IsStatutory(asset)) {
      continue;
    }
    OrganisationPlan plan;
    plan.organisation.kind = OrganisationKind::kVoluntaryOrganisation;
    plan.organisation.name = asset.name;
    plan.organisation.description = asset.offer + " Who for: " + asset.who_for + ".";
    plan.organisation.website = FirstUrl(asset.source_urls);
    plan.area_code = AlignAsset(geography, places, asset);
    out.push_back(std::move(plan));
  }
  const std::vector<CareHomeSite> homes = PlanCareHomes(geography);
  for (const auto& network : geography.areas) {
    if (network.kind != AreaKind::kNetwork) {
      continue;
    }
    const std::string not_real =
        " for the " + network.name + " network. Demo: fictional, not a real organisation.";
    // The same homes, with the same fictional codes, as the residents' records name.
    for (const CareHomeSite& home : homes) {
      if (home.network_code != network.code) {
        continue;
      }
      OrganisationPlan plan = Fictional(
          OrganisationKind::kCareHome, home.name,
          (home.nursing ? "A nursing home of about " : "A residential care home of about ") +
              std::to_string(home.beds) + " beds" + not_real,
          network.code);
      plan.organisation.ods_code = home.ods_code;
      out.push_back(std::move(plan));
    }
    out.push_back(Fictional(OrganisationKind::kPharmacy, network.name + " Demo Pharmacy",
                            "A community pharmacy" + not_real, network.code));
  }
  return out;
}

}  // namespace lcn::demo
