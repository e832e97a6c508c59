#include "ui/widgets/JobStatusBar.h"

#include "core/util/NumberFormat.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

namespace hc::ui {

JobStatusBar::JobStatusBar(QStatusBar* bar)
    : QObject(bar), m_status(new QLabel(bar)), m_progress(new QProgressBar(bar)),
      m_cancel(new QPushButton(tr("Cancel"), bar)), m_freshness(new QLabel(bar))
{
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_progress->setObjectName(QStringLiteral("jobProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(220);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelJobButton"));
    m_cancel->setToolTip(tr("Stop the running job; what it has saved so far stays (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->hide();
    m_freshness->setObjectName(QStringLiteral("freshnessLabel"));
    bar->addWidget(m_status, 1);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancel);
    bar->addPermanentWidget(m_freshness);
    connect(m_cancel, &QPushButton::clicked, this, &JobStatusBar::cancelRequested);
}

QString JobStatusBar::message() const { return m_status->text(); }

void JobStatusBar::setMessage(const QString& text) { m_status->setText(text); }

void JobStatusBar::showFreshness(const store::WorkspaceSummary* summary, qint64 eventsLoaded)
{
    if (!summary) {
        m_freshness->clear();
        return;
    }
    const QLocale locale;
    QString text = summary->to.isValid() ? tr("Data through %1").arg(locale.toString(summary->to, QLocale::ShortFormat))
                                         : tr("No data yet");
    if (summary->lastSyncAt.isValid())
        text += tr(" · synced %1").arg(locale.toString(summary->lastSyncAt.toLocalTime(), QLocale::ShortFormat));
    if (eventsLoaded >= 0)
        text += tr(" · %1 events loaded").arg(locale.toString(eventsLoaded));
    m_freshness->setText(text);
}

void JobStatusBar::showLoading(bool loading)
{
    if (loading)
        setMessage(tr("Loading events…"));
    else if (message().startsWith(tr("Loading events…")))
        setMessage(tr("Ready"));
}

void JobStatusBar::showLoadProgress(int percent)
{
    if (message().startsWith(tr("Loading events…")))
        setMessage(tr("Loading events… %1").arg(NumberFormat::percent(percent / 100.0, 0)));
}

void JobStatusBar::showJob(const QString& label)
{
    m_status->setText(label);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
}

void JobStatusBar::setProgress(int percent) { m_progress->setValue(percent); }

void JobStatusBar::showCancelling()
{
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void JobStatusBar::hideJob(const QString& message)
{
    m_progress->hide();
    m_cancel->hide();
    m_status->setText(message);
}

} // namespace hc::ui
