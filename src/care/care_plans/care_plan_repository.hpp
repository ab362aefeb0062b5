// SPDX-License-Identifier: Apache-2.0
//
// CarePlanRepository reads and writes each person's personalised care and support plan inside
// the caller's transaction: care_plans holds the current version, its status and review date
// (which continual review queries), care_plan_versions every version ever saved, append-only.
// Saving is optimistic on the current version, so a stale save writes nothing. What a valid plan
// is, is domain/care_plan's business. Stateless.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "care/care_plans/care_plan.hpp"
#include "core/clock.hpp"
#include "core/ids.hpp"
#include "sql/database.hpp"

namespace lcn::store {

struct CarePlanVersion {
  PersonId person;
  std::int64_t version = 0;
  domain::CarePlanStatus status = domain::CarePlanStatus::kDraft;
  domain::Agreement agreement;
  std::optional<std::string> review_date;  // YYYY-MM-DD
  std::optional<std::string> change_note;
  UserId recorded_by;
  std::string recorded_by_name;
  Micros recorded_at = 0;
  // The plan itself; absent in listings (Versions).
  std::optional<domain::CarePlanContent> content;
};

class CarePlanRepository {
 public:
  explicit CarePlanRepository(sql::Transaction& tx) : tx_(tx) {}

  // The person's current version with its content; std::nullopt when they have no plan yet.
  // Throws Error(kInternal) when the stored content does not read back.
  [[nodiscard]] std::optional<CarePlanVersion> FindCurrent(PersonId person);

  // One version with its content; std::nullopt when there is no such version.
  [[nodiscard]] std::optional<CarePlanVersion> FindVersion(PersonId person, std::int64_t version);

  // Every version of the person's plan, newest first, without content.
  std::vector<CarePlanVersion> Versions(PersonId person);

  // Saves `content` (ids assigned, owners resolved) as version `expected` + 1 and makes it the
  // current one, when the current version is `expected` (0: no plan yet). Returns the new
  // version, or std::nullopt when the current version is not `expected`: then nothing is
  // written.
  [[nodiscard]] std::optional<std::int64_t> Save(PersonId person,
                                                 const domain::CarePlanContent& content,
                                                 const std::optional<std::string>& change_note,
                                                 std::int64_t expected, UserId by, Micros now);

 private:
  sql::Transaction& tx_;
};

}  // namespace lcn::store
