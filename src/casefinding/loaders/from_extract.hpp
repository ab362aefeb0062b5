// SPDX-License-Identifier: Apache-2.0
//
// Builds the engine's Population from an extract read by lcn_extract (the bridge between the
// file reader and the engine, so that neither knows the other). Consumes the extract.
#pragma once

#include "casefinding/population.hpp"
#include "extract/extract.hpp"

namespace lcn::casefinding {

struct ExtractStats {
  std::size_t people = 0;
  std::size_t events = 0;
  std::size_t duplicate_rows = 0;  // exact duplicates kept once
};

// Moves the extract's rows into a Population. Care-home residence comes from the patients'
// care_home column; people who have died keep their death day (worklists exclude them).
Population FromExtract(extract::Extract&& extract, ExtractStats* stats = nullptr);

}  // namespace lcn::casefinding
