#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace mq::client {

// "Remember me": keeps the session token (never a password) in the system keychain through
// QtKeychain, one entry per server. Where no keychain is available every call simply reports
// that nothing is remembered; signing in still works.
class SessionStore : public QObject
{
    Q_OBJECT
public:
    explicit SessionStore(QObject *parent = nullptr);

    void save(const QString &server, const QString &token, std::function<void(bool ok)> done = {});
    void load(const QString &server, std::function<void(const QString &token)> done);
    void forget(const QString &server, std::function<void()> done = {});

    // For kiosks and tests: never touch the keychain.
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

private:
    static QString keyFor(const QString &server);
    bool m_enabled = true;
};

} // namespace mq::client
