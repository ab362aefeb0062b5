// SPDX-License-Identifier: Apache-2.0
//
// Reads one code-list CSV file: a header line "code,term" or "code,term,source", then one concept
// per line. Fields may be quoted (RFC 4180, "" for a quote inside a quoted field); CRLF line ends
// and a UTF-8 byte-order mark are accepted; blank lines are skipped. Each code must be a
// structurally valid SNOMED CT concept id (see sctid.hpp). A code listed twice is kept once (the
// list is a set). Problems are reported as "<file>:<line>:<column>" issues.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "casefinding/rule.hpp"
#include "core/error.hpp"

namespace lcn::casefinding {

// Parses `text`, the content of the file `file` (as named in issues). Returns the distinct codes
// in ascending order; adds one issue per problem to `issues`. A list without codes is a problem
// unless `allow_empty` (a placeholder list awaiting its codes).
[[nodiscard]] std::vector<ConceptId> ParseCodeListCsv(std::string_view text,
                                                      const std::string& file,
                                                      IssueCollector& issues,
                                                      bool allow_empty = false);

}  // namespace lcn::casefinding
