// SPDX-License-Identifier: Apache-2.0
//
// The in-memory state behind FindingsService: the loaded population and its plan, the results
// of every row, the per-person columns, and the people re-evaluated since the load (each with a
// one-person population and plan of their own). Internal to findings; guarded by the service.
#pragma once

#include <memory>
#include <unordered_map>

#include "casefinding/plan.hpp"
#include "casefinding/population.hpp"
#include "casefinding/results.hpp"
#include "findings/person_rows.hpp"
#include "findings/worklist.hpp"

namespace lcn::findings {

struct Overlay {
  casefinding::Population population;  // one person
  casefinding::Plan plan;
};

struct FindingsState {
  casefinding::Population base;
  casefinding::Plan plan;
  casefinding::Day as_of = 0;
  std::int64_t last_import_id = 0;
  std::size_t set = 0;  // the counted condition set, in plan.sets
  casefinding::Results results;
  PersonRows rows;
  std::unordered_map<std::uint32_t, std::unique_ptr<Overlay>> overlays;  // by row
  std::int64_t refreshed = 0;
  double load_seconds = 0;

  WorklistEntry Entry(std::uint32_t row) const;
};

// Runs `query` over `state`. Throws Error(kBadRequest) for an unknown cohort or condition.
WorklistPage RunWorklist(const FindingsState& state, const WorklistQuery& query);

CountsReport RunCounts(const FindingsState& state, const std::vector<std::string>& practices);

}  // namespace lcn::findings
