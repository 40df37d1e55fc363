#include "core/serveraddress.h"

using namespace Qt::StringLiterals;

namespace mq::client {

std::optional<ServerAddress> ServerAddress::parse(const QString &input)
{
    QString text = input.trimmed();
    ServerAddress address;
    if (text.startsWith(u"tls://"_s, Qt::CaseInsensitive)) {
        address.tls = true;
        text = text.mid(6);
    } else if (text.startsWith(u"tcp://"_s, Qt::CaseInsensitive)) {
        text = text.mid(6);
    }
    QString host = text;
    if (text.startsWith(u'[')) { // [IPv6]:port
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return std::nullopt;
        host = text.mid(1, close - 1);
        text = text.mid(close + 1);
        if (!text.isEmpty() && !text.startsWith(u':'))
            return std::nullopt;
        text = text.isEmpty() ? QString() : text.mid(1);
    } else {
        const qsizetype colon = text.lastIndexOf(u':');
        if (colon >= 0) {
            host = text.left(colon);
            text = text.mid(colon + 1);
        } else {
            text.clear();
        }
    }
    if (host.isEmpty() || host.contains(u' ') || host.contains(u'/'))
        return std::nullopt;
    address.host = host;
    if (!text.isEmpty()) {
        bool ok = false;
        const uint port = text.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return std::nullopt;
        address.port = quint16(port);
    }
    return address;
}

QString ServerAddress::toString() const
{
    const QString h = host.contains(u':') ? u'[' + host + u']' : host;
    return (tls ? u"tls://"_s : QString()) + h + u':' + QString::number(port);
}

} // namespace mq::client
