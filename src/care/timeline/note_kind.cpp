// SPDX-License-Identifier: Apache-2.0
#include "care/timeline/note_kind.hpp"

#include "domain/name_table.hpp"

namespace lcn::domain {
namespace {

constexpr NameTable<NoteKind, 6> kKinds = {{{NoteKind::kNote, "note"},
                                            {NoteKind::kPhoneCall, "phone_call"},
                                            {NoteKind::kHomeVisit, "home_visit"},
                                            {NoteKind::kClinicVisit, "clinic_visit"},
                                            {NoteKind::kMessage, "message"},
                                            {NoteKind::kMeeting, "meeting"}}};

// The words for people (x-enumDescriptions in the wire contract).
constexpr NameTable<NoteKind, 6> kKindsLabels = {{{NoteKind::kNote, "Note"},
                                                  {NoteKind::kPhoneCall, "Phone call"},
                                                  {NoteKind::kHomeVisit, "Home visit"},
                                                  {NoteKind::kClinicVisit, "Clinic visit"},
                                                  {NoteKind::kMessage, "Message"},
                                                  {NoteKind::kMeeting, "Meeting"}}};
static_assert(Vocabulary<NoteKind>(kKinds, kKindsLabels).LabelsMatch());

}  // namespace

Vocabulary<NoteKind> NoteKinds() {
  return {kKinds, kKindsLabels};
}

}  // namespace lcn::domain
