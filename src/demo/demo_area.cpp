// SPDX-License-Identifier: Apache-2.0
//
// Names of the demo areas.
#include "demo/demo_area.hpp"

namespace lcn::demo {

std::optional<DemoArea> ParseDemoArea(std::string_view name) {
  if (name == "lambeth-southwark") {
    return DemoArea::kLambethSouthwark;
  }
  if (name == "coastal-west-sussex") {
    return DemoArea::kCoastalWestSussex;
  }
  if (name == "all") {
    return DemoArea::kAll;
  }
  return std::nullopt;
}

std::string_view DemoAreaName(DemoArea area) {
  switch (area) {
    case DemoArea::kLambethSouthwark:
      return "lambeth-southwark";
    case DemoArea::kCoastalWestSussex:
      return "coastal-west-sussex";
    case DemoArea::kAll:
      return "all";
  }
  return "unknown";
}

bool IncludesSouthEastLondon(DemoArea area) {
  return area != DemoArea::kCoastalWestSussex;
}

bool IncludesCoastalWestSussex(DemoArea area) {
  return area != DemoArea::kLambethSouthwark;
}

}  // namespace lcn::demo
