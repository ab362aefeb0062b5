// SPDX-License-Identifier: Apache-2.0
#include "findings/findings_service.hpp"

#include <chrono>

#include "care/enrolment/enrolment_repository.hpp"
#include "core/error.hpp"
#include "core/log.hpp"
#include "extract/day.hpp"
#include "findings/findings_state.hpp"
#include "registry/history_codec.hpp"
#include "registry/register_loader.hpp"
#include "store/register_repository.hpp"

namespace lcn::findings {
namespace {

Exclusion FromEnrolment(const std::optional<store::Enrolment>& e) {
  if (e && e->state == domain::EnrolmentState::kEnrolled) {
    return Exclusion::kEnrolled;
  }
  if (e && e->state == domain::EnrolmentState::kDeclined) {
    return Exclusion::kDeclined;
  }
  return Exclusion::kNone;
}

}  // namespace

struct FindingsService::State : FindingsState {};

FindingsService::FindingsService(sql::Database& db, const Clock& clock,
                                 casefinding::DefinitionSet definitions, std::string condition_set)
    : db_(db),
      clock_(clock),
      definitions_(std::move(definitions)),
      condition_set_(std::move(condition_set)) {
  for (const auto& [name, list] : definitions_.code_lists) {
    known_codes_.insert(list.codes.begin(), list.codes.end());
  }
  if (!definitions_.condition_sets.contains(condition_set_)) {
    throw Error(
        ErrorCode::kConfiguration,
        "casefinding.conditionSet: the definitions have no condition set '" + condition_set_ + "'");
  }
}

FindingsService::~FindingsService() = default;

void FindingsService::Load() {
  const MutexLock load_lock(&load_mutex_);
  const auto started = std::chrono::steady_clock::now();
  auto state = std::make_shared<State>();
  std::vector<PersonId> enrolled, declined;
  {
    auto tx = db_.Begin(sql::TransactionMode::kReadOnly);
    store::RegisterRepository repo(*tx);
    state->last_import_id = repo.LastImportId();
    store::EnrolmentRepository enrolments(*tx);
    enrolled = enrolments.PeopleIn({domain::EnrolmentState::kEnrolled});
    declined = enrolments.PeopleIn({domain::EnrolmentState::kDeclined});
  }
  registry::LoadedRegister loaded = registry::LoadRegister(db_);
  state->base = std::move(loaded.population);
  state->as_of = extract::DayOf(clock_.Now());
  state->plan = casefinding::Compile(definitions_, state->base);
  state->set = static_cast<std::size_t>(state->plan.SetIndex(condition_set_));
  const auto loaded_at = std::chrono::steady_clock::now();
  state->results = casefinding::Run(state->base, state->plan, state->as_of);
  const auto run_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - loaded_at);
  state->rows.Reserve(loaded.people.size());
  for (std::uint32_t row = 0; row < loaded.people.size(); ++row) {
    state->rows.Set(row, loaded.people[row], state->base, row, state->as_of,
                    loaded.left[row] ? Exclusion::kLeft : Exclusion::kNone);
  }
  for (const auto& [list, exclusion] :
       {std::pair(&enrolled, Exclusion::kEnrolled), std::pair(&declined, Exclusion::kDeclined)}) {
    for (const PersonId id : *list) {
      const auto it = state->rows.row_of.find(id.Value());
      if (it != state->rows.row_of.end() && state->rows.exclusion[it->second] == Exclusion::kNone) {
        state->rows.exclusion[it->second] = exclusion;
      }
    }
  }
  state->load_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  log::Info("case finding: " + std::to_string(state->rows.Size()) + " people, " +
            std::to_string(state->base.EventCount()) + " events loaded and evaluated in " +
            std::to_string(static_cast<int>(state->load_seconds * 1000)) + " ms (the full run " +
            std::to_string(static_cast<int>(run_ms.count())) + " ms)");
  const WriterMutexLock lock(&mutex_);
  state_ = std::move(state);
}

void FindingsService::Refresh(const std::vector<PersonId>& people,
                              std::optional<std::int64_t> import_id) {
  bool loaded = false;
  {
    const ReaderMutexLock lock(&mutex_);
    loaded = state_ != nullptr;
  }
  if (!loaded) {
    Load();
    return;
  }
  const MutexLock load_lock(&load_mutex_);

  struct Fresh {
    PersonId id;
    std::unique_ptr<Overlay> overlay;  // null when no longer in the register
    Exclusion exclusion = Exclusion::kNone;
  };

  std::vector<Fresh> fresh;
  casefinding::Day as_of = 0;
  {
    const ReaderMutexLock lock(&mutex_);
    as_of = state_->as_of;
  }
  {
    auto tx = db_.Begin(sql::TransactionMode::kReadOnly);
    store::RegisterRepository repo(*tx);
    for (const PersonId id : people) {
      Fresh f{id, nullptr, Exclusion::kNone};
      if (auto row = registry::LoadOne(*tx, id)) {
        casefinding::PopulationBuilder builder;
        registry::AddToBuilder(builder, *row, registry::HistoryOf(*row, repo.LocalEvents(id)));
        f.overlay = std::make_unique<Overlay>();
        f.overlay->population = builder.Build();
        f.overlay->plan = casefinding::Compile(definitions_, f.overlay->population);
        f.exclusion =
            row->left ? Exclusion::kLeft : FromEnrolment(store::EnrolmentRepository(*tx).Find(id));
      }
      fresh.push_back(std::move(f));
    }
  }
  std::vector<casefinding::Results> results;
  results.reserve(fresh.size());
  for (const Fresh& f : fresh) {
    results.push_back(f.overlay ? casefinding::Run(f.overlay->population, f.overlay->plan, as_of, 1)
                                : casefinding::Results{});
  }
  const WriterMutexLock lock(&mutex_);
  State& s = *state_;
  for (std::size_t i = 0; i < fresh.size(); ++i) {
    Fresh& f = fresh[i];
    const auto it = s.rows.row_of.find(f.id.Value());
    if (!f.overlay) {
      if (it != s.rows.row_of.end()) {
        s.rows.exclusion[it->second] = Exclusion::kRemoved;
      }
      continue;
    }
    const auto row =
        it != s.rows.row_of.end() ? it->second : static_cast<std::uint32_t>(s.rows.Size());
    s.rows.Set(row, f.id, f.overlay->population, 0, s.as_of, f.exclusion);
    CopyResults(results[i], 0, s.results, row);
    s.overlays[row] = std::move(f.overlay);
    ++s.refreshed;
  }
  if (import_id && *import_id == s.last_import_id + 1) {
    s.last_import_id = *import_id;
  }
}

bool FindingsService::LoadIfStale() {
  std::int64_t last_import = 0;
  {
    auto tx = db_.Begin(sql::TransactionMode::kReadOnly);
    last_import = store::RegisterRepository(*tx).LastImportId();
  }
  {
    const ReaderMutexLock lock(&mutex_);
    if (state_ && state_->last_import_id == last_import &&
        state_->as_of == extract::DayOf(clock_.Now())) {
      return false;
    }
  }
  Load();
  return true;
}

WorklistPage FindingsService::Worklist(const WorklistQuery& query) const {
  const ReaderMutexLock lock(&mutex_);
  if (!state_) {
    throw Error(ErrorCode::kUnavailable, "case finding is still loading; try again shortly");
  }
  return RunWorklist(*state_, query);
}

CountsReport FindingsService::Counts(const std::vector<std::string>& practices) const {
  const ReaderMutexLock lock(&mutex_);
  if (!state_) {
    throw Error(ErrorCode::kUnavailable, "case finding is still loading; try again shortly");
  }
  return RunCounts(*state_, practices);
}

std::optional<PersonFindings> FindingsService::Explain(PersonId person,
                                                       std::optional<std::int32_t> as_of) const {
  const ReaderMutexLock lock(&mutex_);
  if (!state_) {
    throw Error(ErrorCode::kUnavailable, "case finding is still loading; try again shortly");
  }
  const State& s = *state_;
  const auto it = s.rows.row_of.find(person.Value());
  if (it == s.rows.row_of.end() || s.rows.exclusion[it->second] == Exclusion::kRemoved) {
    return std::nullopt;
  }
  const std::uint32_t row = it->second;
  PersonFindings out;
  out.as_of = as_of.value_or(s.as_of);
  out.summary = s.Entry(row);
  out.excluded = s.rows.exclusion[row] != Exclusion::kNone;
  out.excluded_because = std::string(ExclusionReason(s.rows.exclusion[row]));
  if (const auto ov = s.overlays.find(row); ov != s.overlays.end()) {
    out.explanation = casefinding::Explain(ov->second->population, ov->second->plan, out.as_of, 0);
  } else {
    out.explanation = casefinding::Explain(s.base, s.plan, out.as_of, row);
  }
  return out;
}

FindingsStatus FindingsService::Status() const {
  const ReaderMutexLock lock(&mutex_);
  FindingsStatus status;
  if (!state_) {
    return status;
  }
  status.loaded = true;
  status.people = static_cast<std::int64_t>(state_->rows.Size());
  status.events = static_cast<std::int64_t>(state_->base.EventCount());
  status.as_of = state_->as_of;
  status.definitions_version = state_->plan.version;
  status.last_import_id = state_->last_import_id;
  status.load_seconds = state_->load_seconds;
  status.refreshed_people = state_->refreshed;
  return status;
}

std::vector<CohortInfo> FindingsService::Conditions() const {
  std::vector<CohortInfo> out;
  for (const auto& c : definitions_.condition_sets.at(condition_set_)) {
    out.push_back({c.id, c.name});
  }
  return out;
}

std::vector<CohortInfo> FindingsService::Cohorts() const {
  std::vector<CohortInfo> out;
  for (const auto& c : definitions_.cohorts) {
    out.push_back({c.id, c.name});
  }
  return out;
}

}  // namespace lcn::findings
