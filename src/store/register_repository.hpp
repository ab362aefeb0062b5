// SPDX-License-Identifier: Apache-2.0
//
// RegisterRepository reads and writes the population register (register_patients: one row per
// person with their packed clinical history), the log of imports and the events recorded in
// LCN, inside the caller's transaction. It stores the history as opaque bytes;
// registry/history_codec packs and unpacks them. Stateless; thread-compatible.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/ids.hpp"
#include "sql/database.hpp"

namespace lcn::store {

struct RegisterEntry {
  PersonId person_id;
  std::string practice_ods;
  std::string source_id;  // the extract's patient_id
  std::optional<std::string> care_home_ods;
  std::optional<std::string> death_date;  // YYYY-MM-DD
  std::optional<std::string> left_date;   // set when a later extract of the practice lacks them
  std::string history;                    // packed (registry/history_codec)
  std::string content_hash;               // over demographics and history
  std::optional<std::int64_t> import_id;
  std::int64_t version = 1;
};

// What matching an import against the register needs about one row.
struct RegisterKey {
  PersonId person_id;
  std::string practice_ods;
  std::string source_id;
  std::string content_hash;
  bool left = false;
  std::int64_t version = 1;
};

// A register row with the people columns the engine needs, for loading the snapshot.
struct RegisterLoadRow {
  PersonId person_id;
  std::string birth_date;
  std::string sex;
  std::string practice_ods;
  std::optional<std::string> care_home_ods;
  std::optional<std::string> death_date;
  bool left = false;
  std::string history;
};

// A coded event recorded in LCN (not from an extract).
struct LocalEvent {
  PersonId person_id;
  std::int64_t code = 0;
  std::string date;  // YYYY-MM-DD
  std::optional<double> value;
  std::optional<UserId> recorded_by;
  Micros recorded_at = 0;
};

struct ImportRecord {
  std::int64_t id = 0;
  std::string source;
  std::optional<UserId> imported_by;
  Micros started_at = 0;
  Micros finished_at = 0;
  std::int64_t patients_new = 0;
  std::int64_t patients_updated = 0;
  std::int64_t patients_unchanged = 0;
  std::int64_t patients_left = 0;
  std::int64_t events = 0;
  std::int64_t medications = 0;
  std::int64_t encounters = 0;
  std::int64_t unknown_codes = 0;
};

class RegisterRepository {
 public:
  explicit RegisterRepository(sql::Transaction& tx) : tx_(tx) {}

  // Keeps other writers of people and the register out until commit (PostgreSQL: a table lock;
  // SQLite: the caller's exclusive transaction already does).
  void LockForImport();

  [[nodiscard]] std::optional<RegisterEntry> Find(PersonId person);

  // Every row's matching key, in person order.
  std::vector<RegisterKey> Keys();

  // Appends rows (bulk). Throws Error(kConflict) when a person or (practice, source id) is
  // already in the register.
  void InsertMany(const std::vector<RegisterEntry>& entries, Micros now);

  // Deletes the rows of `people` (those absent are ignored).
  void DeleteMany(const std::vector<PersonId>& people);

  // Optimistic replace of one person's history (a change through the API): kConflict when
  // `expected_version` is stale, kNotFound when the person has no row. Returns the new version.
  std::int64_t UpdateHistory(PersonId person, std::int64_t expected_version,
                             const std::string& history, const std::string& content_hash,
                             Micros now);

  // Sets left_date on the rows of `people`; returns how many changed.
  std::int64_t MarkLeft(const std::vector<PersonId>& people, const std::string& date, Micros now);

  // The number of people in the register (left or not).
  std::int64_t CountPatients();

  // Streams every row joined with its person, in person order; only `only`'s when given.
  void ForEachForLoad(const std::function<void(RegisterLoadRow&&)>& on_row,
                      std::optional<PersonId> only = std::nullopt);

  std::int64_t InsertImport(const ImportRecord& record);

  void AddLocalEvent(const LocalEvent& event);

  // Local events of `only`, or of everyone, by person then date.
  std::vector<LocalEvent> LocalEvents(std::optional<PersonId> only = std::nullopt);

  // The latest `limit` imports, newest first.
  std::vector<ImportRecord> RecentImports(int limit);

  // The newest import's id, 0 when there has been none.
  std::int64_t LastImportId();

 private:
  sql::Transaction& tx_;
};

}  // namespace lcn::store
