// SPDX-License-Identifier: Apache-2.0
//
// Tasks and referrals between people, teams and organisations, and the one table of allowed
// changes: requested > accepted, or declined with a reason > in progress > completed; the
// requester may cancel while it is open. Who may make each change is decided here too:
// the assignee accepts, declines, starts and completes; the requester cancels. Pure.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/ids.hpp"
#include "core/vocabulary.hpp"

namespace lcn {

// One task or referral (a row of tasks), from request to completion.
using TaskId = StrongId<struct TaskTag>;

}  // namespace lcn

namespace lcn::domain {

enum class TaskKind { kTask, kReferral };

enum class TaskState { kRequested, kAccepted, kDeclined, kInProgress, kCompleted, kCancelled };

enum class TaskPriority { kRoutine, kSoon, kUrgent };

// The services a referral goes to.
enum class ReferralService {
  kCommunityNursing,
  kAdultSocialCare,
  kMentalHealth,
  kVoluntarySector,
  kSocialPrescribing,
  kOther,
};

enum class TaskActor { kAssignee, kRequester };

// The wire names of each vocabulary, for parsing, messages and schemas (core/vocabulary.hpp).
Vocabulary<TaskKind> TaskKinds();
Vocabulary<TaskState> TaskStates();
// The states a change may name: every state but requested, where each task starts.
Vocabulary<TaskState> TaskChangeStates();
Vocabulary<TaskPriority> TaskPriorities();
Vocabulary<ReferralService> ReferralServices();

std::string_view TaskKindName(TaskKind k);
std::optional<TaskKind> ParseTaskKind(std::string_view s);
std::string_view TaskStateName(TaskState s);
std::optional<TaskState> ParseTaskState(std::string_view s);
std::string_view TaskPriorityName(TaskPriority p);
std::optional<TaskPriority> ParseTaskPriority(std::string_view s);
std::string_view ReferralServiceName(ReferralService s);
std::optional<ReferralService> ParseReferralService(std::string_view s);
// "Community nursing": the words for people (a care team role, a heading).
std::string_view ReferralServiceLabel(ReferralService s);

// The states `actor` may move a task to from `from`.
std::vector<TaskState> AllowedTaskChanges(TaskState from, TaskActor actor);

// True while the task still needs doing (requested, accepted, in progress).
bool IsOpen(TaskState s);

}  // namespace lcn::domain
