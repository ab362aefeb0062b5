// SPDX-License-Identifier: Apache-2.0
#include "domain/kinds.hpp"

#include <array>
#include <utility>

#include "domain/vocabularies.hpp"

namespace lcn::domain {
namespace {

template <typename E, std::size_t N>
std::string_view NameOf(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
  for (const auto& [v, name] : table) {
    if (v == value) {
      return name;
    }
  }
  return "unknown";
}

template <typename E, std::size_t N>
std::optional<E> Parse(const std::array<std::pair<E, std::string_view>, N>& table,
                       std::string_view name) {
  for (const auto& [v, n] : table) {
    if (n == name) {
      return v;
    }
  }
  return std::nullopt;
}

constexpr std::array<std::pair<AreaKind, std::string_view>, 4> kAreaKinds = {{
    {AreaKind::kSystem, "system"},
    {AreaKind::kPlace, "place"},
    {AreaKind::kNetwork, "network"},
    {AreaKind::kNeighbourhood, "neighbourhood"},
}};

constexpr std::array<std::pair<OrganisationKind, std::string_view>, 12> kOrgKinds = {{
    {OrganisationKind::kGpPractice, "gp_practice"},
    {OrganisationKind::kGpFederation, "gp_federation"},
    {OrganisationKind::kAcuteTrust, "acute_trust"},
    {OrganisationKind::kCommunityTrust, "community_trust"},
    {OrganisationKind::kMentalHealthTrust, "mental_health_trust"},
    {OrganisationKind::kAdultSocialCare, "adult_social_care"},
    {OrganisationKind::kVoluntaryOrganisation, "voluntary_organisation"},
    {OrganisationKind::kHealthwatch, "healthwatch"},
    {OrganisationKind::kPharmacy, "pharmacy"},
    {OrganisationKind::kCareHome, "care_home"},
    {OrganisationKind::kAmbulanceService, "ambulance_service"},
    {OrganisationKind::kIntegratedCareBoard, "integrated_care_board"},
}};

constexpr std::array<std::string_view, 12> kOrgKindNames = [] {
  std::array<std::string_view, 12> out{};
  for (std::size_t i = 0; i < kOrgKinds.size(); ++i) {
    out[i] = kOrgKinds[i].second;
  }
  return out;
}();

constexpr std::array<std::pair<Sex, std::string_view>, 4> kSexes = {{
    {Sex::kMale, "male"},
    {Sex::kFemale, "female"},
    {Sex::kOther, "other"},
    {Sex::kUnknown, "unknown"},
}};

}  // namespace

std::string_view AreaKindName(AreaKind kind) {
  return NameOf(kAreaKinds, kind);
}

std::optional<AreaKind> ParseAreaKind(std::string_view name) {
  return Parse(kAreaKinds, name);
}

std::optional<AreaKind> ParentKind(AreaKind kind) {
  switch (kind) {
    case AreaKind::kSystem:
      return std::nullopt;
    case AreaKind::kPlace:
      return AreaKind::kSystem;
    case AreaKind::kNetwork:
      return AreaKind::kPlace;
    case AreaKind::kNeighbourhood:
      return AreaKind::kNetwork;
  }
  return std::nullopt;
}

std::string_view OrganisationKindName(OrganisationKind kind) {
  return NameOf(kOrgKinds, kind);
}

std::optional<OrganisationKind> ParseOrganisationKind(std::string_view name) {
  return Parse(kOrgKinds, name);
}

std::span<const std::string_view> OrganisationKindNames() {
  return kOrgKindNames;
}

std::string_view SexName(Sex sex) {
  return NameOf(kSexes, sex);
}

std::optional<Sex> ParseSex(std::string_view name) {
  return Parse(kSexes, name);
}

Vocabulary<AreaKind> AreaKinds() {
  return kAreaKinds;
}

Vocabulary<OrganisationKind> OrganisationKinds() {
  return kOrgKinds;
}

Vocabulary<Sex> Sexes() {
  return kSexes;
}

}  // namespace lcn::domain
