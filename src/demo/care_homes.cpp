// SPDX-License-Identifier: Apache-2.0
#include "demo/care_homes.hpp"

#include <cstdio>

namespace lcn::demo {
namespace {

constexpr int kResidentialBeds = 38;  // national averages (shared/reference/realworld-data.md 4.1)
constexpr int kNursingBeds = 59;

std::string CodeFor(int n) {
  std::string digits = std::to_string(n);
  return "DEMOCH" + std::string(digits.size() < 3 ? 3 - digits.size() : 0, '0') + digits;
}

}  // namespace

std::vector<CareHomeSite> PlanCareHomes(const GeographyPlan& geography) {
  std::vector<CareHomeSite> out;
  for (const auto& area : geography.areas) {
    if (area.kind != domain::AreaKind::kNetwork) {
      continue;
    }
    out.push_back({.ods_code = CodeFor(static_cast<int>(out.size()) + 1),
                   .name = area.name + " Demo Care Home",
                   .network_code = area.code,
                   .beds = kResidentialBeds,
                   .nursing = false});
    out.push_back({.ods_code = CodeFor(static_cast<int>(out.size()) + 1),
                   .name = area.name + " Demo Nursing Home",
                   .network_code = area.code,
                   .beds = kNursingBeds,
                   .nursing = true});
  }
  return out;
}

}  // namespace lcn::demo
