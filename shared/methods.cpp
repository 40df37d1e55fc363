#include "shared/methods.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace mq {

QString methodName(Method method)
{
    switch (method) {
#define MQ_X(name, text)                                                                           \
    case Method::name:                                                                             \
        return u"" text ""_s;
        MQ_METHODS(MQ_X)
#undef MQ_X
    }
    return {};
}

std::optional<Method> methodFromName(const QString &name)
{
    static const QHash<QString, Method> byName = [] {
        QHash<QString, Method> h;
#define MQ_X(id, text) h.insert(u"" text ""_s, Method::id);
        MQ_METHODS(MQ_X)
#undef MQ_X
        return h;
    }();
    const auto it = byName.constFind(name);
    if (it == byName.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace mq
