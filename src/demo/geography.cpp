// SPDX-License-Identifier: Apache-2.0
//
// Plans and inserts the demo geography from the published GP practice list.
#include "demo/geography.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "core/error.hpp"
#include "demo/inferred_mappings.hpp"
#include "demo/text_tidy.hpp"

namespace lcn::demo {
namespace {

struct PlaceRow {
  std::string_view file_area;  // the GP file's `area` column
  std::string_view name;
  std::string_view code;
  std::string_view system_name;
  std::string_view system_code;
  bool south_east_london = false;
};

constexpr std::array kPlaces = {
    PlaceRow{"Lambeth", "Lambeth", "lambeth", "South East London", "south-east-london", true},
    PlaceRow{"Southwark", "Southwark", "southwark", "South East London", "south-east-london", true},
    PlaceRow{"Coastal West Sussex", "Coastal West Sussex", "coastal-west-sussex", "Sussex",
             "sussex", false},
};

std::optional<std::size_t> PlaceIndex(std::string_view file_area) {
  for (std::size_t i = 0; i < kPlaces.size(); ++i) {
    if (kPlaces[i].file_area == file_area) {
      return i;
    }
  }
  return std::nullopt;
}

bool Wanted(DemoArea area, const PlaceRow& place) {
  return place.south_east_london ? IncludesSouthEastLondon(area) : IncludesCoastalWestSussex(area);
}

int KindRank(domain::AreaKind kind) {
  switch (kind) {
    case domain::AreaKind::kSystem:
      return 0;
    case domain::AreaKind::kPlace:
      return 1;
    case domain::AreaKind::kNetwork:
      return 2;
    case domain::AreaKind::kNeighbourhood:
      return 3;
  }
  return 4;
}

// Lambeth: one neighbourhood per PCN. Coastal West Sussex: the PCN, or its published
// neighbourhood split ("Regis PCN (Neighbourhood 1 - Central Regis)" -> "Central Regis",
// "Arun PCN (Neighbourhood 2)" -> "Arun Neighbourhood 2").
std::string PcnNeighbourhoodName(const PracticeRecord& record) {
  const std::string& subgroup = record.pcn_subgroup;
  const auto open = subgroup.find("(Neighbourhood ");
  if (open != std::string::npos) {
    const auto close = subgroup.find(')', open);
    const std::string inside = subgroup.substr(open + 1, close - open - 1);
    const auto dash = inside.find(" - ");
    if (dash != std::string::npos) {
      return inside.substr(dash + 3);
    }
    std::string base = subgroup.substr(0, open);
    while (!base.empty() && base.back() == ' ') {
      base.pop_back();
    }
    return WithoutSuffix(base, " PCN") + " " + inside;
  }
  return WithoutSuffix(TidyName(record.pcn_name), " PCN");
}

class PlanBuilder {
 public:
  explicit PlanBuilder(GeographyPlan& plan) : plan_(plan) {}

  // Adds an area once; a second add of the same code must agree on kind and parent.
  void Add(domain::AreaKind kind, const std::string& code, const std::string& name,
           const std::optional<std::string>& parent) {
    for (const auto& existing : plan_.areas) {
      if (existing.code == code) {
        LCN_CHECK(existing.kind == kind && existing.parent_code == parent);
        return;
      }
    }
    plan_.areas.push_back({.kind = kind, .code = code, .name = name, .parent_code = parent});
  }

  void AddPopulation(const std::string& code, std::int64_t people) {
    for (auto& area : plan_.areas) {
      if (area.code == code) {
        area.population += people;
        if (area.parent_code) {
          AddPopulation(*area.parent_code, people);
        }
        return;
      }
    }
    LCN_CHECK(false);
  }

 private:
  GeographyPlan& plan_;
};

}  // namespace

std::optional<AreaPlan> GeographyPlan::FindArea(const std::string& code) const {
  for (const auto& area : areas) {
    if (area.code == code) {
      return area;
    }
  }
  return std::nullopt;
}

int GeographyPlan::Count(domain::AreaKind kind) const {
  return static_cast<int>(
      std::count_if(areas.begin(), areas.end(), [&](const AreaPlan& a) { return a.kind == kind; }));
}

GeographyPlan PlanGeography(DemoArea area, const std::vector<PracticeRecord>& practices) {
  // The chosen practices, grouped by place in kPlaces order (file order within a place).
  std::vector<std::pair<std::size_t, const PracticeRecord*>> chosen;
  for (const auto& record : practices) {
    const auto place = PlaceIndex(record.area);
    if (place && Wanted(area, kPlaces[*place])) {
      chosen.emplace_back(*place, &record);
    }
  }
  std::stable_sort(chosen.begin(), chosen.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });

  GeographyPlan plan;
  PlanBuilder builder(plan);
  std::set<std::string> upper_codes;  // system, place and network codes
  for (const auto& [place_index, record] : chosen) {
    const PlaceRow& place = kPlaces[place_index];
    const auto network = MapNetwork(record->lcn);
    if (!network) {
      throw Error(ErrorCode::kInternal, "the demo has no network for \"" + record->lcn + "\"");
    }
    builder.Add(domain::AreaKind::kSystem, std::string(place.system_code),
                std::string(place.system_name), std::nullopt);
    builder.Add(domain::AreaKind::kPlace, std::string(place.code), std::string(place.name),
                std::string(place.system_code));
    builder.Add(domain::AreaKind::kNetwork, network->code, network->name, std::string(place.code));
    upper_codes.insert({std::string(place.system_code), std::string(place.code), network->code});
  }

  const auto neighbourhood_code = [&](const std::string& name) {
    const std::string slug = Slugify(name);
    return upper_codes.contains(slug) ? slug + "-neighbourhood" : slug;
  };
  for (const auto& [place_index, record] : chosen) {
    const PlaceRow& place = kPlaces[place_index];
    const std::string name = TidyName(record->name);
    if (!record->list_size || *record->list_size < kMinimumListSize) {
      plan.skipped.push_back({record->ods_code, name,
                              record->list_size
                                  ? "list size below 100 in January 2021"
                                  : "no list size in January 2021 (closed or merged)"});
      continue;
    }
    const auto network = MapNetwork(record->lcn);
    std::optional<std::string> neighbourhood;
    for (const auto& listed : SouthwarkNeighbourhoods(record->lcn)) {  // sourced order first
      builder.Add(domain::AreaKind::kNeighbourhood, neighbourhood_code(listed), listed,
                  network->code);
    }
    if (place.file_area == "Southwark") {
      neighbourhood = MapSouthwarkNeighbourhood(record->lcn, record->postcode);
      if (!neighbourhood) {
        throw Error(ErrorCode::kInternal,
                    "the demo has no Southwark neighbourhood for practice " + record->ods_code);
      }
    } else {
      neighbourhood = PcnNeighbourhoodName(*record);
    }
    const std::string code = neighbourhood_code(*neighbourhood);
    builder.Add(domain::AreaKind::kNeighbourhood, code, *neighbourhood, network->code);
    plan.practices.push_back({.ods_code = record->ods_code,
                              .name = name,
                              .postcode = record->postcode,
                              .list_size = *record->list_size,
                              .pcn_code = record->pcn_code,
                              .pcn_name = TidyName(record->pcn_name),
                              .place_code = std::string(place.code),
                              .network_code = network->code,
                              .neighbourhood_code = code,
                              .ons_area = network->ons_area,
                              .imd_score = record->imd_score});
    builder.AddPopulation(code, *record->list_size);
  }
  std::stable_sort(plan.areas.begin(), plan.areas.end(), [](const auto& a, const auto& b) {
    return KindRank(a.kind) < KindRank(b.kind);
  });
  return plan;
}

AreaIds InsertAreas(store::AreaRepository& areas, const GeographyPlan& plan, Micros now) {
  AreaIds ids;
  for (const auto& area : plan.areas) {
    domain::Area row;
    row.kind = area.kind;
    row.code = area.code;
    row.name = area.name;
    if (area.parent_code) {
      const auto parent = ids.find(*area.parent_code);
      LCN_CHECK(parent != ids.end());
      row.parent_id = parent->second;
    }
    row.population = area.population;
    ids.emplace(area.code, areas.Insert(row, now));
  }
  return ids;
}

}  // namespace lcn::demo
