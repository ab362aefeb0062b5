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

}  // namespace

Vocabulary<NoteKind> NoteKinds() {
  return kKinds;
}

}  // namespace lcn::domain
