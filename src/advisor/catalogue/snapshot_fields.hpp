#pragma once
// The fields of every model type, in the order a snapshot holds them: one list per type, used
// both to write and to read (snapshot.cpp), so that the two cannot disagree. A field added to
// model.hpp must be added here too; snapshot.cpp's size checks fail the build until it is.
// Internal to the catalogue layer.

#include <advisor/catalogue/model.hpp>

namespace advisor::catalogue::snapshot {

// Each fields() calls `archive(field, …)` with every field of its type; the writer only reads
// them.

template <class A> void fields(A& archive, Date& date) {
  archive(date.year, date.month, date.day);
}
template <class A> void fields(A& archive, Text& text) {
  archive(text.de, text.en);
}
template <class A> void fields(A& archive, Limit& limit) {
  archive(limit.unlimited, limit.count);
}
template <class A> void fields(A& archive, Provenance& provenance) {
  archive(provenance.source, provenance.date, provenance.confidence, provenance.note,
          provenance.where);
}
template <class A, class T> void fields(A& archive, Statement<T>& statement) {
  archive(statement.value, statement.provenance, statement.amount_eur, statement.per_month,
          statement.replaced_by, statement.private_use_only, statement.with_free_plan,
          statement.by_operator, statement.supersedes);
}
template <class A, class T> void fields(A& archive, Fact<T>& fact) {
  archive(fact.history, fact.unknown_note, fact.where);
}
template <class A> void fields(A& archive, Facts& facts) {
  archive(facts.max_participants, facts.max_group, facts.seen_working, facts.browsers,
          facts.languages, facts.price, facts.install, facts.participant_account,
          facts.organiser_account, facts.phone_number, facts.screen_sharing, facts.chat,
          facts.dial_in, facts.e2ee, facts.open_source, facts.operator_name, facts.country,
          facts.tracking, facts.processing_agreement, facts.joins_by, facts.smartphone);
}
template <class A> void fields(A& archive, Assessment& assessment) {
  archive(assessment.by, assessment.date, assessment.rating, assessment.verdict,
          assessment.audience, assessment.unsuitable_for_sensitive, assessment.scope,
          assessment.summary, assessment.provenance);
}
template <class A> void fields(A& archive, Condition& condition) {
  archive(condition.kind, condition.minutes, condition.browser, condition.people, condition.days,
          condition.provenance);
}
template <class A> void fields(A& archive, Change& change) {
  archive(change.date, change.text, change.provenance);
}
template <class A> void fields(A& archive, Guide& guide) {
  archive(guide.checked, guide.sources, guide.organiser, guide.participant, guide.during,
          guide.leaving, guide.troubleshooting, guide.precautions, guide.where);
}
template <class A> void fields(A& archive, Entry& entry) {
  archive(entry.id, entry.name, entry.url, entry.website, entry.category, entry.summary,
          entry.hosting, entry.reviewed, entry.sources, entry.facts, entry.verdict, entry.status,
          entry.assessments, entry.changes, entry.conditions, entry.guide, entry.local,
          entry.where);
}
template <class A> void fields(A& archive, Tool& tool) {
  archive(tool.entry, tool.services, tool.file);
}
template <class A> void fields(A& archive, Source& source) {
  archive(source.id, source.title, source.publisher, source.url, source.date, source.where);
}
template <class A> void fields(A& archive, Assessor& assessor) {
  archive(assessor.id, assessor.name, assessor.short_name, assessor.where);
}
template <class A> void fields(A& archive, Advice& advice) {
  archive(advice.id, advice.text, advice.provenance);
}
template <class A> void fields(A& archive, CategoryInfo& info) {
  archive(info.id, info.name, info.description, info.advice);
}
template <class A> void fields(A& archive, Rules& rules) {
  archive(rules.weights, rules.thresholds, rules.where);
}
template <class A> void fields(A& archive, Catalogue& catalogue) {
  archive(catalogue.tools, catalogue.categories, catalogue.general_advice, catalogue.sources,
          catalogue.assessors, catalogue.rules);
}

} // namespace advisor::catalogue::snapshot
