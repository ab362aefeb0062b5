// SPDX-License-Identifier: Apache-2.0
#include "care/assessments/assessment_author.hpp"

#include "domain/name_table.hpp"

namespace lcn::assessment {
namespace {

constexpr domain::NameTable<AssessmentAuthor, 3> kAuthors = {
    {{AssessmentAuthor::kProfessional, "professional"},
     {AssessmentAuthor::kPerson, "person"},
     {AssessmentAuthor::kCarer, "carer"}}};

// The words for people (x-enumDescriptions in the wire contract).
constexpr domain::NameTable<AssessmentAuthor, 3> kAuthorsLabels = {
    {{AssessmentAuthor::kProfessional, "A professional, asking the questions"},
     {AssessmentAuthor::kPerson, "The person themselves"},
     {AssessmentAuthor::kCarer, "Their carer"}}};
static_assert(Vocabulary<AssessmentAuthor>(kAuthors, kAuthorsLabels).LabelsMatch());

}  // namespace

Vocabulary<AssessmentAuthor> AssessmentAuthors() {
  return {kAuthors, kAuthorsLabels};
}

}  // namespace lcn::assessment
