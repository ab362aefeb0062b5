// SPDX-License-Identifier: Apache-2.0
//
// The REST edge of a person's timeline and the care team's notes: parse, call care::Timeline
// or care::Notes (each a read or change of the person's record: a legitimate relationship,
// audited), render.
#include "care/timeline/timeline_handlers.hpp"

#include <algorithm>

#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "api/query_params.hpp"
#include "care/timeline/note_kind.hpp"
#include "care/timeline/note_service.hpp"
#include "care/timeline/timeline_service.hpp"
#include "care/timeline/timeline_text.hpp"
#include "core/time_format.hpp"

namespace lcn::api::handlers {
namespace {

using nlohmann::json;

constexpr int kMaxPage = 200;
constexpr Micros kMicrosPerDay = 86'400'000'000;

std::vector<std::string> SplitList(const std::string& text) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const auto end = std::min(text.find(',', pos), text.size());
    if (end > pos) {
      out.push_back(text.substr(pos, end - pos));
    }
    pos = end + 1;
  }
  return out;
}

std::string TypeNames(std::span<const store::TimelineType> known) {
  std::string out;
  for (const auto& t : known) {
    out += (out.empty() ? "" : ", ") + std::string(t.code);
  }
  return out;
}

bool IsKnown(std::span<const store::TimelineType> known, std::string_view code) {
  return std::any_of(known.begin(), known.end(),
                     [&](const store::TimelineType& t) { return t.code == code; });
}

store::TimelineQuery ReadTimelineQuery(const Request& req,
                                       std::span<const store::TimelineType> known) {
  IssueCollector issues;
  store::TimelineQuery q;
  if (const auto types = req.Query("types")) {
    for (const auto& t : SplitList(*types)) {
      if (!IsKnown(known, t)) {
        issues.Add("types", "unknown type '" + t + "'; known: " + TypeNames(known));
      } else {
        q.types.push_back(t);
      }
    }
  }
  const auto from = DateQuery(req, "from", issues);
  const auto to = DateQuery(req, "to", issues);
  if (from) {
    q.from = StartOfDay(*from);
  }
  if (to) {
    q.before = StartOfDay(*to) + kMicrosPerDay;  // `to` is inclusive
  }
  if (from && to && *to < *from) {
    issues.Add("to", "must not be before from");
  }
  q.offset = IntQuery(req, "offset", 0, 100000, issues).value_or(0);
  q.limit = IntQuery(req, "limit", 1, kMaxPage, issues).value_or(50);
  issues.ThrowIfAny("the timeline filter is not valid");
  return q;
}

json EntryJson(const store::TimelineEntry& e) {
  return {{"at", FormatInstant(e.at)}, {"type", e.type},
          {"event", e.event},          {"refId", e.ref_id},
          {"title", TimelineTitle(e)}, {"detail", OrNull(e.detail)},
          {"by", OrNull(e.by)},        {"inError", e.in_error}};
}

json NoteJson(const store::Note& n) {
  json j = {{"id", n.id},
            {"kind", n.kind},
            {"text", n.text},
            {"writtenBy", n.written_by_name},
            {"writtenByUserId", n.written_by.Value()},
            {"writtenAt", FormatInstant(n.written_at)},
            {"inError", n.in_error_at.has_value()}};
  if (n.in_error_at) {
    j["enteredInError"] = {{"by", OrNull(n.in_error_by_name)},
                           {"at", FormatInstant(*n.in_error_at)},
                           {"reason", OrNull(n.in_error_reason)}};
  }
  return j;
}

care::Notes NoteService(const Call& call) {
  return care::Notes(call.services.db, call.services.clock);
}

}  // namespace

Response GetTimeline(const Request& req, const Call& call,
                     std::span<const store::TimelineSource> sources) {
  const PersonId id(PathId(req.path_params.at("id")));
  const care::Timeline timeline(call.services.db, call.services.clock, sources);
  const auto known = timeline.Types();
  const auto query = ReadTimelineQuery(req, known);
  const auto page = timeline.Read(call.Who(), id, query);
  json entries = json::array();
  for (const auto& e : page.entries) {
    entries.push_back(EntryJson(e));
  }
  json types = json::array();
  for (const auto& t : known) {
    types.push_back({{"code", t.code}, {"label", t.label}, {"plural", t.plural}});
  }
  return Json(200, {{"personId", id.Value()},
                    {"entries", entries},
                    {"offset", query.offset},
                    {"limit", query.limit},
                    {"hasMore", page.has_more},
                    {"types", types}});
}

Response ListNotes(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  json items = json::array();
  for (const auto& n : NoteService(call).List(call.Who(), id)) {
    items.push_back(NoteJson(n));
  }
  return Json(200, {{"personId", id.Value()}, {"notes", items}});
}

Response AddNote(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  JsonBody body(req.body);
  const auto kind = body.Choice("kind", false, domain::NoteKinds());
  const std::string text = body.String("text", true).value_or("");
  body.ThrowIfInvalid();
  const std::string kind_name(domain::NoteKinds().Name(kind.value_or(domain::NoteKind::kNote)));
  return Json(201, NoteJson(NoteService(call).Add(call.Who(), id, kind_name, text)));
}

Response MarkNoteInError(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  const std::int64_t note_id = PathId(req.path_params.at("noteId"));
  JsonBody body(req.body);
  const auto reason = body.String("reason", true);
  body.ThrowIfInvalid();
  return Json(200, NoteJson(NoteService(call).MarkInError(call.Who(), id, note_id, *reason)));
}

}  // namespace lcn::api::handlers
