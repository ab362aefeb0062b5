// SPDX-License-Identifier: Apache-2.0
//
// Who wrote an assessment's answers (writtenBy): a professional asking the questions, the person
// themselves, or their carer. The same words as About me's authors, kept here because a
// capability uses only the capabilities it names (docs/architecture.md). Pure.
#pragma once

#include "core/vocabulary.hpp"

namespace lcn::assessment {

enum class AssessmentAuthor { kProfessional, kPerson, kCarer };

// professional, person, carer.
Vocabulary<AssessmentAuthor> AssessmentAuthors();

}  // namespace lcn::assessment
