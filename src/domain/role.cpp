// SPDX-License-Identifier: Apache-2.0
#include "domain/role.hpp"

#include <array>
#include <utility>

#include "domain/vocabularies.hpp"

namespace lcn::domain {
namespace {

struct RoleRow {
  Role role;
  std::string_view name;
  std::string_view label;
};

constexpr std::array kRoles = {
    RoleRow{Role::kGp, "gp", "GP"},
    RoleRow{Role::kPracticeNurse, "practice_nurse", "Practice nurse"},
    RoleRow{Role::kCareCoordinator, "care_coordinator", "Care coordinator"},
    RoleRow{Role::kCommunityNurse, "community_nurse", "Community nurse"},
    RoleRow{Role::kSocialWorker, "social_worker", "Social worker"},
    RoleRow{Role::kCareNavigator, "care_navigator", "Care navigator"},
    RoleRow{Role::kLinkWorker, "link_worker", "Social prescribing link worker"},
    RoleRow{Role::kParamedic, "paramedic", "Paramedic"},
    RoleRow{Role::kGeriatrician, "geriatrician", "Geriatrician"},
    RoleRow{Role::kPharmacist, "pharmacist", "Pharmacist"},
    RoleRow{Role::kCareHomeManager, "care_home_manager", "Care home manager"},
    RoleRow{Role::kNetworkManager, "network_manager", "Network manager"},
    RoleRow{Role::kAnalyst, "analyst", "Analyst"},
    RoleRow{Role::kPrivacyOfficer, "privacy_officer", "Privacy officer"},
    RoleRow{Role::kAdministrator, "administrator", "Administrator"},
};

constexpr std::array<Role, kRoles.size()> MakeAll() {
  std::array<Role, kRoles.size()> out{};
  for (std::size_t i = 0; i < kRoles.size(); ++i) {
    out[i] = kRoles[i].role;
  }
  return out;
}

constexpr std::array kAll = MakeAll();

constexpr std::array<std::pair<Role, std::string_view>, kRoles.size()> MakeNames() {
  std::array<std::pair<Role, std::string_view>, kRoles.size()> out{};
  for (std::size_t i = 0; i < kRoles.size(); ++i) {
    out[i] = {kRoles[i].role, kRoles[i].name};
  }
  return out;
}

constexpr std::array kRoleNames = MakeNames();

}  // namespace

std::string_view RoleName(Role role) {
  for (const auto& r : kRoles) {
    if (r.role == role) {
      return r.name;
    }
  }
  return "unknown";
}

std::string_view RoleLabel(Role role) {
  for (const auto& r : kRoles) {
    if (r.role == role) {
      return r.label;
    }
  }
  return "Unknown";
}

std::optional<Role> ParseRole(std::string_view name) {
  for (const auto& r : kRoles) {
    if (r.name == name) {
      return r.role;
    }
  }
  return std::nullopt;
}

std::span<const Role> AllRoles() {
  return kAll;
}

Vocabulary<Role> Roles() {
  return kRoleNames;
}

}  // namespace lcn::domain
