// SPDX-License-Identifier: Apache-2.0
//
// Professional roles of staff. The wire name ("care_coordinator") is stable: it is stored in
// the database and sent in the API. What each role may do is auth/policy's business.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace lcn::domain {

enum class Role {
  kGp,
  kPracticeNurse,
  kCareCoordinator,
  kCommunityNurse,
  kSocialWorker,
  kCareNavigator,
  kLinkWorker,
  kParamedic,
  kGeriatrician,
  kPharmacist,
  kCareHomeManager,
  kNetworkManager,
  kAnalyst,
  kPrivacyOfficer,
  kAdministrator,
};

std::string_view RoleName(Role role);

// A human label such as "Care coordinator".
std::string_view RoleLabel(Role role);

[[nodiscard]] std::optional<Role> ParseRole(std::string_view name);

std::span<const Role> AllRoles();

}  // namespace lcn::domain
