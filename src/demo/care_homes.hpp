// SPDX-License-Identifier: Apache-2.0
//
// The demo's care homes as the clinical histories see them: the two clearly fictional homes per
// network that PlanCommunityOrganisations plans (a residential home of about 38 beds and a
// nursing home of about 59), each given a fictional code in the ODS form ("DEMOCH001") so that
// residents' extract rows can name their home. Pure; no I/O.
#pragma once

#include <string>
#include <vector>

#include "demo/geography.hpp"

namespace lcn::demo {

struct CareHomeSite {
  std::string ods_code;      // fictional: "DEMOCH" and three digits; no real ODS code looks so
  std::string name;          // the organisation's name, e.g. "Regis Demo Nursing Home"
  std::string network_code;  // the network whose practices' patients live there
  int beds = 0;
  bool nursing = false;
};

// The care homes of `geography`, networks in plan order, the residential home first.
std::vector<CareHomeSite> PlanCareHomes(const GeographyPlan& geography);

}  // namespace lcn::demo
