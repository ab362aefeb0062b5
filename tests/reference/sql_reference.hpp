// SPDX-License-Identifier: Apache-2.0
//
// SqlReference: the case-finding rules evaluated as plain SQL in a database, written to be
// obviously correct rather than fast. It is the comparison engine for the differential test
// (random populations must give identical results person by person) and for the benchmarks
// (docs/benchmarks.md). Each definition becomes one SQL predicate generated from the same rule
// tree the engine compiles; results land in a table (ref_holds), then one query turns them into
// a row per person, read back as engine-shaped Results.
//
// One generator, two dialects: SQLite (run here, through lcn::sql) and DuckDB (written out by
// reference_export.hpp for bench/duckdb/run.mjs). They differ only where DuckDB needs it: dates
// (DuckDB has no date(x, 'unixepoch'); its strftime takes the value first), booleans in
// arithmetic (cast), REAL (4 bytes in DuckDB: values are DOUBLE), 64-bit condition masks
// (UBIGINT), and no keys or indexes (DuckDB scans and joins; the rows arrive in person order).
#pragma once

#include <string>
#include <vector>

#include "casefinding/population.hpp"
#include "casefinding/results.hpp"
#include "casefinding/rule.hpp"
#include "sql/database.hpp"

namespace lcn::casefinding::reference {

// The SQL dialect the generator writes.
enum class Dialect { kSqlite, kDuckDb };

// Creates the reference tables in `db` (dropping old ones) and loads `population` and the code
// lists of `definitions`, in one transaction.
void Load(sql::Database& db, const Population& population, const DefinitionSet& definitions);

// Runs every definition as SQL as of `as_of`; returns results in the engine's shape (condition
// sets in the DefinitionSet's name order, cohorts in definition order).
Results Evaluate(sql::Database& db, const Population& population, const DefinitionSet& definitions,
                 Day as_of);

// The SQL predicate for one rule, for reading and for tests. `person` is the SQL expression of
// the person's id.
std::string Predicate(const Rule& rule, Day as_of, const std::string& person,
                      Dialect dialect = Dialect::kSqlite);

// The script that drops and creates the reference tables: ref_people (id, birth_day, sex,
// care_home), ref_events (person, code, day, value; value NULL when absent), ref_medications
// (person, code, day), ref_encounters (person, kind, day), ref_list_codes (list, code) and
// ref_holds (person, kind, grp, id).
std::string SchemaScript(Dialect dialect);

// The indexes created after loading (none for DuckDB).
std::string IndexScript(Dialect dialect);

// The statements, one SQL statement each and in order, that fill ref_holds (which must be
// empty) with every condition, frailty deficit and cohort that holds for a person as of
// `as_of`. Later statements read the holds of earlier ones (condition counts, frailty).
std::vector<std::string> EvaluationStatements(const DefinitionSet& definitions, Day as_of,
                                              Dialect dialect);

// The names of the results query's columns, in order: person, conditions_<i> for each
// condition set in name order (bit c set when condition c holds), efi_deficits (255 under 65),
// emergency_admissions (distinct days in the year to `as_of`), cohorts (bit c for cohort c).
std::vector<std::string> ResultColumns(const DefinitionSet& definitions);

// One row per person, ordered by id, with ResultColumns, read from ref_holds after the
// EvaluationStatements and from ref_encounters.
std::string ResultsQuery(const DefinitionSet& definitions, Day as_of, Dialect dialect);

}  // namespace lcn::casefinding::reference
