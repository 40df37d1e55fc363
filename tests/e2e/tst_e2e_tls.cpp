// TLS as a real deployment has it: a certificate signed by an intermediate CA (the server must
// send the whole chain), an encrypted key opened with a passphrase file, TLS 1.2 at least, and a
// certificate renewed with SIGHUP while connections stay open.
#include "support/serverfixture.h"
#include "support/serverprocess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

// Writes a root CA, an intermediate CA and a leaf for 127.0.0.1 signed by the intermediate;
// the leaf's key encrypted with the passphrase in pass.txt; chain.pem = leaf + intermediate.
bool makeCertificates(const QString &dir, const QString &leafName)
{
    const QString script = uR"(set -e
cd "$1"
if [ ! -f root.pem ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -keyout root.key -out root.pem -days 2 -subj "/CN=Marquee Test Root" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -keyout inter.key -out inter.csr -subj "/CN=Marquee Test Intermediate" 2>/dev/null
  printf 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n' > inter.ext
  openssl x509 -req -in inter.csr -CA root.pem -CAkey root.key -CAcreateserial -out inter.pem -days 2 -extfile inter.ext 2>/dev/null
  echo 'correct horse battery staple' > pass.txt
fi
openssl req -newkey rsa:2048 -nodes -keyout "$2.key" -out "$2.csr" -subj "/CN=127.0.0.1" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n' > leaf.ext
openssl x509 -req -in "$2.csr" -CA inter.pem -CAkey inter.key -CAcreateserial -out "$2.pem" -days 2 -extfile leaf.ext 2>/dev/null
openssl pkey -in "$2.key" -aes256 -passout file:pass.txt -out "$2.enc.key"
cat "$2.pem" inter.pem > "$2.chain.pem"
)"_s;
    QProcess bash;
    bash.start(u"bash"_s, {u"-c"_s, script, u"certs"_s, dir, leafName});
    return bash.waitForFinished(60000) && bash.exitStatus() == QProcess::NormalExit
           && bash.exitCode() == 0;
}

// A TLS client trusting only the test root, verifying the server's name.
struct TlsClient
{
    QSslSocket socket;

    bool connectTo(quint16 port, const QString &rootPem)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(QSslCertificate::fromPath(rootPem));
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        socket.setSslConfiguration(configuration);
        socket.connectToHostEncrypted(u"127.0.0.1"_s, port);
        return socket.waitForEncrypted(10000);
    }
    QJsonObject call(int id, const QString &method)
    {
        const QByteArray payload = QJsonDocument(QJsonObject{{u"jsonrpc"_s, u"2.0"_s},
                                                             {u"id"_s, id},
                                                             {u"method"_s, method}})
                                       .toJson(QJsonDocument::Compact);
        QByteArray frame(4, '\0');
        qToBigEndian(quint32(payload.size()), frame.data());
        socket.write(frame + payload);
        QByteArray in;
        while (socket.waitForReadyRead(5000) || socket.bytesAvailable()) {
            in += socket.readAll();
            if (in.size() >= 4) {
                const quint32 length = qFromBigEndian<quint32>(in.constData());
                if (in.size() >= qsizetype(4 + length))
                    return QJsonDocument::fromJson(in.mid(4, length)).object();
            }
        }
        return {};
    }
};

} // namespace

class TestE2eTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void wholeChainAndEncryptedKey();
    void tlsOneTwoAtLeast();
    void sighupRenewsTheCertificateAndKeepsConnections();
    void wrongPassphraseIsRefusedAtStart();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    ServerFixture m_fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
};

void TestE2eTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(makeCertificates(m_dir.path(), u"first"_s), "openssl could not make the certificates");
    // The server reads the files it was started with again on SIGHUP: give it stable names.
    QVERIFY(QFile::copy(path(u"first.chain.pem"_s), path(u"server.pem"_s)));
    QVERIFY(QFile::copy(path(u"first.enc.key"_s), path(u"server.key"_s)));
    QVERIFY2(m_fixture.start({u"--tls-cert"_s, path(u"server.pem"_s), u"--tls-key"_s,
                              path(u"server.key"_s), u"--tls-key-passphrase-file"_s,
                              path(u"pass.txt"_s)}),
             qPrintable(m_fixture.errorString()));
}

void TestE2eTls::cleanup()
{
    if (QTest::currentTestFailed())
        m_fixture.server().printDiagnostics();
}

void TestE2eTls::wholeChainAndEncryptedKey()
{
    // The client knows only the root: the handshake verifies only if the server sent the
    // intermediate too, and it used the key it had to decrypt.
    TlsClient client;
    QVERIFY2(client.connectTo(m_fixture.port(), path(u"root.pem"_s)),
             qPrintable(client.socket.errorString()));
    const QList<QSslCertificate> chain = client.socket.peerCertificateChain();
    QVERIFY(chain.size() >= 2);
    QCOMPARE(chain.at(1).subjectInfo(QSslCertificate::CommonName).value(0),
             u"Marquee Test Intermediate"_s);
    const QJsonObject answer = client.call(1, u"catalog.listEvents"_s);
    QCOMPARE(answer.value(u"error"_s).toObject().value(u"code"_s).toInt(), 401);
}

void TestE2eTls::tlsOneTwoAtLeast()
{
    TlsClient modern;
    QVERIFY(modern.connectTo(m_fixture.port(), path(u"root.pem"_s)));
    QVERIFY(modern.socket.sessionProtocol() == QSsl::TlsV1_2
            || modern.socket.sessionProtocol() == QSsl::TlsV1_3);
    // A client that speaks only TLS 1.1 or older is refused (when this OpenSSL still offers it).
    QSslSocket old;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    configuration.setProtocol(QSsl::TlsV1_1);
    QT_WARNING_POP
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    old.setSslConfiguration(configuration);
    old.connectToHostEncrypted(u"127.0.0.1"_s, m_fixture.port());
    QVERIFY(!old.waitForEncrypted(5000));
}

void TestE2eTls::sighupRenewsTheCertificateAndKeepsConnections()
{
    TlsClient before;
    QVERIFY(before.connectTo(m_fixture.port(), path(u"root.pem"_s)));
    const QByteArray oldSerial = before.socket.peerCertificate().serialNumber();

    // The certificate is renewed on disk and the server told so.
    QVERIFY(makeCertificates(m_dir.path(), u"second"_s));
    QFile::remove(path(u"server.pem"_s));
    QFile::remove(path(u"server.key"_s));
    QVERIFY(QFile::copy(path(u"second.chain.pem"_s), path(u"server.pem"_s)));
    QVERIFY(QFile::copy(path(u"second.enc.key"_s), path(u"server.key"_s)));
    QVERIFY(::kill(pid_t(m_fixture.server().pid()), SIGHUP) == 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture.server().standardError().contains("reloaded the TLS"), 5000);

    TlsClient after;
    QVERIFY2(after.connectTo(m_fixture.port(), path(u"root.pem"_s)),
             qPrintable(after.socket.errorString()));
    QVERIFY(after.socket.peerCertificate().serialNumber() != oldSerial);
    // The connection opened before the reload is still served.
    QCOMPARE(before.call(2, u"catalog.listEvents"_s).value(u"error"_s).toObject().value(u"code"_s).toInt(),
             401);
    QVERIFY(m_fixture.server().isRunning());

    // A broken file on the next reload keeps the working certificate.
    QFile broken(path(u"server.key"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("not a key\n");
    broken.close();
    QVERIFY(::kill(pid_t(m_fixture.server().pid()), SIGHUP) == 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture.server().standardError().contains("TLS reload failed"), 5000);
    TlsClient still;
    QVERIFY(still.connectTo(m_fixture.port(), path(u"root.pem"_s)));
    QCOMPARE(still.socket.peerCertificate().serialNumber(), after.socket.peerCertificate().serialNumber());
}

void TestE2eTls::wrongPassphraseIsRefusedAtStart()
{
    QFile pass(path(u"wrong.txt"_s));
    QVERIFY(pass.open(QIODevice::WriteOnly));
    pass.write("not the passphrase\n");
    pass.close();
    ServerProcess server{QStringLiteral(MARQUEE_SERVER_BINARY)};
    QVERIFY(!server.start(m_fixture.databaseUrl(),
                          {u"--tls-cert"_s, path(u"first.chain.pem"_s), u"--tls-key"_s,
                           path(u"first.enc.key"_s), u"--tls-key-passphrase-file"_s,
                           path(u"wrong.txt"_s)},
                          10000));
    QVERIFY2(server.standardError().contains("passphrase"), server.standardError().constData());
}

QTEST_GUILESS_MAIN(TestE2eTls)
#include "tst_e2e_tls.moc"
