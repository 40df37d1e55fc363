// libFuzzer target: parameter validation of every method of the contract against any JSON
// object, then typed access to what passed (as the handlers do it).
#include "rpc/methodtable.h"
#include "rpc/paramspec.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

namespace {
// What a handler would read: a validated field of each type must read back without surprises.
void readField(const mq::rpc::Params &typed, const mq::rpc::Field &field)
{
    if (!typed.has(field.name))
        return;
    switch (field.type) {
    case mq::rpc::FieldType::Integer:
    case mq::rpc::FieldType::Id:
        (void)typed.optInteger(field.name);
        break;
    case mq::rpc::FieldType::String:
        (void)typed.optString(field.name);
        break;
    case mq::rpc::FieldType::Time:
        (void)typed.optTime(field.name);
        break;
    case mq::rpc::FieldType::Object:
        (void)typed.object(field.name);
        break;
    case mq::rpc::FieldType::Boolean:
    case mq::rpc::FieldType::IdList:
    case mq::rpc::FieldType::ObjectList:
        break;
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonObject params = QJsonDocument::fromJson(json).object();
#define MQ_X(name, text) \
    { \
        const mq::rpc::MethodSpec &spec = mq::rpc::methodSpec(mq::Method::name); \
        if (!mq::rpc::validateParams(params, spec.params)) { \
            const mq::rpc::Params typed(params); \
            for (const mq::rpc::Field &field : spec.params) \
                readField(typed, field); \
        } \
    }
    MQ_METHODS(MQ_X)
#undef MQ_X
    return 0;
}
