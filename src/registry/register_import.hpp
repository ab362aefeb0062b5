// SPDX-License-Identifier: Apache-2.0
//
// ImportExtract writes a read extract into the population register, all or nothing, in one
// exclusive transaction:
// - each patient is matched to a person by NHS number, else by (practice, extract patient_id);
//   unmatched patients become new people (names from the extract when it has them);
// - a patient whose demographics and history hash the same as the stored row is unchanged, so
//   re-importing the same extract changes nothing; otherwise the row is replaced and the
//   person's demographics follow the extract;
// - an extract is the whole list of each practice it names: people of those practices who are
//   missing from it are marked as left (unless ImportOptions::partial);
// - a practice the network does not know refuses the whole import, reported by line.
// One register_imports row and one audit row record what happened. Thread-safe (the
// transaction serialises imports).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/clock.hpp"
#include "core/ids.hpp"
#include "extract/extract.hpp"
#include "sql/database.hpp"
#include "store/register_repository.hpp"

namespace lcn::registry {

struct ImportOptions {
  std::string source;                   // for the import log: a folder name, "upload", "demo"
  std::optional<UserId> imported_by;    // the administrator who uploaded it; none from the CLI
  std::optional<std::string> username;  // for the audit row
  bool partial = false;                 // true: do not mark people missing from it as left
  // Codes the case-finding definitions use; other codes are counted as unknown (not an error).
  const std::unordered_set<std::int64_t>* known_codes = nullptr;
  std::size_t max_reported_errors = 100;
  // Called now and then with (work done, total work).
  std::function<void(std::int64_t, std::int64_t)> progress;
};

struct ImportSummary {
  store::ImportRecord record;          // the counts, as logged in register_imports
  std::vector<PersonId> changed;       // new, updated or left: whose findings must be refreshed
  std::int64_t unknown_code_rows = 0;  // event and medication rows with a code no list uses
  std::vector<std::int64_t> unknown_code_sample;  // up to 20 of those codes, ascending
};

// Imports `extract` (as ReadExtract returned it; patients[i] came from line i + 2 of
// patients.csv). Throws extract::ExtractError (kBadRequest) listing every refused row when a
// patient names a practice that is not a GP practice in the store; Error(kConflict) when two
// patients of the extract are the same person; otherwise as the store does. Nothing is kept
// unless everything is.
ImportSummary ImportExtract(sql::Database& db, const Clock& clock, const extract::Extract& extract,
                            const ImportOptions& options);

// The same inside the caller's read-write transaction (the demo loads its network and its
// population in one); the caller commits.
ImportSummary ImportInto(sql::Transaction& tx, const Clock& clock, const extract::Extract& extract,
                         const ImportOptions& options);

}  // namespace lcn::registry
