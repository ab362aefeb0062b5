// SPDX-License-Identifier: Apache-2.0
#include "api/handlers/about_me_handlers.hpp"

#include "api/handlers/person_scope.hpp"
#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "core/time_format.hpp"
#include "domain/about_me.hpp"
#include "store/about_me_repository.hpp"

namespace lcn::api::handlers {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxWrittenWith = 200;
constexpr std::size_t kMaxNote = 2000;

json RecordedByJson(const store::AboutMeVersion& v) {
  json by = {{"id", v.recorded_by.Value()}};
  if (v.recorded_by_name) {
    by["displayName"] = *v.recorded_by_name;
  }
  if (v.recorded_by_role) {
    by["role"] = *v.recorded_by_role;
  }
  if (v.recorded_by_organisation) {
    by["organisation"] = *v.recorded_by_organisation;
  }
  return by;
}

// The attribution of one version: who wrote it, with whom, who recorded it, when, and why.
json AttributionJson(const store::AboutMeVersion& v) {
  return {{"version", v.version},
          {"writtenBy", domain::AboutMeAuthorName(v.written_by)},
          {"writtenWith", OrNull(v.written_with)},
          {"note", OrNull(v.note)},
          {"recordedBy", RecordedByJson(v)},
          {"recordedAt", FormatInstant(v.recorded_at)}};
}

// One version with its content, or the empty document (version 0) when there is none yet.
// `latest` is the current version number.
json DocumentJson(PersonId person, const std::optional<store::AboutMeVersion>& v,
                  std::int64_t latest) {
  if (!v) {
    return {{"personId", person.Value()},
            {"version", 0},
            {"latestVersion", 0},
            {"writtenBy", nullptr},
            {"writtenWith", nullptr},
            {"note", nullptr},
            {"recordedBy", nullptr},
            {"recordedAt", nullptr},
            {"content", domain::AboutMeContentJson(domain::AboutMeContent{})}};
  }
  json out = AttributionJson(*v);
  out["personId"] = person.Value();
  out["latestVersion"] = latest;
  json content = json::parse(v->content, nullptr, /*allow_exceptions=*/false);
  LCN_CHECK(content.is_object());  // written by this API from domain::AboutMeContentJson
  out["content"] = std::move(content);
  return out;
}

// The 409 for an edit of a version that is no longer the current one; nothing was written.
Response StaleVersion(std::int64_t edited, std::int64_t current) {
  return Problem(409, "conflict", "Changed by someone else",
                 "About me was changed since you opened version " + std::to_string(edited) +
                     "; it is now at version " + std::to_string(current) +
                     ". Nothing was saved: reload it and make your change again",
                 {{"yourVersion", edited}, {"currentVersion", current}});
}

// The body of PUT .../about-me, checked. Throws Error(kBadRequest) with every problem.
store::AboutMeVersion ReadPut(const Request& req, PersonId person, const Call& call) {
  JsonBody body(req.body);
  const auto content = body.Object("content", true);
  const auto written_by = body.String("writtenBy", true);
  const auto written_with = body.String("writtenWith", false);
  const auto note = body.String("note", false);
  const auto version = body.Integer("version", true);
  store::AboutMeVersion v;
  if (content) {
    IssueCollector issues;
    if (const auto read = domain::ReadAboutMeContent(*content, "content", issues)) {
      v.content = domain::AboutMeContentJson(*read).dump();
    }
    for (const FieldIssue& issue : issues.Issues()) {
      body.Invalid(issue.field, issue.message);
    }
  }
  if (written_by) {
    if (const auto author = domain::ParseAboutMeAuthor(*written_by)) {
      v.written_by = *author;
    } else {
      body.Invalid("writtenBy", "must be one of professional, person, carer");
    }
  }
  if (written_with && written_with->size() > kMaxWrittenWith) {
    body.Invalid("writtenWith",
                 "must be at most " + std::to_string(kMaxWrittenWith) + " characters");
  }
  if (note && note->size() > kMaxNote) {
    body.Invalid("note", "must be at most " + std::to_string(kMaxNote) + " characters");
  }
  if (version && *version < 0) {
    body.Invalid("version", "must be the version you edited: 0 when nothing was written yet");
  }
  body.ThrowIfInvalid();
  v.person = person;
  v.version = *version;  // the edited version until the caller adds one
  v.written_with = written_with && !written_with->empty() ? written_with : std::nullopt;
  v.note = note && !note->empty() ? note : std::nullopt;
  v.recorded_by = call.Who().user_id;
  return v;
}

}  // namespace

Response GetAboutMeVocabulary(const Request& /*req*/, const Call& /*call*/) {
  json needs = json::array();
  for (const domain::InformationNeed& need : domain::InformationNeeds()) {
    needs.push_back({{"code", need.code},
                     {"kind", domain::InformationNeedKindName(need.kind)},
                     {"label", need.label}});
  }
  return Json(200, {{"writtenBy", {"professional", "person", "carer"}},
                    {"mayView",
                     {{{"code", "nothing"}, {"label", "Nothing"}},
                      {{"code", "plan_only"}, {"label", "The care and support plan"}},
                      {{"code", "plan_and_appointments"}, {"label", "The plan and appointments"}},
                      {{"code", "everything"}, {"label", "Everything the person can see"}}}},
                    {"communicationNeeds", needs}});
}

Response GetAboutMe(const Request& req, const Call& call) {
  const PersonId person(PathId(req.path_params.at("id")));
  return WithPersonAccess(call, person, "read-about-me", [&](auto& tx, Micros) {
    const auto current = store::AboutMeRepository(tx).Current(person);
    return Json(200, DocumentJson(person, current, current ? current->version : 0));
  });
}

Response PutAboutMe(const Request& req, const Call& call) {
  const PersonId person(PathId(req.path_params.at("id")));
  store::AboutMeVersion next = ReadPut(req, person, call);
  return WithPersonAccess(call, person, "update-about-me", [&](auto& tx, Micros now) {
    store::AboutMeRepository about_me(tx);
    const std::int64_t edited = next.version;
    const auto current = about_me.Current(person);
    const std::int64_t current_version = current ? current->version : 0;
    if (edited != current_version) {
      return StaleVersion(edited, current_version);
    }
    next.version = edited + 1;
    next.recorded_at = now;
    if (!about_me.Append(next)) {  // someone wrote the same version a moment ago
      const auto newer = about_me.Current(person);
      return StaleVersion(edited, newer ? newer->version : edited + 1);
    }
    return Json(200, DocumentJson(person, about_me.Find(person, next.version), next.version));
  });
}

Response ListAboutMeVersions(const Request& req, const Call& call) {
  const PersonId person(PathId(req.path_params.at("id")));
  return WithPersonAccess(call, person, "read-about-me", [&](auto& tx, Micros) {
    json versions = json::array();
    for (const store::AboutMeVersion& v : store::AboutMeRepository(tx).Versions(person)) {
      versions.push_back(AttributionJson(v));
    }
    return Json(200, {{"personId", person.Value()}, {"versions", versions}});
  });
}

Response GetAboutMeVersion(const Request& req, const Call& call) {
  const PersonId person(PathId(req.path_params.at("id")));
  const std::int64_t version = PathId(req.path_params.at("version"));
  return WithPersonAccess(call, person, "read-about-me", [&](auto& tx, Micros) {
    store::AboutMeRepository about_me(tx);
    const auto v = about_me.Find(person, version);
    if (!v) {
      return Problem(404, "not-found", "Not found", "no such version of About me");
    }
    return Json(200, DocumentJson(person, v, about_me.Current(person)->version));
  });
}

}  // namespace lcn::api::handlers
