// SPDX-License-Identifier: Apache-2.0
#include "care/timeline/timeline_schemas.hpp"

#include "care/timeline/note_kind.hpp"

namespace lcn::api {

using namespace schema;  // NOLINT(google-build-using-namespace): the schema vocabulary

namespace {

Schema NullableText() {
  return Nullable(String());
}

Schema Kind() {
  return Named("NoteKind", Enum(domain::NoteKinds()));
}

}  // namespace

Schema TimelinePageSchema() {
  const Schema entry = Named(
      "TimelineEntry",
      Object({Prop("at", Instant()),
              Prop("type", Describe(String(),
                                    "where the entry comes from: one of the page's "
                                    "types (assessment, care_plan, note, ...)")),
              Prop("event", String()),
              Prop("refId", Describe(Integer(), "the id of the entry's record in its own kind")),
              Prop("title", String()), Prop("detail", NullableText()), Prop("by", NullableText()),
              Prop("inError", Boolean())}));
  return Named(
      "TimelinePage",
      Object({Prop("personId", Id()), Prop("entries", Array(entry)), Prop("offset", Integer()),
              Prop("limit", Integer()), Prop("hasMore", Boolean()),
              Prop("types",
                   Describe(Array(Named("TimelineType",
                                        Object({Prop("code", String()), Prop("label", String()),
                                                Prop("plural", String())}))),
                            "every type the timeline knows, with the words for one entry "
                            "(label) and for a filter choice (plural)"))}));
}

Schema NoteSchema() {
  return Named(
      "Note",
      Object({Prop("id", Id()), Prop("kind", Kind()), Prop("text", String()),
              Prop("writtenBy", String()), Prop("writtenByUserId", Id()),
              Prop("writtenAt", Instant()), Prop("inError", Boolean()),
              Opt("enteredInError",
                  Named("NoteInError", Object({Prop("by", NullableText()), Prop("at", Instant()),
                                               Prop("reason", NullableText())})))}));
}

Schema NoteListSchema() {
  return Named("NoteList", Object({Prop("personId", Id()),
                                   Prop("notes", Describe(Array(NoteSchema()), "newest first"))}));
}

Schema NoteAddSchema() {
  return Named("NoteAdd", Object({Opt("kind", Describe(Nullable(Kind()), "default note")),
                                  Prop("text", String())}));
}

Schema NoteInErrorSchema() {
  return Named("NoteInErrorMark", Object({Prop("reason", String())}));
}

}  // namespace lcn::api
