// SPDX-License-Identifier: Apache-2.0
//
// Rewrites ${name} placeholders into a driver's native numbered form.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lcn::sql {

struct RewrittenQuery {
  std::string text;                // with native placeholders
  std::vector<std::string> names;  // names[i] binds native parameter i+1
};

// Replaces each ${name} with `prefix` followed by its 1-based number ("?1", "$1"). A name used
// twice gets the same number. Text inside single-quoted literals is left alone.
// Throws Error(kInternal) on an unterminated placeholder.
RewrittenQuery RewritePlaceholders(std::string_view sql, char prefix);

}  // namespace lcn::sql
