// SPDX-License-Identifier: Apache-2.0
//
// Builds the case-finding engine's Population from the register in the store (one read-only
// transaction, rows streamed), or from one person's stored row for an incremental update. Row
// r of the Population is person people[r]. Thread-safe (no state).
#pragma once

#include <optional>
#include <vector>

#include "casefinding/population.hpp"
#include "casefinding/population_builder.hpp"
#include "core/ids.hpp"
#include "registry/history.hpp"
#include "sql/database.hpp"
#include "store/register_repository.hpp"

namespace lcn::registry {

struct LoadedRegister {
  casefinding::Population population;
  std::vector<PersonId> people;    // by row
  std::vector<std::uint8_t> left;  // by row: 1 when they have left their practice
};

// Everyone in the register.
LoadedRegister LoadRegister(sql::Database& db);

// Adds one stored row (person, demographics, packed history) to `builder`; returns its row.
std::uint32_t AddToBuilder(casefinding::PopulationBuilder& builder,
                           const store::RegisterLoadRow& row, const History& history);

// The stored history of `row` with the events recorded in LCN for that person added.
History HistoryOf(const store::RegisterLoadRow& row, const std::vector<store::LocalEvent>& local);

// The same into `history`, whose entries it replaces (a loader reuses one History).
void FillHistory(const store::RegisterLoadRow& row, const std::vector<store::LocalEvent>& local,
                 History& history);

// One person's row, when they are in the register (read in `tx`).
std::optional<store::RegisterLoadRow> LoadOne(sql::Transaction& tx, PersonId person);

}  // namespace lcn::registry
