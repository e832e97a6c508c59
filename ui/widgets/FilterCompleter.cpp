#include "ui/widgets/FilterCompleter.h"

#include "core/analysis/query/EscapedText.h"
#include "ui/AnalysisRunner.h"
#include "ui/WorkbenchData.h"

#include <QLineEdit>
#include <QStringListModel>

#include <algorithm>

namespace hc::ui {

namespace {

constexpr int kValuesPerProperty = 40;

// The condition being typed: after the last ';', without leading spaces.
QString lastSegment(const QString& text) { return text.mid(text.lastIndexOf(u';') + 1).trimmed(); }

} // namespace

FilterCompleter::FilterCompleter(QLineEdit* edit, WorkbenchData& data)
    : QCompleter(edit), m_edit(edit), m_data(data), m_model(new QStringListModel(this)),
      m_reads(new AnalysisRunner(this))
{
    setModel(m_model);
    setCaseSensitivity(Qt::CaseInsensitive);
    setCompletionMode(QCompleter::PopupCompletion);
    setMaxVisibleItems(12);
    edit->setCompleter(this);
    connect(&data, &WorkbenchData::viewChanged, this, &FilterCompleter::refresh);
    connect(&data, &WorkbenchData::cohortsChanged, this, &FilterCompleter::refresh);
    connect(edit, &QLineEdit::textEdited, this, &FilterCompleter::loadValuesFor);
}

QStringList FilterCompleter::splitPath(const QString& path) const { return {lastSegment(path)}; }

QString FilterCompleter::pathFromIndex(const QModelIndex& index) const
{
    const QString text = m_edit->text();
    const qsizetype cut = text.lastIndexOf(u';');
    const QString done = cut < 0 ? QString() : text.left(cut + 1) + u' ';
    return done + index.data().toString();
}

QStringList FilterCompleter::entries() const { return m_model->stringList(); }

void FilterCompleter::refresh()
{
    QStringList entries;
    if (m_data.hasView())
        for (const QString& p : m_data.view().propertyNames)
            entries << analysis::escapedProperty(p) + u'=';
    for (const analysis::CohortDefinition& c : m_data.cohorts())
        entries << QStringLiteral("cohort=") + analysis::escapedValue(c.name);
    for (const QStringList& values : std::as_const(m_values))
        entries << values;
    m_model->setStringList(entries);
}

void FilterCompleter::loadValuesFor(const QString& text)
{
    // "PROP=" (or "PROP!=") typed: fetch that property's values once, on a worker.
    const QString segment = lastSegment(text);
    const qsizetype eq = segment.indexOf(u'=');
    if (eq <= 0)
        return;
    const QString property = analysis::unescape(segment.left(segment[eq - 1] == u'!' ? eq - 1 : eq));
    const auto data = m_data.loadedData();
    if (!data || m_values.contains(property) || property == m_loading || property == QLatin1String("cohort"))
        return;
    m_loading = property;
    m_reads->run([this, data, property](TaskContext&) -> AnalysisRunner::Apply {
        const auto column = data->property(property);
        if (!column.ok())
            return [this] { m_loading.clear(); };
        // Each value's events, most frequent first.
        std::vector<qint64> counts(size_t(column.value()->values.size()), 0);
        const auto& codes = column.value()->codes;
        for (size_t i = 0; i < codes.size(); ++i)
            if (codes[i] >= 0)
                ++counts[size_t(codes[i])];
        std::vector<qint32> order(counts.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = qint32(i);
        std::sort(order.begin(), order.end(),
                  [&](qint32 a, qint32 b) { return counts[size_t(a)] > counts[size_t(b)]; });
        QStringList entries;
        for (size_t i = 0; i < order.size() && entries.size() < kValuesPerProperty; ++i)
            entries << analysis::equalsCondition(property, column.value()->values[order[i]]);
        return [this, property, entries] {
            m_loading.clear();
            m_values.insert(property, entries);
            refresh();
            Q_EMIT valuesLoaded(property);
            if (m_edit->hasFocus())
                complete(); // show the values that just arrived
        };
    });
}

} // namespace hc::ui
