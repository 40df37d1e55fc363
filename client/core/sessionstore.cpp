#include "core/sessionstore.h"

#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSessionStore, "marquee.client.sessionstore")

namespace mq::client {

namespace {
const QString Service = u"Marquee"_s;
}

SessionStore::SessionStore(QObject *parent) : QObject(parent) {}

QString SessionStore::keyFor(const QString &server)
{
    return u"session-token@"_s + server;
}

void SessionStore::save(const QString &server, const QString &token, std::function<void(bool)> done)
{
    if (!m_enabled) {
        if (done)
            done(false);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(Service, this);
    job->setAutoDelete(true);
    job->setKey(keyFor(server));
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        // No Secret Service (e.g. no D-Bus) is an ordinary "cannot remember", not a failure.
        if (j->error() != QKeychain::NoError)
            qCInfo(lcSessionStore) << "cannot remember the session:" << j->errorString();
        if (done)
            done(j->error() == QKeychain::NoError);
    });
    job->start();
}

void SessionStore::load(const QString &server, std::function<void(const QString &)> done)
{
    if (!m_enabled) {
        done({});
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setAutoDelete(true);
    job->setKey(keyFor(server));
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        done(j->error() == QKeychain::NoError ? read->textData() : QString());
    });
    job->start();
}

void SessionStore::forget(const QString &server, std::function<void()> done)
{
    if (!m_enabled) {
        if (done)
            done();
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(Service, this);
    job->setAutoDelete(true);
    job->setKey(keyFor(server));
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *) {
        if (done)
            done();
    });
    job->start();
}

} // namespace mq::client
