#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace mq {

// Length-prefixed framing: a 4-byte unsigned big-endian length N, then N bytes of payload.
inline constexpr qsizetype DefaultMaxFrameSize = 1024 * 1024;
inline constexpr qsizetype StaffMaxFrameSize = 32 * 1024 * 1024;
inline constexpr qsizetype FrameHeaderSize = 4;

QByteArray encodeFrame(const QByteArray &payload);

class FrameDecoder
{
public:
    enum class Status { NeedMore, Frame, Error };
    enum class Error { None, ZeroLength, TooLarge };

    explicit FrameDecoder(qsizetype maxFrameSize = DefaultMaxFrameSize);

    void setMaxFrameSize(qsizetype bytes) { m_maxFrameSize = bytes; }
    qsizetype maxFrameSize() const { return m_maxFrameSize; }

    void append(const QByteArray &bytes);
    // Takes the next complete frame out of the buffer. After Error the decoder stays failed:
    // the stream can no longer be trusted to be in sync.
    Status next(QByteArray *payload);

    Error error() const { return m_error; }
    qsizetype bufferedBytes() const { return m_buffer.size() - m_offset; }
    // How many more bytes the frame being read still needs (at least one when unknown).
    qsizetype bytesWanted() const;

private:
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    qsizetype m_maxFrameSize;
    Error m_error = Error::None;
};

} // namespace mq
