// Lines out of a body that arrives in pieces: split anywhere, plain or gzip (several members
// too), and a cut gzip stream is never taken for a complete body.
#include "core/sync/StreamLineDecoder.h"

#include <QtTest>

#include <zlib.h>

using namespace hc;

namespace {

QByteArray gzip(const QByteArray& data)
{
    z_stream z{};
    deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(data.size()))) + 32, '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(int(z.total_out));
    deflateEnd(&z);
    return out;
}

QStringList decode(const QByteArray& body, bool gz, int pieceSize, bool* complete)
{
    QStringList lines;
    sync::StreamLineDecoder d(gz,
                              [&](std::string_view l) { lines << QString::fromUtf8(l.data(), qsizetype(l.size())); });
    for (int i = 0; i < body.size(); i += pieceSize)
        d.feed(body.mid(i, pieceSize));
    *complete = d.finish();
    return lines;
}

} // namespace

class TestStreamLineDecoder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splitsAnywhere_data();
    void splitsAnywhere();
    void gzipMembersFollowEachOther();
    void cutGzipIsIncomplete();
};

void TestStreamLineDecoder::splitsAnywhere_data()
{
    QTest::addColumn<bool>("gz");
    QTest::addColumn<int>("piece");
    for (int piece : {1, 3, 7, 64, 100000}) {
        QTest::addRow("plain, pieces of %d", piece) << false << piece;
        QTest::addRow("gzip, pieces of %d", piece) << true << piece;
    }
}

void TestStreamLineDecoder::splitsAnywhere()
{
    QFETCH(bool, gz);
    QFETCH(int, piece);
    const QByteArray text = "first line\nsecond, longer line with ü\n\nlast line without newline";
    bool complete = false;
    const QStringList lines = decode(gz ? gzip(text) : text, gz, piece, &complete);
    QVERIFY(complete);
    QCOMPARE(lines, QStringList({"first line", "second, longer line with ü", "", "last line without newline"}));
}

void TestStreamLineDecoder::gzipMembersFollowEachOther()
{
    bool complete = false;
    const QStringList lines = decode(gzip("a\nb\n") + gzip("c\nd\n"), true, 5, &complete);
    QVERIFY(complete);
    QCOMPARE(lines, QStringList({"a", "b", "c", "d"}));
}

void TestStreamLineDecoder::cutGzipIsIncomplete()
{
    QByteArray text;
    for (int i = 0; i < 2000; ++i)
        text += "line number " + QByteArray::number(i) + '\n';
    const QByteArray body = gzip(text);
    bool complete = true;
    decode(body.left(body.size() * 2 / 3), true, 50, &complete);
    QVERIFY(!complete);
    decode(body.left(body.size() - 4), true, 50, &complete); // only the trailer is missing
    QVERIFY(!complete);
    decode(QByteArray("not gzip at all"), true, 4, &complete);
    QVERIFY(!complete);
}

QTEST_GUILESS_MAIN(TestStreamLineDecoder)
#include "tst_stream_line_decoder.moc"
