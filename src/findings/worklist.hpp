// SPDX-License-Identifier: Apache-2.0
//
// Worklists: who in a scope (a practice, or an area and everything in it) is in a cohort and
// not yet being looked after, with filters, sorting and paging; and counts by practice for
// dashboards. People who have died, left their practice, enrolled or declined are excluded
// from worklists. Plain values.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "casefinding/results.hpp"
#include "core/ids.hpp"
#include "core/vocabulary.hpp"
#include "domain/kinds.hpp"

namespace lcn::findings {

enum class WorklistSort { kConditions, kFrailty, kAdmissions, kAge };

// conditions, frailty, admissions, age.
Vocabulary<WorklistSort> WorklistSorts();

// The assessed eFI categories, mildest first: fit, mild, moderate, severe (a worklist filters on
// "this category or worse"; under 65 is not assessed and has no name).
Vocabulary<casefinding::FrailtyCategory> FrailtyCategories();

struct WorklistQuery {
  // Scope: the practices listed (empty: every practice). The caller resolves areas and checks
  // access.
  std::vector<std::string> practices;
  std::optional<std::string> cohort;  // a cohort id; none: in any cohort
  std::optional<int> min_age;
  std::optional<int> max_age;
  std::optional<std::string> condition;                 // a condition id of the counted set
  std::optional<casefinding::FrailtyCategory> frailty;  // this category or worse
  std::optional<int> min_admissions;  // emergency admissions in the last 12 months
  WorklistSort sort = WorklistSort::kConditions;
  bool descending = true;
  std::size_t offset = 0;
  std::size_t limit = 50;  // 0: all (CSV export)
};

struct WorklistEntry {
  PersonId person;
  std::string practice;  // ODS code
  int age = 0;
  domain::Sex sex = domain::Sex::kUnknown;
  bool care_home = false;
  int ltc_count = 0;
  std::vector<std::string> conditions;  // ids in the counted set
  int efi_deficits = -1;                // -1 under 65
  casefinding::FrailtyCategory frailty = casefinding::FrailtyCategory::kNotAssessed;
  int emergency_admissions = 0;
  std::vector<std::string> cohorts;  // ids
};

struct WorklistPage {
  std::int64_t total = 0;  // matching people, before paging
  std::vector<WorklistEntry> entries;
  std::int32_t as_of = 0;  // day
  std::string definitions_version;
};

struct PracticeCounts {
  std::string practice;                 // ODS code
  std::int64_t people = 0;              // in the register, alive and registered
  std::vector<std::int64_t> in_cohort;  // per cohort, alive and registered
  std::vector<std::int64_t> to_review;  // per cohort, also not enrolled or declined
  std::vector<std::int64_t> frailty;    // per FrailtyCategory (index = enum value)
};

struct CohortInfo {
  std::string id;
  std::string name;
};

struct CountsReport {
  std::int32_t as_of = 0;
  std::string definitions_version;
  std::vector<CohortInfo> cohorts;
  std::vector<PracticeCounts> practices;  // by ODS code
};

}  // namespace lcn::findings
