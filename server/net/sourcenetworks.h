#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace mq::net {

// A list of source networks (CIDR), such as --trusted-sources: a box office behind one NAT
// address, a test harness on 127.0.0.1/32.
class SourceNetworks
{
public:
    // "10.0.0.0/8,127.0.0.1/32" or "::1"; nullopt with *error filled when one is not a network.
    static std::optional<SourceNetworks> parse(const QString &list, QString *error);

    bool contains(const QHostAddress &address) const;
    bool isEmpty() const { return m_networks.isEmpty(); }

private:
    QList<QPair<QHostAddress, int>> m_networks;
};

// The address a connection comes from, IPv4-mapped IPv6 addresses as plain IPv4, so one host
// counts once however the listening socket was opened.
QHostAddress normalizedSource(const QHostAddress &address);

} // namespace mq::net
