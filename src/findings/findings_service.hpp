// SPDX-License-Identifier: Apache-2.0
//
// FindingsService keeps the case-finding results of the whole register in memory and answers
// worklists, counts and "why" from them. Load() reads the register from the store and runs the
// engine for everyone as of today; Refresh(people) re-reads and re-evaluates just those people
// (an event added, an import, an enrolment change) in about a millisecond, without touching
// anyone else: their new history is kept beside the loaded population until the next Load().
// Worklists and counts read under a shared lock; updates take the lock only to publish.
// Thread-safe.
#pragma once

#include <memory>
#include <unordered_map>
#include <unordered_set>

#include "casefinding/engine.hpp"
#include "casefinding/rule.hpp"
#include "core/clock.hpp"
#include "core/mutex.hpp"
#include "findings/worklist.hpp"
#include "sql/database.hpp"

namespace lcn::findings {

struct FindingsStatus {
  bool loaded = false;
  std::int64_t people = 0;
  std::int64_t events = 0;
  std::int32_t as_of = 0;
  std::string definitions_version;
  std::int64_t last_import_id = 0;  // the newest import the loaded state includes
  double load_seconds = 0;
  std::int64_t refreshed_people = 0;  // updated since the last load
};

// One person's findings with their evidence.
struct PersonFindings {
  WorklistEntry summary;
  casefinding::Explanation explanation;
  std::int32_t as_of = 0;
  bool excluded = false;
  std::string excluded_because;  // "died", "left the practice", "enrolled", "declined"
};

class FindingsService {
 public:
  // `condition_set` names the set counted as long-term conditions.
  // Throws Error(kConfiguration) when the definitions have no such set.
  FindingsService(sql::Database& db, const Clock& clock, casefinding::DefinitionSet definitions,
                  std::string condition_set);
  ~FindingsService();

  FindingsService(const FindingsService&) = delete;
  FindingsService& operator=(const FindingsService&) = delete;

  // Reads the whole register and evaluates everyone as of today; replaces the state at once.
  void Load() LCN_EXCLUDES(load_mutex_, mutex_);

  // Re-reads and re-evaluates `people` (those no longer in the register are dropped). With
  // `import_id`: they are what that import changed, so when it directly follows the loaded
  // state's last import, the state now includes it and LoadIfStale need not reload.
  void Refresh(const std::vector<PersonId>& people,
               std::optional<std::int64_t> import_id = std::nullopt)
      LCN_EXCLUDES(load_mutex_, mutex_);

  // Reloads when another process imported since, or the day changed. Returns true if it did.
  bool LoadIfStale() LCN_EXCLUDES(load_mutex_, mutex_);

  WorklistPage Worklist(const WorklistQuery& query) const LCN_EXCLUDES(mutex_);

  CountsReport Counts(const std::vector<std::string>& practices) const LCN_EXCLUDES(mutex_);

  // std::nullopt when the person is not in the register. `as_of` defaults to the loaded day.
  std::optional<PersonFindings> Explain(PersonId person,
                                        std::optional<std::int32_t> as_of = std::nullopt) const
      LCN_EXCLUDES(mutex_);

  FindingsStatus Status() const LCN_EXCLUDES(mutex_);

  // The counted condition set and the cohorts, as (id, name), for filters and exports.
  std::vector<CohortInfo> Conditions() const;
  std::vector<CohortInfo> Cohorts() const;

  // The condition set counted as long-term conditions (e.g. "cms37").
  const std::string& ConditionSet() const { return condition_set_; }

  // Every code the definitions use; an import counts other codes as unknown.
  const std::unordered_set<std::int64_t>& KnownCodes() const { return known_codes_; }

 private:
  struct State;

  sql::Database& db_;
  const Clock& clock_;
  const casefinding::DefinitionSet definitions_;
  const std::string condition_set_;
  std::unordered_set<std::int64_t> known_codes_;  // Constant after construction.
  Mutex load_mutex_ LCN_ACQUIRED_BEFORE(mutex_);  // one Load or Refresh at a time
  // Readers share it; Load and Refresh take it exclusively only to publish their results.
  mutable SharedMutex mutex_;
  // *state_ is guarded by mutex_ as well (Refresh updates it in place); clang 14 cannot say so
  // of a shared_ptr (pt_guarded_by takes raw pointers only).
  std::shared_ptr<State> state_ LCN_GUARDED_BY(mutex_);
};

}  // namespace lcn::findings
