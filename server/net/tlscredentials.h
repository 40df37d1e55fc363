#pragma once

#include <QMutex>
#include <QSslConfiguration>
#include <QString>

namespace mq::net {

// The server's certificate chain and key, read from PEM files and reloadable while the server
// runs (SIGHUP): new connections get the new certificate, open ones keep theirs. The whole
// chain in the certificate file is sent (leaf first, then intermediates); an encrypted key is
// opened with the passphrase in a file; TLS 1.2 is the oldest protocol accepted. Thread-safe.
class TlsCredentials
{
public:
    TlsCredentials(QString certFile, QString keyFile, QString passphraseFile);

    // Reads the files again; on failure keeps what it had and says why in *error.
    bool load(QString *error);
    QSslConfiguration configuration() const;

private:
    const QString m_certFile;
    const QString m_keyFile;
    const QString m_passphraseFile;
    mutable QMutex m_mutex;
    QSslConfiguration m_configuration;
};

} // namespace mq::net
