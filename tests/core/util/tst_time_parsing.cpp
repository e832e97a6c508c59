// Input time rules of semantics.md ("Time"): epoch seconds vs milliseconds, fractions kept to
// the millisecond, ISO 8601 with and without a zone. Expected values are computed by hand:
// 2020-10-13T17:48:31Z is 1602611311 s (checked with `date -u -d @1602611311`).
#include "core/util/TimeParsing.h"

#include <QRegularExpression>
#include <QtTest>

using namespace hc;

class TestTimeParsing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void civilDays_data();
    void civilDays();
    void epochText_data();
    void epochText();
    void epochNumber_data();
    void epochNumber();
    void iso_data();
    void iso();
    void cliDate_data();
    void cliDate();
};

void TestTimeParsing::civilDays_data()
{
    QTest::addColumn<int>("y");
    QTest::addColumn<int>("m");
    QTest::addColumn<int>("d");
    QTest::addColumn<qint64>("days");
    QTest::newRow("epoch") << 1970 << 1 << 1 << qint64(0);
    QTest::newRow("day before epoch") << 1969 << 12 << 31 << qint64(-1);
    QTest::newRow("leap day 2000") << 2000 << 2 << 29 << qint64(11016);
    QTest::newRow("2020-10-13") << 2020 << 10 << 13 << qint64(18548);
}

void TestTimeParsing::civilDays()
{
    QFETCH(int, y);
    QFETCH(int, m);
    QFETCH(int, d);
    QFETCH(qint64, days);
    QCOMPARE(time::daysFromCivil(y, m, d), days);
    int yy, mm, dd;
    time::civilFromDays(days, yy, mm, dd);
    QCOMPARE(yy, y);
    QCOMPARE(mm, m);
    QCOMPARE(dd, d);
    QCOMPARE(QDate(1970, 1, 1).daysTo(QDate(y, m, d)), days); // an independent calendar agrees
}

void TestTimeParsing::epochText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("seconds") << "1602611311" << true << qint64(1602611311000);
    QTest::newRow("milliseconds") << "1602611311123" << true << qint64(1602611311123);
    QTest::newRow("just below 10^11 is seconds") << "99999999999" << true << qint64(99999999999000);
    QTest::newRow("10^11 is milliseconds") << "100000000000" << true << qint64(100000000000);
    QTest::newRow("fraction kept to ms") << "1602611311.123" << true << qint64(1602611311123);
    QTest::newRow("finer fraction dropped") << "1602611311.1239" << true << qint64(1602611311123);
    QTest::newRow("one fraction digit") << "1602611311.5" << true << qint64(1602611311500);
    QTest::newRow("ms with fraction") << "1602611311123.9" << true << qint64(1602611311123);
    QTest::newRow("negative seconds") << "-1.5" << true << qint64(-1500);
    QTest::newRow("zero") << "0" << true << qint64(0);
    QTest::newRow("empty") << "" << false << qint64(0);
    QTest::newRow("letters") << "12a" << false << qint64(0);
    QTest::newRow("dot only") << "." << false << qint64(0);
    QTest::newRow("far too large") << "99999999999999999999" << false << qint64(0);
}

void TestTimeParsing::epochText()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, ms);
    const QByteArray utf8 = text.toUtf8();
    const auto r = time::epochTextToMs(std::string_view(utf8.constData(), size_t(utf8.size())));
    QCOMPARE(r.has_value(), valid);
    if (valid)
        QCOMPARE(*r, ms);
}

void TestTimeParsing::epochNumber_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("seconds") << 1602611311.0 << qint64(1602611311000);
    QTest::newRow("binary noise does not lose a ms") << 1602611311.123 << qint64(1602611311123);
    QTest::newRow("milliseconds") << 1602611311123.0 << qint64(1602611311123);
    QTest::newRow("sub-ms dropped") << 1602611311123.75 << qint64(1602611311123);
}

void TestTimeParsing::epochNumber()
{
    QFETCH(double, value);
    QFETCH(qint64, ms);
    QCOMPARE(*time::epochNumberToMs(value), ms);
}

void TestTimeParsing::iso_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("ms");
    const qint64 base = 1602611311000; // 2020-10-13T17:48:31Z
    QTest::newRow("Z") << "2020-10-13T17:48:31Z" << true << base;
    QTest::newRow("no zone is UTC") << "2020-10-13T17:48:31" << true << base;
    QTest::newRow("space separator") << "2020-10-13 17:48:31" << true << base;
    QTest::newRow("millis") << "2020-10-13T17:48:31.250Z" << true << base + 250;
    QTest::newRow("micros dropped") << "2020-10-13T17:48:31.250999Z" << true << base + 250;
    QTest::newRow("plus offset") << "2020-10-13T19:48:31+02:00" << true << base;
    QTest::newRow("minus offset") << "2020-10-13T12:48:31-05:00" << true << base;
    QTest::newRow("offset without colon") << "2020-10-13T23:18:31+0530" << true << base;
    QTest::newRow("offset hours only") << "2020-10-13T19:48:31+02" << true << base;
    QTest::newRow("no seconds") << "2020-10-13T17:48Z" << true << base - 31000;
    QTest::newRow("date only") << "2020-10-13" << true << qint64(18548) * 86400000;
    QTest::newRow("leap day") << "2024-02-29T00:00:00Z" << true << qint64(1709164800000);
    QTest::newRow("not a leap year") << "2023-02-29T00:00:00Z" << false << qint64(0);
    QTest::newRow("hour 24") << "2020-10-13T24:00:00Z" << false << qint64(0);
    QTest::newRow("trailing junk") << "2020-10-13T17:48:31Zx" << false << qint64(0);
    QTest::newRow("month 13") << "2020-13-01" << false << qint64(0);
}

void TestTimeParsing::iso()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, ms);
    const QByteArray utf8 = text.toUtf8();
    const auto r = time::timeTextToMs(std::string_view(utf8.constData(), size_t(utf8.size())));
    QCOMPARE(r.has_value(), valid);
    if (valid) {
        QCOMPARE(*r, ms);
        // Qt's own ISO parser agrees where it understands the text (it rounds sub-millisecond
        // digits where we drop them, so only texts with at most millisecond precision).
        const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
        const bool subMillisecond = QRegularExpression(QStringLiteral("\\.\\d{4,}")).match(text).hasMatch();
        if (qt.isValid() && text.contains(QLatin1Char('T')) && qt.timeSpec() != Qt::LocalTime && !subMillisecond)
            QCOMPARE(qt.toMSecsSinceEpoch(), ms);
    }
}

void TestTimeParsing::cliDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("good") << "2026-11-30" << true;
    QTest::newRow("leap") << "2024-02-29" << true;
    QTest::newRow("not leap") << "2026-02-29" << false;
    QTest::newRow("short") << "2026-1-30" << false;
    QTest::newRow("slashes") << "2026/11/30" << false;
    QTest::newRow("time attached") << "2026-11-30T00:00" << false;
}

void TestTimeParsing::cliDate()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(time::parseCliDate(text).has_value(), valid);
}

QTEST_GUILESS_MAIN(TestTimeParsing)
#include "tst_time_parsing.moc"
