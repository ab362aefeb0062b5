// SPDX-License-Identifier: Apache-2.0
//
// The demo geography: which systems, places, networks and neighbourhoods exist, which practice
// sits in which neighbourhood, and each area's registered population. Planning is pure (no
// I/O) so that it can be tested and re-run; InsertAreas writes the plan in the caller's
// transaction. The inferred groupings are documented in docs/demo-data.md.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/ids.hpp"
#include "demo/demo_area.hpp"
#include "demo/demo_sources.hpp"
#include "domain/kinds.hpp"
#include "store/area_repository.hpp"

namespace lcn::demo {

// Practices with no January 2021 list size, or a list below this, are left out of the demo.
constexpr std::int64_t kMinimumListSize = 100;

struct AreaPlan {
  domain::AreaKind kind = domain::AreaKind::kNetwork;
  std::string code;  // unique slug, e.g. "southwark-north"
  std::string name;
  std::optional<std::string> parent_code;
  std::int64_t population = 0;  // sum of the list sizes of its practices
};

struct PracticePlan {
  std::string ods_code;
  std::string name;  // tidied capitalisation
  std::string postcode;
  std::int64_t list_size = 0;
  std::string pcn_code;
  std::string pcn_name;  // tidied capitalisation
  std::string place_code;
  std::string network_code;
  std::string neighbourhood_code;
  std::string ons_area;             // ONS area whose age structure its synthetic patients follow
  std::optional<double> imd_score;  // IMD 2019 score of its population; none when unpublished
};

struct SkippedPractice {
  std::string ods_code;
  std::string name;
  std::string reason;
};

struct GeographyPlan {
  std::vector<AreaPlan> areas;  // parents before children
  std::vector<PracticePlan> practices;
  std::vector<SkippedPractice> skipped;

  // The area with `code`; std::nullopt when the plan has none.
  [[nodiscard]] std::optional<AreaPlan> FindArea(const std::string& code) const;

  // The number of planned areas of `kind`.
  int Count(domain::AreaKind kind) const;
};

// Plans the geography of `area` from the published practices. Throws Error(kInternal) when a
// practice of the chosen area cannot be placed (a gap in the documented mappings).
GeographyPlan PlanGeography(DemoArea area, const std::vector<PracticeRecord>& practices);

using AreaIds = std::map<std::string, AreaId, std::less<>>;

// Inserts the plan's areas, parents first; returns their ids by code.
// Throws as AreaRepository::Insert does (kConflict when a code already exists).
AreaIds InsertAreas(store::AreaRepository& areas, const GeographyPlan& plan, Micros now);

}  // namespace lcn::demo
