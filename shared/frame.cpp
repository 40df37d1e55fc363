#include "shared/frame.h"

#include <QtEndian>

namespace mq {

QByteArray encodeFrame(const QByteArray &payload)
{
    QByteArray frame(FrameHeaderSize, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(payload.size()), frame.data());
    frame.append(payload);
    return frame;
}

FrameDecoder::FrameDecoder(qsizetype maxFrameSize) : m_maxFrameSize(maxFrameSize) {}

void FrameDecoder::append(const QByteArray &bytes)
{
    if (m_error != Error::None)
        return;
    // Compact lazily so a stream of small frames does not copy the buffer each time.
    if (m_offset > 0 && m_offset == m_buffer.size()) {
        m_buffer.clear();
        m_offset = 0;
    } else if (m_offset > 64 * 1024 && m_offset > m_buffer.size() / 2) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    m_buffer.append(bytes);
}

FrameDecoder::Status FrameDecoder::next(QByteArray *payload)
{
    if (m_error != Error::None)
        return Status::Error;
    const qsizetype available = m_buffer.size() - m_offset;
    if (available < FrameHeaderSize)
        return Status::NeedMore;
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData() + m_offset);
    if (length == 0) {
        m_error = Error::ZeroLength;
        return Status::Error;
    }
    if (qsizetype(length) > m_maxFrameSize) {
        m_error = Error::TooLarge;
        return Status::Error;
    }
    if (available < FrameHeaderSize + qsizetype(length))
        return Status::NeedMore;
    *payload = m_buffer.mid(m_offset + FrameHeaderSize, length);
    m_offset += FrameHeaderSize + length;
    return Status::Frame;
}

qsizetype FrameDecoder::bytesWanted() const
{
    const qsizetype available = m_buffer.size() - m_offset;
    if (available < FrameHeaderSize)
        return FrameHeaderSize - available;
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData() + m_offset);
    return qMax<qsizetype>(1, FrameHeaderSize + qsizetype(length) - available);
}

} // namespace mq
