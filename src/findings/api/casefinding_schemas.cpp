// SPDX-License-Identifier: Apache-2.0
#include "findings/api/casefinding_schemas.hpp"

#include <string>
#include <utility>

#include "api/common_schemas.hpp"
#include "care/enrolment/enrolment.hpp"
#include "findings/worklist.hpp"

namespace lcn::api {

using namespace schema;  // NOLINT(google-build-using-namespace): the schema vocabulary

namespace {

constexpr int kMaxAge = 130;
constexpr int kMaxAdmissions = 1000;
constexpr int kMaxOffset = 100'000'000;
constexpr int kMaxPage = 500;

Schema NullableText() {
  return Nullable(String());
}

Schema FrailtyCategorySchema() {
  return Named("FrailtyCategory", Enum(findings::FrailtyCategories()));
}

// An eFI category, or null under 65 (not assessed).
Schema FrailtyOrNull() {
  return Describe(Nullable(FrailtyCategorySchema()), "null under 65 (not assessed)");
}

// A cohort or condition of the definitions.
Schema NamedIdSchema() {
  return Named("NamedId", Object({Prop("id", String()), Prop("name", String())}));
}

Schema CountsByCohort() {
  return Describe(MapOf(Integer()), "by cohort id");
}

// Counts per eFI category: {fit, mild, moderate, severe}.
Schema FrailtyCounts() {
  std::vector<Property> props;
  for (const auto name : findings::FrailtyCategories().Names()) {
    props.push_back(Prop(std::string(name), Integer()));
  }
  return Named("FrailtyCounts", Object(props));
}

Schema WorklistItemSchema() {
  const Schema practice =
      Named("WorklistItemPractice",
            Object({Prop("odsCode", String()), Opt("id", Id()), Opt("name", String())}));
  const Schema enrolment =
      Named("WorklistEnrolment",
            Object({Prop("state", Named("EnrolmentState", Enum(domain::EnrolmentStates()))),
                    Prop("leadUserId", Nullable(Id())), Prop("version", Integer())}));
  return Named(
      "WorklistItem",
      Object({Prop("personId", Id()), Prop("practice", practice), Prop("age", Integer()),
              Prop("sex", SexSchema()), Prop("careHome", Boolean()), Prop("ltcCount", Integer()),
              Prop("conditions", Array(String())), Prop("frailty", FrailtyOrNull()),
              Prop("emergencyAdmissions12m", Integer()), Prop("cohorts", Array(String())),
              Prop("efiScore", Nullable(Number())), Prop("efiDeficits", Nullable(Integer())),
              Opt("nhsNumber", NullableText()), Opt("givenName", String()),
              Opt("familyName", String()), Opt("birthDate", Date()),
              Prop("enrolment",
                   Describe(Nullable(enrolment), "identified or invited; null: not started"))}));
}

std::vector<Property> ImportProps() {
  return {Prop("id", Id()),
          Prop("source", String()),
          Prop("importedBy", Nullable(Id())),
          Prop("startedAt", Instant()),
          Prop("finishedAt", Instant()),
          Prop("patientsNew", Integer()),
          Prop("patientsUpdated", Integer()),
          Prop("patientsUnchanged", Integer()),
          Prop("patientsLeft", Integer()),
          Prop("events", Integer()),
          Prop("medications", Integer()),
          Prop("encounters", Integer()),
          Prop("unknownCodeRows", Integer())};
}

}  // namespace

std::vector<ParamDoc> WorklistParams(bool paged) {
  std::vector<ParamDoc> params = {
      {"practiceId", "one practice", false, Id()},
      {"areaId", "the practices of an area (network, neighbourhood, place, system)", false, Id()},
      {"cohort", "a cohort id, e.g. ltc3 (default: any cohort)"},
      {"minAge", "aged at least", false, IntegerBetween(0, kMaxAge)},
      {"maxAge", "aged at most", false, IntegerBetween(0, kMaxAge)},
      {"condition", "has this condition (id in the counted set, e.g. HEF)"},
      {"frailty", "this eFI category or worse", false, FrailtyCategorySchema()},
      {"minAdmissions", "emergency admissions in the last 12 months, at least", false,
       IntegerBetween(0, kMaxAdmissions)},
      {"sort", "conditions (default), frailty, admissions or age", false,
       Named("WorklistSort", Enum(findings::WorklistSorts()))},
      {"order", "desc (default) or asc", false, Enum(std::vector<std::string>{"asc", "desc"})}};
  if (paged) {
    params.push_back({"offset", "skip this many", false, IntegerBetween(0, kMaxOffset)});
    params.push_back(
        {"limit", "at most this many, 1-500 (default 50)", false, IntegerBetween(1, kMaxPage)});
  }
  return params;
}

Schema WorklistPageSchema() {
  return Named("WorklistPage",
               Object({Prop("total", Describe(Integer(), "matching people, before paging")),
                       Prop("items", Array(WorklistItemSchema())),
                       Prop("asOf", Describe(Nullable(Date()),
                                             "the register's date; null before any "
                                             "import")),
                       Prop("definitionsVersion", String()),
                       Prop("practices", Describe(Integer(), "how many practices are in scope"))}));
}

Schema WorklistPracticeListSchema() {
  return ItemsSchema("WorklistPracticeList",
                     Named("WorklistPractice", Object({Prop("id", Id()), Prop("odsCode", String()),
                                                       Prop("name", String())})));
}

Schema CountsReportSchema() {
  const Schema practice = Named(
      "PracticeCounts",
      Object({Prop("odsCode", String()), Prop("id", Nullable(Id())), Prop("name", NullableText()),
              Prop("people", Integer()), Prop("inCohort", CountsByCohort()),
              Prop("toReview", CountsByCohort()), Prop("frailty", FrailtyCounts())}));
  const Schema total =
      Named("CountsTotal", Object({Prop("people", Integer()), Prop("inCohort", CountsByCohort()),
                                   Prop("toReview", CountsByCohort())}));
  return Named("CountsReport", Object({Prop("scope", String()), Prop("asOf", Date()),
                                       Prop("definitionsVersion", String()),
                                       Prop("cohorts", Array(NamedIdSchema())),
                                       Prop("total", total), Prop("practices", Array(practice))}));
}

Schema CaseFindingDefinitionsSchema() {
  const Schema status =
      Named("CaseFindingStatus",
            Object({Prop("loaded", Boolean()), Prop("people", Integer()), Prop("events", Integer()),
                    Prop("asOf", Nullable(Date())), Prop("definitionsVersion", String()),
                    Prop("loadSeconds", Number()), Prop("refreshedPeople", Integer())}));
  return Named(
      "CaseFindingDefinitions",
      Object({Prop("conditions",
                   Describe(Array(NamedIdSchema()), "the counted set, in the definitions' order")),
              Prop("cohorts", Array(NamedIdSchema())),
              Prop("frailtyCategories", Array(FrailtyCategorySchema())), Prop("status", status)}));
}

Schema PersonFindingsSchema() {
  const Schema evidence = Named(
      "Evidence", Object({Prop("source", Enum(std::vector<std::string>{
                                             "event", "medication", "encounter", "demographic"})),
                          Opt("code", Describe(String(), "SNOMED CT")), Opt("date", Date()),
                          Opt("value", Number()), Opt("count", Integer()), Opt("note", String())}));
  const Schema finding = Named(
      "Finding",
      Object({Prop("kind", Enum(std::vector<std::string>{"condition", "deficit", "cohort"})),
              Prop("set", Describe(String(), "the condition set, for conditions")),
              Prop("id", String()), Prop("name", String()), Prop("evidence", Array(evidence))}));
  return Named("PersonFindings",
               Object({Prop("personId", Id()), Prop("asOf", Date()), Prop("conditionSet", String()),
                       Prop("ltcCount", Integer()), Prop("conditions", Array(String())),
                       Prop("efiScore", Nullable(Number())), Prop("frailty", FrailtyOrNull()),
                       Prop("emergencyAdmissions12m", Integer()), Prop("cohorts", Array(String())),
                       Prop("excluded", Boolean()), Prop("excludedBecause", NullableText()),
                       Prop("findings", Array(finding))}));
}

Schema NewEventSchema() {
  return Named("NewEvent", Object({Prop("code", Describe(String(), "a SNOMED CT concept id")),
                                   Prop("date", Describe(String(), "YYYY-MM-DD")),
                                   Opt("value", Nullable(Number()))}));
}

Schema RecordedEventSchema() {
  return Named("RecordedEvent",
               Object({Prop("personId", Id()), Prop("code", String()), Prop("date", String()),
                       Opt("ltcCount", Integer()), Opt("conditions", Array(String())),
                       Opt("cohorts", Array(String())), Opt("frailty", FrailtyOrNull())}));
}

Schema ImportResultSchema() {
  auto props = ImportProps();
  props.push_back(Prop("unknownCodeSample", Describe(Array(String()),
                                                     "some of the codes the "
                                                     "definitions do not know")));
  return Named("ImportResult", Object(props));
}

Schema ImportListSchema() {
  return ItemsSchema("ImportList", Named("ImportRecord", Object(ImportProps())));
}

}  // namespace lcn::api
