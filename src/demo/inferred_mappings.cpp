// SPDX-License-Identifier: Apache-2.0
//
// Tables of the inferred mappings; see docs/demo-data.md for the reasoning.
#include "demo/inferred_mappings.hpp"

#include <array>

#include "demo/text_tidy.hpp"

namespace lcn::demo {
namespace {

struct NetworkRow {
  std::string_view file_lcn;
  std::string_view name;  // empty: the file value itself
  std::string_view code;  // empty: the slug of the name
  std::string_view ons_area;
};

// Lambeth's three and Southwark's two LCNs take "<borough> <part>" names and codes; the Coastal
// West Sussex networks keep the file's names. Chanctonbury (Horsham district, not in the ONS
// extract) borrows Chichester's rural age structure; Regis (Bognor Regis) is in Arun.
constexpr std::array kNetworks = {
    NetworkRow{"North Lambeth", "Lambeth North", "lambeth-north", "Lambeth"},
    NetworkRow{"South East Lambeth", "Lambeth South East", "lambeth-south-east", "Lambeth"},
    NetworkRow{"South West Lambeth", "Lambeth South West", "lambeth-south-west", "Lambeth"},
    NetworkRow{"North Southwark", "Southwark North", "southwark-north", "Southwark"},
    NetworkRow{"South Southwark", "Southwark South", "southwark-south", "Southwark"},
    NetworkRow{"Adur", "", "", "Adur"},
    NetworkRow{"Arun (Littlehampton)", "", "", "Arun"},
    NetworkRow{"Chanctonbury", "", "", "Chichester"},
    NetworkRow{"Chichester", "", "", "Chichester"},
    NetworkRow{"Cissbury", "", "", "Worthing"},
    NetworkRow{"Regis", "", "", "Arun"},
    NetworkRow{"Rural North Chichester", "", "", "Chichester"},
    NetworkRow{"Worthing", "", "", "Worthing"},
};

struct NeighbourhoodRule {
  std::string_view file_lcn;
  std::string_view district;
  std::string_view sectors;  // sector digits this rule covers; empty: the whole district
  std::string_view neighbourhood;
};

// First matching rule wins, so sector rules precede their district's catch-all.
constexpr std::array kSouthwarkRules = {
    // North Southwark (Quay Health Solutions): Bermondsey, Rotherhithe, Borough, Walworth.
    NeighbourhoodRule{"North Southwark", "SE1", "23", "Bermondsey"},  // Shad Thames, Bermondsey St
    NeighbourhoodRule{"North Southwark", "SE1", "5", "Walworth"},     // Old Kent Road north end
    NeighbourhoodRule{"North Southwark", "SE1", "", "Borough"},       // Borough, Bankside, Elephant
    NeighbourhoodRule{"North Southwark", "SE16", "2567",
                      "Rotherhithe"},                                // Rotherhithe, Surrey Quays
    NeighbourhoodRule{"North Southwark", "SE16", "", "Bermondsey"},  // Bermondsey east
    NeighbourhoodRule{"North Southwark", "SE17", "", "Walworth"},
    NeighbourhoodRule{"North Southwark", "SE15", "", "Walworth"},  // Old Kent Road end of SE15
    NeighbourhoodRule{"North Southwark", "SE5", "", "Walworth"},   // Sir John Kirk Close (closed)
    // South Southwark (Improving Health Ltd): Peckham, Camberwell, Dulwich, Dulwich & Nunhead
    // Villages.
    NeighbourhoodRule{"South Southwark", "SE5", "", "Camberwell"},
    NeighbourhoodRule{"South Southwark", "SE15", "34", "Dulwich & Nunhead Villages"},  // Nunhead
    NeighbourhoodRule{"South Southwark", "SE15", "", "Peckham"},
    NeighbourhoodRule{"South Southwark", "SE22", "0", "Dulwich & Nunhead Villages"},  // Honor Oak
    NeighbourhoodRule{"South Southwark", "SE22", "", "Dulwich"},  // East Dulwich
    NeighbourhoodRule{"South Southwark", "SE21", "", "Dulwich & Nunhead Villages"},
    NeighbourhoodRule{"South Southwark", "SE24", "", "Dulwich & Nunhead Villages"},  // Herne Hill
};

}  // namespace

std::optional<NetworkMapping> MapNetwork(std::string_view file_lcn) {
  for (const auto& row : kNetworks) {
    if (row.file_lcn == file_lcn) {
      NetworkMapping out;
      out.name = std::string(row.name.empty() ? row.file_lcn : row.name);
      out.code = row.code.empty() ? Slugify(out.name) : std::string(row.code);
      out.ons_area = std::string(row.ons_area);
      return out;
    }
  }
  return std::nullopt;
}

std::vector<std::string> SouthwarkNeighbourhoods(std::string_view file_lcn) {
  if (file_lcn == "North Southwark") {
    return {"Bermondsey", "Rotherhithe", "Borough", "Walworth"};
  }
  if (file_lcn == "South Southwark") {
    return {"Peckham", "Camberwell", "Dulwich", "Dulwich & Nunhead Villages"};
  }
  return {};
}

std::optional<std::string> MapSouthwarkNeighbourhood(std::string_view file_lcn,
                                                     std::string_view postcode) {
  const auto district = PostcodeDistrict(postcode);
  const auto sector = PostcodeSector(postcode);
  if (!district) {
    return std::nullopt;
  }
  for (const auto& rule : kSouthwarkRules) {
    if (rule.file_lcn != file_lcn || rule.district != *district) {
      continue;
    }
    if (rule.sectors.empty() ||
        (sector && rule.sectors.find(static_cast<char>('0' + *sector)) != std::string_view::npos)) {
      return std::string(rule.neighbourhood);
    }
  }
  return std::nullopt;
}

}  // namespace lcn::demo
