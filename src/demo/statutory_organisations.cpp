// SPDX-License-Identifier: Apache-2.0
//
// Plans the statutory organisations of the demo: GP practices (real, from the GP file), GP
// federations, NHS trusts (real ODS codes from the trust file), the integrated care boards,
// councils' adult social care and Healthwatch.
#include <array>

#include "core/error.hpp"
#include "demo/organisations.hpp"
#include "demo/text_tidy.hpp"

namespace lcn::demo {
namespace {

using domain::OrganisationKind;

OrganisationPlan Plan(OrganisationKind kind, std::string name,
                      std::optional<std::string> area_code) {
  OrganisationPlan plan;
  plan.organisation.kind = kind;
  plan.organisation.name = std::move(name);
  plan.area_code = std::move(area_code);
  return plan;
}

const CommunityAssetRecord* FindAsset(const std::vector<CommunityAssetRecord>& assets,
                                      std::string_view name_prefix) {
  for (const auto& asset : assets) {
    if (asset.name.starts_with(name_prefix)) {
      return &asset;
    }
  }
  return nullptr;
}

struct FederationRow {
  std::string_view name;
  std::string_view network_code;
  std::string_view asset_prefix;  // row of the community assets file describing it; may be empty
};

constexpr std::array kFederations = {
    FederationRow{"Quay Health Solutions", "southwark-north", "Quay Health Solutions"},
    FederationRow{"Improving Health Ltd", "southwark-south", "Improving Health Ltd"},
    FederationRow{"North Lambeth GP Federation", "lambeth-north", ""},
    FederationRow{"South East Lambeth GP Federation", "lambeth-south-east", ""},
    FederationRow{"South West Lambeth GP Federation", "lambeth-south-west", ""},
};

constexpr std::string_view kLambethFederationsUrl =
    "https://www.lambethgpfederations.nhs.uk/about-the-scheme/";

struct TrustRow {
  std::string_view ods_code;
  bool south_east_london = false;
  std::string_view area_code;  // empty: serves more than one demo place, left without area
};

constexpr std::array kTrusts = {
    TrustRow{"RJ1", true, ""},
    TrustRow{"RJZ", true, ""},
    TrustRow{"RV5", true, ""},
    TrustRow{"RDR", false, "coastal-west-sussex"},
    TrustRow{"RYR", false, "coastal-west-sussex"},
    TrustRow{"RX2", false, "coastal-west-sussex"},
};

// GSTT is acute and community: the demo files it as acute.
OrganisationKind TrustKind(const std::string& role) {
  if (role.find("mental health") != std::string::npos) {
    return OrganisationKind::kMentalHealthTrust;
  }
  if (role.starts_with("community")) {
    return OrganisationKind::kCommunityTrust;
  }
  return OrganisationKind::kAcuteTrust;
}

std::string ExpandFt(std::string name) {
  const auto pos = name.find("NHS FT");
  if (pos != std::string::npos) {
    name.replace(pos, 6, "NHS Foundation Trust");
  }
  return name;
}

OrganisationPlan TrustPlan(const TrustRecord& record, const TrustRow& row) {
  // "Western Sussex Hospitals NHS FT (University Hospitals Sussex NHS FT from April 2021)"
  std::string name = record.name;
  std::string note;
  const auto open = name.find(" (");
  if (open != std::string::npos) {
    note = name.substr(open + 2, name.size() - open - 3);
    name = name.substr(0, open);
  }
  auto plan =
      Plan(TrustKind(record.role), ExpandFt(name),
           row.area_code.empty() ? std::nullopt : std::optional(std::string(row.area_code)));
  plan.organisation.ods_code = record.ods_code;
  plan.organisation.postcode = record.postcode.substr(0, record.postcode.find(" / "));
  std::string role = record.role;
  if (!role.empty() && role[0] >= 'a' && role[0] <= 'z') {
    role[0] = static_cast<char>(role[0] - 'a' + 'A');
  }
  std::string description = "NHS trust: " + role + ". Main site: " + record.main_site + ".";
  if (!note.empty()) {
    description += " " + note + ".";
  }
  plan.organisation.description = std::move(description);
  return plan;
}

void AddPractices(const GeographyPlan& geography, std::vector<OrganisationPlan>& out) {
  for (const auto& practice : geography.practices) {
    auto plan = Plan(OrganisationKind::kGpPractice, practice.name, practice.neighbourhood_code);
    plan.organisation.ods_code = practice.ods_code;
    plan.organisation.postcode = practice.postcode;
    plan.organisation.list_size = practice.list_size;
    plan.organisation.pcn_code = practice.pcn_code;
    plan.organisation.pcn_name = practice.pcn_name;
    out.push_back(std::move(plan));
  }
}

void AddFederations(const GeographyPlan& geography, const std::vector<CommunityAssetRecord>& assets,
                    std::vector<OrganisationPlan>& out) {
  for (const auto& row : kFederations) {
    if (!geography.FindArea(std::string(row.network_code))) {
      continue;
    }
    auto plan =
        Plan(OrganisationKind::kGpFederation, std::string(row.name), std::string(row.network_code));
    const auto* asset = row.asset_prefix.empty() ? nullptr : FindAsset(assets, row.asset_prefix);
    if (asset != nullptr) {
      plan.organisation.description = asset->offer;
      plan.organisation.website = FirstUrl(asset->source_urls);
    } else {
      plan.organisation.description =
          "GP federation: one of the three Lambeth GP federations (North, South East and South "
          "West Lambeth) that together cover every Lambeth practice.";
      plan.organisation.website = std::string(kLambethFederationsUrl);
    }
    out.push_back(std::move(plan));
  }
}

void AddTrusts(DemoArea area, const std::vector<TrustRecord>& trusts,
               std::vector<OrganisationPlan>& out) {
  for (const auto& record : trusts) {
    const TrustRow* row = nullptr;
    for (const auto& candidate : kTrusts) {
      if (candidate.ods_code == record.ods_code) {
        row = &candidate;
      }
    }
    if (row == nullptr) {
      throw Error(ErrorCode::kInternal, "the demo does not know the trust " + record.ods_code);
    }
    if (row->south_east_london ? IncludesSouthEastLondon(area) : IncludesCoastalWestSussex(area)) {
      out.push_back(TrustPlan(record, *row));
    }
  }
}

void AddCouncilsAndBoards(DemoArea area, const std::vector<CommunityAssetRecord>& assets,
                          std::vector<OrganisationPlan>& out) {
  const auto council = [&](std::string name, std::string place_code) {
    auto plan = Plan(OrganisationKind::kAdultSocialCare, std::move(name), std::move(place_code));
    plan.organisation.description =
        "The council's adult social care service: needs assessments, care and support planning, "
        "safeguarding and arranging care at home and in care homes.";
    out.push_back(std::move(plan));
  };
  const auto healthwatch = [&](std::string_view name, std::string place_code) {
    auto plan = Plan(OrganisationKind::kHealthwatch, std::string(name), std::move(place_code));
    if (const auto* asset = FindAsset(assets, name)) {
      plan.organisation.description = asset->offer;
      plan.organisation.website = FirstUrl(asset->source_urls);
    }
    out.push_back(std::move(plan));
  };
  if (IncludesSouthEastLondon(area)) {
    auto icb = Plan(OrganisationKind::kIntegratedCareBoard, std::string(kSouthEastLondonIcb),
                    "south-east-london");
    icb.organisation.ods_code = "QKK";
    icb.organisation.description =
        "Integrated care board: plans and pays for NHS services in south east London.";
    out.push_back(std::move(icb));
    council("Lambeth Council Adult Social Care", "lambeth");
    council("Southwark Council Adult Social Care", "southwark");
    healthwatch("Healthwatch Lambeth", "lambeth");
    healthwatch("Healthwatch Southwark", "southwark");
  }
  if (IncludesCoastalWestSussex(area)) {
    auto icb = Plan(OrganisationKind::kIntegratedCareBoard, std::string(kSussexIcb), "sussex");
    icb.organisation.description =
        "Integrated care board: plans and pays for NHS services in Sussex.";
    out.push_back(std::move(icb));
    council("West Sussex County Council Adult Social Care", "coastal-west-sussex");
  }
}

}  // namespace

std::vector<OrganisationPlan> PlanStatutoryOrganisations(
    DemoArea area, const GeographyPlan& geography, const std::vector<TrustRecord>& trusts,
    const std::vector<CommunityAssetRecord>& assets) {
  std::vector<OrganisationPlan> out;
  AddPractices(geography, out);
  AddFederations(geography, assets, out);
  AddTrusts(area, trusts, out);
  AddCouncilsAndBoards(area, assets, out);
  return out;
}

}  // namespace lcn::demo
