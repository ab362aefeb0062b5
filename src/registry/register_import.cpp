// SPDX-License-Identifier: Apache-2.0
#include "registry/register_import.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "audit/audit_trail.hpp"
#include "core/error.hpp"
#include "extract/day.hpp"
#include "extract/read_report.hpp"
#include "registry/patient_histories.hpp"
#include "store/organisation_repository.hpp"
#include "store/person_repository.hpp"

namespace lcn::registry {
namespace {

// Rows are written in slices of this many, to bound the memory of one bulk statement.
constexpr std::size_t kWriteSlice = 20'000;

std::string SourceKey(const std::string& practice, const std::string& source_id) {
  return practice + '\x1f' + source_id;
}

std::int64_t Line(std::size_t patient) {
  return static_cast<std::int64_t>(patient) + 2;
}

domain::Person PersonFrom(const extract::Patient& p, OrganisationId practice) {
  domain::Person person;
  person.nhs_number = p.nhs_number;
  person.given_name = p.given_name.value_or("");
  person.family_name = p.family_name.value_or("");
  person.birth_date = extract::FormatDay(p.birth_day);
  person.sex = p.sex;
  person.postcode = p.postcode;
  person.practice_id = practice;
  return person;
}

// Applies the extract's demographics to a stored person; true when anything changed. Names
// are kept when the extract has none (a pseudonymised extract does not erase them).
bool Follow(domain::Person& stored, const domain::Person& from_extract) {
  domain::Person before = stored;
  stored.nhs_number = from_extract.nhs_number ? from_extract.nhs_number : stored.nhs_number;
  if (!from_extract.given_name.empty() || !from_extract.family_name.empty()) {
    stored.given_name = from_extract.given_name;
    stored.family_name = from_extract.family_name;
  }
  stored.birth_date = from_extract.birth_date;
  stored.sex = from_extract.sex;
  stored.postcode = from_extract.postcode;
  stored.practice_id = from_extract.practice_id;
  return stored.nhs_number != before.nhs_number || stored.given_name != before.given_name ||
         stored.family_name != before.family_name || stored.birth_date != before.birth_date ||
         stored.sex != before.sex || stored.postcode != before.postcode ||
         stored.practice_id != before.practice_id;
}

// GP practices by ODS code; refuses the import when a patient names another.
std::unordered_map<std::string, OrganisationId> PracticesOf(sql::Transaction& tx,
                                                            const extract::Extract& extract,
                                                            std::size_t max_errors) {
  std::unordered_map<std::string, OrganisationId> practices;
  for (const auto& org : store::OrganisationRepository(tx).List(
           {.kind = domain::OrganisationKind::kGpPractice, .within_area = std::nullopt})) {
    if (org.ods_code) {
      practices.emplace(*org.ods_code, org.id);
    }
  }
  extract::ReadReport report;
  for (std::size_t i = 0; i < extract.patients.size(); ++i) {
    if (!practices.contains(extract.patients[i].practice)) {
      if (report.errors.size() < max_errors) {
        report.errors.push_back({"patients.csv", Line(i), "practice",
                                 "is not the ODS code of a GP practice known to LCN"});
      }
      ++report.error_count;
    }
  }
  if (report.error_count > 0) {
    report.rows_read = static_cast<std::int64_t>(extract.patients.size());
    throw extract::ExtractError(std::move(report));
  }
  return practices;
}

void CountUnknownCodes(const extract::Extract& extract, const ImportOptions& options,
                       ImportSummary& summary) {
  if (options.known_codes == nullptr) {
    return;
  }
  std::set<std::int64_t> sample;
  const auto check = [&](std::int64_t code) {
    if (!options.known_codes->contains(code)) {
      ++summary.unknown_code_rows;
      if (sample.size() < 20 || code < *sample.rbegin()) {
        sample.insert(code);
        if (sample.size() > 20) {
          sample.erase(std::prev(sample.end()));
        }
      }
    }
  };
  for (const auto& e : extract.events) {
    check(e.code);
  }
  for (const auto& m : extract.medications) {
    check(m.code);
  }
  summary.unknown_code_sample.assign(sample.begin(), sample.end());
}

}  // namespace

ImportSummary ImportExtract(sql::Database& db, const Clock& clock, const extract::Extract& extract,
                            const ImportOptions& options) {
  auto tx = db.Begin(sql::TransactionMode::kExclusive);
  ImportSummary summary = ImportInto(*tx, clock, extract, options);
  tx->Commit();
  if (options.progress) {
    const auto total = static_cast<std::int64_t>(extract.patients.size()) * 2;
    options.progress(total, total);
  }
  return summary;
}

ImportSummary ImportInto(sql::Transaction& tx_ref, const Clock& clock,
                         const extract::Extract& extract, const ImportOptions& options) {
  sql::Transaction* tx = &tx_ref;
  const std::int64_t total = static_cast<std::int64_t>(extract.patients.size()) * 2;
  const auto progress = [&](std::int64_t done) {
    if (options.progress) {
      options.progress(done, total);
    }
  };
  ImportSummary summary;
  store::ImportRecord& record = summary.record;
  record.source = options.source;
  record.imported_by = options.imported_by;
  record.started_at = clock.Now();
  CountUnknownCodes(extract, options, summary);
  record.unknown_codes = summary.unknown_code_rows;

  progress(0);
  const std::vector<PackedHistory> packed = PackHistories(extract);
  progress(total / 2);

  store::RegisterRepository registry(*tx);
  store::PersonRepository people(*tx);
  registry.LockForImport();
  const auto practices = PracticesOf(*tx, extract, options.max_reported_errors);

  std::unordered_map<std::string, PersonId> by_nhs;
  for (auto& [nhs, id] : people.NhsNumbers()) {
    by_nhs.emplace(std::move(nhs), id);
  }
  const std::vector<store::RegisterKey> keys = registry.Keys();
  std::unordered_map<std::int64_t, std::size_t> key_of_person;
  std::unordered_map<std::string, PersonId> by_source;
  for (std::size_t k = 0; k < keys.size(); ++k) {
    key_of_person.emplace(keys[k].person_id.Value(), k);
    by_source.emplace(SourceKey(keys[k].practice_ods, keys[k].source_id), keys[k].person_id);
  }

  // Decide, patient by patient, what to write.
  PersonId next_id = people.NextId();
  std::vector<domain::Person> new_people;
  std::vector<std::pair<std::size_t, store::RegisterEntry>> entries;  // (patient, row)
  std::vector<PersonId> replaced;
  std::vector<std::pair<std::size_t, PersonId>> follow;  // existing people whose details may change
  std::unordered_map<std::int64_t, std::size_t> seen;    // person -> patient
  for (std::size_t i = 0; i < extract.patients.size(); ++i) {
    const extract::Patient& p = extract.patients[i];
    std::optional<PersonId> person;
    if (p.nhs_number) {
      if (const auto it = by_nhs.find(*p.nhs_number); it != by_nhs.end()) {
        person = it->second;
      }
    }
    if (!person) {
      if (const auto it = by_source.find(SourceKey(p.practice, p.patient_id));
          it != by_source.end()) {
        person = it->second;
      }
    }
    store::RegisterEntry entry;
    entry.practice_ods = p.practice;
    entry.source_id = p.patient_id;
    entry.care_home_ods = p.care_home;
    entry.death_date = p.death_day ? std::optional(extract::FormatDay(*p.death_day)) : std::nullopt;
    entry.history = packed[i].history;
    entry.content_hash = packed[i].content_hash;
    record.events += packed[i].events;
    record.medications += packed[i].medications;
    record.encounters += packed[i].encounters;
    if (!person) {
      domain::Person created = PersonFrom(p, practices.at(p.practice));
      created.id = next_id;
      next_id = PersonId(next_id.Value() + 1);
      entry.person_id = created.id;
      new_people.push_back(std::move(created));
      entries.emplace_back(i, std::move(entry));
      ++record.patients_new;
      continue;
    }
    if (const auto [it, added] = seen.emplace(person->Value(), i); !added) {
      throw Error(ErrorCode::kConflict, "patients.csv:" + std::to_string(Line(i)) +
                                            ": the same person as line " +
                                            std::to_string(Line(it->second)));
    }
    entry.person_id = *person;
    const auto key = key_of_person.find(person->Value());
    if (key != key_of_person.end()) {
      const store::RegisterKey& stored = keys[key->second];
      if (stored.content_hash == entry.content_hash && !stored.left) {
        ++record.patients_unchanged;
        continue;
      }
      entry.version = stored.version + 1;
      replaced.push_back(*person);
    }
    ++record.patients_updated;
    follow.emplace_back(i, *person);
    entries.emplace_back(i, std::move(entry));
  }
  // Who has left: people of the practices in this extract whom it no longer lists.
  std::vector<PersonId> leavers;
  if (!options.partial) {
    std::set<std::string> covered;
    for (const auto& p : extract.patients) {
      covered.insert(p.practice);
    }
    for (const store::RegisterKey& key : keys) {
      if (!key.left && covered.contains(key.practice_ods) &&
          !seen.contains(key.person_id.Value())) {
        leavers.push_back(key.person_id);
      }
    }
  }

  // Write.
  const Micros now = clock.Now();
  record.finished_at = now;
  record.patients_left = static_cast<std::int64_t>(leavers.size());
  record.id = registry.InsertImport(record);
  for (std::size_t begin = 0; begin < new_people.size(); begin += kWriteSlice) {
    const auto end = new_people.begin() +
                     static_cast<std::ptrdiff_t>(std::min(new_people.size(), begin + kWriteSlice));
    people.InsertManyWithIds({new_people.begin() + static_cast<std::ptrdiff_t>(begin), end}, now);
  }
  for (const auto& [patient, person] : follow) {
    std::optional<domain::Person> stored = people.FindById(person);
    LCN_CHECK(stored.has_value());
    if (Follow(*stored, PersonFrom(extract.patients[patient],
                                   practices.at(extract.patients[patient].practice)))) {
      people.Update(*stored, now);
    }
  }
  registry.DeleteMany(replaced);
  std::vector<store::RegisterEntry> slice;
  for (std::size_t begin = 0; begin < entries.size(); begin += kWriteSlice) {
    slice.clear();
    for (std::size_t i = begin; i < std::min(entries.size(), begin + kWriteSlice); ++i) {
      entries[i].second.import_id = record.id;
      slice.push_back(std::move(entries[i].second));
      summary.changed.push_back(slice.back().person_id);
    }
    registry.InsertMany(slice, now);
    progress(std::min(
        total - 1,
        total / 2 + static_cast<std::int64_t>(std::min(entries.size(), begin + kWriteSlice)) *
                        (total / 2) / static_cast<std::int64_t>(entries.size())));
  }
  registry.MarkLeft(leavers, extract::FormatDay(extract::DayOf(now)), now);
  summary.changed.insert(summary.changed.end(), leavers.begin(), leavers.end());

  store::AuditRow audit;
  audit.at = now;
  audit.user_id = options.imported_by ? std::optional(options.imported_by->Value()) : std::nullopt;
  audit.username = options.username;
  audit.action = "register-import";
  audit.outcome = "allowed";
  audit.detail = "import " + std::to_string(record.id) + " from " + options.source + ": " +
                 std::to_string(record.patients_new) + " new, " +
                 std::to_string(record.patients_updated) + " updated, " +
                 std::to_string(record.patients_unchanged) + " unchanged, " +
                 std::to_string(record.patients_left) + " left";
  audit::Record(*tx, audit);
  std::sort(summary.changed.begin(), summary.changed.end());
  return summary;
}

}  // namespace lcn::registry
