// No visible text is cut off at 1600×1000, in English and in German: every label, combo box,
// button and table header of the window, with each view brought to the front in turn, shows its
// whole text (word-wrapped labels and rich text excepted). The window itself stays 1600 px wide.
#include "tests/support/EventFixture.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/WorkbenchSettings.h"
#include "ui/widgets/KpiCard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QStyleOptionComboBox>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace hc;

class TestVisibleText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void nothingIsCutOff_data();
    void nothingIsCutOff();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

namespace {

bool onScreen(const QWidget* w) { return w->isVisible() && !w->visibleRegion().isEmpty(); }

int widest(const QFontMetrics& fm, const QString& text)
{
    int w = 0;
    for (const QString& line : text.split(u'\n'))
        w = std::max(w, fm.horizontalAdvance(line));
    return w;
}

QString where(const QWidget* w)
{
    QString path;
    for (const QWidget* p = w; p; p = p->parentWidget())
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_"))) {
            path = p->objectName();
            break;
        }
    return QStringLiteral("%1 %2 in %3")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->accessibleName(), path);
}

// Every piece of text in the window that does not fit where it is shown.
QStringList cutOffTexts(QWidget& window)
{
    QStringList cut;
    for (QLabel* l : window.findChildren<QLabel*>()) {
        QString text = l->text();
        if (l->buddy()) // the mnemonic's & is not drawn
            text.replace(QRegularExpression(QStringLiteral("&(.)")), QStringLiteral("\\1"));
        if (!onScreen(l) || text.isEmpty() || l->wordWrap() || Qt::mightBeRichText(text))
            continue;
        if (widest(l->fontMetrics(), text) > l->contentsRect().width() + 1)
            cut << QStringLiteral("label “%1” (%2)").arg(text, where(l));
    }
    for (QComboBox* c : window.findChildren<QComboBox*>()) {
        if (!onScreen(c) || c->currentText().isEmpty())
            continue;
        QStyleOptionComboBox option;
        option.initFrom(c);
        option.editable = c->isEditable();
        const QRect field = c->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, c);
        if (c->fontMetrics().horizontalAdvance(c->currentText()) > field.width() + 1)
            cut << QStringLiteral("combo box “%1” (%2)").arg(c->currentText(), where(c));
    }
    for (QAbstractButton* b : window.findChildren<QAbstractButton*>()) {
        if (!onScreen(b) || b->text().isEmpty()
            || (b->inherits("QToolButton") && b->parentWidget()->inherits("QTabBar")))
            continue;
        if (b->width() + 1 < b->sizeHint().width())
            cut << QStringLiteral("button “%1” (%2)").arg(b->text(), where(b));
    }
    for (QHeaderView* h : window.findChildren<QHeaderView*>()) {
        // A header's own visible region stays empty (it lives in its table's margin): its table's counts.
        if (!h->isVisible() || !onScreen(h->parentWidget()) || h->orientation() != Qt::Horizontal || !h->model())
            continue;
        const int margin = 2 * h->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h);
        for (int s = 0; s < h->count(); ++s) {
            if (h->isSectionHidden(s) || h->sectionViewportPosition(s) >= h->viewport()->width())
                continue; // scrolled out of sight, not cut
            // The sort arrow, while shown, takes its room from every section's text.
            const int arrow = h->isSortIndicatorShown()
                                  ? h->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, h) + margin / 2
                                  : 0;
            const int shown =
                std::min(h->sectionSize(s), h->viewport()->width() - h->sectionViewportPosition(s)) - arrow;
            const QString text = h->model()->headerData(s, Qt::Horizontal).toString();
            QFont bold = h->font();
            bold.setBold(true); // the widest a header is drawn (sorted or highlighted)
            if (widest(QFontMetrics(bold), text) + margin > shown)
                cut << QStringLiteral("header “%1” (%2)").arg(text, where(h));
        }
    }
    cut.removeDuplicates();
    return cut;
}

} // namespace

void TestVisibleText::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("demo.hcw"));
    QVERIFY(test::writeDemoWorkspace(m_path, 3000, 60));
}

void TestVisibleText::nothingIsCutOff_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
}

void TestVisibleText::nothingIsCutOff()
{
    QFETCH(QString, language);
    if (language != QLatin1String("en"))
        QVERIFY(ui::Translations::install(*qApp, QLocale(language)));
    QSettings qsettings(m_dir.filePath(language + QStringLiteral(".ini")), QSettings::IniFormat);
    ui::WorkbenchSettings settings(qsettings);
    ui::MainWindow window(settings);
    window.resize(1600, 1000);
    window.show();
    window.openWorkspace(m_path);
    QVERIFY(QTest::qWaitFor([&] { return window.isIdle(); }, 60000));
    QCOMPARE(window.width(), 1600); // nothing asks for a wider window
    // The default layout shows all twelve KPI cards whole, with no scrolling.
    const QList<ui::KpiCard*> cards = window.findChildren<ui::KpiCard*>();
    QCOMPARE(cards.size(), 12);
    for (const ui::KpiCard* card : cards)
        QVERIFY2(card->visibleRegion().boundingRect().size() == card->size(), qPrintable(card->objectName()));
    QStringList cut;
    for (QDockWidget* dock : window.findChildren<QDockWidget*>()) {
        dock->raise();
        QVERIFY(QTest::qWaitFor([&] { return window.isIdle(); }, 60000));
        QTest::qWait(50); // the raised view lays out its result
        for (const QString& c : cutOffTexts(window))
            if (!cut.contains(c))
                cut << c + QStringLiteral(" with %1 in front").arg(dock->objectName());
    }
    QVERIFY2(cut.isEmpty(),
             qPrintable(QStringLiteral("%1 cut off:\n  ").arg(cut.size()) + cut.join(QStringLiteral("\n  "))));
}

QTEST_MAIN(TestVisibleText)
#include "tst_visible_text.moc"
