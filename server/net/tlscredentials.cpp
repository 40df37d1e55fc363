#include "net/tlscredentials.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace mq::net {

TlsCredentials::TlsCredentials(QString certFile, QString keyFile, QString passphraseFile)
    : m_certFile(std::move(certFile)),
      m_keyFile(std::move(keyFile)),
      m_passphraseFile(std::move(passphraseFile))
{
}

bool TlsCredentials::load(QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_certFile, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = u"No PEM certificate in %1"_s.arg(m_certFile);
        return false;
    }
    QByteArray passphrase;
    if (!m_passphraseFile.isEmpty()) {
        QFile file(m_passphraseFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"Cannot read the key passphrase file %1"_s.arg(m_passphraseFile);
            return false;
        }
        passphrase = file.readLine();
        while (passphrase.endsWith('\n') || passphrase.endsWith('\r'))
            passphrase.chop(1);
    }
    QFile keyFile(m_keyFile);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = u"Cannot read the TLS key %1"_s.arg(m_keyFile);
        return false;
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = passphrase.isEmpty()
                     ? u"The TLS key %1 is not a PEM private key (an encrypted key needs "
                       "--tls-key-passphrase-file)"_s.arg(m_keyFile)
                     : u"The TLS key %1 cannot be read with that passphrase"_s.arg(m_keyFile);
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    QMutexLocker lock(&m_mutex);
    m_configuration = configuration;
    return true;
}

QSslConfiguration TlsCredentials::configuration() const
{
    QMutexLocker lock(&m_mutex);
    return m_configuration;
}

} // namespace mq::net
