// The CLI's JSON for the demo workspace, byte for byte, against tests/fixtures/cli_snapshot/:
// written by the engine before the structural refactor of issue 9, so any refactor that changes a
// number, a key order or a float's digits fails here. The numbers themselves are checked against
// hand-computed cases in the core tests; this test guards the contract as a whole.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

class TestCliSnapshot : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matchesSnapshot_data();
    void matchesSnapshot();

private:
    QString m_cli;
    QString m_fixtures;
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliSnapshot::initTestCase()
{
    m_cli = qEnvironmentVariable("HC_CLI");
    QVERIFY2(QFile::exists(m_cli), "HC_CLI must name the hitcraft-cli binary (CTest sets it)");
    m_fixtures = qEnvironmentVariable("HC_SOURCE_DIR") + QStringLiteral("/tests/fixtures/cli_snapshot");
    QVERIFY(QFile::exists(m_fixtures + QStringLiteral("/commands.txt")));
    m_db = m_dir.filePath(QStringLiteral("snapshot.hcw"));
    QProcess demo;
    demo.start(m_cli,
               {QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--users"), QStringLiteral("600"),
                QStringLiteral("--days"), QStringLiteral("45"), QStringLiteral("--end"), QStringLiteral("2026-11-30")});
    QVERIFY(demo.waitForFinished(120000));
    QCOMPARE(demo.exitCode(), 0);
}

void TestCliSnapshot::matchesSnapshot_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expectedFile");
    QFile commands(m_fixtures + QStringLiteral("/commands.txt"));
    QVERIFY(commands.open(QIODevice::ReadOnly | QIODevice::Text));
    int n = 0;
    while (!commands.atEnd()) {
        const QString line = QString::fromUtf8(commands.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        ++n;
        const QString name = QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
        QTest::newRow(qPrintable(name + QLatin1Char(' ') + line))
            << line.split(QRegularExpression(QStringLiteral("\\s+"))) << (m_fixtures + u'/' + name + u".json");
    }
    QVERIFY(n >= 25);
}

void TestCliSnapshot::matchesSnapshot()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expectedFile);
    QFile expected(expectedFile);
    QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(expectedFile));
    const QByteArray want = expected.readAll();
    QVERIFY(want.size() > 2);
    QProcess p;
    p.start(m_cli, args + QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray got = p.readAllStandardOutput();
    if (got != want) {
        // Name the first differing byte and show the neighbourhood, so a failure says what moved.
        qsizetype at = 0;
        while (at < got.size() && at < want.size() && got[at] == want[at])
            ++at;
        const qsizetype from = std::max<qsizetype>(0, at - 60);
        QFAIL(qPrintable(QStringLiteral("differs at byte %1:\n  got:  …%2\n  want: …%3")
                             .arg(at)
                             .arg(QString::fromUtf8(got.mid(from, 160)), QString::fromUtf8(want.mid(from, 160)))));
    }
}

QTEST_GUILESS_MAIN(TestCliSnapshot)
#include "tst_cli_snapshot.moc"
