// SPDX-License-Identifier: Apache-2.0
//
// Enrolment in care coordination: the states a person found by case finding goes through and
// the one table of allowed changes. identified > invited > enrolled (the person's agreement
// recorded) or declined (with a reason); closed (moved, died, no longer needed) from any open
// state; a declined or closed person may be identified or invited again. Enrolled and declined
// people leave worklists. Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/vocabulary.hpp"

namespace lcn::domain {

enum class EnrolmentState { kIdentified, kInvited, kEnrolled, kDeclined, kClosed };

std::string_view EnrolmentStateName(EnrolmentState state);

[[nodiscard]] std::optional<EnrolmentState> ParseEnrolmentState(std::string_view name);

Vocabulary<EnrolmentState> EnrolmentStates();

// The states a person may move to from `from` (std::nullopt: not yet in care coordination).
std::vector<EnrolmentState> AllowedEnrolmentChanges(std::optional<EnrolmentState> from);

// True when a person in `state` may be given a new lead professional without a change of
// state (identified, invited, enrolled; not once declined or closed).
bool LeadMayChangeIn(EnrolmentState state);

// How the person's agreement to enrol was given.
enum class AgreementMethod { kVerbal, kWritten, kByCarer };

std::string_view AgreementMethodName(AgreementMethod method);

[[nodiscard]] std::optional<AgreementMethod> ParseAgreementMethod(std::string_view name);

Vocabulary<AgreementMethod> AgreementMethods();

// Why a record was closed.
enum class ClosureReason { kMoved, kDied, kNoLongerNeeded, kOther };

std::string_view ClosureReasonName(ClosureReason reason);

[[nodiscard]] std::optional<ClosureReason> ParseClosureReason(std::string_view name);

Vocabulary<ClosureReason> ClosureReasons();

}  // namespace lcn::domain
