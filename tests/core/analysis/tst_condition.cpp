// Condition syntax of cli.md, escapes included, and matching by rendered text.
#include "core/analysis/query/Condition.h"
#include "core/analysis/query/EscapedText.h"
#include "core/dataset/DatasetBuilder.h"

#include <QtTest>

using namespace hc;
using namespace hc::analysis;

class TestCondition : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsing_data();
    void parsing();
    void matching_data();
    void matching();
    void escapedLists();
    void writtenConditions();
    void anyOf();
};

void TestCondition::parsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("property");
    QTest::addColumn<int>("op");
    QTest::addColumn<QStringList>("values");
    using O = Condition::Op;
    QTest::newRow("equals") << "plan=pro" << true << "plan" << int(O::Equals) << QStringList{"pro"};
    QTest::newRow("any of") << "plan=pro|team" << true << "plan" << int(O::Equals) << QStringList{"pro", "team"};
    QTest::newRow("equals empty") << "plan=" << true << "plan" << int(O::Equals) << QStringList{""};
    QTest::newRow("not equals") << "plan!=pro" << true << "plan" << int(O::NotEquals) << QStringList{"pro"};
    QTest::newRow("contains") << "url~/p/" << true << "url" << int(O::Contains) << QStringList{"/p/"};
    QTest::newRow("is set") << "plan?" << true << "plan" << int(O::IsSet) << QStringList{};
    QTest::newRow("is not set") << "plan!?" << true << "plan" << int(O::IsNotSet) << QStringList{};
    QTest::newRow("less or equal") << "n<=3.5" << true << "n" << int(O::LessEqual) << QStringList{"3.5"};
    QTest::newRow("greater") << "n>-2" << true << "n" << int(O::Greater) << QStringList{"-2"};
    QTest::newRow("escaped operator in name") << "a\\=b=c" << true << "a=b" << int(O::Equals) << QStringList{"c"};
    QTest::newRow("escaped bar in value") << "x=a\\|b" << true << "x" << int(O::Equals) << QStringList{"a|b"};
    QTest::newRow("no operator") << "plan" << false << "" << 0 << QStringList{};
    QTest::newRow("no name") << "=x" << false << "" << 0 << QStringList{};
    QTest::newRow("non-numeric comparison") << "n<abc" << false << "" << 0 << QStringList{};
    QTest::newRow("value after ?") << "n?x" << false << "" << 0 << QStringList{};
}

void TestCondition::parsing()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, property);
    QFETCH(int, op);
    QFETCH(QStringList, values);
    QString error;
    const auto c = parseCondition(text, error);
    QCOMPARE(c.has_value(), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(c->property, property);
    QCOMPARE(int(c->op), op);
    QCOMPARE(c->values, values);
}

void TestCondition::matching_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("expected"); // one char per event: 1 matches
    // events: n=3 (number), n=3.0 (number, reads "3"), n="3" (string), n=true, n missing, n=null, n=10
    QTest::newRow("= compares text") << "n=3"
                                     << "1110000";
    QTest::newRow("!= includes missing") << "n!=3"
                                         << "0001111";
    QTest::newRow("numeric < needs a number") << "n<5"
                                              << "1100000";
    QTest::newRow(">= numbers only") << "n>=3"
                                     << "1100001";
    QTest::newRow("boolean as text") << "n=true"
                                     << "0001000";
    QTest::newRow("is set") << "n?"
                            << "1111001";
    QTest::newRow("is not set") << "n!?"
                                << "0000110";
    QTest::newRow("contains") << "n~1"
                              << "0000001";
}

void TestCondition::matching()
{
    QFETCH(QString, condition);
    QFETCH(QString, expected);
    dataset::DatasetBuilder b;
    const char* props[] = {R"({"n":3})", R"({"n":3.0})",  R"({"n":"3"})", R"({"n":true})",
                           R"({})",      R"({"n":null})", R"({"n":10})"};
    for (int i = 0; i < 7; ++i)
        b.add(QStringLiteral("u"), QStringLiteral("e"), 1000 + i, props[i]);
    const auto data = b.build();
    QString error;
    const auto c = parseCondition(condition, error);
    QVERIFY(c);
    const auto set = ConditionSet::compile(*data, {*c});
    QVERIFY(set.ok());
    QString got;
    for (size_t i = 0; i < 7; ++i)
        got += set.value().matches(i) ? QLatin1Char('1') : QLatin1Char('0');
    QCOMPARE(got, expected);
}

void TestCondition::escapedLists()
{
    const QStringList parts = splitEscaped(QStringLiteral("a\\,b,\\*,*,c\\\\"), QLatin1Char(','));
    QCOMPARE(parts, QStringList({"a\\,b", "\\*", "*", "c\\\\"}));
    QCOMPARE(unescape(parts[0]), QStringLiteral("a,b"));
    QVERIFY(!isAnyEvent(parts[1]));
    QCOMPARE(unescape(parts[1]), QStringLiteral("*"));
    QVERIFY(isAnyEvent(parts[2]));
    QCOMPARE(unescape(parts[3]), QStringLiteral("c\\"));
}

void TestCondition::writtenConditions()
{
    // What a drill-down writes reads back as the same property and value, separators and all.
    for (const auto& [property, value] :
         {std::pair<QString, QString>{"plan", "pro|team"}, {"a=b!", "x,y:z*\\"}, {"utm?", ""}, {"$os", "iOS"}}) {
        QString error;
        const auto c = parseCondition(equalsCondition(property, value), error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->property, property);
        QCOMPARE(c->op, Condition::Op::Equals);
        QCOMPARE(c->values, QStringList{value});
    }
    QString error;
    const auto missing = parseCondition(equalsCondition(QStringLiteral("plan"), QString()), error);
    QVERIFY(missing);
    QCOMPARE(missing->op, Condition::Op::IsNotSet);
}

void TestCondition::anyOf()
{
    dataset::DatasetBuilder b;
    b.add(QStringLiteral("u"), QStringLiteral("e"), 1, R"({"plan":"pro","country":"DE"})");
    b.add(QStringLiteral("u"), QStringLiteral("e"), 2, R"({"plan":"free","country":"DE"})");
    b.add(QStringLiteral("u"), QStringLiteral("e"), 3, R"({"plan":"free","country":"US"})");
    b.add(QStringLiteral("u"), QStringLiteral("e"), 4, R"({})");
    const auto data = b.build();
    QString error;
    const std::vector<Condition> either = {*parseCondition(QStringLiteral("plan=pro"), error),
                                           *parseCondition(QStringLiteral("country=DE"), error)};
    const auto any = ConditionSet::compile(*data, either, true);
    const auto all = ConditionSet::compile(*data, either);
    QString gotAny, gotAll;
    for (size_t i = 0; i < 4; ++i) {
        gotAny += any.value().matches(i) ? u'1' : u'0';
        gotAll += all.value().matches(i) ? u'1' : u'0';
    }
    QCOMPARE(gotAny, QStringLiteral("1100"));                           // pro OR Germany
    QCOMPARE(gotAll, QStringLiteral("1000"));                           // pro AND Germany
    QVERIFY(ConditionSet::compile(*data, {}, true).value().matches(3)); // no conditions: everything
}

QTEST_GUILESS_MAIN(TestCondition)
#include "tst_condition.moc"
