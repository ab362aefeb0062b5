// SPDX-License-Identifier: Apache-2.0
//
// DemoArea names which part of the demo network `lcn demo` loads: South East London (Lambeth and
// Southwark), Coastal West Sussex, or both. Stable command-line names: "lambeth-southwark",
// "coastal-west-sussex", "all".
#pragma once

#include <optional>
#include <string_view>

namespace lcn::demo {

enum class DemoArea { kLambethSouthwark, kCoastalWestSussex, kAll };

// The area for a command-line name; std::nullopt for an unknown name.
[[nodiscard]] std::optional<DemoArea> ParseDemoArea(std::string_view name);

// The command-line name of `area`.
std::string_view DemoAreaName(DemoArea area);

// True when `area` includes Lambeth and Southwark (South East London).
bool IncludesSouthEastLondon(DemoArea area);

// True when `area` includes Coastal West Sussex.
bool IncludesCoastalWestSussex(DemoArea area);

}  // namespace lcn::demo
