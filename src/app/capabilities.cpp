// SPDX-License-Identifier: Apache-2.0
#include "app/capabilities.hpp"

#include <array>

#include "api/routes.hpp"
#include "care/about_me/about_me_routes.hpp"
#include "care/about_me/about_me_timeline.hpp"
#include "care/assessments/assessment_routes.hpp"
#include "care/assessments/assessment_timeline.hpp"
#include "care/care_plans/care_plan_routes.hpp"
#include "care/care_plans/care_plan_timeline.hpp"
#include "care/care_team/care_team_routes.hpp"
#include "care/care_team/care_team_timeline.hpp"
#include "care/enrolment/enrolment_routes.hpp"
#include "care/enrolment/enrolment_timeline.hpp"
#include "care/mdt/mdt_routes.hpp"
#include "care/mdt/mdt_timeline.hpp"
#include "care/reviews/review_routes.hpp"
#include "care/tasks/task_routes.hpp"
#include "care/tasks/task_timeline.hpp"
#include "care/timeline/note_timeline.hpp"
#include "care/timeline/timeline_routes.hpp"
#include "directory/directory_routes.hpp"
#include "findings/api/casefinding_routes.hpp"
#include "people/people_routes.hpp"

namespace lcn::app {
namespace {

// A capability whose routes need nothing from the registry.
template <std::vector<api::Route> (*kRoutes)()>
std::vector<api::Route> Plain(const Registry& /*registry*/) {
  return kRoutes();
}

std::vector<api::Route> Timeline(const Registry& registry) {
  return api::TimelineRoutes(registry.timeline_sources);
}

// The order is the order of the timeline's types (assessment, about_me, care_plan, task,
// referral, mdt, note, enrolment, care_team) and of the routes in the OpenAPI document.
constexpr std::array kCapabilities = {
    Capability{.name = "directory", .routes = Plain<api::DirectoryRoutes>},
    Capability{.name = "people", .routes = Plain<api::PeopleRoutes>},
    Capability{.name = "findings", .routes = Plain<api::CaseFindingRoutes>},
    Capability{.name = "care/assessments",
               .routes = Plain<api::AssessmentRoutes>,
               .timeline = store::AssessmentTimeline},
    Capability{.name = "care/about_me",
               .routes = Plain<api::AboutMeRoutes>,
               .timeline = store::AboutMeTimeline},
    Capability{.name = "care/care_plans",
               .routes = Plain<api::CarePlanRoutes>,
               .timeline = store::CarePlanTimeline},
    Capability{
        .name = "care/tasks", .routes = Plain<api::TaskRoutes>, .timeline = store::TaskTimeline},
    Capability{.name = "care/mdt", .routes = Plain<api::MdtRoutes>, .timeline = store::MdtTimeline},
    Capability{.name = "care/reviews", .routes = Plain<api::ReviewRoutes>},
    Capability{.name = "care/timeline", .routes = Timeline, .timeline = store::NoteTimeline},
    Capability{.name = "care/enrolment",
               .routes = Plain<api::EnrolmentRoutes>,
               .timeline = store::EnrolmentTimeline},
    Capability{.name = "care/care_team",
               .routes = Plain<api::CareTeamRoutes>,
               .timeline = store::CareTeamTimeline},
};

}  // namespace

std::span<const Capability> Capabilities() {
  return kCapabilities;
}

Registry BuildRegistry() {
  Registry registry;
  for (const Capability& capability : Capabilities()) {
    if (capability.timeline != nullptr) {
      registry.timeline_sources.push_back(capability.timeline());
    }
  }
  return registry;
}

std::vector<api::Route> AllRoutes(const std::string& version) {
  const Registry registry = BuildRegistry();
  std::vector<api::Route> routes = api::PlatformRoutes();
  for (const Capability& capability : Capabilities()) {
    for (api::Route& route : capability.routes(registry)) {
      routes.push_back(std::move(route));
    }
  }
  api::AddOpenApiRoute(routes, version);
  return routes;
}

}  // namespace lcn::app
