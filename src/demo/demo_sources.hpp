// SPDX-License-Identifier: Apache-2.0
//
// The real-world source data of the demo (data/demo/, compiled into the binary): GP practices,
// NHS trusts, community organisations and ONS population by age band, read into plain records
// exactly as published. Interpretation (names, groupings, alignment) happens elsewhere.
// Nothing here reads the file system.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lcn::demo {

// One row of gp_practices_pcn_lambeth_southwark_coastalwestsussex.csv.
struct PracticeRecord {
  std::string area;          // "Lambeth", "Southwark" or "Coastal West Sussex"
  std::string pcn_code;      // ODS code of the primary care network (Dec 2019)
  std::string pcn_name;      // as published, upper case
  std::string pcn_subgroup;  // West Sussex neighbourhood split; empty elsewhere
  std::string lcn;           // the file's network column (partly inferred, see lcn_basis)
  std::string ods_code;
  std::string name;  // as published, upper case
  std::string postcode;
  std::optional<std::int64_t> list_size;  // registered patients, January 2021
  std::optional<double> imd_score;        // IMD 2019 score of the practice population (OHID)
};

// One row of nhs_trusts_and_sites.csv.
struct TrustRecord {
  std::string ods_code;
  std::string name;
  std::string role;       // e.g. "acute (Denmark Hill)", "mental health (Sussex)"
  std::string main_site;  // e.g. "King's College Hospital"
  std::string postcode;   // one postcode or several separated by " / "
};

// One row of community_assets_seed.csv.
struct CommunityAssetRecord {
  std::string name;
  std::string area;  // "Southwark", "Lambeth", "Southwark; Lambeth" or "Coastal West Sussex"
  std::string base;  // base or network, e.g. "Bermondsey (North Southwark LCN)", "borough-wide"
  std::string category;
  std::string who_for;
  std::string offer;        // what they offer, in our own words
  std::string source_urls;  // separated by " ; "
};

// One row of population_mid2020_5yr_persons.csv.
struct AgeBandRecord {
  std::string area_name;  // "Lambeth", "Arun", "England" ...
  int min_age = 0;
  std::optional<int> max_age;  // std::nullopt for the open band "85+"
  std::int64_t population = 0;
};

// Each loader parses its embedded file. Throws Error(kInternal) when the file is missing or
// malformed, which is a build bug.
std::vector<PracticeRecord> LoadPractices();
std::vector<TrustRecord> LoadTrusts();
std::vector<CommunityAssetRecord> LoadCommunityAssets();
std::vector<AgeBandRecord> LoadAgeBands();

// The text of data/demo/LICENCE.md: sources and the Open Government Licence attribution.
std::string_view DemoDataLicence();

}  // namespace lcn::demo
