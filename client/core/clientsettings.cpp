#include "core/clientsettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace mq::client {

QString ClientSettings::serverAddress()
{
    return QSettings().value(u"connection/server"_s, u"127.0.0.1:7427"_s).toString();
}

void ClientSettings::setServerAddress(const QString &address)
{
    QSettings().setValue(u"connection/server"_s, address);
}

QString ClientSettings::lastUsername()
{
    return QSettings().value(u"account/lastUsername"_s).toString();
}

void ClientSettings::setLastUsername(const QString &username)
{
    QSettings().setValue(u"account/lastUsername"_s, username);
}

QString ClientSettings::language()
{
    return QSettings().value(u"ui/language"_s).toString();
}

void ClientSettings::setLanguage(const QString &language)
{
    QSettings().setValue(u"ui/language"_s, language);
}

int ClientSettings::kioskIdleSeconds()
{
    return qBound(10, QSettings().value(u"kiosk/idleSeconds"_s, 90).toInt(), 3600);
}

} // namespace mq::client
