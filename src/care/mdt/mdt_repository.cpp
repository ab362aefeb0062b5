// SPDX-License-Identifier: Apache-2.0
#include "care/mdt/mdt_repository.hpp"

#include "store/row_mapping.hpp"

namespace lcn::store {
namespace {

constexpr const char* kSelect =
    "SELECT m.id, m.area_id, m.title, m.starts_at, m.duration_minutes, m.location, "
    "m.video_link, m.chair_user_id, m.state, m.minutes, m.minutes_by, m.minutes_at, "
    "m.created_by, m.created_at, m.updated_at, m.version, a.name AS area_name, "
    "u.display_name AS chair_name, "
    "(SELECT COUNT(*) FROM mdt_cases c WHERE c.meeting_id = m.id) AS cases "
    "FROM mdt_meetings m JOIN areas a ON a.id = m.area_id "
    "JOIN users u ON u.id = m.chair_user_id ";

domain::MeetingState StateOf(const std::string& text) {
  const auto state = domain::ParseMeetingState(text);
  if (!state) {
    throw Error(ErrorCode::kInternal, "a stored meeting state is unknown: " + text);
  }
  return *state;
}

MdtMeeting ToMeeting(const sql::Row& r) {
  MdtMeeting m;
  m.id = MeetingId(r.Int("id"));
  m.area = AreaId(r.Int("area_id"));
  m.title = r.Text("title");
  m.starts_at = r.Int("starts_at");
  m.duration_minutes = r.Int("duration_minutes");
  m.location = r.OptText("location");
  m.video_link = r.OptText("video_link");
  m.chair = UserId(r.Int("chair_user_id"));
  m.state = StateOf(r.Text("state"));
  m.minutes = r.OptText("minutes");
  m.minutes_by = OptId<UserId>(r, "minutes_by");
  m.minutes_at = r.OptInt("minutes_at");
  m.created_by = UserId(r.Int("created_by"));
  m.created_at = r.Int("created_at");
  m.updated_at = r.Int("updated_at");
  m.version = r.Int("version");
  m.area_name = r.Text("area_name");
  m.chair_name = r.Text("chair_name");
  m.cases = r.Int("cases");
  return m;
}

void AddEvent(sql::Transaction& tx, MeetingId meeting, std::optional<domain::MeetingState> from,
              domain::MeetingState to, const std::optional<std::string>& reason, UserId by,
              Micros now) {
  tx.Execute(
      "INSERT INTO mdt_meeting_events (meeting_id, from_state, to_state, reason, changed_by, "
      "changed_at) VALUES (${meeting}, ${from}, ${to}, ${reason}, ${by}, ${now})",
      {{"meeting", meeting.Value()},
       {"from", from ? sql::Value(std::string(domain::MeetingStateName(*from)))
                     : sql::Value(std::monostate{})},
       {"to", std::string(domain::MeetingStateName(to))},
       {"reason", sql::Nullable(reason)},
       {"by", by.Value()},
       {"now", now}});
}

}  // namespace

MeetingId MdtRepository::Create(const MdtMeeting& m, Micros now) {
  MeetingId id;
  tx_.Query(
      "INSERT INTO mdt_meetings (area_id, title, starts_at, duration_minutes, location, "
      "video_link, chair_user_id, state, created_by, created_at, updated_at) VALUES (${area}, "
      "${title}, ${starts}, ${duration}, ${location}, ${video}, ${chair}, 'scheduled', ${by}, "
      "${now}, ${now}) RETURNING id",
      {{"area", m.area.Value()},
       {"title", m.title},
       {"starts", m.starts_at},
       {"duration", m.duration_minutes},
       {"location", sql::Nullable(m.location)},
       {"video", sql::Nullable(m.video_link)},
       {"chair", m.chair.Value()},
       {"by", m.created_by.Value()},
       {"now", now}},
      [&](const sql::Row& r) { id = MeetingId(r.Int("id")); });
  AddEvent(tx_, id, std::nullopt, domain::MeetingState::kScheduled, std::nullopt, m.created_by,
           now);
  return id;
}

std::optional<MdtMeeting> MdtRepository::Find(MeetingId id) {
  return QueryOne(tx_, std::string(kSelect) + "WHERE m.id = ${id}", {{"id", id.Value()}},
                  ToMeeting);
}

std::vector<MdtMeeting> MdtRepository::List(const MeetingFilter& f) {
  std::string where = "WHERE 1 = 1";
  sql::Params params = {{"limit", std::int64_t{f.limit}}};
  if (f.area) {
    where += " AND m.area_id = ${area}";
    params.emplace_back("area", f.area->Value());
  }
  if (f.user) {
    where +=
        " AND (m.chair_user_id = ${user} OR m.id IN (SELECT t.meeting_id FROM "
        "mdt_attendees t WHERE t.user_id = ${user}))";
    params.emplace_back("user", f.user->Value());
  }
  if (f.from) {
    where += " AND m.starts_at >= ${from}";
    params.emplace_back("from", *f.from);
  }
  if (f.before) {
    where += " AND m.starts_at < ${before}";
    params.emplace_back("before", *f.before);
  }
  if (f.state) {
    where += " AND m.state = ${state}";
    params.emplace_back("state", std::string(domain::MeetingStateName(*f.state)));
  }
  return QueryAll(tx_, std::string(kSelect) + where + " ORDER BY m.starts_at, m.id LIMIT ${limit}",
                  params, ToMeeting);
}

std::int64_t MdtRepository::UpdateDetails(const MdtMeeting& m, Micros now) {
  const std::int64_t changed = tx_.Execute(
      "UPDATE mdt_meetings SET title = ${title}, starts_at = ${starts}, duration_minutes = "
      "${duration}, location = ${location}, video_link = ${video}, chair_user_id = ${chair}, "
      "updated_at = ${now}, version = version + 1 WHERE id = ${id} AND version = ${version}",
      {{"title", m.title},
       {"starts", m.starts_at},
       {"duration", m.duration_minutes},
       {"location", sql::Nullable(m.location)},
       {"video", sql::Nullable(m.video_link)},
       {"chair", m.chair.Value()},
       {"now", now},
       {"id", m.id.Value()},
       {"version", m.version}});
  if (changed == 0) {
    ThrowStaleOrMissing(Find(m.id).has_value(), "meeting");
  }
  return m.version + 1;
}

std::int64_t MdtRepository::ChangeState(const MdtMeeting& m, domain::MeetingState to,
                                        std::int64_t version,
                                        const std::optional<std::string>& reason, UserId by,
                                        Micros now) {
  const std::int64_t changed = tx_.Execute(
      "UPDATE mdt_meetings SET state = ${state}, updated_at = ${now}, version = version + 1 "
      "WHERE id = ${id} AND version = ${version}",
      {{"state", std::string(domain::MeetingStateName(to))},
       {"now", now},
       {"id", m.id.Value()},
       {"version", version}});
  if (changed == 0) {
    ThrowStaleOrMissing(Find(m.id).has_value(), "meeting");
  }
  AddEvent(tx_, m.id, m.state, to, reason, by, now);
  return version + 1;
}

std::int64_t MdtRepository::SaveMinutes(MeetingId id, const std::string& text, std::int64_t version,
                                        UserId by, Micros now) {
  const std::int64_t changed = tx_.Execute(
      "UPDATE mdt_meetings SET minutes = ${text}, minutes_by = ${by}, minutes_at = ${now}, "
      "updated_at = ${now}, version = version + 1 WHERE id = ${id} AND version = ${version}",
      {{"text", text}, {"by", by.Value()}, {"now", now}, {"id", id.Value()}, {"version", version}});
  if (changed == 0) {
    ThrowStaleOrMissing(Find(id).has_value(), "meeting");
  }
  return version + 1;
}

std::vector<MdtMeetingEvent> MdtRepository::History(MeetingId id) {
  return QueryAll(tx_,
                  "SELECT e.from_state, e.to_state, e.reason, u.display_name, e.changed_at "
                  "FROM mdt_meeting_events e LEFT JOIN users u ON u.id = e.changed_by "
                  "WHERE e.meeting_id = ${id} ORDER BY e.id",
                  {{"id", id.Value()}}, [](const sql::Row& r) {
                    MdtMeetingEvent e;
                    if (const auto from = r.OptText("from_state")) {
                      e.from = StateOf(*from);
                    }
                    e.to = StateOf(r.Text("to_state"));
                    e.reason = r.OptText("reason");
                    e.changed_by_name = r.OptText("display_name");
                    e.changed_at = r.Int("changed_at");
                    return e;
                  });
}

std::int64_t MdtRepository::AddAttendee(const MdtAttendee& a, UserId by, Micros now) {
  std::int64_t id = 0;
  tx_.Query(
      "INSERT INTO mdt_attendees (meeting_id, user_id, guest_name, guest_organisation, "
      "added_by, added_at) VALUES (${meeting}, ${user}, ${guest}, ${guest_org}, ${by}, ${now}) "
      "RETURNING id",
      {{"meeting", a.meeting.Value()},
       {"user", NullableId(a.user)},
       {"guest", sql::Nullable(a.guest_name)},
       {"guest_org", sql::Nullable(a.guest_organisation)},
       {"by", by.Value()},
       {"now", now}},
      [&](const sql::Row& r) { id = r.Int("id"); });
  return id;
}

std::vector<MdtAttendee> MdtRepository::Attendees(MeetingId meeting) {
  return QueryAll(
      tx_,
      "SELECT t.id, t.meeting_id, t.user_id, t.guest_name, t.guest_organisation, t.attended, "
      "u.display_name, u.role, o.name AS organisation_name FROM mdt_attendees t "
      "LEFT JOIN users u ON u.id = t.user_id "
      "LEFT JOIN organisations o ON o.id = u.organisation_id "
      "WHERE t.meeting_id = ${meeting} ORDER BY t.id",
      {{"meeting", meeting.Value()}}, [](const sql::Row& r) {
        MdtAttendee a;
        a.id = r.Int("id");
        a.meeting = MeetingId(r.Int("meeting_id"));
        a.user = OptId<UserId>(r, "user_id");
        a.guest_name = r.OptText("guest_name");
        a.guest_organisation = r.OptText("guest_organisation");
        if (const auto attended = r.OptInt("attended")) {
          a.attended = *attended != 0;
        }
        a.name = a.user ? r.Text("display_name") : a.guest_name.value_or("");
        a.role = r.OptText("role");
        a.organisation = a.user ? r.OptText("organisation_name") : a.guest_organisation;
        return a;
      });
}

bool MdtRepository::RemoveAttendee(MeetingId meeting, std::int64_t attendee) {
  return tx_.Execute("DELETE FROM mdt_attendees WHERE id = ${id} AND meeting_id = ${meeting}",
                     {{"id", attendee}, {"meeting", meeting.Value()}}) > 0;
}

bool MdtRepository::SetAttended(MeetingId meeting, std::int64_t attendee, bool attended) {
  return tx_.Execute(
             "UPDATE mdt_attendees SET attended = ${attended} WHERE id = ${id} AND "
             "meeting_id = ${meeting}",
             {{"attended", std::int64_t{attended ? 1 : 0}},
              {"id", attendee},
              {"meeting", meeting.Value()}}) > 0;
}

bool MdtRepository::IsParticipant(const MdtMeeting& meeting, UserId user) {
  if (meeting.chair == user) {
    return true;
  }
  bool found = false;
  tx_.Query("SELECT 1 AS ok FROM mdt_attendees WHERE meeting_id = ${meeting} AND user_id = ${user}",
            {{"meeting", meeting.id.Value()}, {"user", user.Value()}},
            [&](const sql::Row&) { found = true; });
  return found;
}

}  // namespace lcn::store
