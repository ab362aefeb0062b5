// SPDX-License-Identifier: Apache-2.0
//
// The closed vocabularies of geography and organisations, with their stable wire names.
// Areas nest: system (ICS) > place (borough) > network (LCN) > neighbourhood.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace lcn::domain {

enum class AreaKind { kSystem, kPlace, kNetwork, kNeighbourhood };

std::string_view AreaKindName(AreaKind kind);
[[nodiscard]] std::optional<AreaKind> ParseAreaKind(std::string_view name);

// The kind an area's parent must have; std::nullopt for a system (no parent).
std::optional<AreaKind> ParentKind(AreaKind kind);

enum class OrganisationKind {
  kGpPractice,
  kGpFederation,
  kAcuteTrust,
  kCommunityTrust,
  kMentalHealthTrust,
  kAdultSocialCare,
  kVoluntaryOrganisation,
  kHealthwatch,
  kPharmacy,
  kCareHome,
  kAmbulanceService,
  kIntegratedCareBoard,
};

std::string_view OrganisationKindName(OrganisationKind kind);
[[nodiscard]] std::optional<OrganisationKind> ParseOrganisationKind(std::string_view name);
std::span<const std::string_view> OrganisationKindNames();

enum class Sex { kMale, kFemale, kOther, kUnknown };

std::string_view SexName(Sex sex);
[[nodiscard]] std::optional<Sex> ParseSex(std::string_view name);

}  // namespace lcn::domain
