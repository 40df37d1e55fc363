// libFuzzer target: the JSON-RPC envelope parser (server side and client side) on any payload,
// and the error answers built from what it found.
#include "shared/envelope.h"
#include "shared/methods.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray payload(reinterpret_cast<const char *>(data), qsizetype(size));
    const mq::rpc::Message request = mq::rpc::decodeRequest(payload);
    if (request.kind == mq::rpc::Message::Kind::Request)
        (void)mq::methodFromName(request.method);
    else
        (void)mq::rpc::toPayload(mq::rpc::makeError(request.id, request.error));
    (void)mq::rpc::decodeIncoming(payload);
    return 0;
}
