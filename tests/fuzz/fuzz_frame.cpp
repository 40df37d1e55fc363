// libFuzzer target: the length-prefixed frame decoder, fed the input in chunks whose sizes the
// input itself chooses (first byte), as a network would split it.
#include "shared/frame.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const size_t chunk = 1 + data[0] % 64;
    mq::FrameDecoder decoder(4096);
    bool failed = false;
    for (size_t at = 1; at < size; at += chunk) {
        const size_t n = at + chunk <= size ? chunk : size - at;
        decoder.append(QByteArray(reinterpret_cast<const char *>(data + at), qsizetype(n)));
        for (;;) {
            QByteArray payload;
            const auto status = decoder.next(&payload);
            if (status == mq::FrameDecoder::Status::Frame) {
                // Never a frame after an error, never an empty or oversized one.
                if (failed || payload.isEmpty() || payload.size() > decoder.maxFrameSize())
                    std::abort();
                continue;
            }
            if (status == mq::FrameDecoder::Status::Error)
                failed = true;
            break;
        }
    }
    // Encoding what was decoded round-trips.
    const QByteArray sample(reinterpret_cast<const char *>(data), qsizetype(size));
    mq::FrameDecoder again(size + 4);
    again.append(mq::encodeFrame(sample));
    QByteArray back;
    if (again.next(&back) != mq::FrameDecoder::Status::Frame || back != sample)
        std::abort();
    return 0;
}
