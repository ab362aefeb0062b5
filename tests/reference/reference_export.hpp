// SPDX-License-Identifier: Apache-2.0
//
// Writes a population, the rules as SQL and the engine's results to plain files, so that another
// database can evaluate the same rules on the same data and be checked person by person
// (bench/duckdb/run.mjs, docs/benchmarks.md). The files in the folder:
//   people.csv       id,birth_day,sex,care_home
//   events.csv       person,code,day,value       (value empty when absent)
//   medications.csv  person,code,day
//   encounters.csv   person,kind,day             (kind 0 is an emergency admission)
//   list_codes.csv   list,code                   (each pair once)
//   schema.sql       SchemaScript (creates the ref_* tables the CSV files load into)
//   index.sql        IndexScript (empty for DuckDB)
//   rules.sql        EvaluationStatements, one statement a line, to run in order
//   results.sql      ResultsQuery (one line)
//   manifest.json    the dialect, as-of day, tables with their files and row counts, and the
//                    result columns
//   engine_results.csv  (ExportResults) the engine's results with ResultColumns as the header
// CSV files have a header line, comma separators, no quoting unless a text field needs it, and
// values written exactly (a float value as the shortest decimal that reads back as its double).
#pragma once

#include <cstddef>
#include <filesystem>

#include "casefinding/population.hpp"
#include "casefinding/results.hpp"
#include "casefinding/rule.hpp"
#include "sql_reference.hpp"

namespace lcn::casefinding::reference {

// Writes everything above except engine_results.csv into `dir` (created when missing; files
// there are overwritten). Returns the bytes written. Throws lcn::Error on an I/O failure.
std::size_t ExportInputs(const std::filesystem::path& dir, const Population& population,
                         const DefinitionSet& definitions, Day as_of, Dialect dialect);

// Writes `results` (from definitions, for population) as dir/engine_results.csv.
void ExportResults(const std::filesystem::path& dir, const Population& population,
                   const DefinitionSet& definitions, const Results& results);

}  // namespace lcn::casefinding::reference
