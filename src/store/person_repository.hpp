// SPDX-License-Identifier: Apache-2.0
//
// PersonRepository reads and writes people inside the caller's transaction. Callers decide
// access and write the audit row in the same transaction. Stateless; thread-compatible.
#pragma once

#include <optional>
#include <vector>

#include "core/clock.hpp"
#include "domain/records.hpp"
#include "sql/database.hpp"

namespace lcn::store {

struct PracticeCount {
  OrganisationId practice_id;
  std::int64_t people = 0;
};

class PersonRepository {
 public:
  explicit PersonRepository(sql::Transaction& tx) : tx_(tx) {}

  // Returns the new id. Throws Error(kConflict) when the NHS number is already registered.
  PersonId Insert(const domain::Person& person, Micros now);

  [[nodiscard]] std::optional<domain::Person> FindById(PersonId id);

  // The people of `ids`, in the same order (std::nullopt for an id that is missing).
  std::vector<std::optional<domain::Person>> FindMany(const std::vector<PersonId>& ids);

  [[nodiscard]] std::optional<domain::Person> FindByNhsNumber(const std::string& nhs_number);

  // People with this family name (case-insensitive) and birth date, optionally this given name
  // (case-insensitive), at most `limit`, ordered by family then given name.
  std::vector<domain::Person> SearchByNameAndBirthDate(const std::string& family_name,
                                                       const std::string& birth_date,
                                                       const std::optional<std::string>& given,
                                                       int limit);

  // Optimistic update of demographics and practice; returns the new version.
  // kConflict when `person.version` is stale (nothing is written), kNotFound when missing.
  std::int64_t Update(const domain::Person& person, Micros now);

  // Bulk load for imports: appends people with the ids they carry (from NextIds) and moves the
  // id sequence past them. REQUIRES: the caller holds the import lock (RegisterRepository).
  // Throws Error(kConflict) on a duplicate id or NHS number (nothing of the batch is kept).
  void InsertManyWithIds(const std::vector<domain::Person>& people, Micros now);

  // The first id after every existing person.
  PersonId NextId();

  // (NHS number, person) for everyone who has an NHS number.
  std::vector<std::pair<std::string, PersonId>> NhsNumbers();

  // Number of people registered at each practice (for counts-only views).
  std::vector<PracticeCount> CountByPractice();

 private:
  sql::Transaction& tx_;
};

}  // namespace lcn::store
