// SPDX-License-Identifier: Apache-2.0
//
// MDT meetings, attendees, cases and reviews as API JSON (camelCase keys), and the parsing of
// meeting times. Internal to the MDT handlers.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "care/mdt/mdt_case_repository.hpp"
#include "care/mdt/mdt_meeting_service.hpp"
#include "care/mdt/mdt_meeting_state.hpp"
#include "care/mdt/mdt_repository.hpp"
#include "care/tasks/task_repository.hpp"
#include "core/clock.hpp"

namespace lcn::api::handlers {

// Parses an ISO-8601 instant with a zone: "YYYY-MM-DDTHH:MM[:SS[.ffffff]]" then "Z" or
// "+HH:MM"/"-HH:MM". std::nullopt for anything else.
[[nodiscard]] std::optional<Micros> ParseInstantText(std::string_view text);

nlohmann::json MeetingStateNames(const std::vector<domain::MeetingState>& states);

// A meeting's summary (no attendees, cases or history).
nlohmann::json MeetingJson(const store::MdtMeeting& m);

// A meeting as its participants see it: the summary with attendees, history, the changes the
// caller may make, what they are ("you") and, when read with it, the case list and the number
// withheld.
nlohmann::json MeetingViewJson(const care::MeetingView& v);

nlohmann::json AttendeeJson(const store::MdtAttendee& a);

// {"items": [attendee, ...]}
nlohmann::json AttendeeListJson(const std::vector<store::MdtAttendee>& attendees);

nlohmann::json PersonRefJson(const store::PersonRef& p);

// A case with its outcome; `tasks` are those its actions became (may be empty).
nlohmann::json CaseJson(const store::MdtCase& c, const std::vector<store::Task>& tasks);

inline nlohmann::json CaseJson(const care::MeetingCase& c) {
  return CaseJson(c.c, c.tasks);
}

// A short view of a task made from an MDT action.
nlohmann::json ActionTaskJson(const store::Task& t);

}  // namespace lcn::api::handlers
