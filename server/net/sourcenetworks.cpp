#include "net/sourcenetworks.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace mq::net {

std::optional<SourceNetworks> SourceNetworks::parse(const QString &list, QString *error)
{
    SourceNetworks networks;
    for (const QString &part : list.split(u',', Qt::SkipEmptyParts)) {
        const QString text = part.trimmed();
        QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(text);
        if (subnet.first.isNull() && !text.contains(u'/')) {
            // A bare address is a network of one host.
            const QHostAddress host(text);
            if (!host.isNull())
                subnet = {host, host.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
        }
        if (subnet.first.isNull()) {
            *error = u"Not a network: %1 (write it as 10.1.0.0/16 or 127.0.0.1/32)"_s.arg(text);
            return std::nullopt;
        }
        subnet.first = normalizedSource(subnet.first);
        networks.m_networks.append(subnet);
    }
    return networks;
}

bool SourceNetworks::contains(const QHostAddress &address) const
{
    const QHostAddress source = normalizedSource(address);
    for (const auto &network : m_networks) {
        if (source.isInSubnet(network))
            return true;
    }
    return false;
}

QHostAddress normalizedSource(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped && address.protocol() == QAbstractSocket::IPv6Protocol)
        return QHostAddress(v4);
    QHostAddress plain = address;
    plain.setScopeId(QString());
    return plain;
}

} // namespace mq::net
