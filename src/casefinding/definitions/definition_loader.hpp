// SPDX-License-Identifier: Apache-2.0
//
// Loads a whole definition set through a file-reading function, so the same code serves a folder
// on disk (LoadDefinitions) and the files embedded in the binary (DefaultDefinitions). Reads the
// manifest, every code list and definition file it names, resolves references, and throws one
// lcn::Error listing every problem found.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "casefinding/rule.hpp"

namespace lcn::casefinding {

// Returns the content of the file at `relative_path` ('/' separators, already checked to stay
// inside the set), or std::nullopt when there is no such file.
using ReadDefinitionFile = std::function<std::optional<std::string>(const std::string&)>;

// Loads and validates the set. `label` names the set in the error summary (a folder, "embedded").
// Throws lcn::Error(kBadRequest) with every issue found.
[[nodiscard]] DefinitionSet LoadDefinitionSet(const ReadDefinitionFile& read,
                                              const std::string& label);

}  // namespace lcn::casefinding
