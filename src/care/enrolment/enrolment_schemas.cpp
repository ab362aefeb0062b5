// SPDX-License-Identifier: Apache-2.0
#include "care/enrolment/enrolment_schemas.hpp"

#include "api/common_schemas.hpp"
#include "care/enrolment/enrolment.hpp"

namespace lcn::api {

using namespace schema;  // NOLINT(google-build-using-namespace): the schema vocabulary

namespace {

Schema State() {
  return Named("EnrolmentState", Enum(domain::EnrolmentStates()));
}

Schema Agreement() {
  return Nullable(Named("AgreementMethod", Enum(domain::AgreementMethods())));
}

Schema ClosureReason() {
  return Named("ClosureReason", Enum(domain::ClosureReasons()));
}

}  // namespace

Schema EnrolmentChangeSchema() {
  return Named("EnrolmentUpdate",
               Object({Prop("state", State()),
                       Opt("reason", Describe(Nullable(AnyOf({ClosureReason(), String()})),
                                              "why: required to decline or close; to close, a "
                                              "ClosureReason")),
                       Opt("agreement", Agreement()), Opt("leadUserId", Nullable(Id())),
                       Opt("version", Nullable(Integer()))}));
}

Schema EnrolmentSchema() {
  const Schema staff = Nullable(StaffRefSchema());
  const Schema event =
      Named("EnrolmentChange",
            Object({Prop("from", Nullable(State())), Prop("to", State()),
                    Prop("reason", Nullable(String())), Prop("agreement", Agreement()),
                    Prop("leadUserId", Nullable(Id())), Prop("lead", staff),
                    Prop("changedBy", Nullable(String())), Prop("changedAt", Instant())}));
  return Named(
      "Enrolment",
      Object({Prop("personId", Id()), Prop("state", Nullable(State())),
              Prop("allowed", Array(State())), Prop("history", Array(event)),
              Opt("reason", Nullable(String())), Opt("agreement", Agreement()), Opt("lead", staff),
              Opt("changedBy", staff), Opt("changedAt", Instant()), Opt("version", Integer())}));
}

}  // namespace lcn::api
