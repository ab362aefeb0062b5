// SPDX-License-Identifier: Apache-2.0
//
// care::Notes on both engines: a refused read is audited and committed; a refused or invalid
// note leaves no note and exactly its documented access row; only a note's author may mark it
// as written in error (access to the person was allowed: one allowed row, already audited), and
// a note is marked once.
#include "care/timeline/note_service.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "integration/api_fixture.hpp"
#include "store/run_in_transaction.hpp"

namespace lcn::integration {
namespace {

class NoteServiceTest : public ApiTest {
 protected:
  care::Notes Notes() { return care::Notes(*db_, clock_); }

  // The person's notes, read without the service (no audit row).
  std::vector<store::Note> Stored(std::int64_t person) {
    std::vector<store::Note> notes;
    store::RunInTransaction(*db_, sql::TransactionMode::kReadOnly, [&](auto& tx) {
      notes = store::NoteRepository(tx).ForPerson(PersonId(person));
    });
    return notes;
  }
};

TEST_P(NoteServiceTest, RefusedReadIsAuditedAndCommitted) {
  try {
    (void)Notes().List(Principal("gp.south"), PersonId(ids_.person_north));
    FAIL() << "a GP of another practice read the notes";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kForbidden);
    EXPECT_EQ(e.Kind(), "no-legitimate-relationship");
    EXPECT_TRUE(e.Audited());
  }
  EXPECT_EQ(CountAudit(ids_.person_north, "read-notes", "denied"), 1);
}

TEST_P(NoteServiceTest, RefusedOrInvalidNoteLeavesNoNoteAndItsDocumentedRow) {
  const PersonId doris(ids_.person_north);
  EXPECT_THROW((void)Notes().Add(Principal("gp.south"), doris, "note", "x"), Error);
  EXPECT_EQ(CountAudit(ids_.person_north, "write-note", "denied"), 1);
  try {
    (void)Notes().Add(Principal("gp.north"), doris, "gossip", "x");
    FAIL() << "a note of an unknown kind was written";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kBadRequest);
    ASSERT_EQ(e.Issues().size(), 1u);
    EXPECT_EQ(e.Issues()[0].field, "kind");
  }
  EXPECT_TRUE(Stored(ids_.person_north).empty());
  EXPECT_EQ(CountAudit(ids_.person_north, "write-note", "allowed"), 0);  // refused before access
}

TEST_P(NoteServiceTest, OnlyTheAuthorMarksANoteInErrorAndOnlyOnce) {
  const PersonId doris(ids_.person_north);
  const auto gp = Principal("gp.north");
  const auto note = Notes().Add(gp, doris, "phone_call", "Spoke to her daughter");
  try {
    (void)Notes().MarkInError(Principal("coordinator.north"), doris, note.id, "not mine");
    FAIL() << "someone else's note was marked in error";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kForbidden);
    EXPECT_EQ(e.Kind(), "not-the-author");
    EXPECT_TRUE(e.Audited());  // the access row below is the record; no refusal row follows
  }
  EXPECT_FALSE(Stored(ids_.person_north)[0].in_error_at.has_value());
  EXPECT_EQ(CountAudit(ids_.person_north, "note-in-error", "allowed"), 1);
  EXPECT_EQ(CountAudit(ids_.person_north, "note-in-error", "denied"), 0);

  const auto marked = Notes().MarkInError(gp, doris, note.id, "wrong record");
  EXPECT_TRUE(marked.in_error_at.has_value());
  EXPECT_EQ(marked.in_error_reason, "wrong record");
  try {
    (void)Notes().MarkInError(gp, doris, note.id, "again");
    FAIL() << "a note was marked in error twice";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kConflict);
  }
  EXPECT_EQ(Stored(ids_.person_north)[0].in_error_reason, "wrong record");
  try {
    (void)Notes().MarkInError(gp, doris, note.id + 1000, "x");
    FAIL() << "a note that does not exist was marked";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kNotFound);
  }
}

INSTANTIATE_TEST_SUITE_P(Engines, NoteServiceTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
