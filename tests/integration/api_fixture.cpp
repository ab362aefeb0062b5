// SPDX-License-Identifier: Apache-2.0
#include "integration/api_fixture.hpp"

#include "app/capabilities.hpp"
#include "casefinding/definitions/definitions.hpp"
#include "crypto/crypto.hpp"
#include "integration/contract_check.hpp"
#include "sql/migrator.hpp"
#include "store/area_repository.hpp"
#include "store/organisation_repository.hpp"
#include "store/person_repository.hpp"
#include "store/run_in_transaction.hpp"
#include "store/user_repository.hpp"

namespace lcn::integration {
namespace {

using domain::AreaKind;
using domain::OrganisationKind;
using domain::Role;

}  // namespace

std::string ParamName(const ::testing::TestParamInfo<test::Backend>& info) {
  return test::BackendName(info.param);
}

void ApiTest::SetUp() {
  if (GetParam() == test::Backend::kPostgres && !test::PostgresAvailable()) {
    GTEST_SKIP() << "LCN_TEST_POSTGRES_URL is not set";
  }
  crypto::Initialise();
  config_.auth.fast_password_hashing = true;
  db_ = test::MakeTestDatabase(GetParam());
  sql::ApplyMigrations(*db_, clock_, app::AllMigrations());
  const std::string hash = crypto::HashPassword(kPassword, crypto::HashCost::kMinimal);
  const Micros now = clock_.Now();
  store::RunInTransaction(*db_, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    store::AreaRepository areas(tx);
    auto area = [&](AreaKind kind, std::string code, std::string name,
                    std::optional<AreaId> parent) {
      domain::Area a;
      a.kind = kind;
      a.code = std::move(code);
      a.name = std::move(name);
      a.parent_id = parent;
      return areas.Insert(a, now);
    };
    const AreaId system = area(AreaKind::kSystem, "sel", "South East London", std::nullopt);
    const AreaId place = area(AreaKind::kPlace, "southwark", "Southwark", system);
    const AreaId north = area(AreaKind::kNetwork, "north", "North", place);
    const AreaId south = area(AreaKind::kNetwork, "south", "South", place);
    const AreaId hood = area(AreaKind::kNeighbourhood, "bermondsey", "Bermondsey", north);
    store::OrganisationRepository orgs(tx);
    auto org = [&](OrganisationKind kind, std::optional<std::string> ods, std::string name,
                   AreaId aligned_to, std::optional<std::int64_t> list) {
      domain::Organisation o;
      o.kind = kind;
      o.ods_code = std::move(ods);
      o.name = std::move(name);
      o.area_id = aligned_to;
      o.list_size = list;
      return orgs.Insert(o, now);
    };
    const auto practice_north =
        org(OrganisationKind::kGpPractice, "G0001", "North Practice", hood, 12000);
    const auto practice_south =
        org(OrganisationKind::kGpPractice, "G0002", "South Practice", south, 8000);
    const auto federation =
        org(OrganisationKind::kGpFederation, std::nullopt, "North Federation", north, std::nullopt);
    const auto council =
        org(OrganisationKind::kAdultSocialCare, std::nullopt, "Council ASC", place, std::nullopt);
    store::UserRepository users(tx);
    auto user = [&](const std::string& name, Role role, OrganisationId o) {
      domain::User u;
      u.username = name;
      u.display_name = name;
      u.role = role;
      u.organisation_id = o;
      u.password_hash = hash;
      return users.Insert(u, now);
    };
    user("gp.north", Role::kGp, practice_north);
    user("gp.south", Role::kGp, practice_south);
    user("coordinator.north", Role::kCareCoordinator, federation);
    user("social.worker", Role::kSocialWorker, council);
    user("analyst", Role::kAnalyst, council);
    user("privacy", Role::kPrivacyOfficer, council);
    user("admin", Role::kAdministrator, council);
    store::PersonRepository people(tx);
    domain::Person p;
    p.nhs_number = "9990000018";
    p.given_name = "Doris";
    p.family_name = "Jones";
    p.birth_date = "1938-04-12";
    p.sex = domain::Sex::kFemale;
    p.practice_id = practice_north;
    ids_.person_north = people.Insert(p, now).Value();
    p.nhs_number = "9990000026";
    p.given_name = "Winston";
    p.family_name = "Clarke";
    p.birth_date = "1944-09-30";
    p.sex = domain::Sex::kMale;
    p.practice_id = practice_south;
    ids_.person_south = people.Insert(p, now).Value();
    p.nhs_number = "9990000034";
    p.given_name = "Mary";
    p.family_name = "Jones";
    p.birth_date = "1938-04-12";
    p.sex = domain::Sex::kFemale;
    p.practice_id = practice_south;  // same name and birth date as Doris, other network
    people.Insert(p, now);
    ids_.network_north = north.Value();
    ids_.network_south = south.Value();
    ids_.neighbourhood_north = hood.Value();
    ids_.practice_north = practice_north.Value();
    ids_.practice_south = practice_south.Value();
    ids_.federation_north = federation.Value();
    ids_.council = council.Value();
  });
  sessions_ = std::make_unique<auth::SessionService>(*db_, clock_, config_.auth);
  findings_ = std::make_unique<findings::FindingsService>(
      *db_, clock_, casefinding::DefaultDefinitions(), "cms37");
  findings_->Load();
  services_ = std::make_unique<api::ServiceContext>(
      api::ServiceContext{*db_, clock_, config_, *sessions_, *findings_});
  router_ = std::make_unique<api::Router>(app::AllRoutes("test"), *services_);
}

api::Response ApiTest::Send(api::Method method, const std::string& path, const std::string& body,
                            const Session* session, std::map<std::string, std::string> query) {
  api::Request req;
  req.method = method;
  req.path = path;
  req.body = body;
  req.query = std::move(query);
  if (session != nullptr) {
    req.headers["cookie"] = session->cookie;
    req.headers["x-csrf-token"] = session->csrf;
  }
  api::Response response = router_->Dispatch(req);
  // Every exchange of every API test keeps the wire contract (docs/api.md).
  for (const auto& violation : ContractViolations(router_->Routes(), req, response)) {
    ADD_FAILURE() << "wire contract: " << violation;
  }
  return response;
}

Session ApiTest::SignIn(const std::string& username) {
  const auto r = Send(api::Method::kPost, "/api/v1/session",
                      nlohmann::json{{"username", username}, {"password", kPassword}}.dump());
  EXPECT_EQ(r.status, 200) << r.body;
  Session s;
  const auto cookie = r.headers.find("Set-Cookie");
  if (cookie != r.headers.end()) {
    s.cookie = cookie->second.substr(0, cookie->second.find(';'));
  }
  if (r.status == 200) {
    s.csrf = Body(r)["csrfToken"].get<std::string>();
  }
  return s;
}

auth::Principal ApiTest::Principal(const std::string& username) {
  const Session s = SignIn(username);
  const auto principal = sessions_->Authenticate(s.cookie.substr(s.cookie.find('=') + 1));
  EXPECT_TRUE(principal.has_value());
  return principal.value_or(auth::Principal{});
}

int ApiTest::CountAudit(std::int64_t person, const std::string& action,
                        const std::string& outcome) {
  int n = 0;
  store::RunInTransaction(*db_, sql::TransactionMode::kReadOnly, [&](auto& tx) {
    tx.Query(
        "SELECT COUNT(*) AS n FROM audit_events WHERE person_id = ${p} AND action = ${a} AND "
        "outcome = ${o}",
        {{"p", person}, {"a", action}, {"o", outcome}},
        [&](const sql::Row& r) { n = static_cast<int>(r.Int("n")); });
  });
  return n;
}

}  // namespace lcn::integration
