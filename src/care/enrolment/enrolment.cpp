// SPDX-License-Identifier: Apache-2.0
#include "care/enrolment/enrolment.hpp"

#include "domain/name_table.hpp"

namespace lcn::domain {
namespace {

using S = EnrolmentState;

constexpr NameTable<S, 5> kStates = {{{S::kIdentified, "identified"},
                                      {S::kInvited, "invited"},
                                      {S::kEnrolled, "enrolled"},
                                      {S::kDeclined, "declined"},
                                      {S::kClosed, "closed"}}};

constexpr NameTable<AgreementMethod, 3> kMethods = {{{AgreementMethod::kVerbal, "verbal"},
                                                     {AgreementMethod::kWritten, "written"},
                                                     {AgreementMethod::kByCarer, "by_carer"}}};

constexpr NameTable<ClosureReason, 4> kClosures = {
    {{ClosureReason::kMoved, "moved"},
     {ClosureReason::kDied, "died"},
     {ClosureReason::kNoLongerNeeded, "no_longer_needed"},
     {ClosureReason::kOther, "other"}}};

// The words for people (x-enumDescriptions in the wire contract).
constexpr NameTable<EnrolmentState, 5> kStatesLabels = {
    {{EnrolmentState::kIdentified, "Identified"},
     {EnrolmentState::kInvited, "Invited"},
     {EnrolmentState::kEnrolled, "Enrolled"},
     {EnrolmentState::kDeclined, "Declined"},
     {EnrolmentState::kClosed, "Closed"}}};
static_assert(Vocabulary<EnrolmentState>(kStates, kStatesLabels).LabelsMatch());

// The words for people (x-enumDescriptions in the wire contract).
constexpr NameTable<AgreementMethod, 3> kMethodsLabels = {
    {{AgreementMethod::kVerbal, "Verbally"},
     {AgreementMethod::kWritten, "In writing"},
     {AgreementMethod::kByCarer, "By their carer"}}};
static_assert(Vocabulary<AgreementMethod>(kMethods, kMethodsLabels).LabelsMatch());

// The words for people (x-enumDescriptions in the wire contract).
constexpr NameTable<ClosureReason, 4> kClosuresLabels = {
    {{ClosureReason::kMoved, "Moved away"},
     {ClosureReason::kDied, "Died"},
     {ClosureReason::kNoLongerNeeded, "No longer needed"},
     {ClosureReason::kOther, "Other"}}};
static_assert(Vocabulary<ClosureReason>(kClosures, kClosuresLabels).LabelsMatch());

}  // namespace

std::string_view EnrolmentStateName(EnrolmentState state) {
  return NameOf(kStates, state);
}

std::optional<EnrolmentState> ParseEnrolmentState(std::string_view name) {
  return ParseName(kStates, name);
}

Vocabulary<EnrolmentState> EnrolmentStates() {
  return {kStates, kStatesLabels};
}

Vocabulary<AgreementMethod> AgreementMethods() {
  return {kMethods, kMethodsLabels};
}

Vocabulary<ClosureReason> ClosureReasons() {
  return {kClosures, kClosuresLabels};
}

std::vector<EnrolmentState> AllowedEnrolmentChanges(std::optional<EnrolmentState> from) {
  if (!from) {
    return {S::kIdentified, S::kInvited};
  }
  switch (*from) {
    case S::kIdentified:
      return {S::kInvited, S::kDeclined, S::kClosed};
    case S::kInvited:
      return {S::kEnrolled, S::kDeclined, S::kClosed};
    case S::kEnrolled:
      return {S::kClosed};
    case S::kDeclined:
      return {S::kIdentified, S::kInvited, S::kClosed};
    case S::kClosed:
      return {S::kIdentified, S::kInvited};
  }
  return {};
}

std::string_view AgreementMethodName(AgreementMethod method) {
  return NameOf(kMethods, method);
}

std::optional<AgreementMethod> ParseAgreementMethod(std::string_view name) {
  return ParseName(kMethods, name);
}

std::string_view ClosureReasonName(ClosureReason reason) {
  return NameOf(kClosures, reason);
}

std::optional<ClosureReason> ParseClosureReason(std::string_view name) {
  return ParseName(kClosures, name);
}

bool LeadMayChangeIn(EnrolmentState state) {
  return state == EnrolmentState::kIdentified || state == EnrolmentState::kInvited ||
         state == EnrolmentState::kEnrolled;
}

}  // namespace lcn::domain
