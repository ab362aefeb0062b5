// SPDX-License-Identifier: Apache-2.0
#include "findings/worklist.hpp"

#include <algorithm>
#include <array>
#include <tuple>
#include <utility>

#include "core/error.hpp"
#include "findings/findings_state.hpp"

namespace lcn::findings {
namespace {

using casefinding::FrailtyCategory;

int Rank(FrailtyCategory c) {
  return c == FrailtyCategory::kNotAssessed ? -1 : static_cast<int>(c);
}

std::vector<std::uint8_t> PracticeFilter(const PersonRows& rows,
                                         const std::vector<std::string>& practices) {
  std::vector<std::uint8_t> allowed(rows.practices.size(), practices.empty() ? 1 : 0);
  for (const std::string& ods : practices) {
    if (const auto it = rows.practice_index.find(ods); it != rows.practice_index.end()) {
      allowed[it->second] = 1;
    }
  }
  return allowed;
}

constexpr std::array<std::pair<WorklistSort, std::string_view>, 4> kSorts = {{
    {WorklistSort::kConditions, "conditions"},
    {WorklistSort::kFrailty, "frailty"},
    {WorklistSort::kAdmissions, "admissions"},
    {WorklistSort::kAge, "age"},
}};

}  // namespace

Vocabulary<WorklistSort> WorklistSorts() {
  return kSorts;
}

Vocabulary<FrailtyCategory> FrailtyCategories() {
  // Named by the engine (casefinding::FrailtyCategoryName), built once.
  static const std::array<std::pair<FrailtyCategory, std::string_view>, 4> kTable = [] {
    std::array<std::pair<FrailtyCategory, std::string_view>, 4> table{};
    std::size_t i = 0;
    for (const auto c : {FrailtyCategory::kFit, FrailtyCategory::kMild, FrailtyCategory::kModerate,
                         FrailtyCategory::kSevere}) {
      table[i++] = {c, casefinding::FrailtyCategoryName(c)};
    }
    return table;
  }();
  // The words of eFI (Clegg et al. 2016): fit, mild, moderate and severe frailty.
  static constexpr std::array<std::pair<FrailtyCategory, std::string_view>, 4> kLabels = {{
      {FrailtyCategory::kFit, "Fit"},
      {FrailtyCategory::kMild, "Mild frailty"},
      {FrailtyCategory::kModerate, "Moderate frailty"},
      {FrailtyCategory::kSevere, "Severe frailty"},
  }};
  return {kTable, kLabels};
}

WorklistEntry FindingsState::Entry(std::uint32_t row) const {
  WorklistEntry e;
  e.person = rows.person[row];
  e.practice = rows.practices[rows.practice[row]];
  e.age = rows.age[row];
  e.sex = rows.sex[row];
  e.care_home = rows.care_home[row] != 0;
  const std::uint64_t bits = results.condition_bits[set][row];
  e.ltc_count = std::popcount(bits);
  const auto& conditions = plan.sets[set].conditions;
  for (std::size_t c = 0; c < conditions.size(); ++c) {
    if ((bits >> c) & 1U) {
      e.conditions.push_back(conditions[c].id);
    }
  }
  e.efi_deficits =
      results.efi_deficits[row] == casefinding::kNotAssessed ? -1 : results.efi_deficits[row];
  e.frailty = results.Frailty(row);
  e.emergency_admissions = results.emergency_admissions[row];
  for (std::size_t c = 0; c < plan.cohorts.size(); ++c) {
    if ((results.cohort_bits[row] >> c) & 1U) {
      e.cohorts.push_back(plan.cohorts[c].id);
    }
  }
  return e;
}

WorklistPage RunWorklist(const FindingsState& state, const WorklistQuery& q) {
  std::uint32_t cohort_mask = ~std::uint32_t{0};
  if (q.cohort) {
    const auto& all = state.plan.cohorts;
    const auto c =
        std::find_if(all.begin(), all.end(), [&](const auto& x) { return x.id == *q.cohort; }) -
        all.begin();
    if (c == static_cast<std::ptrdiff_t>(all.size())) {
      throw Error(ErrorCode::kBadRequest, "no cohort '" + *q.cohort + "'",
                  {{"cohort", "is not a cohort of the case-finding definitions"}});
    }
    cohort_mask = std::uint32_t{1} << c;
  }
  std::uint64_t condition_mask = 0;
  if (q.condition) {
    const auto& conditions = state.plan.sets[state.set].conditions;
    const auto it = std::find_if(conditions.begin(), conditions.end(),
                                 [&](const auto& c) { return c.id == *q.condition; });
    if (it == conditions.end()) {
      throw Error(ErrorCode::kBadRequest, "no condition '" + *q.condition + "'",
                  {{"condition", "is not a condition of the counted set"}});
    }
    condition_mask = std::uint64_t{1} << (it - conditions.begin());
  }
  const PersonRows& rows = state.rows;
  const casefinding::Results& r = state.results;
  const std::vector<std::uint8_t> practice_ok = PracticeFilter(rows, q.practices);
  const int min_age = q.min_age.value_or(0);
  const int max_age = q.max_age.value_or(1000);
  const int min_frailty = q.frailty ? Rank(*q.frailty) : -1;
  const int min_admissions = q.min_admissions.value_or(0);

  std::vector<std::uint32_t> hits;
  for (std::uint32_t row = 0; row < rows.Size(); ++row) {
    if (rows.exclusion[row] != Exclusion::kNone || !practice_ok[rows.practice[row]] ||
        (r.cohort_bits[row] & cohort_mask) == 0 || rows.age[row] < min_age ||
        rows.age[row] > max_age ||
        (condition_mask != 0 && (r.condition_bits[state.set][row] & condition_mask) == 0) ||
        r.emergency_admissions[row] < min_admissions ||
        (min_frailty >= 0 && Rank(r.Frailty(row)) < min_frailty)) {
      continue;
    }
    hits.push_back(row);
  }

  const auto key = [&](std::uint32_t row) {
    const int conditions = std::popcount(r.condition_bits[state.set][row]);
    const int efi = r.efi_deficits[row] == casefinding::kNotAssessed ? -1 : r.efi_deficits[row];
    switch (q.sort) {
      case WorklistSort::kConditions:
        return std::tuple(conditions, efi, static_cast<int>(r.emergency_admissions[row]));
      case WorklistSort::kFrailty:
        return std::tuple(efi, conditions, static_cast<int>(r.emergency_admissions[row]));
      case WorklistSort::kAdmissions:
        return std::tuple(static_cast<int>(r.emergency_admissions[row]), conditions, efi);
      case WorklistSort::kAge:
        return std::tuple(static_cast<int>(rows.age[row]), conditions, efi);
    }
    return std::tuple(0, 0, 0);
  };
  // Ties go to the lower person id, so pages are stable.
  const auto before = [&](std::uint32_t a, std::uint32_t b) {
    const auto ka = key(a);
    const auto kb = key(b);
    if (ka != kb) {
      return q.descending ? kb < ka : ka < kb;
    }
    return rows.person[a] < rows.person[b];
  };
  WorklistPage page;
  page.total = static_cast<std::int64_t>(hits.size());
  page.as_of = state.as_of;
  page.definitions_version = state.plan.version;
  const std::size_t begin = std::min(q.offset, hits.size());
  const std::size_t end = q.limit == 0 ? hits.size() : std::min(hits.size(), begin + q.limit);
  std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(end), hits.end(),
                    before);
  for (std::size_t i = begin; i < end; ++i) {
    page.entries.push_back(state.Entry(hits[i]));
  }
  return page;
}

CountsReport RunCounts(const FindingsState& state, const std::vector<std::string>& practices) {
  const PersonRows& rows = state.rows;
  const casefinding::Results& r = state.results;
  const std::size_t cohorts = state.plan.cohorts.size();
  const std::vector<std::uint8_t> practice_ok = PracticeFilter(rows, practices);
  std::vector<PracticeCounts> by_practice(rows.practices.size());
  for (std::size_t p = 0; p < by_practice.size(); ++p) {
    by_practice[p].practice = rows.practices[p];
    by_practice[p].in_cohort.assign(cohorts, 0);
    by_practice[p].to_review.assign(cohorts, 0);
    by_practice[p].frailty.assign(5, 0);
  }
  for (std::uint32_t row = 0; row < rows.Size(); ++row) {
    const Exclusion x = rows.exclusion[row];
    if (!practice_ok[rows.practice[row]] || x == Exclusion::kDied || x == Exclusion::kLeft ||
        x == Exclusion::kRemoved) {
      continue;
    }
    PracticeCounts& c = by_practice[rows.practice[row]];
    ++c.people;
    ++c.frailty[static_cast<std::size_t>(r.Frailty(row))];
    for (std::size_t k = 0; k < cohorts; ++k) {
      if ((r.cohort_bits[row] >> k) & 1U) {
        ++c.in_cohort[k];
        c.to_review[k] += x == Exclusion::kNone ? 1 : 0;
      }
    }
  }
  CountsReport report;
  report.as_of = state.as_of;
  report.definitions_version = state.plan.version;
  for (const auto& c : state.plan.cohorts) {
    report.cohorts.push_back({c.id, c.name});
  }
  for (auto& c : by_practice) {
    if (c.people > 0 && practice_ok[rows.practice_index.at(c.practice)]) {
      report.practices.push_back(std::move(c));
    }
  }
  std::sort(report.practices.begin(), report.practices.end(),
            [](const auto& a, const auto& b) { return a.practice < b.practice; });
  return report;
}

}  // namespace lcn::findings
