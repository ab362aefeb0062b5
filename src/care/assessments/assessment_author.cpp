// SPDX-License-Identifier: Apache-2.0
#include "care/assessments/assessment_author.hpp"

#include "domain/name_table.hpp"

namespace lcn::assessment {
namespace {

constexpr domain::NameTable<AssessmentAuthor, 3> kAuthors = {
    {{AssessmentAuthor::kProfessional, "professional"},
     {AssessmentAuthor::kPerson, "person"},
     {AssessmentAuthor::kCarer, "carer"}}};

}  // namespace

Vocabulary<AssessmentAuthor> AssessmentAuthors() {
  return kAuthors;
}

}  // namespace lcn::assessment
