// SPDX-License-Identifier: Apache-2.0
//
// Test support: a network area with GP practices of the given ODS codes, the least a register
// import needs. One committed transaction.
#pragma once

#include <string>
#include <vector>

#include "core/clock.hpp"
#include "sql/database.hpp"

namespace lcn::test {

void AddNetworkWithPractices(sql::Database& db, const Clock& clock,
                             const std::vector<std::string>& ods_codes);

}  // namespace lcn::test
