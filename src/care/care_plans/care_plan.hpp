// SPDX-License-Identifier: Apache-2.0
//
// The personalised care and support plan as a value (docs/care-coordination.md): the person's
// needs (in the holistic assessment's domains), their goals in their own words, the actions
// towards them (each with an owner: the person, a carer, a member of staff, a team or an
// organisation; a due date and a status), a contingency (crisis) plan, who agreed it and how,
// and the review date. Also its strict reading from JSON (unknown keys and values refused with
// the element path, e.g. "content.actions[2].owner.kind") and its canonical JSON, which is what
// is stored and returned, so a client can send back what it read. Pure; thread-compatible.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "core/time_format.hpp"

namespace lcn::domain {

// The domains of the holistic assessment (data/questionnaires/holistic.json), by its linkIds,
// and "other".
enum class NeedDomain {
  kPhysicalHealth,
  kEmotionalWellbeing,
  kHousing,
  kMoney,
  kWork,
  kLoneliness,
  kCaring,
  kSafety,
  kMobility,
  kOther,
};

enum class OwnerKind { kPerson, kCarer, kUser, kTeam, kOrganisation };

enum class ActionStatus { kPlanned, kInProgress, kDone, kCancelled };

enum class AgreedWith { kNotYetAgreed, kPerson, kCarer, kPersonAndCarer };

enum class AgreedHow { kFaceToFace, kPhone, kVideo, kLetter };

enum class CarePlanStatus { kDraft, kAgreed };

std::string_view NeedDomainName(NeedDomain d);
[[nodiscard]] std::optional<NeedDomain> ParseNeedDomain(std::string_view s);
// "Physical health", "Mobility and daily living" ... as the holistic assessment titles them.
std::string_view NeedDomainLabel(NeedDomain d);
std::string_view OwnerKindName(OwnerKind k);
[[nodiscard]] std::optional<OwnerKind> ParseOwnerKind(std::string_view s);
std::string_view ActionStatusName(ActionStatus s);
[[nodiscard]] std::optional<ActionStatus> ParseActionStatus(std::string_view s);
std::string_view AgreedWithName(AgreedWith a);
[[nodiscard]] std::optional<AgreedWith> ParseAgreedWith(std::string_view s);
std::string_view AgreedHowName(AgreedHow h);
[[nodiscard]] std::optional<AgreedHow> ParseAgreedHow(std::string_view s);
std::string_view CarePlanStatusName(CarePlanStatus s);
[[nodiscard]] std::optional<CarePlanStatus> ParseCarePlanStatus(std::string_view s);

// The wire names of each vocabulary, in order (for messages and vocabulary lists).
std::vector<std::string> NeedDomainNames();
std::vector<std::string> OwnerKindNames();
std::vector<std::string> ActionStatusNames();
std::vector<std::string> AgreedWithNames();
std::vector<std::string> AgreedHowNames();
std::vector<std::string> CarePlanStatusNames();

// A vocabulary entry: its wire name and its label in plain English.
struct Term {
  std::string code;
  std::string label;
};

// Every vocabulary of the plan, in order, with labels (GET /api/v1/care-plans/vocabulary).
struct CarePlanVocabulary {
  std::vector<Term> need_domains;
  std::vector<Term> action_statuses;
  std::vector<Term> plan_statuses;
  std::vector<Term> agreed_with;
  std::vector<Term> agreed_how;
  std::vector<Term> owner_kinds;
};

CarePlanVocabulary CarePlanTerms();

// Item ids are stable strings the client keeps from version to version (so the difference
// between versions can follow an item); the server gives one to an item that has none.
struct CarePlanNeed {
  std::string id;
  NeedDomain domain = NeedDomain::kOther;
  std::string description;
};

struct CarePlanGoal {
  std::string id;
  std::string in_own_words;  // the person's own words; required
  std::vector<std::string> need_ids;
  std::optional<std::string> measure_of_success;
};

struct ActionOwner {
  OwnerKind kind = OwnerKind::kPerson;
  std::optional<std::int64_t> id;   // the user, team or organisation; none for person and carer
  std::optional<std::string> name;  // display; set by the server for user, team, organisation
};

struct CarePlanAction {
  std::string id;
  std::string description;
  std::optional<std::string> goal_id;
  ActionOwner owner;
  std::optional<std::string> due_date;  // YYYY-MM-DD
  ActionStatus status = ActionStatus::kPlanned;
};

// What to do in a crisis, in plain words; each may be empty.
struct Contingency {
  std::string warning_signs;
  std::string what_to_do;
  std::string who_to_contact;
};

struct Agreement {
  AgreedWith with = AgreedWith::kNotYetAgreed;
  std::optional<AgreedHow> how;          // set exactly when agreed
  std::optional<std::string> agreed_on;  // YYYY-MM-DD, set exactly when agreed
};

struct CarePlanContent {
  std::vector<CarePlanNeed> needs;
  std::vector<CarePlanGoal> goals;
  std::vector<CarePlanAction> actions;
  Contingency contingency;
  Agreement agreement;
  std::optional<std::string> review_date;  // YYYY-MM-DD; required once agreed
};

// Limits that keep one plan a readable document.
constexpr std::size_t kMaxCarePlanItems = 100;    // per section
constexpr std::size_t kMaxCarePlanText = 4000;    // characters (bytes) per text field
constexpr std::size_t kMaxCarePlanIdLength = 64;  // letters, digits, '.', '_', '-'

// Reads `value`, found at element path `path` ("content"), strictly: unknown keys, unknown
// vocabulary, wrong types, bad dates, duplicate ids and references to ids that are not in the
// plan each add an issue naming the element path ("content.actions[2].owner.kind"). The rules:
// a goal needs its words; an owner of kind user, team or organisation needs an id (whose
// existence the caller checks); an agreement other than not_yet_agreed needs `how` and
// `agreedOn` (not after `today`), and an agreed plan needs a review date (not before the
// agreement). When `today` is std::nullopt (reading stored versions), dates are not compared
// with it. Items without an id keep an empty one (AssignMissingIds). On issues the returned
// value is partial and must not be used.
[[nodiscard]] CarePlanContent ReadCarePlanContent(const nlohmann::json& value,
                                                  const std::string& path,
                                                  const std::optional<Date>& today,
                                                  IssueCollector& issues);

// Gives each item with an empty id a new one that no earlier version can have used:
// "need-<version>-<n>", "goal-<version>-<n>", "action-<version>-<n>".
void AssignMissingIds(CarePlanContent& content, std::int64_t version);

// The canonical JSON of `content` (camelCase; absent optionals as null). ReadCarePlanContent
// accepts it back unchanged.
[[nodiscard]] nlohmann::json CarePlanContentJson(const CarePlanContent& content);

// Agreed when the agreement names who agreed (not not_yet_agreed); draft otherwise.
[[nodiscard]] CarePlanStatus StatusOf(const CarePlanContent& content);

// An empty plan (no needs, goals or actions; not yet agreed): what "no plan yet" reads as.
[[nodiscard]] CarePlanContent EmptyCarePlan();

}  // namespace lcn::domain
