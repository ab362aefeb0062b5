// SPDX-License-Identifier: Apache-2.0
//
// The demo's inferred groupings, in one place so that docs/demo-data.md can list them: the
// network names and codes for the GP file's `lcn` column, the Southwark neighbourhood of each
// postcode district (or sector), and the ONS district whose age structure each Coastal West
// Sussex network's synthetic patients follow. None of these is an official list.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lcn::demo {

struct NetworkMapping {
  std::string name;      // e.g. "Lambeth North"
  std::string code;      // e.g. "lambeth-north"
  std::string ons_area;  // e.g. "Lambeth", "Arun"
};

// The demo network for a value of the GP file's `lcn` column ("North Lambeth", "Regis" ...);
// std::nullopt for a value the demo does not know.
[[nodiscard]] std::optional<NetworkMapping> MapNetwork(std::string_view file_lcn);

// The neighbourhoods of a Southwark network (file value "North Southwark" or "South
// Southwark"), in the order the GP federations list them; empty for any other network.
std::vector<std::string> SouthwarkNeighbourhoods(std::string_view file_lcn);

// The neighbourhood of a Southwark practice from its network and postcode, by postcode
// district, refined to the sector where a district spans two neighbourhoods (SE1, SE15, SE16,
// SE22). std::nullopt when no rule matches.
[[nodiscard]] std::optional<std::string> MapSouthwarkNeighbourhood(std::string_view file_lcn,
                                                                   std::string_view postcode);

}  // namespace lcn::demo
