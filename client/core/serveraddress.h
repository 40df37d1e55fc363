#pragma once

#include <QString>

#include <optional>

namespace mq::client {

// Where the server is: "host:port" for plain TCP, "tls://host:port" for TLS.
struct ServerAddress
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 7427;
    bool tls = false;

    static std::optional<ServerAddress> parse(const QString &text);
    QString toString() const;
    bool operator==(const ServerAddress &other) const = default;
};

} // namespace mq::client
