#pragma once

#include <QString>

namespace mq::client {

// The client's settings, one typed accessor per key (QSettings underneath).
class ClientSettings
{
public:
    static QString serverAddress();
    static void setServerAddress(const QString &address);
    static QString lastUsername();
    static void setLastUsername(const QString &username);
    // "" follows the system locale; otherwise "zh_CN" or "en".
    static QString language();
    static void setLanguage(const QString &language);
    static int kioskIdleSeconds();
};

} // namespace mq::client
