// SPDX-License-Identifier: Apache-2.0
#include "care/timeline/timeline_repository.hpp"

#include <algorithm>
#include <limits>

namespace lcn::store {
namespace {

TimelineEntry ToEntry(const sql::Row& r) {
  TimelineEntry e;
  e.type = r.Text("type");
  e.at = r.Int("at");
  e.event = r.Text("event");
  e.ref_id = r.Int("ref_id");
  e.label = r.OptText("label").value_or("");
  e.detail = r.OptText("detail");
  e.by = r.OptText("by_name");
  e.in_error = r.Int("in_error") != 0;
  return e;
}

bool Newer(const TimelineEntry& a, const TimelineEntry& b) {
  if (a.at != b.at) {
    return a.at > b.at;
  }
  if (a.type != b.type) {
    return a.type < b.type;
  }
  return a.ref_id > b.ref_id;
}

}  // namespace

std::vector<TimelineType> TimelineTypes(std::span<const TimelineSource> sources) {
  std::vector<TimelineType> types;
  for (const auto& source : sources) {
    types.insert(types.end(), source.types.begin(), source.types.end());
  }
  return types;
}

TimelinePage TimelineRepository::ForPerson(PersonId person, const TimelineQuery& query) {
  // Each source is asked for at most the entries this page could need; the merge then takes
  // the page from their union.
  const std::int64_t wanted = std::int64_t{query.offset} + query.limit + 1;
  sql::Params params = {{"person", person.Value()},
                        {"from", query.from.value_or(std::numeric_limits<Micros>::min())},
                        {"before", query.before.value_or(std::numeric_limits<Micros>::max())},
                        {"wanted", wanted}};
  std::string type_filter;
  for (std::size_t i = 0; i < query.types.size(); ++i) {
    const std::string name = "type" + std::to_string(i);
    type_filter += (i == 0 ? " AND s.type IN (" : ", ") + std::string("${") + name + "}";
    params.emplace_back(name, query.types[i]);
  }
  if (!type_filter.empty()) {
    type_filter += ")";
  }
  std::vector<TimelineEntry> all;
  for (const auto& source : sources_) {
    const std::string sql = "SELECT * FROM (" + std::string(source.select) +
                            ") s WHERE s.at >= ${from} AND s.at < ${before}" + type_filter +
                            " ORDER BY s.at DESC, s.ref_id DESC LIMIT ${wanted}";
    tx_.Query(sql, params, [&](const sql::Row& r) { all.push_back(ToEntry(r)); });
  }
  std::sort(all.begin(), all.end(), Newer);
  TimelinePage page;
  const auto first = std::min<std::size_t>(all.size(), static_cast<std::size_t>(query.offset));
  const auto last =
      std::min<std::size_t>(all.size(), first + static_cast<std::size_t>(query.limit));
  page.entries.assign(all.begin() + static_cast<std::ptrdiff_t>(first),
                      all.begin() + static_cast<std::ptrdiff_t>(last));
  page.has_more = all.size() > last;
  return page;
}

}  // namespace lcn::store
