// SPDX-License-Identifier: Apache-2.0
//
// A person's timeline and the care team's notes. Both are reads or changes of the person's
// record: a legitimate relationship, audited (person_scope.hpp).
#include "care/timeline/timeline_handlers.hpp"

#include <algorithm>

#include "api/handlers/person_scope.hpp"
#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "api/query_params.hpp"
#include "care/timeline/note_kind.hpp"
#include "care/timeline/note_repository.hpp"
#include "care/timeline/timeline_repository.hpp"
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

std::string TypeNames(std::span<const std::string_view> known) {
  std::string out;
  for (const auto t : known) {
    out += (out.empty() ? "" : ", ") + std::string(t);
  }
  return out;
}

store::TimelineQuery ReadTimelineQuery(const Request& req,
                                       std::span<const std::string_view> known) {
  IssueCollector issues;
  store::TimelineQuery q;
  if (const auto types = req.Query("types")) {
    for (const auto& t : SplitList(*types)) {
      if (std::find(known.begin(), known.end(), t) == known.end()) {
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

}  // namespace

Response GetTimeline(const Request& req, const Call& call,
                     std::span<const store::TimelineSource> sources) {
  const PersonId id(PathId(req.path_params.at("id")));
  const auto known = store::TimelineTypes(sources);
  const auto query = ReadTimelineQuery(req, known);
  return WithPersonAccess(call, id, "read-timeline", [&](auto& tx, Micros) {
    const auto page = store::TimelineRepository(tx, sources).ForPerson(id, query);
    json entries = json::array();
    for (const auto& e : page.entries) {
      entries.push_back(EntryJson(e));
    }
    json types = json::array();
    for (const auto t : known) {
      types.push_back(t);
    }
    return Json(200, {{"personId", id.Value()},
                      {"entries", entries},
                      {"offset", query.offset},
                      {"limit", query.limit},
                      {"hasMore", page.has_more},
                      {"types", types}});
  });
}

Response ListNotes(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  return WithPersonAccess(call, id, "read-notes", [&](auto& tx, Micros) {
    json items = json::array();
    for (const auto& n : store::NoteRepository(tx).ForPerson(id)) {
      items.push_back(NoteJson(n));
    }
    return Json(200, {{"personId", id.Value()}, {"notes", items}});
  });
}

Response AddNote(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  JsonBody body(req.body);
  store::Note note;
  note.person = id;
  const auto kind = body.Choice("kind", false, domain::NoteKinds());
  note.kind = domain::NoteKinds().Name(kind.value_or(domain::NoteKind::kNote));
  note.text = body.String("text", true).value_or("");
  body.ThrowIfInvalid();
  note.written_by = call.Who().user_id;
  return WithPersonAccess(call, id, "write-note", [&](auto& tx, Micros now) {
    store::NoteRepository notes(tx);
    return Json(201, NoteJson(*notes.Find(notes.Add(note, now))));
  });
}

Response MarkNoteInError(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  const std::int64_t note_id = PathId(req.path_params.at("noteId"));
  JsonBody body(req.body);
  const auto reason = body.String("reason", true);
  body.ThrowIfInvalid();
  return WithPersonAccess(call, id, "note-in-error", [&](auto& tx, Micros now) {
    store::NoteRepository notes(tx);
    const auto note = notes.Find(note_id);
    if (!note || note->person != id) {
      return Problem(404, "not-found", "Not found", "no such note for this person");
    }
    if (note->written_by != call.Who().user_id) {
      return Problem(403, "not-the-author", "Not your note",
                     "only the person who wrote a note may mark it as written in error");
    }
    notes.MarkInError(note_id, call.Who().user_id, *reason, now);
    return Json(200, NoteJson(*notes.Find(note_id)));
  });
}

}  // namespace lcn::api::handlers
