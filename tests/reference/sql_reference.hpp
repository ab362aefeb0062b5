// SPDX-License-Identifier: Apache-2.0
//
// SqlReference: the case-finding rules evaluated as plain SQL in a database, written to be
// obviously correct rather than fast. It is the comparison engine for the differential test
// (random populations must give identical results person by person) and for the benchmark
// (docs/benchmarks.md). Each definition becomes one SQL predicate generated from the same rule
// tree the engine compiles; results land in a table, then come back as engine-shaped Results.
#pragma once

#include <string>

#include "casefinding/population.hpp"
#include "casefinding/results.hpp"
#include "casefinding/rule.hpp"
#include "sql/database.hpp"

namespace lcn::casefinding::reference {

// Creates the reference tables in `db` (dropping old ones) and loads `population` and the code
// lists of `definitions`, in one transaction.
void Load(sql::Database& db, const Population& population, const DefinitionSet& definitions);

// Runs every definition as SQL as of `as_of`; returns results in the engine's shape (condition
// sets in the DefinitionSet's name order, cohorts in definition order).
Results Evaluate(sql::Database& db, const Population& population, const DefinitionSet& definitions,
                 Day as_of);

// The SQL predicate for one rule, for reading and for tests. `person` is the SQL expression of
// the person's id.
std::string Predicate(const Rule& rule, Day as_of, const std::string& person);

}  // namespace lcn::casefinding::reference
