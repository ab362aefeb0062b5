// SPDX-License-Identifier: Apache-2.0
//
// BuildDemo: plans everything from the embedded data (pure, outside the transaction), hashes
// the demo password once, then writes areas, organisations, teams, users and people in one
// read-write transaction that first checks that the database is empty.
#include "demo/demo_builder.hpp"

#include "care/mdt/mdt_migrations.hpp"
#include "care/tasks/task_migrations.hpp"
#include "core/error.hpp"
#include "demo/care_homes.hpp"
#include "demo/clinical_histories.hpp"
#include "demo/demo_sources.hpp"
#include "demo/geography.hpp"
#include "demo/mdt_meetings.hpp"
#include "demo/organisations.hpp"
#include "demo/people.hpp"
#include "demo/scaled_people.hpp"
#include "demo/staff.hpp"
#include "extract/day.hpp"
#include "registry/register_import.hpp"
#include "store/area_repository.hpp"
#include "store/organisation_repository.hpp"
#include "store/person_repository.hpp"
#include "store/run_in_transaction.hpp"
#include "store/user_repository.hpp"

namespace lcn::demo {
namespace {

bool AnyArea(sql::Transaction& tx) {
  return !store::AreaRepository(tx).List(std::nullopt).empty();
}

struct DemoPlan {
  GeographyPlan geography;
  std::vector<OrganisationPlan> organisations;
  std::vector<TeamPlan> teams;
  std::vector<PersonPlan> people;  // the story people first
  std::size_t story_people = 0;
};

DemoPlan PlanDemo(const DemoOptions& options) {
  const auto assets = LoadCommunityAssets();
  DemoPlan plan;
  plan.geography = PlanGeography(options.area, LoadPractices());
  plan.organisations =
      PlanStatutoryOrganisations(options.area, plan.geography, LoadTrusts(), assets);
  for (auto& community : PlanCommunityOrganisations(plan.geography, assets)) {
    plan.organisations.push_back(std::move(community));
  }
  plan.teams = PlanTeams(plan.geography);
  plan.people = StoryPeople(plan.geography);
  plan.story_people = plan.people.size();
  auto generated = options.scale > 0 ? GeneratePeopleAtScale(plan.geography, LoadAgeBands(),
                                                             options.seed, options.scale)
                                     : GeneratePeople(plan.geography, LoadAgeBands(), options.seed,
                                                      options.people_per_practice);
  plan.people.reserve(plan.people.size() + generated.size());
  for (auto& person : generated) {
    plan.people.push_back(std::move(person));
  }
  return plan;
}

}  // namespace

DemoSummary BuildDemo(sql::Database& db, const Clock& clock, const DemoOptions& options) {
  if (options.people_per_practice < 0 || options.people_per_practice > kMaxPeoplePerPractice) {
    throw Error(ErrorCode::kBadRequest, "people per practice must be between 0 and " +
                                            std::to_string(kMaxPeoplePerPractice));
  }
  if (options.scale < 0 || options.scale > kMaxScale) {
    throw Error(ErrorCode::kBadRequest,
                "the demo scale must be between 0 and " + std::to_string(kMaxScale));
  }
  const DemoPlan plan = PlanDemo(options);
  // The histories are a pure function of the plan, the seed and the day: made before the
  // transaction so that it stays short.
  extract::Extract histories;
  if (options.clinical) {
    histories = GenerateHistories(plan.people, plan.geography, PlanCareHomes(plan.geography),
                                  options.seed, extract::DayOf(clock.Now()));
  }
  crypto::Initialise();
  const std::string password_hash = crypto::HashPassword(kDemoPassword, options.hash_cost);

  return store::RunInTransaction(db, sql::TransactionMode::kReadWrite, [&](sql::Transaction& tx) {
    if (AnyArea(tx)) {
      throw Error(ErrorCode::kConflict,
                  "the database already holds data; demo data is only loaded into an empty "
                  "database");
    }
    const Micros now = clock.Now();
    store::AreaRepository area_repository(tx);
    store::OrganisationRepository organisation_repository(tx);
    store::TeamRepository team_repository(tx);
    store::UserRepository user_repository(tx);
    store::PersonRepository person_repository(tx);

    const AreaIds areas = InsertAreas(area_repository, plan.geography, now);
    const OrganisationIds organisations =
        InsertOrganisations(organisation_repository, plan.organisations, areas, now);
    const TeamIds teams = InsertTeams(team_repository, plan.teams, organisations, areas, now);

    DemoSummary summary;
    summary.systems = plan.geography.Count(domain::AreaKind::kSystem);
    summary.places = plan.geography.Count(domain::AreaKind::kPlace);
    summary.networks = plan.geography.Count(domain::AreaKind::kNetwork);
    summary.neighbourhoods = plan.geography.Count(domain::AreaKind::kNeighbourhood);
    summary.organisations = static_cast<int>(organisations.by_name.size());
    summary.teams = static_cast<int>(teams.size());
    summary.users = InsertUsers(user_repository, team_repository, options.area, password_hash,
                                organisations, teams, now);
    ScheduleDemoMdtMeetings(tx, now);
    if (!options.clinical) {
      summary.people = InsertPeople(person_repository, plan.people, organisations, now);
      return summary;
    }
    // The story people keep their fixed identities; the register import matches them by NHS
    // number and creates everyone else in bulk, names included.
    const std::vector<PersonPlan> story(
        plan.people.begin(), plan.people.begin() + static_cast<std::ptrdiff_t>(plan.story_people));
    InsertPeople(person_repository, story, organisations, now);
    registry::ImportOptions import;
    import.source = "demo (seed " + std::to_string(options.seed) + ")";
    import.partial = true;
    registry::ImportInto(tx, clock, histories, import);
    summary.people = static_cast<int>(plan.people.size());
    return summary;
  });
}

std::vector<sql::MigrationFiles> DemoMigrations() {
  return {sql::PlatformMigrations(), care::TaskMigrations(), care::MdtMigrations()};
}

bool HasData(sql::Database& db) {
  return store::RunInTransaction(db, sql::TransactionMode::kReadOnly, AnyArea);
}

}  // namespace lcn::demo
