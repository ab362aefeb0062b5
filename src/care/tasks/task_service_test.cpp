// SPDX-License-Identifier: Apache-2.0
//
// The task service on both engines: a refused read of a person's tasks, and a stranger's read of
// one task, are audited and committed; a refused or invalid request leaves no task and exactly
// its access row; the state machine that moved out of the handlers refuses a change the caller
// may not make and writes nothing; accepting a referral commits the change, its audit row and
// the new care-team member together.
#include "care/tasks/task_service.hpp"

#include <gtest/gtest.h>

#include "care/care_team/care_team_repository.hpp"
#include "integration/api_fixture.hpp"
#include "store/run_in_transaction.hpp"

namespace lcn::integration {
namespace {

using domain::TaskState;

class TaskServiceTest : public ApiTest {
 protected:
  care::Tasks Tasks() { return care::Tasks(*db_, clock_); }

  store::Task Referral() {
    store::Task t;
    t.kind = domain::TaskKind::kReferral;
    t.service = domain::ReferralService::kAdultSocialCare;
    t.title = "Care needs assessment";
    t.assignee_organisation = OrganisationId(ids_.council);
    return t;
  }

  TaskId Refer() {
    return Tasks().Create(Principal("gp.north"), PersonId(ids_.person_north), Referral()).task.id;
  }

  static care::TaskChange To(TaskState state, std::int64_t version) {
    care::TaskChange change;
    change.to = state;
    change.version = version;
    return change;
  }

  // Read without the service (no audit row).
  std::vector<store::Task> StoredTasks() {
    std::vector<store::Task> tasks;
    store::RunInTransaction(*db_, sql::TransactionMode::kReadOnly, [&](auto& tx) {
      tasks = store::TaskRepository(tx).ForPerson(PersonId(ids_.person_north));
    });
    return tasks;
  }

  std::size_t CareTeamSize() {
    std::size_t n = 0;
    store::RunInTransaction(*db_, sql::TransactionMode::kReadOnly, [&](auto& tx) {
      n = store::CareTeamRepository(tx).Members(PersonId(ids_.person_north), true).size();
    });
    return n;
  }
};

TEST_P(TaskServiceTest, RefusedReadOfAPersonsTasksIsAuditedAndCommitted) {
  try {
    (void)Tasks().ForPerson(Principal("gp.south"), PersonId(ids_.person_north));
    FAIL() << "a GP of another practice read the tasks";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kForbidden);
    EXPECT_EQ(e.Kind(), "no-legitimate-relationship");
    EXPECT_TRUE(e.Audited());
  }
  EXPECT_EQ(CountAudit(ids_.person_north, "read-tasks", "denied"), 1);
  EXPECT_EQ(CountAudit(ids_.person_north, "read-tasks", "allowed"), 0);
}

TEST_P(TaskServiceTest, AStrangersReadOfATaskIsRefusedAndTheRefusalCommitted) {
  const TaskId id = Refer();
  try {
    (void)Tasks().Get(Principal("gp.south"), id);
    FAIL() << "a stranger read the task";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kForbidden);
    EXPECT_EQ(e.Kind(), "not-your-task");
  }
  EXPECT_EQ(CountAudit(ids_.person_north, "read-task", "denied"), 1);
  // The assignee sees it without a relationship with the person, and without an access row.
  const auto seen = Tasks().Get(Principal("social.worker"), id);
  EXPECT_EQ(seen.task.id, id);
  EXPECT_EQ(seen.allowed, (std::vector<TaskState>{TaskState::kAccepted, TaskState::kDeclined}));
  EXPECT_EQ(CountAudit(ids_.person_north, "read-task", "allowed"), 0);
}

TEST_P(TaskServiceTest, RefusedCreateLeavesNoTaskAndItsRefusalRow) {
  EXPECT_THROW((void)Tasks().Create(Principal("gp.south"), PersonId(ids_.person_north), Referral()),
               Error);
  EXPECT_TRUE(StoredTasks().empty());
  EXPECT_EQ(CountAudit(ids_.person_north, "create-task", "denied"), 1);
  EXPECT_EQ(CountAudit(ids_.person_north, "create-task", "allowed"), 0);
}

TEST_P(TaskServiceTest, InvalidAssigneeLeavesNoTaskAndOneAllowedRow) {
  store::Task task = Referral();
  task.assignee_organisation.reset();
  task.assignee_user = UserId(999999);
  try {
    (void)Tasks().Create(Principal("gp.north"), PersonId(ids_.person_north), task);
    FAIL() << "a task for nobody was created";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kBadRequest);
    ASSERT_EQ(e.Issues().size(), 1U);
    EXPECT_EQ(e.Issues()[0].field, "assigneeUserId");
  }
  EXPECT_TRUE(StoredTasks().empty());
  EXPECT_EQ(CountAudit(ids_.person_north, "create-task", "allowed"), 1);
  EXPECT_EQ(CountAudit(ids_.person_north, "create-task", "denied"), 0);
}

TEST_P(TaskServiceTest, AChangeTheCallerMayNotMakeIsRefusedAndWritesNothing) {
  const TaskId id = Refer();
  // The requester cannot accept their own referral: only cancel it.
  try {
    (void)Tasks().ChangeState(Principal("gp.north"), id, To(TaskState::kAccepted, 1));
    FAIL() << "the requester accepted the referral";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kConflict);
    EXPECT_EQ(e.Kind(), "illegal-change");
    ASSERT_EQ(e.Facts().size(), 2U);
    EXPECT_EQ(e.Facts()[0].name, "from");
    EXPECT_EQ(e.Facts()[0].text, "requested");
    EXPECT_EQ(e.Facts()[1].name, "allowed");
    EXPECT_EQ(e.Facts()[1].texts, std::vector<std::string>{"cancelled"});
  }
  // A stranger may not change it at all.
  try {
    (void)Tasks().ChangeState(Principal("gp.south"), id, To(TaskState::kAccepted, 1));
    FAIL() << "a stranger accepted the referral";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kForbidden);
    EXPECT_EQ(e.Kind(), "not-your-task");
  }
  const auto stored = StoredTasks();
  ASSERT_EQ(stored.size(), 1U);
  EXPECT_EQ(stored[0].state, TaskState::kRequested);
  EXPECT_EQ(stored[0].version, 1);
  EXPECT_EQ(CountAudit(ids_.person_north, "task-accepted", "allowed"), 0);
  EXPECT_EQ(CareTeamSize(), 0U);
}

TEST_P(TaskServiceTest, AcceptingAReferralCommitsTheChangeItsRowAndTheCareTeamMember) {
  const TaskId id = Refer();
  const auto social = Principal("social.worker");
  const auto accepted = Tasks().ChangeState(social, id, To(TaskState::kAccepted, 1));
  EXPECT_EQ(accepted.task.state, TaskState::kAccepted);
  EXPECT_EQ(accepted.task.version, 2);
  EXPECT_EQ(CountAudit(ids_.person_north, "task-accepted", "allowed"), 1);
  EXPECT_EQ(CareTeamSize(), 1U);
  // A stale change writes nothing more.
  EXPECT_THROW((void)Tasks().ChangeState(social, id, To(TaskState::kInProgress, 1)), Error);
  EXPECT_EQ(StoredTasks()[0].state, TaskState::kAccepted);
  EXPECT_EQ(CountAudit(ids_.person_north, "task-in_progress", "allowed"), 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, TaskServiceTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
