// SPDX-License-Identifier: Apache-2.0
//
// The kinds of note the care team writes about a person (a plain note, a phone call, a home or
// clinic visit, a message, a meeting), as stored and sent. Pure; thread-safe.
#pragma once

#include <string_view>

#include "core/vocabulary.hpp"

namespace lcn::domain {

enum class NoteKind { kNote, kPhoneCall, kHomeVisit, kClinicVisit, kMessage, kMeeting };

// The name table as a vocabulary (for "must be one of" messages and the wire contract).
Vocabulary<NoteKind> NoteKinds();

}  // namespace lcn::domain
