// SPDX-License-Identifier: Apache-2.0
#include "care/mdt/mdt_json.hpp"

#include <chrono>

#include "core/time_format.hpp"

namespace lcn::api::handlers {
namespace {

using nlohmann::json;

// Reads `n` digits at `pos`; -1 when they are not all digits.
int Digits(std::string_view s, std::size_t pos, std::size_t n) {
  if (pos + n > s.size()) {
    return -1;
  }
  int v = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const char c = s[pos + i];
    if (c < '0' || c > '9') {
      return -1;
    }
    v = v * 10 + (c - '0');
  }
  return v;
}

json UserRef(UserId id, const std::string& name) {
  return {{"userId", id.Value()}, {"name", name}};
}

}  // namespace

std::optional<Micros> ParseInstantText(std::string_view s) {
  if (s.size() < 17 || s[10] != 'T' || s[13] != ':') {
    return std::nullopt;
  }
  const auto date = ParseDate(s.substr(0, 10));
  const int hour = Digits(s, 11, 2);
  const int minute = Digits(s, 14, 2);
  if (!date || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
    return std::nullopt;
  }
  std::size_t pos = 16;
  int second = 0;
  Micros fraction = 0;
  if (pos < s.size() && s[pos] == ':') {
    second = Digits(s, pos + 1, 2);
    if (second < 0 || second > 59) {
      return std::nullopt;
    }
    pos += 3;
    if (pos < s.size() && s[pos] == '.') {
      ++pos;
      Micros scale = 100000;
      const std::size_t start = pos;
      while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
        fraction += (s[pos] - '0') * scale;
        scale /= 10;
        ++pos;
      }
      if (pos == start || pos - start > 6) {
        return std::nullopt;
      }
    }
  }
  Micros offset = 0;
  if (pos + 1 == s.size() && s[pos] == 'Z') {
    offset = 0;
  } else if (pos + 6 == s.size() && (s[pos] == '+' || s[pos] == '-') && s[pos + 3] == ':') {
    const int oh = Digits(s, pos + 1, 2);
    const int om = Digits(s, pos + 4, 2);
    if (oh < 0 || oh > 14 || om < 0 || om > 59) {
      return std::nullopt;
    }
    offset = (oh * 3600 + om * 60) * kMicrosPerSecond * (s[pos] == '+' ? 1 : -1);
  } else {
    return std::nullopt;
  }
  const auto days = std::chrono::sys_days(std::chrono::year_month_day(
      std::chrono::year(date->year), std::chrono::month(static_cast<unsigned>(date->month)),
      std::chrono::day(static_cast<unsigned>(date->day))));
  const Micros midnight = days.time_since_epoch().count() * 86400 * kMicrosPerSecond;
  return midnight + (hour * 3600 + minute * 60 + second) * kMicrosPerSecond + fraction - offset;
}

json MeetingStateNames(const std::vector<domain::MeetingState>& states) {
  json out = json::array();
  for (const auto s : states) {
    out.push_back(domain::MeetingStateName(s));
  }
  return out;
}

json MeetingJson(const store::MdtMeeting& m) {
  return {{"id", m.id.Value()},
          {"area", {{"id", m.area.Value()}, {"name", m.area_name}}},
          {"title", m.title},
          {"startsAt", FormatInstant(m.starts_at)},
          {"durationMinutes", m.duration_minutes},
          {"endsAt", FormatInstant(m.starts_at + m.duration_minutes * 60 * kMicrosPerSecond)},
          {"location", m.location ? json(*m.location) : json(nullptr)},
          {"videoLink", m.video_link ? json(*m.video_link) : json(nullptr)},
          {"chair", UserRef(m.chair, m.chair_name)},
          {"state", domain::MeetingStateName(m.state)},
          {"caseCount", m.cases},
          {"minutes", m.minutes ? json(*m.minutes) : json(nullptr)},
          {"minutesAt", m.minutes_at ? json(FormatInstant(*m.minutes_at)) : json(nullptr)},
          {"createdAt", FormatInstant(m.created_at)},
          {"updatedAt", FormatInstant(m.updated_at)},
          {"version", m.version}};
}

json MeetingViewJson(const care::MeetingView& v) {
  json j = MeetingJson(v.meeting);
  json attendees = json::array();
  for (const auto& a : v.attendees) {
    attendees.push_back(AttendeeJson(a));
  }
  j["attendees"] = attendees;
  json history = json::array();
  for (const auto& e : v.history) {
    history.push_back({{"from", e.from ? json(domain::MeetingStateName(*e.from)) : json(nullptr)},
                       {"to", domain::MeetingStateName(e.to)},
                       {"reason", e.reason ? json(*e.reason) : json(nullptr)},
                       {"by", e.changed_by_name ? json(*e.changed_by_name) : json(nullptr)},
                       {"at", FormatInstant(e.changed_at)}});
  }
  j["history"] = history;
  j["allowed"] = MeetingStateNames(v.allowed);
  j["you"] = {{"organiser", v.organiser}, {"participant", v.participant}};
  if (v.cases) {
    json cases = json::array();
    for (const auto& c : *v.cases) {
      cases.push_back(CaseJson(c));
    }
    j["cases"] = cases;
    j["withheld"] = v.withheld;
  }
  return j;
}

json AttendeeListJson(const std::vector<store::MdtAttendee>& attendees) {
  json items = json::array();
  for (const auto& a : attendees) {
    items.push_back(AttendeeJson(a));
  }
  return {{"items", items}};
}

json AttendeeJson(const store::MdtAttendee& a) {
  return {{"id", a.id},
          {"userId", a.user ? json(a.user->Value()) : json(nullptr)},
          {"guest", !a.user.has_value()},
          {"name", a.name},
          {"role", a.role ? json(*a.role) : json(nullptr)},
          {"organisation", a.organisation ? json(*a.organisation) : json(nullptr)},
          {"attended", a.attended ? json(*a.attended) : json(nullptr)}};
}

json PersonRefJson(const store::PersonRef& p) {
  return {{"id", p.id.Value()},
          {"givenName", p.given_name},
          {"familyName", p.family_name},
          {"nhsNumber", p.nhs_number ? json(*p.nhs_number) : json(nullptr)},
          {"birthDate", p.birth_date}};
}

json ActionTaskJson(const store::Task& t) {
  return {{"id", t.id},
          {"kind", domain::TaskKindName(t.kind)},
          {"title", t.title},
          {"state", domain::TaskStateName(t.state)},
          {"priority", domain::TaskPriorityName(t.priority)},
          {"dueDate", t.due_date ? json(*t.due_date) : json(nullptr)},
          {"assignee", {{"name", t.assignee_name}}}};
}

json CaseJson(const store::MdtCase& c, const std::vector<store::Task>& tasks) {
  json j = {{"id", c.id.Value()},
            {"meetingId", c.meeting.Value()},
            {"person", PersonRefJson(c.person)},
            {"source", domain::MdtCaseSourceName(c.source)},
            {"reason", c.reason},
            {"position", c.position},
            {"addedBy", UserRef(c.added_by, c.added_by_name)},
            {"addedAt", FormatInstant(c.added_at)},
            {"outcome", nullptr},
            {"version", c.version}};
  if (c.outcome_at) {
    j["outcome"] = {
        {"summary", c.summary ? json(*c.summary) : json(nullptr)},
        {"decision", c.decision ? json(domain::MdtDecisionName(*c.decision)) : json(nullptr)},
        {"nextReviewDate", c.next_review_date ? json(*c.next_review_date) : json(nullptr)},
        {"recordedBy", c.outcome_by_name ? json(*c.outcome_by_name) : json(nullptr)},
        {"recordedAt", FormatInstant(*c.outcome_at)}};
  }
  json actions = json::array();
  for (const auto& t : tasks) {
    actions.push_back(ActionTaskJson(t));
  }
  j["tasks"] = actions;
  return j;
}

}  // namespace lcn::api::handlers
