#include "shared/frame.h"

#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {

QByteArray header(quint32 length)
{
    QByteArray bytes(mq::FrameHeaderSize, Qt::Uninitialized);
    qToBigEndian<quint32>(length, bytes.data());
    return bytes;
}

// Reads every complete frame the decoder holds; stops at NeedMore or Error.
QList<QByteArray> drain(mq::FrameDecoder &decoder, mq::FrameDecoder::Status *last = nullptr)
{
    QList<QByteArray> frames;
    QByteArray payload;
    mq::FrameDecoder::Status status;
    while ((status = decoder.next(&payload)) == mq::FrameDecoder::Status::Frame)
        frames.append(payload);
    if (last)
        *last = status;
    return frames;
}

} // namespace

class TestFrame : public QObject
{
    Q_OBJECT

private slots:
    void encodeWritesBigEndianLength();
    void roundTrip_data();
    void roundTrip();
    void byteByByte();
    void coalescedFrames();
    void frameSplitAcrossAppends();
    void zeroLengthIsError();
    void tooLargeFailsOnHeaderAlone();
    void exactlyMaxAccepted();
    void oneOverMaxRejected();
    void garbageHeaders_data();
    void garbageHeaders();
    void staysFailedAfterError();
    void framesBeforeErrorStillDelivered();
    void bytesWanted();
    void maxFrameSizeAdjustable();
    void manySmallFramesCompaction();
};

void TestFrame::encodeWritesBigEndianLength()
{
    const QByteArray frame = mq::encodeFrame("{}"_ba);
    QCOMPARE(frame.size(), 6);
    QCOMPARE(frame, QByteArray("\x00\x00\x00\x02{}", 6));

    const QByteArray big(0x010203, 'x');
    const QByteArray bigFrame = mq::encodeFrame(big);
    QCOMPARE(bigFrame.left(4), QByteArray("\x00\x01\x02\x03", 4));
    QCOMPARE(bigFrame.size(), 4 + 0x010203);
}

void TestFrame::roundTrip_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("one byte") << "x"_ba;
    QTest::newRow("object") << R"({"jsonrpc":"2.0","id":7,"method":"order.purchase"})"_ba;
    QTest::newRow("utf8") << u"{\"title\":\"演唱会 — Zoë\"}"_s.toUtf8();
    QTest::newRow("binary with nul") << QByteArray("\x00\x01\xff\x00", 4);
    QTest::newRow("64 KiB") << QByteArray(64 * 1024, 'a');
}

void TestFrame::roundTrip()
{
    QFETCH(QByteArray, payload);
    mq::FrameDecoder decoder;
    decoder.append(mq::encodeFrame(payload));
    QByteArray out;
    QCOMPARE(decoder.next(&out), mq::FrameDecoder::Status::Frame);
    QCOMPARE(out, payload);
    QCOMPARE(decoder.next(&out), mq::FrameDecoder::Status::NeedMore);
    QCOMPARE(decoder.error(), mq::FrameDecoder::Error::None);
    QCOMPARE(decoder.bufferedBytes(), 0);
}

void TestFrame::byteByByte()
{
    const QByteArray payload = R"({"jsonrpc":"2.0","id":"a","result":{}})"_ba;
    const QByteArray frame = mq::encodeFrame(payload);
    mq::FrameDecoder decoder;
    QByteArray out;
    for (qsizetype i = 0; i < frame.size(); ++i) {
        QCOMPARE(decoder.next(&out), mq::FrameDecoder::Status::NeedMore);
        QCOMPARE(decoder.bytesWanted() > 0, true);
        decoder.append(frame.mid(i, 1));
    }
    QCOMPARE(decoder.next(&out), mq::FrameDecoder::Status::Frame);
    QCOMPARE(out, payload);
    QCOMPARE(decoder.next(&out), mq::FrameDecoder::Status::NeedMore);
}

void TestFrame::coalescedFrames()
{
    const QList<QByteArray> payloads = {"a"_ba, R"({"id":1})"_ba, QByteArray(1000, 'z'), "{}"_ba};
    QByteArray stream;
    for (const QByteArray &p : payloads)
        stream += mq::encodeFrame(p);
    // Plus the first half of a fifth frame, which must wait.
    const QByteArray fifth = mq::encodeFrame("fifth"_ba);
    stream += fifth.left(6);

    mq::FrameDecoder decoder;
    decoder.append(stream);
    mq::FrameDecoder::Status last;
    QCOMPARE(drain(decoder, &last), payloads);
    QCOMPARE(last, mq::FrameDecoder::Status::NeedMore);
    QCOMPARE(decoder.bufferedBytes(), 6);
    QCOMPARE(decoder.bytesWanted(), fifth.size() - 6);

    decoder.append(fifth.mid(6));
    QCOMPARE(drain(decoder, &last), QList<QByteArray>{"fifth"_ba});
    QCOMPARE(last, mq::FrameDecoder::Status::NeedMore);
}

void TestFrame::frameSplitAcrossAppends()
{
    // Splits at every position of a two-frame stream.
    const QByteArray stream = mq::encodeFrame("first"_ba) + mq::encodeFrame("second!"_ba);
    for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
        mq::FrameDecoder decoder;
        decoder.append(stream.left(cut));
        QList<QByteArray> frames = drain(decoder);
        decoder.append(stream.mid(cut));
        frames += drain(decoder);
        QCOMPARE(frames, (QList<QByteArray>{"first"_ba, "second!"_ba}));
    }
}

void TestFrame::zeroLengthIsError()
{
    mq::FrameDecoder decoder;
    decoder.append(header(0));
    QByteArray out = "untouched"_ba;
    QCOMPARE(decoder.next(&out), mq::FrameDecoder::Status::Error);
    QCOMPARE(decoder.error(), mq::FrameDecoder::Error::ZeroLength);
    QCOMPARE(out, "untouched"_ba);
}

void TestFrame::tooLargeFailsOnHeaderAlone()
{
    // The decoder must refuse as soon as it has the header: the payload is never read.
    mq::FrameDecoder decoder;
    decoder.append(header(quint32(mq::DefaultMaxFrameSize + 1)).left(3));
    QByteArray out;
    QCOMPARE(decoder.next(&out), mq::FrameDecoder::Status::NeedMore);
    decoder.append(header(quint32(mq::DefaultMaxFrameSize + 1)).mid(3));
    QCOMPARE(decoder.next(&out), mq::FrameDecoder::Status::Error);
    QCOMPARE(decoder.error(), mq::FrameDecoder::Error::TooLarge);

    mq::FrameDecoder huge;
    huge.append(header(0xffffffffu));
    QCOMPARE(huge.next(&out), mq::FrameDecoder::Status::Error);
    QCOMPARE(huge.error(), mq::FrameDecoder::Error::TooLarge);
}

void TestFrame::exactlyMaxAccepted()
{
    const QByteArray payload(mq::DefaultMaxFrameSize, 'm');
    mq::FrameDecoder decoder;
    QCOMPARE(decoder.maxFrameSize(), mq::DefaultMaxFrameSize);
    decoder.append(mq::encodeFrame(payload));
    QByteArray out;
    QCOMPARE(decoder.next(&out), mq::FrameDecoder::Status::Frame);
    QCOMPARE(out.size(), mq::DefaultMaxFrameSize);
    QCOMPARE(out, payload);
    QCOMPARE(decoder.error(), mq::FrameDecoder::Error::None);
}

void TestFrame::oneOverMaxRejected()
{
    mq::FrameDecoder decoder(100);
    decoder.append(mq::encodeFrame(QByteArray(100, 'a')));
    decoder.append(mq::encodeFrame(QByteArray(101, 'b')));
    QByteArray out;
    QCOMPARE(decoder.next(&out), mq::FrameDecoder::Status::Frame);
    QCOMPARE(out, QByteArray(100, 'a'));
    QCOMPARE(decoder.next(&out), mq::FrameDecoder::Status::Error);
    QCOMPARE(decoder.error(), mq::FrameDecoder::Error::TooLarge);
}

void TestFrame::garbageHeaders_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<mq::FrameDecoder::Error>("expected");
    // Text where a header should be reads as an absurd length.
    QTest::newRow("http request") << "GET / HTTP/1.1\r\n\r\n"_ba
                                  << mq::FrameDecoder::Error::TooLarge;
    QTest::newRow("json without header")
        << R"({"jsonrpc":"2.0"})"_ba << mq::FrameDecoder::Error::TooLarge;
    QTest::newRow("tls client hello")
        << QByteArray("\x16\x03\x01\x02\x00\x01", 6) << mq::FrameDecoder::Error::TooLarge;
    QTest::newRow("all ones") << QByteArray(8, '\xff') << mq::FrameDecoder::Error::TooLarge;
    QTest::newRow("zeros") << QByteArray(8, '\0') << mq::FrameDecoder::Error::ZeroLength;
    QTest::newRow("little endian length")
        << QByteArray("\x02\x00\x00\x00{}", 6) << mq::FrameDecoder::Error::TooLarge;
}

void TestFrame::garbageHeaders()
{
    QFETCH(QByteArray, bytes);
    QFETCH(mq::FrameDecoder::Error, expected);
    mq::FrameDecoder decoder;
    decoder.append(bytes);
    QByteArray out;
    QCOMPARE(decoder.next(&out), mq::FrameDecoder::Status::Error);
    QCOMPARE(decoder.error(), expected);
}

void TestFrame::staysFailedAfterError()
{
    mq::FrameDecoder decoder;
    decoder.append(header(0));
    QByteArray out;
    QCOMPARE(decoder.next(&out), mq::FrameDecoder::Status::Error);
    // A perfectly good frame afterwards changes nothing: the stream is out of sync.
    decoder.append(mq::encodeFrame("{}"_ba));
    QCOMPARE(decoder.next(&out), mq::FrameDecoder::Status::Error);
    QCOMPARE(decoder.next(&out), mq::FrameDecoder::Status::Error);
    QCOMPARE(decoder.error(), mq::FrameDecoder::Error::ZeroLength);
    QVERIFY(out.isEmpty());
}

void TestFrame::framesBeforeErrorStillDelivered()
{
    mq::FrameDecoder decoder;
    decoder.append(mq::encodeFrame("ok"_ba) + header(0) + mq::encodeFrame("never"_ba));
    mq::FrameDecoder::Status last;
    QCOMPARE(drain(decoder, &last), QList<QByteArray>{"ok"_ba});
    QCOMPARE(last, mq::FrameDecoder::Status::Error);
    QCOMPARE(decoder.error(), mq::FrameDecoder::Error::ZeroLength);
}

void TestFrame::bytesWanted()
{
    mq::FrameDecoder decoder;
    QCOMPARE(decoder.bytesWanted(), 4);
    QCOMPARE(decoder.bufferedBytes(), 0);
    decoder.append(header(10).left(1));
    QCOMPARE(decoder.bytesWanted(), 3);
    decoder.append(header(10).mid(1));
    QCOMPARE(decoder.bytesWanted(), 10);
    decoder.append("0123"_ba);
    QCOMPARE(decoder.bytesWanted(), 6);
    QCOMPARE(decoder.bufferedBytes(), 8);
    decoder.append("456789"_ba);
    // Complete but not yet taken: at least one is always reported.
    QCOMPARE(decoder.bytesWanted(), 1);
    QByteArray out;
    QCOMPARE(decoder.next(&out), mq::FrameDecoder::Status::Frame);
    QCOMPARE(out, "0123456789"_ba);
    QCOMPARE(decoder.bytesWanted(), 4);
    QCOMPARE(decoder.bufferedBytes(), 0);
}

void TestFrame::maxFrameSizeAdjustable()
{
    // A staff connection's limit is raised after login; the same decoder then takes bigger frames.
    mq::FrameDecoder decoder;
    decoder.setMaxFrameSize(mq::StaffMaxFrameSize);
    QCOMPARE(decoder.maxFrameSize(), mq::StaffMaxFrameSize);
    decoder.append(header(quint32(mq::DefaultMaxFrameSize + 1)));
    QByteArray out;
    QCOMPARE(decoder.next(&out), mq::FrameDecoder::Status::NeedMore);
    QCOMPARE(decoder.bytesWanted(), mq::DefaultMaxFrameSize + 1);

    mq::FrameDecoder staff(mq::StaffMaxFrameSize);
    staff.append(header(quint32(mq::StaffMaxFrameSize + 1)));
    QCOMPARE(staff.next(&out), mq::FrameDecoder::Status::Error);
    QCOMPARE(staff.error(), mq::FrameDecoder::Error::TooLarge);
}

void TestFrame::manySmallFramesCompaction()
{
    // Enough traffic to cross the decoder's internal compaction threshold several times,
    // delivered in chunks that never line up with frame boundaries.
    QByteArray stream;
    QList<QByteArray> sent;
    for (int i = 0; i < 20000; ++i) {
        const QByteArray p = QByteArray::number(i) + QByteArray(i % 37, '.');
        sent.append(p);
        stream += mq::encodeFrame(p);
    }
    mq::FrameDecoder decoder;
    QList<QByteArray> received;
    for (qsizetype pos = 0; pos < stream.size(); pos += 1013) {
        decoder.append(stream.mid(pos, 1013));
        received += drain(decoder);
    }
    QCOMPARE(received.size(), sent.size());
    QCOMPARE(received, sent);
    QCOMPARE(decoder.bufferedBytes(), 0);
}

QTEST_APPLESS_MAIN(TestFrame)
#include "tst_frame.moc"
